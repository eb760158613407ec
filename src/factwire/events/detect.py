"""The detector seam: sentence context in, event mentions out, registered by name.

Rule modules (one per kind, named by the kind's spec) and any trained model implement
:class:`EventDetector` alike; resolution (:mod:`factwire.events.resolve`) never needs to know
which produced a mention, because every mention records its ``producer`` and ``score``.
A trained :class:`EventScorer` joins by name too: it sees the article's finished events
and sets their confidence (or drops them), so rules and models stay separate.

Which sets run is named by ``$FACTWIRE_DETECTORS`` (comma-separated, e.g. ``rules`` for the
rules alone), else :data:`DEFAULT_DETECTORS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from factwire.entities.table import EntityTable
from factwire.events.context import SentenceContext
from factwire.events.draft import EventDraft, key_roles
from factwire.events.lexicon import Lexicon
from factwire.events.spec import KindSpec, all_specs, detector_module
from factwire.model import ConfigError

DETECTORS_ENV = "FACTWIRE_DETECTORS"
# The learned scorer is on by default because the dev-test fold says its confidence is the
# better calibrated one (bench/RESULTS.md, "Calibrated confidence"). The learned proposer is
# off: on the dev-test fold it no longer adds a right event to the present rules (0.456
# with it, 0.458 without, 2026-12-05); FACTWIRE_DETECTORS=rules,proposer,learned turns it on,
# FACTWIRE_DETECTORS=rules runs the rules alone.
DEFAULT_DETECTORS: tuple[str, ...] = ("rules", "learned")


class EventDetector(Protocol):
    """Finds event mentions in one parsed sentence.

    ``fallback`` detectors run after all others and see the triggers already used in
    ``ctx.taken``; ``wants`` is a cheap test of whether the sentence is worth a look.
    """

    @property
    def name(self) -> str: ...

    @property
    def fallback(self) -> bool: ...

    def wants(self, ctx: SentenceContext) -> bool: ...

    def detect(self, ctx: SentenceContext) -> list[EventDraft]: ...


@dataclass(frozen=True)
class RuleDetector:
    """A kind's rule module (its ``detect(ctx)`` function) behind the detector seam."""

    name: str
    fallback: bool
    words: frozenset[str]
    find: Callable[[SentenceContext], list[EventDraft]]
    # Rules give no probability: a mention scores by how many of its kind's key roles the
    # sentence itself names (the rest are completed from the article, a weaker inference).
    floor: ClassVar[float] = 0.4
    span: ClassVar[float] = 0.4

    def wants(self, ctx: SentenceContext) -> bool:
        return self.fallback or bool(self.words & ctx.words)

    def detect(self, ctx: SentenceContext) -> list[EventDraft]:
        found = self.find(ctx)
        for d in found:
            d.producer = self.name
            keys = key_roles(d.kind)  # of the kind it became: a "could" sanction is a threat
            if keys:
                named = sum(1 for r in keys if d.keys(r))
                d.confidence = round(self.floor + self.span * named / len(keys), 3)
        return found


def rule_detector(spec: KindSpec, lex: Lexicon) -> RuleDetector:
    """The rule detector of ``spec`` (its ``detector`` module's ``detect``)."""
    module = detector_module(spec)
    find = getattr(module, "detect", None)
    if not callable(find):
        raise ConfigError(f"{spec.source}: field 'detector': {spec.detector} has no "
                          f"detect(ctx) function; add one")
    return RuleDetector(name=f"rules.{spec.kind}.v1", fallback=spec.fallback,
                        words=lex.kind_words.get(spec.kind, frozenset()), find=find)


class EventScorer(Protocol):
    """Judges an article's finished events: sets ``confidence``, may drop unlikely ones."""

    @property
    def name(self) -> str: ...

    def rescore(self, drafts: Sequence[EventDraft], table: EntityTable) -> list[EventDraft]: ...


DetectorFactory = Callable[[Lexicon], list[EventDetector]]
ScorerFactory = Callable[[], EventScorer]
DETECTORS: dict[str, DetectorFactory] = {}
SCORERS: dict[str, ScorerFactory] = {}


def register_detector(name: str, factory: DetectorFactory) -> None:
    """Add a named detector set (for example a trained model) beside the rules."""
    if name in DETECTORS or name in SCORERS:
        raise ConfigError(f"event detector {name!r} is already registered; choose a new name")
    DETECTORS[name] = factory


def register_scorer(name: str, factory: ScorerFactory) -> None:
    """Add a named event scorer, chosen like a detector set (``rules,learned``)."""
    if name in DETECTORS or name in SCORERS:
        raise ConfigError(f"event detector {name!r} is already registered; choose a new name")
    SCORERS[name] = factory


def configured_detectors() -> tuple[str, ...]:
    """``$FACTWIRE_DETECTORS`` as a tuple of names, else the default."""
    raw = os.environ.get(DETECTORS_ENV, "")
    names = tuple(n.strip() for n in raw.split(",") if n.strip())
    return names or DEFAULT_DETECTORS


def _rules(lex: Lexicon) -> list[EventDetector]:
    return [rule_detector(spec, lex) for spec in all_specs()]


def _learned() -> EventScorer:
    from factwire.events.learned.model import load_scorer  # noqa: PLC0415 (read on demand)

    return load_scorer()


def _proposer(_lex: Lexicon) -> list[EventDetector]:
    from factwire.events.learned.proposer import load_proposer  # noqa: PLC0415 (read on demand)

    return [load_proposer()]


register_detector("rules", _rules)
register_detector("proposer", _proposer)
register_scorer("learned", _learned)


def _check_names(names: tuple[str, ...]) -> None:
    for name in names:
        if name not in DETECTORS and name not in SCORERS:
            raise ConfigError(f"unknown event detector {name!r}; registered: "
                              f"{', '.join(sorted(DETECTORS))}; scorers: "
                              f"{', '.join(sorted(SCORERS))} (choose with ${DETECTORS_ENV}, "
                              "e.g. rules,learned)")


def build_detectors(names: tuple[str, ...], lex: Lexicon) -> list[EventDetector]:
    """The detectors of ``names`` in order, fallback detectors last (scorers are skipped)."""
    _check_names(names)
    out: list[EventDetector] = []
    for name in names:
        factory = DETECTORS.get(name)
        if factory is not None:
            out.extend(factory(lex))
    return [d for d in out if not d.fallback] + [d for d in out if d.fallback]


def build_scorers(names: tuple[str, ...]) -> list[EventScorer]:
    """The event scorers among ``names``, in order."""
    _check_names(names)
    return [SCORERS[n]() for n in names if n in SCORERS]


def detect_sentence(detectors: list[EventDetector], ctx: SentenceContext) -> list[EventDraft]:
    """Every mention in one sentence: main detectors first, then the fallbacks."""
    found: list[EventDraft] = []
    for detector in (d for d in detectors if not d.fallback):
        if detector.wants(ctx):
            found.extend(detector.detect(ctx))
    ctx.taken = {d.trigger.start for d in found}
    for detector in (d for d in detectors if d.fallback):
        found.extend(detector.detect(ctx))
    return found
