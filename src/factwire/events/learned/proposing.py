"""Training the learned event proposer on gold files (``scripts/train_events.py``).

Every dev document is extracted with the rules and the scorer (the system without proposals);
a recording detector keeps each sentence's candidate pairings. A pairing is labelled 1 when
the document's gold holds an event of its kind with its actors (matched as ``factwire eval``
matches). One logistic model per kind; its regularisation and its threshold are chosen by
cross-validation over documents, the threshold by the F1 of the rules' events plus the
out-of-fold proposals, so a kind is proposed only where that beats the rules alone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from factwire.eval.assign import assign
from factwire.eval.events import PredEvent, arg_correct, keys_match, pred_events
from factwire.eval.gold import GoldDoc, GoldEvent
from factwire.events.context import SentenceContext
from factwire.events.detect import DETECTORS, DETECTORS_ENV, register_detector
from factwire.events.draft import EventDraft
from factwire.events.learned.candidates import (
    CANDIDATE_VERSION,
    PLACED_KINDS,
    PROPOSED_KINDS,
    candidates,
)
from factwire.events.learned.proposer import SCHEMA, SCHEMA_VERSION
from factwire.events.learned.training import FOLDS, log_loss, matrix, repeated_folds
from factwire.model import ConfigError, Extraction, to_json

RECORDER = "learned.propose.record"
C_GRID = (0.1, 0.3, 1.0)
THRESHOLDS = (*(round(0.1 + 0.05 * i, 2) for i in range(18)), 0.97, 0.99)  # 0.10 .. 0.99
MIN_GAIN = 0.01  # propose a kind only if cross-validated F1 rises by at least this much
MIN_DF = 2
WORDS = "w="  # the sentence's bag of words: on a few thousand pairings it overfits
OFF = 1.01  # a threshold no probability reaches: the kind is never proposed

Keys = tuple[tuple[str, frozenset[str]], ...]
Ident = tuple[Keys, str | None]  # actors by role, and the place's state


@dataclass
class Pairing:
    doc: str
    kind: str
    ident: Ident
    features: dict[str, float]
    label: int


@dataclass
class Collected:
    pairings: list[Pairing] = field(default_factory=list)
    gold: dict[str, list[GoldEvent]] = field(default_factory=dict)
    rules: dict[str, list[PredEvent]] = field(default_factory=dict)


Seen = tuple[str, Keys, str | None, str | None, dict[str, float]]


class _Recorder:
    """A fallback detector that proposes nothing and keeps every sentence's pairings."""

    name = RECORDER
    fallback = True

    def __init__(self) -> None:
        self.seen: list[Seen] = []

    def wants(self, ctx: SentenceContext) -> bool:
        return True

    def detect(self, ctx: SentenceContext) -> list[EventDraft]:
        for c in candidates(ctx):
            place = c.place
            self.seen.append((c.kind, c.ident()[1], place.draft.name if place else None,
                              place.key if place else None, c.features))
        return []


_RECORD = _Recorder()


def _use_recorder() -> _Recorder:
    if RECORDER not in DETECTORS:
        register_detector(RECORDER, lambda _lex: [_RECORD])
    os.environ[DETECTORS_ENV] = f"rules,learned,{RECORDER}"
    return _RECORD


def _pred(kind: str, keys: Keys, place: str | None = None,
          place_key: str | None = None) -> PredEvent:
    names = {"place": (place,)} if place else {}
    codes = {"place": (place_key,)} if place_key else {}
    return PredEvent({}, kind, dict(keys), names, codes, {}, ())


def label(gold: Sequence[GoldEvent], kind: str, keys: Keys, place: str | None,
          place_key: str | None) -> int:
    """1 when a gold event has this kind and these actors (and, for a kind told apart by
    place, this place where the gold gives one)."""
    pred = _pred(kind, keys, place, place_key)
    for g in gold:
        if not keys_match(g, pred):
            continue
        if kind in PLACED_KINDS and "place" in g.args and not arg_correct("place",
                                                                         g.args["place"], pred):
            continue
        return 1
    return 0


def _ident_of(p: PredEvent) -> Ident:
    codes = p.codes.get("place", ())
    return tuple(sorted(p.keys.items())), (codes[0] if codes else None)


def covered(prop: Ident, rule: Ident) -> bool:
    """Whether the rules' event already states the proposal (as ``yield_to_rules`` judges)."""
    rule_keys = dict(rule[0])
    for role, keys in prop[0]:
        if not rule_keys.get(role) or not keys <= rule_keys[role]:
            return False
    return prop[1] is None or rule[1] is None or prop[1] == rule[1]


