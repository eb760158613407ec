"""The detector seam: sentence context in, event mentions out, registered by name.

Rule modules (one per kind, named by the kind's spec) and any trained model implement
:class:`EventDetector` alike; resolution (:mod:`factwire.events.resolve`) never needs to know
which produced a mention, because every mention records its ``producer`` and ``score``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Protocol

from factwire.events.context import SentenceContext
from factwire.events.draft import EventDraft, key_roles
from factwire.events.lexicon import Lexicon
from factwire.events.spec import KindSpec, all_specs, detector_module
from factwire.model import ConfigError


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


DetectorFactory = Callable[[Lexicon], list[EventDetector]]
DETECTORS: dict[str, DetectorFactory] = {}


def register_detector(name: str, factory: DetectorFactory) -> None:
    """Add a named detector set (for example a trained model) beside the rules."""
    if name in DETECTORS:
        raise ConfigError(f"event detector {name!r} is already registered; choose a new name")
    DETECTORS[name] = factory


def _rules(lex: Lexicon) -> list[EventDetector]:
    return [rule_detector(spec, lex) for spec in all_specs()]


register_detector("rules", _rules)


def build_detectors(names: tuple[str, ...], lex: Lexicon) -> list[EventDetector]:
    """The detectors of ``names`` in order, fallback detectors last."""
    out: list[EventDetector] = []
    for name in names:
        factory = DETECTORS.get(name)
        if factory is None:
            raise ConfigError(f"unknown event detector {name!r}; registered: "
                              f"{', '.join(sorted(DETECTORS))}")
        out.extend(factory(lex))
    return [d for d in out if not d.fallback] + [d for d in out if d.fallback]


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
