"""A second annotator's gold files scored as output: identical files agree fully, and each
kind of disagreement costs what the scorer charges the pipeline for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factwire.eval import load_gold, score
from factwire.eval.agreement import is_gold_path, load_as_predictions, widen

TEXT = ("Ruritania agreed to buy 12 Falcon-9 jets from Freedonia on Monday. "
        "“We are pleased with this step and expect delivery soon,” said Anna Berg, the "
        "Ruritanian defence minister.")


def _gold(folder: Path, **changes: Any) -> Path:
    folder.mkdir(exist_ok=True)
    (folder.parent / "doc.txt").write_text(TEXT, encoding="utf-8")
    event = {"kind": "arms_transfer", "supplier": "FRE", "recipient": "RUR",
             "system": "Falcon-9", "quantity": 12, "status": "ordered"}
    event.update(changes.pop("event", {}))
    data = {"id": "doc", "file": "../doc.txt", "published": "2020-03-04", "events": [event],
            "quotes": [{"speaker": "Anna Berg", "contains": changes.pop("contains",
                                                                       "pleased with this step")}],
            "entities": [{"kind": "person", "name": "Anna Berg", "country": "RUR"}]}
    path = folder / "doc.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _metrics(tmp_path: Path, **changes: Any) -> dict[str, float]:
    a = _gold(tmp_path / "a")
    b = _gold(tmp_path / "b", **changes)
    return score(load_gold(a), load_as_predictions(b.parent, tmp_path)).metrics()


def test_identical_annotations_agree_fully(tmp_path: Path) -> None:
    m = _metrics(tmp_path)
    assert (m["events.f1"], m["args.accuracy"], m["quotes.f1"], m["entities.recall"]) == (
        1.0, 1.0, 1.0, 1.0)


def test_reversed_direction_is_a_missed_event(tmp_path: Path) -> None:
    m = _metrics(tmp_path, event={"supplier": "RUR", "recipient": "FRE"})
    assert m["events.f1"] == 0.0


def test_a_different_quantity_is_a_wrong_argument(tmp_path: Path) -> None:
    m = _metrics(tmp_path, event={"quantity": 10})
    assert m["events.f1"] == 1.0
    assert m["args.accuracy"] == pytest.approx(0.5)


def test_another_snippet_of_the_same_quotation_agrees(tmp_path: Path) -> None:
    m = _metrics(tmp_path, contains="expect delivery soon")
    assert m["quotes.f1"] == 1.0


@pytest.mark.parametrize(("snippet", "quotation"), [
    ("expect delivery", "We are pleased with this step and expect delivery soon,"),
    ("not in the text", "not in the text"),
])
def test_widen_returns_the_enclosing_quotation(snippet: str, quotation: str) -> None:
    assert widen(TEXT, snippet) == quotation


def test_gold_paths_are_recognised(tmp_path: Path) -> None:
    path = _gold(tmp_path / "a")
    assert is_gold_path(path) and is_gold_path(path.parent)
    assert not is_gold_path(tmp_path / "out.jsonl")