def collect(docs: Sequence[GoldDoc], shared: Path) -> Collected:
    """Extract every gold document (rules and scorer) and label every recorded pairing."""
    from factwire.api import extract_documents  # noqa: PLC0415 (loads spaCy)
    from factwire.eval.sources import materialised  # noqa: PLC0415

    recorder = _use_recorder()
    out = Collected()
    with materialised(docs, shared) as paths:
        for doc in docs:
            published = dt.date.fromisoformat(doc.published) if doc.published else None
            recorder.seen.clear()
            results = list(extract_documents([str(paths[doc.id])], published=published))
            extracted = [r for r in results if isinstance(r, Extraction)]
            if not extracted:
                continue
            out.gold[doc.id] = list(doc.events)
            out.rules[doc.id] = pred_events(to_json(extracted[0]))
            for kind, keys, place, place_key, feats in recorder.seen:
                y = label(doc.events, kind, keys, place, place_key)
                out.pairings.append(Pairing(doc.id, kind, (keys, place_key), feats, y))
    return out


def _model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: PLC0415

    return LogisticRegression(C=c, max_iter=3000, solver="liblinear")


def _kind_f1(kind: str, data: Collected, props: Mapping[str, set[Ident]]) -> tuple[int, int, int]:
    """(true, predicted, gold) events of ``kind``: the rules' events plus the proposals."""
    tp = npred = ngold = 0
    for doc, gold_all in data.gold.items():
        gold = [g for g in gold_all if g.kind == kind]
        rules = [p for p in data.rules[doc] if p.kind == kind]
        known = [_ident_of(p) for p in rules]
        preds = rules + [_pred(kind, k[0]) for k in props.get(doc, set())
                         if not any(covered(k, r) for r in known)]
        ngold += len(gold)
        npred += len(preds)
        if gold and preds:
            tp += len(assign([[1.0 if keys_match(g, p) else 0.0 for p in preds] for g in gold]))
    return tp, npred, ngold


def _f1(t: tuple[int, int, int]) -> float:
    tp, npred, ngold = t
    return 2 * tp / (npred + ngold) if npred + ngold else 0.0


def fit_kind(kind: str, data: Collected) -> tuple[dict[str, Any], dict[str, Any]]:
    """One kind's model (as stored) and what cross-validation measured."""
    rows = [p for p in data.pairings if p.kind == kind]
    base = _kind_f1(kind, data, {})
    report: dict[str, Any] = {"pairings": len(rows), "positives": sum(p.label for p in rows),
                              "cv_f1_rules": round(_f1(base), 4)}
    if len(rows) < 4 * FOLDS or len({p.label for p in rows}) < 2:
        return {"intercept": 0.0, "features": [], "coef": [], "threshold": OFF}, report
    df: Counter[str] = Counter(k for p in rows for k in p.features)
    vocab = sorted(k for k, n in df.items() if n >= MIN_DF and not k.startswith(WORDS))
    x = matrix(rows, vocab)
    y = np.array([p.label for p in rows], dtype=float)
    splits = repeated_folds([p.doc for p in rows])
    oofs = {c: [_oof(x, y, f, c) for f in splits] for c in C_GRID}
    c = min(C_GRID, key=lambda v: (sum(log_loss(o, y) for o in oofs[v]), v))
    best_t, best_f1, best = OFF, _f1(base), base
    for t in THRESHOLDS:  # the mean F1 over the repeats' shuffles: one shuffle is jagged
        tallies = [_kind_f1(kind, data, _proposals(rows, probs, t)) for probs in oofs[c]]
        mean = sum(_f1(tally) for tally in tallies) / len(tallies)
        if mean > best_f1 + 1e-9:
            best_t, best_f1, best = t, mean, tallies[0]
    if best_f1 < _f1(base) + MIN_GAIN:
        best_t, best_f1, best = OFF, _f1(base), base
    final = _model(c).fit(x, y)
    kept = [(k, round(float(w), 6)) for k, w in zip(vocab, final.coef_[0], strict=True)
            if abs(w) >= 1e-6]
    report.update({"C": c, "threshold": best_t, "cv_f1": round(best_f1, 4),
                   "cv_tp_pred_gold": list(best), "rules_tp_pred_gold": list(base)})
    return {"intercept": round(float(final.intercept_[0]), 6), "features": [k for k, _ in kept],
            "coef": [w for _, w in kept], "threshold": best_t}, report


def _proposals(rows: Sequence[Pairing], probs: np.ndarray[Any, Any],
               t: float) -> dict[str, set[Ident]]:
    """Each document's pairings at or above ``t``."""
    props: dict[str, set[Ident]] = defaultdict(set)
    for p, prob in zip(rows, probs, strict=True):
        if prob >= t:
            props[p.doc].add(p.ident)
    return props


def _oof(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], folds: np.ndarray[Any, Any],
         c: float) -> np.ndarray[Any, Any]:
    p = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        if len(set(y[~test].tolist())) < 2:
            continue
        p[test] = _model(c).fit(x[~test], y[~test]).predict_proba(x[test])[:, 1]
    return p


def fit(data: Collected, source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every proposed kind's model and the cross-validation report."""
    if not data.pairings:
        raise ConfigError(f"{source}: no candidate pairings recorded; nothing to train on")
    kinds: dict[str, Any] = {}
    report: dict[str, Any] = {}
    for kind in PROPOSED_KINDS:
        kinds[kind], report[kind] = fit_kind(kind, data)
    model = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION,
             "candidate_version": CANDIDATE_VERSION, "trained_on": source, "kinds": kinds}
    return model, report


