"""``factwire eval`` through the real command group, on hand-written files."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from factwire.cli.main import cli


@pytest.fixture
def files(tmp_path: Path, build: SimpleNamespace) -> SimpleNamespace:
    gold = {"id": "d1", "events": [{"kind": "meeting", "participants": ["RUS", "IND"]},
                                   {"kind": "visit", "visitor": "USA", "host": "PAK"}],
            "quotes": [{"speaker": "Sergei Shoigu", "contains": "most sensitive spheres"}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = build.pred_doc("d1", build.cast,
                          [build.ev("V1", "meeting", {"participants": ["RU", "IN"]})],
                          [{"id": "Q1", "speaker": "P1", "span": [0, 5],
                            "text": "Our cooperation spreads to the most sensitive spheres"}])
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    floor = {"dev": {"events.f1": 0.9, "quotes.f1": 1.0}}
    (tmp_path / "floor.json").write_text(json.dumps(floor), encoding="utf-8")
    return SimpleNamespace(gold=str(tmp_path / "gold"), pred=str(tmp_path / "pred.jsonl"),
                           floor=str(tmp_path / "floor.json"), tmp=tmp_path)


def test_table_report(files: SimpleNamespace) -> None:
    result = CliRunner().invoke(cli, ["eval", files.gold, files.pred])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.output.splitlines() if line}
    assert rows["meeting"][1:7] == ["1", "1", "1", "1.000", "1.000", "1.000"]
    assert rows["visit"][1:7] == ["1", "0", "0", "0.000", "0.000", "0.000"]
    assert rows["ALL"][1:7] == ["2", "1", "1", "1.000", "0.500", "0.667"]
    assert "quotes      P 1.000  R 1.000  F1 1.000  (gold 1, predicted 1)" in result.output


def test_json_report_and_json_out(files: SimpleNamespace) -> None:
    out = files.tmp / "report.json"
    result = CliRunner().invoke(cli, ["eval", files.gold, files.pred, "--format", "json",
                                      "--json-out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report == json.loads(out.read_text(encoding="utf-8"))
    assert report["metrics"]["events.recall"] == 0.5
    assert report["per_doc"][0]["missed_events"] == ["events[1] (visit): visitor=USA host=PAK"]


def test_floor_failure_exits_1_and_names_the_score(files: SimpleNamespace) -> None:
    result = CliRunner().invoke(cli, ["eval", files.gold, files.pred, "--floor", files.floor,
                                      "--floor-section", "dev"])
    assert result.exit_code == 1
    assert "FLOOR: events.f1 = 0.6667 is below its floor 0.9000" in result.stderr
    assert "quotes.f1" not in result.stderr


def test_floor_met(files: SimpleNamespace) -> None:
    floor = files.tmp / "low.json"
    floor.write_text(json.dumps({"events.f1": 0.6, "quotes.f1": 1.0}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", files.gold, files.pred, "--floor", str(floor)])
    assert result.exit_code == 0
    assert "all 2 floors met" in result.stderr


def test_bad_input_is_an_error_not_a_traceback(files: SimpleNamespace) -> None:
    bad = files.tmp / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", files.gold, str(bad)])
    assert result.exit_code == 2
    assert f"Error: {bad}:1: not valid JSON" in result.stderr


def test_pred_or_extract_is_required(files: SimpleNamespace) -> None:
    result = CliRunner().invoke(cli, ["eval", files.gold])
    assert result.exit_code == 2
    assert "give either PRED or --extract" in result.output
