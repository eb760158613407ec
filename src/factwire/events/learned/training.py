"""Training the learned event scorer on gold files, and measuring its calibration.

Used by ``scripts/train_events.py`` (fit on ``gold/dev``, write the model file) and
``bench/reliability.py`` (reliability tables). Every choice (regularisation, the drop
threshold) is made by cross-validation over documents inside the training gold, so the
held-out fold is only ever scored. scikit-learn is needed here, never at extraction time.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from sklearn.isotonic import IsotonicRegression  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from factwire.entities.table import EntityTable
from factwire.eval.assign import assign
from factwire.eval.events import arg_correct, keys_match, pred_events
from factwire.eval.gold import GoldDoc
from factwire.events.detect import DETECTORS_ENV, SCORERS, register_scorer
from factwire.events.draft import EventDraft
from factwire.events.learned.features import FEATURES_VERSION, event_features, group_of
from factwire.events.learned.model import SCHEMA, SCHEMA_VERSION, rules_fingerprint
from factwire.model import ConfigError, Extraction, to_json

RECORDER = "learned.record"
FOLDS = 5
SEED = 20261204
# Cross-validation is repeated over this many shuffles of the documents into folds and the
# choices (C, the drop threshold) are made on the mean: with one shuffle the threshold was
# the peak of a jagged curve, and a few changed rule events moved it from 0.24 to 0.37.
REPEATS = 5
THRESHOLD_GRID = tuple(round(0.01 * i, 2) for i in range(61))  # 0.00 .. 0.60
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FEATURE_SETS: tuple[tuple[str, ...], ...] = (
    ("structure",), ("structure", "cues"), ("structure", "cues", "article"),
    ("structure", "cues", "trigger"), ("structure", "cues", "article", "trigger"),
    ("structure", "cues", "article", "trigger", "words"))
MIN_DF = 2
CURVE_MARGIN = 0.005  # Brier score isotonic calibration must win by to replace Platt
MIN_GAIN = 0.002  # drop nothing unless cross-validated F1 rises by at least this much


@dataclass
class Sample:
    """One extracted event of a scored kind: its features and whether it matched gold."""

    doc: str
    event: str
    kind: str
    features: dict[str, float]
    label: int


@dataclass
class Corpus:
    """Labelled events of a gold folder, with each document's gold and output kept."""

    samples: list[Sample] = field(default_factory=list)
    gold_events: int = 0
    outputs: dict[str, tuple[GoldDoc, Mapping[str, Any]]] = field(default_factory=dict)

    def relabel(self, keep: frozenset[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Labels when only ``keep`` ((doc, event id) pairs) is output: pairs can change."""
        out: dict[tuple[str, str], int] = {}
        for doc_id, (gold, doc) in self.outputs.items():
            ids = frozenset(e for d, e in keep if d == doc_id)
            for event, label in label_events(gold, doc, ids).items():
                out[(doc_id, event)] = label
        return out


class _Recorder:
    """An event scorer that changes nothing and keeps each article's event features."""

    name = RECORDER

    def __init__(self) -> None:
        self.seen: list[list[dict[str, float]]] = []

    def rescore(self, drafts: Sequence[EventDraft], table: EntityTable) -> list[EventDraft]:
        self.seen.append([event_features(d, table) for d in drafts])
        return list(drafts)


_RECORD = _Recorder()


def use_recorder() -> _Recorder:
    """Make the pipeline of this process run the rules and record features (call first)."""
    if RECORDER not in SCORERS:
        register_scorer(RECORDER, lambda: _RECORD)
    os.environ[DETECTORS_ENV] = f"rules,{RECORDER}"
    return _RECORD


def collect(docs: Sequence[GoldDoc], shared: Path) -> Corpus:
    """Extract every gold document with the rules and label each event against its gold."""
    from factwire.api import extract_documents  # noqa: PLC0415 (loads spaCy)
    from factwire.eval.sources import materialised  # noqa: PLC0415

    recorder = use_recorder()
    corpus = Corpus()
    with materialised(docs, shared) as paths:
        for doc in docs:
            corpus.gold_events += len(doc.events)
            published = dt.date.fromisoformat(doc.published) if doc.published else None
            recorder.seen.clear()
            results = list(extract_documents([str(paths[doc.id])], published=published))
            extracted = [r for r in results if isinstance(r, Extraction)]
            if not extracted or len(recorder.seen) != 1:
                continue
            out = to_json(extracted[0])
            corpus.outputs[doc.id] = (doc, out)
            corpus.samples.extend(_samples(doc, out, recorder.seen[0]))
    return corpus


def _samples(doc: GoldDoc, out: Mapping[str, Any],
             features: list[dict[str, float]]) -> Iterator[Sample]:
    events = out.get("events", [])
    if len(events) != len(features):
        raise ConfigError(f"{doc.id}: {len(events)} events but {len(features)} recorded; "
                          "an event stage after the scorers changed the list")
    labels = label_events(doc, out)
    for ev, feats in zip(events, features, strict=True):
        label = labels.get(str(ev.get("id")))
        if label is not None:
            yield Sample(doc.id, str(ev.get("id")), str(ev.get("kind")), feats, label)


def label_events(doc: GoldDoc, out: Mapping[str, Any],
                 keep: frozenset[str] | None = None) -> dict[str, int]:
    """1 or 0 per scored event id: paired with a gold event as ``factwire eval`` pairs them
    (most matches, then most right arguments). ``keep`` limits the events considered."""
    preds = [p for p in pred_events(out) if keep is None or p.id in keep]
    weights = [[(1000 + sum(arg_correct(n, v, p) for n, v in g.args.items()))
                if keys_match(g, p) else 0 for p in preds] for g in doc.events]
    pairs = assign(weights) if doc.events and preds else []
    paired = {j for _, j in pairs}
    return {p.id: int(j in paired) for j, p in enumerate(preds)}


def folds_of(docs: Sequence[str], repeat: int = 0) -> dict[str, int]:
    """A fixed fold per document (shuffled with a fixed seed per repeat), so runs are
    reproducible."""
    ids = sorted(set(docs))
    random.Random(SEED + repeat).shuffle(ids)
    return {d: i % FOLDS for i, d in enumerate(ids)}


def repeated_folds(docs: Sequence[str]) -> list[np.ndarray[Any, Any]]:
    """The fold of each row (``docs[i]`` is row i's document), once per repeat."""
    out = []
    for r in range(REPEATS):
        fold_of = folds_of(docs, r)
        out.append(np.array([fold_of[d] for d in docs]))
    return out


def vocabulary(samples: Sequence[Sample], groups: Sequence[str]) -> list[str]:
    """Features of ``groups`` seen in at least ``MIN_DF`` events, sorted."""
    df: Counter[str] = Counter(k for s in samples for k in s.features)
    return sorted(k for k, n in df.items() if n >= MIN_DF and group_of(k) in groups)


class Featured(Protocol):
    """Anything with sparse features: a scorer's event, a proposer's pairing."""

    @property
    def features(self) -> Mapping[str, float]: ...


def matrix(samples: Sequence[Featured], vocab: Sequence[str]) -> np.ndarray[Any, Any]:
    """Rows of ``samples`` over ``vocab`` (features outside it are ignored)."""
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(samples), len(vocab)))
    for r, s in enumerate(samples):
        for k, v in s.features.items():
            i = index.get(k)
            if i is not None:
                x[r, i] = v
    return x


