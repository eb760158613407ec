"""The learned event scorer: its stored model is checked on load, it sets confidence from its
calibration curve and drops what it finds unlikely, and training is reproducible.

No test pins a learned weight: the model is retrained whenever the rules change.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factwire.entities.table import EntityTable
from factwire.events import detect
from factwire.events.draft import EventDraft
from factwire.events.extract import EventExtractor
from factwire.events.learned.features import FEATURES_VERSION, GROUPS, event_features, group_of
from factwire.events.learned.model import (
    SCHEMA,
    SCHEMA_VERSION,
    EventScorer,
    load_scorer,
    model_path,
    parse_scorer,
    stale_reason,
)
from factwire.events.learned.proposer import load_proposer
from factwire.events.learned.training import (
    REPEATS,
    Corpus,
    Sample,
    best_threshold,
    fit,
    reliability,
    repeated_folds,
)
from factwire.ingest import read_text
from factwire.model import DataError, FactwireError
from factwire.runner.pipeline import Pipeline
from factwire.runner.registry import DEFAULT_PIPELINE

TEXT = "Norway's prime minister met the Swedish prime minister in Geneva on Monday."


def _scorer(weight: float, threshold: float = 0.0, kinds: Sequence[str] = ("meeting",)
            ) -> EventScorer:
    """A scorer written by hand: identity calibration, one weight on the meeting kind."""
    return EventScorer(weights={"kind=meeting": weight}, intercept=0.0, curve_x=(0.0, 1.0),
                       curve_y=(0.0, 1.0), threshold=threshold, kinds=frozenset(kinds))


class _Keep:
    """Records each finished event's features, changes nothing."""

    name = "test.keep"

    def __init__(self) -> None:
        self.features: list[dict[str, float]] = []

    def rescore(self, drafts: Sequence[EventDraft], table: EntityTable) -> list[EventDraft]:
        self.features += [event_features(d, table) for d in drafts]
        return list(drafts)


def _run(pipeline: Pipeline, extractor: EventExtractor) -> list[tuple[str, str | None, float]]:
    mine = Pipeline(pipeline.nlp, [*pipeline.components[:-1], extractor], DEFAULT_PIPELINE)
    out = mine.run(read_text(TEXT, id="t", published=dt.date(2026, 3, 4)))
    return [(e.kind, e.producer, e.confidence) for e in out.events]


def _with(scorer: Any) -> EventExtractor:
    extractor = EventExtractor(("rules",))
    extractor.scorers = [scorer]
    return extractor


def test_a_scorer_sets_confidence_from_its_curve(pipeline: Pipeline) -> None:
    # weight 0 -> probability 0.5 -> identity curve -> 0.5; the rule's producer is kept
    assert _run(pipeline, _with(_scorer(0.0))) == [("meeting", "rules.meeting.v1", 0.5)]
    # never stated as certainty, however sure the model is
    assert _run(pipeline, _with(_scorer(50.0))) == [("meeting", "rules.meeting.v1", 0.99)]


def test_a_scorer_drops_events_below_its_threshold(pipeline: Pipeline) -> None:
    assert _run(pipeline, _with(_scorer(-3.0, threshold=0.3))) == []
    assert len(_run(pipeline, _with(_scorer(3.0, threshold=0.3)))) == 1


def test_kinds_the_model_never_saw_keep_their_rule_confidence(pipeline: Pipeline) -> None:
    assert _run(pipeline, _with(_scorer(-3.0, threshold=0.3, kinds=("visit",)))) == [
        ("meeting", "rules.meeting.v1", 0.8)]


def test_features_read_the_finished_event(pipeline: Pipeline) -> None:
    keep = _Keep()
    _run(pipeline, _with(keep))
    [f] = keep.features
    assert f["kind=meeting"] == 1.0
    assert f["producer=rules.meeting.v1"] == 1.0
    assert f["role=meeting.participants"] == 1.0
    assert f["actors=meeting.participants"] == 2.0  # Norway and Sweden
    assert f["keys_in_sentence"] == 1.0  # both named in the trigger sentence
    assert f["has=time"] == 1.0 and f["lemma=meet"] == 1.0 and f["mod=asserted"] == 1.0
    assert f["time=day"] == 1.0 and f["time_in_sentence"] == 1.0  # "on Monday"
    assert "cue=if" not in f
    assert {group_of(k) for k in f} <= set(GROUPS)


def test_the_stored_model_loads_and_its_curve_rises() -> None:
    scorer = load_scorer()
    assert scorer.kinds and scorer.weights
    assert 0.0 <= scorer.threshold < 1.0
    steps = [scorer.calibrate(i / 100) for i in range(101)]
    assert steps == sorted(steps)
    assert all(0.01 <= s <= 0.99 for s in steps)


def test_the_stored_model_was_trained_on_the_current_rules() -> None:
    """Fails after a rule, spec or lexicon change until the scorer is retrained (one command,
    named in the message): a scorer of other rules' events mis-states their confidence."""
    assert stale_reason() is None, stale_reason()


def test_a_model_of_other_rules_is_reported_stale(tmp_path: Path) -> None:
    other = tmp_path / "model.json"
    other.write_text(json.dumps({**_stored(), "rules_fingerprint": "0000"}), encoding="utf-8")
    reason = stale_reason(str(other))
    assert reason is not None and "trained on rules 0000" in reason
    assert "scripts/train_events.py" in reason


