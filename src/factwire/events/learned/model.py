"""The learned event scorer: a logistic model over event features, calibrated on the gold.

It is trained on ``gold/dev`` only (``scripts/train_events.py``) and stored as plain JSON
(feature names, weights, the calibration curve, the drop threshold), read back
without pickle. Its probability is the event's ``confidence``: on the gold it was fitted on,
events above 0.8 were right about 80% of the time (the reliability table in
``bench/RESULTS.md`` checks this on the held-out fold). Events the model finds unlikely
enough that dropping them raised cross-validated F1 are dropped.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from factwire.entities.table import EntityTable
from factwire.events.draft import EventDraft
from factwire.events.learned.features import FEATURES_VERSION, event_features
from factwire.events.learned.stored import RETRAIN, checked, data_path, number, read_model

SCHEMA = "factwire.events.scorer"
SCHEMA_VERSION = 1
MODEL_FILE = "event_scorer.json"
# Confidence is never stated as certainty: a few hundred gold events cannot support it.
_LOWEST, _HIGHEST = 0.01, 0.99


@dataclass(frozen=True)
class EventScorer:
    """Scores finished event mentions; ``rescore`` sets confidence and drops unlikely ones."""

    weights: Mapping[str, float]
    intercept: float
    curve_x: tuple[float, ...]
    curve_y: tuple[float, ...]
    threshold: float
    kinds: frozenset[str]
    name: str = "learned.scorer.v1"

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's raw probability that the event matches a gold event."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def calibrate(self, p: float) -> float:
        """The calibration curve (Platt or isotonic, fitted on cross-validated probabilities)."""
        xs, ys = self.curve_x, self.curve_y
        if p <= xs[0]:
            value = ys[0]
        elif p >= xs[-1]:
            value = ys[-1]
        else:
            i = bisect.bisect_right(xs, p)
            x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
            value = y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)
        return min(_HIGHEST, max(_LOWEST, value))

    def confidence(self, d: EventDraft, table: EntityTable) -> float:
        return self.calibrate(self.probability(event_features(d, table)))

    def rescore(self, drafts: Sequence[EventDraft], table: EntityTable) -> list[EventDraft]:
        """Calibrated confidence on every event of a kind the model knows; drop the unlikely.

        Kinds the model was not trained on (``other``, a kind added later) keep their rule
        confidence and are never dropped; so do proposals of a trained proposer, whose
        confidence is already its own calibrated probability.
        """
        out: list[EventDraft] = []
        for d in drafts:
            if d.kind in self.kinds and not d.proposed:
                d.confidence = round(self.confidence(d, table), 3)
                if d.confidence < self.threshold:
                    continue
            out.append(d)
        return out


def rules_fingerprint() -> str:
    """A hash of the rule modules, kind specs and lexicon the scorer's training events came
    from: when it differs from the stored model's, the model was trained on other rules."""
    root = resources.files("factwire.events")
    files = [root / "data" / "lexicon.json"]
    for folder, suffix in (("kinds", ".py"), ("data/kinds", ".json")):
        base = root.joinpath(*folder.split("/"))
        files += sorted((f for f in base.iterdir() if f.name.endswith(suffix)),
                        key=lambda f: f.name)
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def stale_reason(path: str | None = None) -> str | None:
    """Why the stored model no longer fits the rules, or None when it does."""
    file = Path(path) if path is not None else model_path()
    stored = json.loads(file.read_text(encoding="utf-8")).get("rules_fingerprint")
    now = rules_fingerprint()
    if stored != now:
        return (f"{file}: trained on rules {stored}, the rules are now {now}; "
                f"retrain with `{RETRAIN}`")
    return None


def model_path() -> Path:
    return data_path(MODEL_FILE)


@functools.cache
def load_scorer(path: str | None = None) -> EventScorer:
    """The stored scorer, read once; a missing, damaged or stale file says how to retrain."""
    file = Path(path) if path is not None else model_path()
    return parse_scorer(read_model(file, "learned event scorer", "rules"), str(file))


def parse_scorer(raw: Any, where: str) -> EventScorer:
    """Check a stored model against this code's schema and feature versions."""
    data, fail = checked(raw, where, "learned event scorer", SCHEMA,
                         {"schema_version": SCHEMA_VERSION,
                          "features_version": FEATURES_VERSION})
    names, coef = data.get("features"), data.get("coef")
    if not isinstance(names, list) or not isinstance(coef, list) or len(names) != len(coef):
        raise fail("fields 'features' and 'coef' must be lists of equal length")
    curve = data.get("calibration")
    if not isinstance(curve, dict):
        raise fail("field 'calibration' must be an object with lists 'x' and 'y'")
    xs, ys = _floats(curve.get("x"), "calibration.x", fail), _floats(curve.get("y"),
                                                                    "calibration.y", fail)
    if not xs or len(xs) != len(ys) or list(xs) != sorted(xs):
        raise fail("field 'calibration' needs equal, non-empty lists with 'x' ascending")
    kinds = data.get("kinds")
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise fail("field 'kinds' must list the event kinds the model was trained on")
    weights = dict(zip((str(n) for n in names), _floats(coef, "coef", fail), strict=True))
    return EventScorer(weights=weights, intercept=number(data.get("intercept"), "intercept", fail),
                       curve_x=xs, curve_y=ys, threshold=number(data.get("threshold"),
                                                                 "threshold", fail),
                       kinds=frozenset(kinds))


def _floats(values: Any, field: str, fail: Any) -> tuple[float, ...]:
    if not isinstance(values, list):
        raise fail(f"field {field!r} must be a list of numbers")
    return tuple(number(v, field, fail) for v in values)