def _model(c: float) -> Any:
    return LogisticRegression(C=c, max_iter=5000, solver="lbfgs")


def out_of_fold(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], folds: np.ndarray[Any, Any],
                c: float) -> np.ndarray[Any, Any]:
    """Each event's probability from a model that never saw its document."""
    p = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        p[test] = _model(c).fit(x[~test], y[~test]).predict_proba(x[test])[:, 1]
    return p


class Platt:
    """A sigmoid over the logit of the raw probability: two parameters, smooth, hard to
    overfit on a few hundred events."""

    def fit(self, p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> Platt:
        self.lr = LogisticRegression(C=1e6, max_iter=5000).fit(_logit(p), y)
        return self

    def predict(self, p: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        out: np.ndarray[Any, Any] = self.lr.predict_proba(_logit(p))[:, 1]
        return out


def _logit(p: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    q = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    out: np.ndarray[Any, Any] = np.log(q / (1 - q)).reshape(-1, 1)
    return out


def calibrator(method: str) -> Any:
    if method == "platt":
        return Platt()
    return IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)


def cross_calibrated(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any],
                     folds: np.ndarray[Any, Any], method: str) -> np.ndarray[Any, Any]:
    """Calibrated confidence per event from a curve fitted on the other folds."""
    out = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        out[test] = calibrator(method).fit(p[~test], y[~test]).predict(p[test])
    return np.clip(out, 0.01, 0.99)


def curve(method: str, p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> dict[str, list[float]]:
    """The calibration as knots of a piecewise-linear curve (what the model file stores)."""
    fitted = calibrator(method).fit(p, y)
    if method == "platt":
        xs = np.linspace(0.0, 1.0, 101)
        ys = fitted.predict(xs)
    else:
        xs, ys = fitted.X_thresholds_, fitted.y_thresholds_
    return {"x": [round(float(v), 6) for v in xs], "y": [round(float(v), 6) for v in ys]}


def brier(conf: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> float:
    return float(np.mean((conf - y) ** 2))


def log_loss(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> float:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def event_f1(conf: np.ndarray[Any, Any], y: np.ndarray[Any, Any], gold_events: int,
             t: float) -> float:
    """Event F1 when events below ``t`` are dropped. F1 counts every gold event, found or
    not, so dropping only pays when the dropped events are mostly wrong."""
    kept = conf >= t
    tp = float(y[kept].sum())
    return 2 * tp / (int(kept.sum()) + gold_events) if gold_events else 0.0


def best_threshold(confs: Sequence[np.ndarray[Any, Any]], y: np.ndarray[Any, Any],
                   gold_events: int) -> tuple[float, float, float]:
    """The drop threshold of :data:`THRESHOLD_GRID` maximising the mean event F1 over the
    repeats' cross-validated confidences: (t, mean F1 at t, mean F1 keeping all)."""
    def mean_f1(t: float) -> float:
        return sum(event_f1(c, y, gold_events, t) for c in confs) / len(confs)

    base = mean_f1(0.0)
    best, best_f1 = 0.0, base
    for t in THRESHOLD_GRID:
        if (f := mean_f1(t)) > best_f1 + 1e-9:
            best, best_f1 = t, f
    if best_f1 < base + MIN_GAIN:
        return 0.0, base, base
    return best, best_f1, base


@dataclass
class Fitted:
    """A trained scorer as stored, plus what cross-validation measured on the way."""

    model: dict[str, Any]
    report: dict[str, Any]
    cv_confidence: np.ndarray[Any, Any]
    labels: np.ndarray[Any, Any]


def fit(corpus: Corpus, source: str) -> Fitted:
    """Choose C and the threshold by repeated cross-validation, then fit on every event."""
    samples = corpus.samples
    if len(samples) < 4 * FOLDS or len({s.label for s in samples}) < 2:
        raise ConfigError(f"{source}: too few labelled events ({len(samples)}) to train on")
    y = np.array([s.label for s in samples], dtype=float)
    splits = repeated_folds([s.doc for s in samples])
    losses: dict[tuple[int, float], float] = {}
    for i, groups in enumerate(FEATURE_SETS):
        x = matrix(samples, vocabulary(samples, groups))
        for c in C_GRID:
            losses[(i, c)] = sum(log_loss(out_of_fold(x, y, f, c), y) for f in splits) / REPEATS
    choice, c = min(losses, key=lambda k: (losses[k], k))
    vocab = vocabulary(samples, FEATURE_SETS[choice])
    x = matrix(samples, vocab)
    oofs = [out_of_fold(x, y, f, c) for f in splits]
    briers = {m: sum(brier(cross_calibrated(o, y, f, m), y)
                     for o, f in zip(oofs, splits, strict=True)) / REPEATS
              for m in ("platt", "isotonic")}
    # the curve with two parameters unless the free-form one is clearly better
    method = "isotonic" if briers["isotonic"] < briers["platt"] - CURVE_MARGIN else "platt"
    confs = [cross_calibrated(o, y, f, method) for o, f in zip(oofs, splits, strict=True)]
    threshold, f1_at, f1_all = best_threshold(confs, y, corpus.gold_events)
    conf = confs[0]  # what the reliability tables show: one repeat, each event once
    pooled = np.concatenate(oofs)  # the curve from every repeat's out-of-fold probabilities
    final = _model(c).fit(x, y)
    coef = [round(float(w), 6) for w in final.coef_[0]]
    kept = [(k, w) for k, w in zip(vocab, coef, strict=True) if w != 0.0]
    model = {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "features_version": FEATURES_VERSION,
        "trained_on": source, "rules_fingerprint": rules_fingerprint(),
        "events": len(samples), "positives": int(y.sum()),
        "gold_events": corpus.gold_events, "C": c, "threshold": round(threshold, 3),
        "feature_groups": list(FEATURE_SETS[choice]),
        "kinds": sorted({s.kind for s in samples}),
        "intercept": round(float(final.intercept_[0]), 6),
        "features": [k for k, _ in kept], "coef": [w for _, w in kept],
        "calibration": {"method": method, **curve(method, pooled, np.tile(y, REPEATS))},
    }
    report = {"cv_log_loss": {f"{'+'.join(FEATURE_SETS[i])} C={k}": round(v, 4)
                              for (i, k), v in losses.items()},
              "C": c, "feature_groups": "+".join(FEATURE_SETS[choice]),
              "cv_f1_all": round(f1_all, 4), "cv_f1_threshold": round(f1_at, 4),
              "threshold": round(threshold, 3), "events": len(samples),
              "positives": int(y.sum()), "features": len(kept), "calibration": method,
              "cv_brier": {m: round(v, 4) for m, v in briers.items()}}
    return Fitted(model=model, report=report, cv_confidence=conf, labels=y)


BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


Row = tuple[str, int, float, float]


def reliability(conf: Sequence[float], labels: Sequence[int]) -> list[Row]:
    """(bin, events, mean confidence, observed precision) per confidence bin, then ``>= 0.8``."""
    rows: list[Row] = []
    pairs = list(zip(conf, labels, strict=True))
    spans = [(BINS[i], BINS[i + 1], f"{BINS[i]:.1f}-{min(BINS[i + 1], 1.0):.1f}")
             for i in range(len(BINS) - 1)] + [(0.8, 1.0001, ">= 0.8")]
    for lo, hi, name in spans:
        inside = [(c, y) for c, y in pairs if lo <= c < hi]
        n = len(inside)
        mean = sum(c for c, _ in inside) / n if n else math.nan
        prec = sum(y for _, y in inside) / n if n else math.nan
        rows.append((name, n, mean, prec))
    return rows


def reliability_table(rows: Sequence[Row]) -> str:
    """A Markdown table of :func:`reliability` rows."""
    lines = ["| confidence | events | mean confidence | observed precision |",
             "|---|---:|---:|---:|"]
    for name, n, mean, prec in rows:
        cells = ("-", "-") if n == 0 else (f"{mean:.3f}", f"{prec:.3f}")
        lines.append(f"| {name} | {n} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines)
