"""Trigger lexicons of every kind (from their specs) and modality words, loaded once."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from factwire.events.spec import KindSpec, LexiconEntry, all_specs, get_spec
from factwire.model import DataError

# Lexicon fields whose words can start an event: the pre-filter before parsing.
# Words that may stand before a sentence's opening place ("Today in Riyadh, ..."): the
# place still opens the sentence
DAY_WORDS = frozenset({"today", "yesterday", "tonight", "earlier", "later", "on", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TRIGGER_FIELDS = ("verbs", "verbs_with", "nouns", "recipient_verbs", "supplier_verbs", "cues",
                   "future_verbs", "movers", "leavers", "conditional_verbs", "vow_verbs",
                   "force_verbs", "host_verbs", "control_words", "founding_verbs", "joiners",
                   "readout_verbs", "reluctance_verbs", "intolerance_verbs", "name_heads",
                   "thank_words", "price_nouns", "blame_words", "sent_forces",
                   "invite_verbs", "arrival_verbs", "measure_kinds", "sender_verbs")


# Troop nouns too common outside military news to make a sentence worth parsing alone.
_COMMON_HEADS = frozenset({"presence", "base", "bases", "division", "divisions", "navy",
                           "battery", "batteries", "military", "air", "small", "task",
                           "ready", "protection"})


# Modality word lists: "future" cues a scheduled event, "reporting" verbs make a "would"
# under them the future of reported speech, "habitual" adverbs make a clause a habit rather
# than an event.
_MODALITY_FIELDS = ("future", "reporting", "habitual")


@dataclass(frozen=True)
class Lexicon:
    """Each kind's trigger lexicon, its pre-filter words, and the modality words."""

    modality: Mapping[str, frozenset[str]]
    trigger_words: frozenset[str]
    opening_words: frozenset[str]  # opening a sentence before a name, they start events too
    presence_words: frozenset[str]  # "be", "expect": with "in" a place and a person, a trigger
    official_words: frozenset[str] = frozenset()  # "minister", "delegation": someone there

    def kind(self, name: str) -> LexiconEntry:
        """The ``lexicon`` section of ``name``'s spec (fields checked on load)."""
        return get_spec(name).lexicon

    @functools.cached_property
    def kind_words(self) -> dict[str, frozenset[str]]:
        """Every word a kind's lexicon names: a sentence without one cannot hold the kind."""
        out: dict[str, frozenset[str]] = {}
        for spec in all_specs():
            words: set[str] = {*spec.prefilter_words, *spec.opening_words}
            for _name, value in spec.lexicon.items():
                items = value if isinstance(value, list) else (
                    value.keys() if isinstance(value, dict) else ())
                for item in items:
                    words.update(str(item).lower().split())
            out[spec.kind] = frozenset(words)
        return out


def load_lexicon() -> Lexicon:
    """Read the modality words and gather the kinds' trigger words (DataError names the file).

    Cached per loaded set of specs, so :func:`factwire.events.spec.reload_specs` refreshes it.
    """
    return _load(all_specs())


@functools.cache
def _load(specs: tuple[KindSpec, ...]) -> Lexicon:
    path = resources.files("factwire.events") / "data" / "lexicon.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: cannot read the event lexicon ({exc}); restore the file") from exc
    modality = data.get("modality") if isinstance(data, dict) else None
    if not isinstance(modality, dict):
        raise DataError(f"{path}: field 'modality' must map {list(_MODALITY_FIELDS)} to words")
    unknown = set(modality) - set(_MODALITY_FIELDS)
    if unknown:
        raise DataError(f"{path}: field 'modality.{sorted(unknown)[0]}' is unknown; "
                        f"only {list(_MODALITY_FIELDS)} are read")
    for name in _MODALITY_FIELDS:
        if not isinstance(modality.get(name), list):
            raise DataError(f"{path}: field 'modality.{name}' must be a list of words")
    return Lexicon(modality={n: frozenset(modality[n]) for n in _MODALITY_FIELDS},
                   trigger_words=_trigger_words(specs),
                   opening_words=frozenset(w for s in specs for w in s.opening_words),
                   presence_words=frozenset(str(w) for s in specs
                                            for w in s.lexicon.fields.get("presence_verbs", [])),
                   official_words=frozenset(str(w) for s in specs
                                            for w in s.lexicon.fields.get("official_nouns", [])))


def _trigger_words(specs: tuple[KindSpec, ...]) -> frozenset[str]:
    """Every single word that can start an event: the cheap pre-filter before parsing."""
    words: set[str] = set()
    for spec in specs:
        for field in _TRIGGER_FIELDS:
            value = spec.lexicon.fields.get(field, [])
            items = value if isinstance(value, list) else (
                value.keys() if isinstance(value, dict) else ())
            words.update(str(item).split()[0].lower() for item in items)
        # a force named with where it is ("Iran has 2,000 advisers in Syria"): a one-word
        # name of troops, not one too common outside military news to be worth a parse
        words.update(str(w).lower().split()[0]
                     for w in spec.lexicon.fields.get("troop_nouns", [])
                     if str(w).lower().split()[0] not in _COMMON_HEADS)
    return frozenset(words)
