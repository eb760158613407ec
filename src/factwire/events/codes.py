"""PLOVER type/mode/context and CAMEO code of an event, from its kind's spec (``codes``)."""

from __future__ import annotations

from factwire.entities.table import EntityTable
from factwire.events.draft import EventDraft
from factwire.events.merge import role_keys
from factwire.events.spec import Coding, KindSpec, get_spec
from factwire.model import Plover


def code(draft: EventDraft, table: EntityTable) -> tuple[Plover, str | None]:
    """The PLOVER coding and CAMEO code for a finished draft.

    The variant the detector chose (``donated``, ``weapons``, a PLOVER type for ``other``)
    picks a row of the spec's table; a kind whose symmetric key role holds one actor uses its
    ``single_actor_variant``; ``cameo_by_status`` refines the code by status.
    """
    spec = get_spec(draft.kind)
    rules = spec.codes
    actors = _symmetric_actors(draft, spec, table)
    variant = draft.variant or rules.default_variant
    if rules.single_actor_variant and actors is not None and actors < 2:
        variant = rules.single_actor_variant
    coding: Coding = rules.variants.get(variant or "", rules.base)
    mode = draft.variant if rules.mode_from_variant else coding.plover.mode
    if rules.multilateral_from and actors is not None and actors >= rules.multilateral_from:
        mode = "multilateral"
    context = list(coding.plover.context)
    if rules.context_cues:
        words = {w.lower() for w in draft.sentence.sdoc.text.split()}
        for name, cues in rules.context_cues.items():
            if words & cues and name not in context:
                context.insert(0, name)
    cameo = coding.cameo
    if rules.cameo_by_status:
        cameo = rules.cameo_by_status.get(draft.status or "", cameo)
    return Plover(coding.plover.type, mode, tuple(context)), cameo


def _symmetric_actors(draft: EventDraft, spec: KindSpec, table: EntityTable) -> int | None:
    """How many distinct actors fill the kind's symmetric key role (None: it has none)."""
    role = next((r.name for r in spec.roles if r.key and r.direction == "symmetric"), None)
    return len(role_keys(draft, role, table)) if role is not None else None
