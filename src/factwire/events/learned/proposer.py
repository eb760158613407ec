"""The learned event proposer: events the rules missed, from a model trained on the gold.

It runs after the rule detectors on every parsed sentence (a ``fallback`` detector), scores
each pairing of the sentence's actors with a kind's key roles (:mod:`.candidates`) with one
logistic model per kind, and proposes the pairings whose probability reaches the kind's
threshold. The thresholds were chosen by cross-validation over documents so that the rules'
events plus the proposals score best; a proposal the rules also found merges into the rule's
event. Stored as plain JSON (``events/data/event_proposer.json``), read without pickle and
checked against this code's feature version.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factwire.events.context import SentenceContext, implied_state
from factwire.events.draft import EventDraft
from factwire.events.learned.candidates import CANDIDATE_VERSION, Candidate, candidates
from factwire.events.learned.stored import checked, data_path, number, read_model

SCHEMA = "factwire.events.proposer"
SCHEMA_VERSION = 1
MODEL_FILE = "event_proposer.json"
PRODUCER = "learned.proposer.v1"


@dataclass(frozen=True)
class KindModel:
    """One kind's weights and the probability a pairing needs to be proposed."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


@dataclass(frozen=True)
class EventProposer:
    """A fallback detector: proposes the likely pairings of every sentence it sees."""

    models: Mapping[str, KindModel]
    name: str = PRODUCER
    fallback: bool = True

    def wants(self, ctx: SentenceContext) -> bool:
        return True

    def detect(self, ctx: SentenceContext) -> list[EventDraft]:
        kinds = tuple(k for k, m in self.models.items() if m.threshold <= 1.0)
        best: dict[object, tuple[float, Candidate]] = {}
        for cand in candidates(ctx, kinds):
            p = self.models[cand.kind].probability(cand.features)
            if p < self.models[cand.kind].threshold:
                continue
            ident = cand.ident()
            if ident not in best or p > best[ident][0]:
                best[ident] = (p, cand)
        return [d for p, cand in best.values() if (d := _draft(ctx, cand, p)) is not None]


# A proposal reads the sentence's modality from its trigger, which a model did not choose
# for its syntax; only plain statements and announced plans are proposed.
_PROPOSED_MODALITIES = frozenset({"asserted", "future"})


def _draft(ctx: SentenceContext, cand: Candidate, p: float) -> EventDraft | None:
    d = ctx.draft(cand.kind, cand.trigger, ctx.frame(cand.trigger))
    if d.modality not in _PROPOSED_MODALITIES or d.habitual:
        return None
    for role, actors in cand.roles.items():
        keys: list[str] = []
        for a in actors:
            draft = implied_state(ctx, a.key, a.span) if a.implied else a.draft
            if draft is None:
                return None
            keys.append(draft.key)
        d.add(role, keys)
    if cand.place is not None:
        d.add("place", [cand.place.draft.key])
    d.producer = PRODUCER
    d.confidence = round(p, 3)
    return d


def model_path() -> Path:
    return data_path(MODEL_FILE)


@functools.cache
def load_proposer(path: str | None = None) -> EventProposer:
    """The stored proposer, read once; a missing or damaged file says how to retrain."""
    file = Path(path) if path is not None else model_path()
    return parse_proposer(read_model(file, "learned event proposer", "rules,learned"),
                          str(file))


def parse_proposer(raw: Any, where: str) -> EventProposer:
    """Check a stored proposer against this code's schema and candidate version."""
    data, fail = checked(raw, where, "learned event proposer", SCHEMA,
                         {"schema_version": SCHEMA_VERSION,
                          "candidate_version": CANDIDATE_VERSION})
    kinds = data.get("kinds")
    if not isinstance(kinds, dict):
        raise fail("field 'kinds' must map each kind to its model")
    models: dict[str, KindModel] = {}
    for kind, m in sorted(kinds.items()):
        if not isinstance(m, dict):
            raise fail(f"field 'kinds.{kind}' must be an object")
        names, coef = m.get("features"), m.get("coef")
        if not isinstance(names, list) or not isinstance(coef, list) or len(names) != len(coef):
            raise fail(f"fields 'kinds.{kind}.features' and '.coef' must be lists of equal "
                       "length")
        weights = {str(n): number(c, f"kinds.{kind}.coef", fail)
                   for n, c in zip(names, coef, strict=True)}
        models[kind] = KindModel(weights, number(m.get("intercept"), f"kinds.{kind}.intercept",
                                                  fail),
                                 number(m.get("threshold"), f"kinds.{kind}.threshold", fail))
    return EventProposer(models)
