"""The event lexicon (``data/lexicon.json``): triggers, cues and codes per kind, loaded once."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from factwire.model import DataError

# Words a kind's module looks for beyond its lexicon entry.
_EXTRA_WORDS = {"exercise": ("games",), "call": ("videoconference", "conversation",
                                                 "conversations", "call", "calls")}

KINDS = ("meeting", "visit", "call", "agreement", "arms_transfer", "joint_production",
         "exercise", "deployment", "sanction", "threat")


@dataclass(frozen=True)
class Lexicon:
    """The parsed lexicon plus the flat word sets used to pre-filter sentences cheaply."""

    data: dict[str, Any]
    trigger_words: frozenset[str]

    def kind(self, name: str) -> dict[str, Any]:
        entry: dict[str, Any] = self.data["kinds"][name]
        return entry

    @functools.cached_property
    def kind_words(self) -> dict[str, frozenset[str]]:
        """Every word any field of a kind names: a sentence without one cannot hold the kind."""
        out: dict[str, frozenset[str]] = {}
        for kind, entry in self.data["kinds"].items():
            words: set[str] = set(_EXTRA_WORDS.get(kind, ()))
            for field, value in entry.items():
                if field.startswith(("plover", "cameo", "modes")):
                    continue
                items = value if isinstance(value, list) else (
                    value.keys() if isinstance(value, dict) else ())
                for item in items:
                    if isinstance(item, str):
                        words.update(item.lower().split())
            out[kind] = frozenset(words)
        return out

    @property
    def modality(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in self.data["modality"].items()}


@functools.cache
def load_lexicon() -> Lexicon:
    """Read and check the packaged lexicon (DataError names the missing piece)."""
    path = resources.files("factwire.events") / "data" / "lexicon.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: cannot read the event lexicon ({exc}); restore the file") from exc
    for field in ("version", "kinds", "modality"):
        if field not in data:
            raise DataError(f"{path}: missing top-level field {field!r}")
    for kind in KINDS:
        entry = data["kinds"].get(kind)
        if entry is None or "plover" not in entry or "cameo" not in entry:
            raise DataError(f"{path}: kind {kind!r} needs 'plover' and 'cameo' entries")
    return Lexicon(data=data, trigger_words=_trigger_words(data))


def _trigger_words(data: dict[str, Any]) -> frozenset[str]:
    """Every single word that can start an event: the cheap pre-filter before parsing."""
    words: set[str] = set()
    fields = ("verbs", "verbs_with", "nouns", "recipient_verbs", "supplier_verbs", "cues",
              "movers", "conditional_verbs", "vow_verbs", "force_verbs", "host_verbs")
    for ptype, entry in data.get("other", {}).items():
        if not ptype.startswith("_"):
            words.update(entry["verbs"])
            words.update(entry.get("future_verbs", []))
    for entry in data["kinds"].values():
        for field in fields:
            value = entry.get(field, [])
            for item in value if isinstance(value, list) else value.keys():
                words.add(item.split()[0].lower())
    return frozenset(words)
