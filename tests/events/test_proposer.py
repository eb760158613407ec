"""The learned event proposer: its pairings and their features on sentences written here,
how a proposal yields to the rules' event, its stored model's checks, and the training
functions that choose what it proposes.

No test pins a learned weight: the model is retrained whenever the rules change.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from factwire.eval.gold import GoldEvent
from factwire.events.extract import EventExtractor
from factwire.events.learned import proposing
from factwire.events.learned.candidates import PROPOSED_KINDS
from factwire.events.learned.proposer import (
    CANDIDATE_VERSION,
    PRODUCER,
    SCHEMA,
    SCHEMA_VERSION,
    EventProposer,
    KindModel,
    load_proposer,
    parse_proposer,
)
from factwire.ingest import read_text
from factwire.model import DataError, Extraction
from factwire.runner.pipeline import Pipeline
from factwire.runner.registry import DEFAULT_PIPELINE

DAY = dt.date(2026, 3, 4)


def _run(pipeline: Pipeline, text: str, proposer: EventProposer | None,
         names: tuple[str, ...] = ("rules",)) -> Extraction:
    extractor = EventExtractor(names)
    if proposer is not None:
        extractor.detectors.append(proposer)
    mine = Pipeline(pipeline.nlp, [*pipeline.components[:-1], extractor], DEFAULT_PIPELINE)
    return mine.run(read_text(text, id="t", published=DAY))


def _events(out: Extraction) -> list[tuple[str, str | None, dict[str, list[str]]]]:
    ents = {e.id: e for e in out.entities}
    return [(e.kind, e.producer,
             {r: sorted(str(ents[i].actor or ents[i].name) for i in v)
              for r, v in e.args.items() if not isinstance(v, str)}) for e in out.events]


def _threats(weight: float, threshold: float = 0.5) -> EventProposer:
    """A proposer written by hand: a threat whose source is a subject."""
    return EventProposer({"threat": KindModel({"r0.dep=nsubj": weight}, -1.0, threshold)})


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Morocco cautioned Algeria against any attack on its border posts.", "MAR", "DZA"),
    ("Egypt cautioned Ethiopia against any strike near the dam.", "EGY", "ETH"),
])
def test_a_pairing_the_model_likes_is_proposed_with_its_roles(
        pipeline: Pipeline, text: str, source: str, target: str) -> None:
    rules = [e for e in _events(_run(pipeline, text, None)) if e[0] == "threat"]
    assert rules == []  # the rules alone miss it
    proposed = [e for e in _events(_run(pipeline, text, _threats(3.0))) if e[0] == "threat"]
    assert ("threat", PRODUCER, {"source": [source], "target": [target]}) in proposed


def test_nothing_is_proposed_below_the_threshold(pipeline: Pipeline) -> None:
    text = "Iran threatened to punish Israel with a blockade."
    assert not [e for e in _events(_run(pipeline, text, _threats(-3.0))) if e[1] == PRODUCER]


def test_a_proposal_the_rules_already_state_yields_to_them(pipeline: Pipeline) -> None:
    text = "Norway's prime minister met the Swedish prime minister in Geneva on Monday."
    meets = EventProposer({"meeting": KindModel({}, 5.0, 0.5)})  # proposes every pairing
    out = _events(_run(pipeline, text, meets))
    assert [(kind, producer, roles["participants"]) for kind, producer, roles in out] == [
        ("meeting", "rules.meeting.v1", ["NOR", "SWE"])]


def test_a_negated_sentence_is_not_proposed(pipeline: Pipeline) -> None:
    text = "Iran did not threaten to punish Israel with a blockade."
    found = [e for e in _events(_run(pipeline, text, _threats(5.0))) if e[1] == PRODUCER]
    assert found == []


def test_pairings_carry_the_parse_features(pipeline: Pipeline) -> None:
    recorder = proposing._Recorder()
    extractor = EventExtractor(("rules",))
    extractor.detectors.append(recorder)  # type: ignore[arg-type]
    mine = Pipeline(pipeline.nlp, [*pipeline.components[:-1], extractor], DEFAULT_PIPELINE)
    mine.run(read_text("Iran threatened to launch an offensive against Israel.", id="t",
                       published=DAY))
    threats = {keys: f for kind, keys, _p, _k, f in recorder.seen if kind == "threat"}
    iran_on_israel = threats[(("source", frozenset({"IRN"})), ("target", frozenset({"ISR"})))]
    assert iran_on_israel["r0.path=nsubj"] == 1.0
    assert iran_on_israel["r1.prep=against"] == 1.0
    assert iran_on_israel["trig=threaten"] == 1.0 and iran_on_israel["order=fwd"] == 1.0
    reverse = threats[(("source", frozenset({"ISR"})), ("target", frozenset({"IRN"})))]
    assert "r0.path=nsubj" not in reverse and reverse["order=rev"] == 1.0


def _model(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "candidate_version":
        CANDIDATE_VERSION, "kinds": {"threat": {"intercept": -1.0, "features": ["bias"],
                                                "coef": [0.5], "threshold": 0.6}}}
    data.update(changes)
    return data


@pytest.mark.parametrize(("changes", "message"), [
    ({"schema": "other"}, "field 'schema' must be"),
    ({"candidate_version": 0}, "field 'candidate_version' is 0"),
    ({"kinds": []}, "field 'kinds' must map"),
    ({"kinds": {"threat": {"intercept": 0, "features": ["a"], "coef": [], "threshold": 1}}},
     "'kinds.threat.features' and '.coef'"),
    ({"kinds": {"threat": {"intercept": "x", "features": [], "coef": [], "threshold": 1}}},
     "field 'kinds.threat.intercept' must be a finite number"),
])
def test_a_damaged_model_names_the_field_and_the_fix(changes: dict[str, Any],
                                                     message: str) -> None:
    with pytest.raises(DataError, match=message) as err:
        parse_proposer(_model(**changes), "p.json")
    assert "scripts/train_events.py" in str(err.value) and "p.json" in str(err.value)


def test_the_stored_model_loads_and_knows_the_proposed_kinds() -> None:
    proposer = load_proposer()
    assert set(proposer.models) == set(PROPOSED_KINDS)
    assert all(0.0 < m.threshold <= proposing.OFF for m in proposer.models.values())
    assert json.loads(json.dumps(_model()))["kinds"]["threat"]["threshold"] == 0.6


def _keys(**roles: str) -> proposing.Keys:
    return tuple(sorted((r, frozenset(v.split(","))) for r, v in roles.items()))


@pytest.mark.parametrize(("prop", "rule", "covered"), [
    ((_keys(participants="NOR,SWE"), None), (_keys(participants="DNK,NOR,SWE"), None), True),
    ((_keys(participants="NOR,FIN"), None), (_keys(participants="NOR,SWE"), None), False),
    ((_keys(deployer="USA"), "SYR"), (_keys(deployer="USA"), "IRQ"), False),
    ((_keys(deployer="USA"), "SYR"), (_keys(deployer="USA"), None), True),
    ((_keys(source="TUR", target="SYR"), None), (_keys(source="SYR", target="TUR"), None),
     False),
])
def test_covered_is_judged_role_by_role(prop: proposing.Ident, rule: proposing.Ident,
                                        covered: bool) -> None:
    assert proposing.covered(prop, rule) is covered


def test_labels_follow_the_scorer_and_a_deployment_also_its_place() -> None:
    gold = [GoldEvent(kind="deployment", keys={"deployer": ("USA",)},
                      args={"place": ("Syria",)}, system=None, where="g")]
    assert proposing.label(gold, "deployment", _keys(deployer="USA"), "Syria", "SYR") == 1
    assert proposing.label(gold, "deployment", _keys(deployer="USA"), "Iraq", "IRQ") == 0
    assert proposing.label(gold, "deployment", _keys(deployer="GBR"), "Syria", "SYR") == 0
