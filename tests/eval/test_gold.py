"""Gold files, prediction files and floor files: what is read, and what is refused and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factwire.eval import check_floor, load_floor, load_gold, load_predictions
from factwire.model import ConfigError, InputError


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_gold_event_fields_are_split_into_keys_system_and_args(tmp_path: Path) -> None:
    _write(tmp_path / "a.gold.json", {
        "id": "a", "published": "2018-12-13", "corpus": "x.csv", "row": 7,
        "events": [{"kind": "arms_transfer", "supplier": "RUS", "recipient": ["IND"],
                    "system": "S-400", "quantity": 5, "value_usd": 5e9, "note": "why"}]})
    (doc,) = load_gold(tmp_path)
    (event,) = doc.events
    assert (doc.id, doc.row, doc.corpus) == ("a", "7", "x.csv")
    assert event.keys == {"supplier": ("RUS",), "recipient": ("IND",)}
    assert event.system == ("S-400",)
    assert event.args == {"quantity": 5, "value_usd": (5e9, "USD")}


@pytest.mark.parametrize(("event", "message"), [
    ({"kind": "meeting", "partipants": ["USA", "IND"]}, "key role 'participants' is missing"),
    ({"kind": "meeting", "participants": ["USA"], "plce": "Paris"}, "unknown field 'plce'"),
    ({"kind": "arms_transfer", "supplier": "USA", "recipient": "IND", "system": "F-16",
      "status": "sold"}, "'sold' is not a status of arms_transfer"),
    ({"kind": "arms_transfer", "supplier": "USA", "recipient": "IND"},
     "key field 'system' is missing"),
    ({"kind": "visit", "visitor": "USA", "host": "IND", "time": "13 Dec"}, "not an ISO date"),
    ({"kind": "attack", "source": "USA"}, "kind 'attack' is not scored"),
])
def test_gold_errors_name_file_event_and_field(tmp_path: Path, event: dict[str, object],
                                               message: str) -> None:
    path = _write(tmp_path / "b.gold.json", {"id": "b", "events": [event]})
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert str(err.value).startswith(f"{path}: events[0]")
    assert message in str(err.value)


def test_gold_duplicate_ids_and_bad_json(tmp_path: Path) -> None:
    _write(tmp_path / "a.gold.json", {"id": "same"})
    _write(tmp_path / "b.gold.json", {"id": "same"})
    with pytest.raises(InputError, match="doc id 'same' is also used by"):
        load_gold(tmp_path)
    bad = tmp_path / "c.gold.json"
    bad.write_text('{"id": "c",\n "events": [}', encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.gold\.json:2: not valid JSON"):
        load_gold(bad)


def test_predictions_from_jsonl_and_json_list(tmp_path: Path) -> None:
    lines = [json.dumps({"doc": {"id": f"d{i}"}, "events": []}) for i in (1, 2)]
    (tmp_path / "p.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    _write(tmp_path / "q.json", [{"doc": {"id": "d3"}}])
    assert sorted(load_predictions(tmp_path)) == ["d1", "d2", "d3"]
    (tmp_path / "r.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.jsonl:1: doc id 'd1' was already read from"):
        load_predictions(tmp_path)


def test_prediction_without_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"doc": {"id": "a"}}\n{"doc": {}}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"p\.jsonl:2: a prediction needs doc.id"):
        load_predictions(path)


def test_floor_sections_and_checks(tmp_path: Path) -> None:
    path = _write(tmp_path / "floor.json", {"_why": "comment", "seed": {"events.f1": 0.9},
                                            "dev": {"quotes.f1": 0.7, "events.f1": 0.5}})
    assert load_floor(path, "dev") == {"quotes.f1": 0.7, "events.f1": 0.5}
    with pytest.raises(ConfigError, match=r"choose a section with --floor-section; it has "
                                          r"\['dev', 'seed'\]"):
        load_floor(path)
    flat = _write(tmp_path / "flat.json", {"events.f1": 0.5})
    assert load_floor(flat) == {"events.f1": 0.5}
    metrics = {"events.f1": 0.5, "quotes.f1": 0.69}
    assert check_floor(metrics, {"events.f1": 0.5, "quotes.f1": 0.7}) == [
        "quotes.f1 = 0.6900 is below its floor 0.7000"]
    with pytest.raises(ConfigError, match=r"unknown metric\(s\) \['event.f1'\]"):
        check_floor(metrics, {"event.f1": 0.5})


def test_floor_values_must_be_fractions(tmp_path: Path) -> None:
    path = _write(tmp_path / "floor.json", {"events.f1": 50})
    with pytest.raises(ConfigError, match=r"floor 'events\.f1' is 50; give a number in"):
        load_floor(path)