def test_learned_is_on_by_default_and_rules_alone_can_be_chosen(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(detect.DETECTORS_ENV, raising=False)
    assert "learned" in detect.configured_detectors()
    assert [s.name for s in EventExtractor().scorers] == ["learned.scorer.v1"]
    monkeypatch.setenv(detect.DETECTORS_ENV, " rules ")
    assert detect.configured_detectors() == ("rules",)
    assert EventExtractor().scorers == []
    monkeypatch.setenv(detect.DETECTORS_ENV, "rules,lerned")
    with pytest.raises(FactwireError, match=r"unknown event detector 'lerned'.*scorers: "):
        EventExtractor()


def test_the_interpolation_between_knots() -> None:
    scorer = EventScorer(weights={}, intercept=0.0, curve_x=(0.0, 0.5, 1.0),
                         curve_y=(0.1, 0.5, 0.9), threshold=0.0, kinds=frozenset())
    assert scorer.calibrate(0.25) == pytest.approx(0.3)
    assert scorer.calibrate(0.75) == pytest.approx(0.7)
    assert scorer.calibrate(-1.0) == pytest.approx(0.1)


def _stored() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(model_path().read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(("change", "message"), [
    ({"schema": "other"}, "not a learned event scorer"),
    ({"features_version": FEATURES_VERSION + 1}, "field 'features_version'.*stale"),
    ({"schema_version": SCHEMA_VERSION + 1}, "field 'schema_version'.*stale"),
    ({"coef": [1.0]}, "equal length"),
    ({"calibration": {"x": [0.5, 0.1], "y": [0.1, 0.2]}}, "ascending"),
    ({"threshold": "high"}, "field 'threshold' must be a finite number"),
])
def test_a_bad_or_stale_model_names_the_file_and_the_fix(change: dict[str, Any],
                                                        message: str) -> None:
    data = {**_stored(), **change}
    with pytest.raises(DataError, match=message) as info:
        parse_scorer(data, "model.json")
    assert str(info.value).startswith("model.json: ")
    assert "scripts/train_events.py" in str(info.value)


@pytest.mark.parametrize(("load", "what", "without"), [
    (load_scorer, "learned event scorer", "rules"),
    (load_proposer, "learned event proposer", "rules,learned"),
])
def test_a_missing_model_says_how_to_train_it(tmp_path: Path, load: Any, what: str,
                                              without: str) -> None:
    with pytest.raises(DataError, match=rf"{what} is missing; train it with .*"
                                        rf"FACTWIRE_DETECTORS={without}$"):
        load(str(tmp_path / "absent.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DataError, match=f"cannot read the {what}"):
        load(str(bad))


def _corpus() -> Corpus:
    """Events of 20 documents: a ``cue`` feature marks the wrong ones, with some noise."""
    corpus = Corpus(gold_events=80)
    for n in range(120):
        wrong = n % 3 == 0
        noisy = n % 17 == 0
        feats = {"kind=meeting": 1.0, "rule_conf": 0.8, "cue=if": 1.0 if wrong else 0.0}
        feats = {k: v for k, v in feats.items() if v}
        corpus.samples.append(Sample(doc=f"d{n % 20}", event=f"e{n}", kind="meeting",
                                     features=feats, label=int(wrong == noisy)))
    return corpus


def test_training_is_reproducible_and_learns_the_signal() -> None:
    first, second = fit(_corpus(), "test"), fit(_corpus(), "test")
    assert json.dumps(first.model) == json.dumps(second.model)
    model = first.model
    assert model["schema"] == SCHEMA and model["kinds"] == ["meeting"]
    scorer = parse_scorer(model, "test")
    sure = scorer.calibrate(scorer.probability({"kind=meeting": 1.0, "rule_conf": 0.8}))
    doubt = scorer.calibrate(scorer.probability({"kind=meeting": 1.0, "rule_conf": 0.8,
                                                 "cue=if": 1.0}))
    assert doubt < 0.5 < sure
    # the marked events are mostly wrong, so dropping them raises F1: a threshold between
    assert doubt < scorer.threshold <= sure


def test_reliability_bins() -> None:
    rows = reliability([0.1, 0.15, 0.9, 0.85, 0.5], [0, 1, 1, 1, 0])
    assert rows[0] == ("0.0-0.2", 2, pytest.approx(0.125), 0.5)
    assert rows[2] == ("0.4-0.6", 1, 0.5, 0.0)
    assert rows[4][:2] == ("0.8-1.0", 2) and rows[4][3] == 1.0
    assert rows[-1][:2] == (">= 0.8", 2)
    assert rows[1][1] == 0


def test_the_threshold_is_the_peak_of_the_mean_over_repeats() -> None:
    """One shuffle's curve may peak on a fluke; the threshold is chosen on the mean F1 of
    every repeat's curve."""
    y = np.array([1, 1, 0, 0, 1, 0], dtype=float)
    a = np.array([0.9, 0.8, 0.2, 0.25, 0.7, 0.1])  # alone: anything above 0.25 is best
    b = np.array([0.9, 0.8, 0.4, 0.45, 0.05, 0.35])  # here the wrong ones reach 0.45
    assert best_threshold([a], y, gold_events=4)[0] == pytest.approx(0.26)
    t, mean_at, mean_all = best_threshold([a, b], y, gold_events=4)
    assert t == pytest.approx(0.46)  # the lowest threshold that is best for both
    assert mean_at == pytest.approx((6 / 7 + 4 / 6) / 2)
    assert mean_all == pytest.approx(0.6)


def test_each_repeat_shuffles_the_documents_again() -> None:
    docs = [f"d{i}" for i in range(40)]
    splits = repeated_folds(docs)
    assert len(splits) == REPEATS
    assert all(sorted(set(f.tolist())) == list(range(5)) for f in splits)
    assert len({tuple(f.tolist()) for f in splits}) == REPEATS  # no two shuffles alike
    assert [f.tolist() for f in repeated_folds(docs)] == [f.tolist() for f in splits]
