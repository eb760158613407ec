"""The scorer on small hand-written gold/prediction pairs, with numbers worked out by hand."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factwire.eval import match, score
from factwire.eval.assign import assign


@pytest.fixture(autouse=True)
def _no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name matching only, so these numbers do not depend on the gazetteer's contents."""
    monkeypatch.setattr(match, "gazetteer_id", lambda kind, name: None)


def _s400(supplier: str, recipient: str) -> dict[str, object]:
    return {"kind": "arms_transfer", "supplier": supplier, "recipient": recipient,
            "system": ["S-400", "SA-21"]}


def test_direction_mismatch_is_not_found(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[_s400("RUS", "IND")])
    swapped = build.ev("V1", "arms_transfer",
                       {"supplier": ["IN"], "recipient": ["RU"], "system": ["W1"]})
    m = score([gold], {"d1": build.pred_doc("d1", build.cast, [swapped])}).metrics()
    assert (m["events.arms_transfer.recall"], m["events.arms_transfer.precision"]) == (0.0, 0.0)
    right = build.ev("V1", "arms_transfer",
                     {"supplier": ["RU"], "recipient": ["IN"], "system": ["W1"]})
    m = score([gold], {"d1": build.pred_doc("d1", build.cast, [right])}).metrics()
    assert m["events.arms_transfer.f1"] == 1.0


def test_visit_direction(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[{"kind": "visit", "visitor": "RUS", "host": "IND"}])
    swapped = build.ev("V1", "visit", {"visitor": ["P2"], "host": ["RU"]})
    report = score([gold], {"d1": build.pred_doc("d1", build.cast, [swapped])})
    assert report.docs[0].events.missed == ["events[0] (visit): visitor=RUS host=IND"]
    assert report.docs[0].events.spurious == ["V1 visit host=RUS visitor=IND"]


def test_meeting_actor_set_rule(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[
        {"kind": "meeting", "participants": ["RUS", "IND"]},
        {"kind": "meeting", "participants": ["USA", "IND", "PAK", "RUS"]},
    ])
    preds = [
        build.ev("V1", "meeting", {"participants": ["P1"]}),                # RUS only: no
        build.ev("V2", "meeting", {"participants": ["US", "PK", "L1"]}),    # USA, PAK: 2 of 4
    ]
    report = score([gold], {"d1": build.pred_doc("d1", build.cast, preds)})
    tally = report.kind_tallies()["meeting"]
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert report.docs[0].events.missed == ["events[0] (meeting): participants=RUS,IND"]


