"""PLOVER type/mode/context and CAMEO code of an event, from the lexicon (EVENTS.md table)."""

from __future__ import annotations

from typing import Any

from factwire.entities.table import EntityTable
from factwire.events.draft import EventDraft
from factwire.events.lexicon import Lexicon
from factwire.events.merge import role_keys
from factwire.model import Plover

_MILITARY = frozenset({"defense", "defence", "military", "security", "arms", "weapons",
                       "army", "navy", "troops", "missile", "missiles", "nuclear"})


def code(draft: EventDraft, lex: Lexicon, table: EntityTable) -> tuple[Plover, str | None]:
    """The PLOVER coding and CAMEO code for a finished draft."""
    if draft.kind == "other":
        other: dict[str, Any] = lex.data["other"][draft.variant or "AGREE"]
        return (Plover(draft.variant or "AGREE", other.get("mode"), tuple(other["context"])),
                str(other["cameo"]))
    entry = lex.kind(draft.kind)
    base: dict[str, Any] = entry["plover"]
    if draft.kind == "arms_transfer" and draft.variant == "donated":
        base = entry["plover_donated"]
    elif draft.kind == "exercise" and len(role_keys(draft, "participants", table)) < 2:
        base = entry["plover_single"]
    elif draft.kind == "deployment" and draft.variant == "weapons":
        base = entry["plover_weapons"]
    mode = base.get("mode")
    context = list(base.get("context", ()))
    if draft.kind == "meeting":
        if len(role_keys(draft, "participants", table)) >= 3:
            mode = "multilateral"
        words = {w.lower() for w in draft.sentence.sdoc.text.split()}
        if words & _MILITARY and "military" not in context:
            context.insert(0, "military")
    if draft.kind == "threat":
        mode = draft.variant
    return Plover(base["type"], mode, tuple(context)), _cameo(draft, entry, table)


def _cameo(draft: EventDraft, entry: dict[str, Any], table: EntityTable) -> str | None:
    cameo = entry["cameo"]
    if isinstance(cameo, str):
        if draft.kind == "exercise" and len(role_keys(draft, "participants", table)) < 2:
            return "150"
        return cameo
    if draft.kind == "agreement":
        return str(cameo.get(draft.status or "agreed", "030"))
    if draft.kind == "arms_transfer":
        return str(cameo["aid" if draft.variant == "donated" else "sale"])
    if draft.kind == "threat":
        return str(cameo.get(draft.variant or "other", cameo["other"]))
    return None