def test_alias_system_match_with_gazetteer(build: SimpleNamespace,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    gold = build.gold_doc(events=[{"kind": "arms_transfer", "supplier": "RUS",
                                   "recipient": "IND", "system": "SA-21"}])
    pred = build.pred_doc("d1", build.cast, [build.ev(
        "V1", "arms_transfer", {"supplier": ["RU"], "recipient": ["IN"], "system": ["W1"]})])
    assert score([gold], {"d1": pred}).metrics()["events.f1"] == 0.0
    ids = {"SA-21": "weapon:s-400", "S-400 Triumf": "weapon:s-400"}
    monkeypatch.setattr(match, "gazetteer_id", lambda kind, name: ids.get(name))
    assert score([gold], {"d1": pred}).metrics()["events.f1"] == 1.0


def test_frigate_matches_project_11356(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[{"kind": "joint_production", "partners": ["RUS", "IND"],
                                   "system": ["Project 11356", "frigate"],
                                   "status": "discussed"}])
    pred = build.pred_doc("d1", build.cast, [build.ev(
        "V1", "joint_production", {"partners": ["RU", "IN"], "system": ["W2"]},
        status="agreed")])
    report = score([gold], {"d1": pred})
    m = report.metrics()
    assert (m["events.joint_production.f1"], m["args.joint_production.accuracy"]) == (1.0, 0.0)
    assert report.docs[0].events.wrong_args == [
        "events[0] (joint_production).status: gold 'discussed', predicted 'agreed' (V1)"]


def test_argument_accuracy_counting(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[
        {"kind": "meeting", "participants": ["RUS", "IND"],
         "persons": ["Sergei Shoigu", "Nirmala Sitharaman"], "place": "New Delhi",
         "time": "2018-12-13", "topic": "military cooperation", "modality": "asserted"},
        {"kind": "exercise", "participants": ["IND", "USA"], "place": "Kalaikunda",
         "start": "2018-12-03", "end": "2018-12-14"},
    ])
    pred = build.ev("V1", "meeting", {"participants": ["P1", "P2"], "place": ["L2"],
                                      "topic": "defence cooperation"},
                    start="2018-12", end="2018-12")
    m = score([gold], {"d1": build.pred_doc("d1", build.cast, [pred])}).metrics()
    # meeting: persons right, place wrong (Jodhpur), time wrong (2018-12 is coarser than
    # the gold day), topic right (1 of 2 content words), modality right -> 3 of 5.
    assert m["args.meeting.accuracy"] == pytest.approx(3 / 5)
    assert m["args.accuracy"] == pytest.approx(3 / 5)
    # the missed exercise's 3 arguments count against recall only: 3 of 8
    assert m["args.recall"] == pytest.approx(3 / 8)


def test_value_quantity_and_literal_times(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[dict(_s400("RUS", "IND"), quantity=5,
                                       value_usd=5_000_000_000, status="ordered",
                                       order_time="2018-10", delivery_time="2020")])
    pred = build.ev("V1", "arms_transfer",
                    {"supplier": ["RU"], "recipient": ["IN"], "system": ["W1"],
                     "order_time": "2018-10-05", "delivery_time": "2021"},
                    quantity=5, status="ordered",
                    value={"amount": 5_000_000_000, "currency": "USD"})
    report = score([gold], {"d1": build.pred_doc("d1", build.cast, [pred])})
    assert report.metrics()["args.arms_transfer.accuracy"] == pytest.approx(4 / 5)
    assert report.docs[0].events.wrong_args == [
        "events[0] (arms_transfer).delivery_time: gold '2020', predicted '2021' (V1)"]


def test_per_kind_prf_by_hand(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[
        {"kind": "meeting", "participants": ["RUS", "IND"]},
        {"kind": "meeting", "participants": ["USA", "PAK"]},
        {"kind": "visit", "visitor": "RUS", "host": "IND"},
        _s400("RUS", "IND"),
    ])
    preds = [
        build.ev("V1", "meeting", {"participants": ["RU", "IN"]}),   # tp
        build.ev("V2", "meeting", {"participants": ["US", "IN"]}),   # fp; USA-PAK is fn
        build.ev("V3", "visit", {"visitor": ["P1"], "host": ["IN"]}),  # tp
        build.ev("V4", "arms_transfer", {"supplier": ["RU"], "recipient": ["IN"],
                                         "system": ["W1"]}),          # tp
        build.ev("V5", "arms_transfer", {"supplier": ["RU"], "recipient": ["IN"],
                                         "system": ["W1"]}),          # fp: one-to-one
        build.ev("V6", "other", {"participants": ["US", "PK"]}),      # ignored in v1
    ]
    m = score([gold], {"d1": build.pred_doc("d1", build.cast, preds)}).metrics()
    assert (m["events.meeting.precision"], m["events.meeting.recall"],
            m["events.meeting.f1"]) == (0.5, 0.5, 0.5)
    assert m["events.visit.f1"] == 1.0
    assert (m["events.arms_transfer.precision"], m["events.arms_transfer.recall"]) == (0.5, 1.0)
    assert m["events.arms_transfer.f1"] == pytest.approx(2 / 3)
    # overall: tp 3, fp 2, fn 1 -> P 3/5, R 3/4, F1 2PR/(P+R) = 2/3
    assert (m["events.precision"], m["events.recall"]) == (0.6, 0.75)
    assert m["events.f1"] == pytest.approx(2 / 3)
    # kinds with neither gold nor predictions score 1.0 (nothing to find, nothing wrong)
    assert m["events.sanction.f1"] == 1.0


def test_assignment_prefers_matching_arguments(build: SimpleNamespace) -> None:
    """Two deployments by one state: each prediction goes to the gold event it fits best."""
    gold = build.gold_doc(events=[
        {"kind": "deployment", "deployer": "USA", "place": "Jodhpur"},
        {"kind": "deployment", "deployer": "USA", "place": "New Delhi"},
    ])
    preds = [build.ev("V1", "deployment", {"deployer": ["US"], "place": ["L1"]}),
             build.ev("V2", "deployment", {"deployer": ["US"], "place": ["L2"]})]
    m = score([gold], {"d1": build.pred_doc("d1", build.cast, preds)}).metrics()
    assert (m["events.deployment.f1"], m["args.deployment.accuracy"]) == (1.0, 1.0)


def test_assign_is_optimal_not_greedy() -> None:
    # greedy would pair row 0 with col 0 (weight 5) and leave row 1 without a partner
    assert sorted(assign([[5, 4], [3, 0]])) == [(0, 1), (1, 0)]
    assert assign([[0, 0], [0, 0]]) == []
    assert assign([[2], [7], [1]]) == [(1, 0)]
    assert assign([]) == []


def test_quotes_folding_speaker_and_precision(build: SimpleNamespace) -> None:
    gold = build.gold_doc(quotes=[
        {"speaker": "Sergei Shoigu", "contains": "Our cooperation spreads to the most"},
        {"speaker": ["Defence Ministry", "Ministry of Defence"],
         "contains": "joint manufacturing projects"},
        {"speaker": "Nirmala Sitharaman", "contains": "a very productive meeting"},
    ])
    entities = [*build.cast, build.ent("O1", "organization", "Russian Defence Ministry",
                                       "RUS", "RUS")]
    quotes = [
        {"id": "Q1", "speaker": "P1", "span": [0, 1],
         "text": "\u201cOur  cooperation\nspreads to the \u2018most\u2019 sensitive spheres"},
        {"id": "Q2", "speaker": "O1", "span": [0, 1],
         "text": "talks on joint manufacturing projects, including helicopters"},
        {"id": "Q3", "speaker": "P1", "span": [0, 1],       # right text, wrong speaker
         "text": "It was a very productive meeting"},
    ]
    report = score([gold], {"d1": build.pred_doc("d1", entities, [], quotes)})
    m = report.metrics()
    assert (m["quotes.precision"], m["quotes.recall"]) == (pytest.approx(2 / 3),
                                                          pytest.approx(2 / 3))
    assert "quote missed: Nirmala Sitharaman: 'a very productive meeting'" in report.docs[0].notes


def test_entities_and_boilerplate(build: SimpleNamespace) -> None:
    gold = build.gold_doc(
        text_must_exclude=["Conversations", "Subscribe now"],
        entities=[
            {"kind": "person", "name": "Sergei Shoigu", "country": "RUS"},
            {"kind": "person", "name": "Vladimir Putin", "country": "RUS"},
            {"kind": "country", "name": "US", "country": "USA"},
            {"kind": "weapon", "name": "S-400", "country": "RUS"},
            {"kind": "location", "name": "New Delhi", "country": "PAK"},  # wrong country
        ])
    pred = build.pred_doc("d1", build.cast, [], text="Body text. Subscribe now")
    report = score([gold], {"d1": pred})
    m = report.metrics()
    assert m["entities.recall"] == pytest.approx(3 / 5)
    assert "entities.precision" not in m  # gold does not claim to list every entity
    assert m["boilerplate.pass_rate"] == 0.5


def test_entity_precision_when_gold_is_complete(build: SimpleNamespace) -> None:
    gold = build.gold_doc(entities_complete=True, entities=[
        {"kind": "country", "name": "Russia", "country": "RUS"},
        {"kind": "country", "name": "India", "country": "IND"},
    ])
    m = score([gold], {"d1": build.pred_doc("d1", build.cast[:4], [])}).metrics()
    assert (m["entities.recall"], m["entities.precision"]) == (1.0, 0.5)


def test_missing_prediction_scores_zero(build: SimpleNamespace) -> None:
    gold = build.gold_doc(events=[_s400("RUS", "IND")], text_must_exclude=["x"],
                          quotes=[{"speaker": "A B", "contains": "words words words"}])
    other = build.gold_doc("d2")
    report = score([gold, other], {"d2": build.pred_doc("d2", [], [])})
    m = report.metrics()
    assert (m["events.recall"], m["quotes.recall"], m["boilerplate.pass_rate"]) == (0, 0, 0)
    assert m["docs.missing"] == 1.0
    assert report.to_json()["missing"] == ["d1"]
    assert "1 without prediction: d1" in report.table()


def test_entity_alias_via_gazetteer(build: SimpleNamespace,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    gold = build.gold_doc(entities=[
        {"kind": "organization", "name": "Defense Security Cooperation Agency", "country": "USA"},
        {"kind": "organization", "name": "NATO", "country": None},
    ])
    preds = [build.ent("O1", "organization", "DSCA", "USA", "USA"),
             build.ent("O2", "organization", "the Alliance", None, "NATO")]
    doc = build.pred_doc("d1", preds, [])
    assert score([gold], {"d1": doc}).metrics()["entities.recall"] == 0.5  # NATO by actor key
    ids = {"Defense Security Cooperation Agency": "org:DSCA", "DSCA": "org:DSCA"}
    monkeypatch.setattr(match, "gazetteer_id",
                        lambda kind, name: ids.get(name) if kind == "organization" else None)
    assert score([gold], {"d1": doc}).metrics()["entities.recall"] == 1.0
