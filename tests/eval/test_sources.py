"""``--extract``: resolving gold documents and running the (here: fake) extraction on them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from factwire.cli.main import cli
from factwire.eval import load_gold, run_extraction
from factwire.eval import sources as sources_mod
from factwire.model import Article, ConfigError, Extraction, InputError, Rejected


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A miniature shared folder: one press text and one CSV of hand-written rows."""
    corpora = tmp_path / "shared" / "corpora"
    (corpora / "press").mkdir(parents=True)
    (corpora / "press" / "note-1.txt").write_text("Russia and India met in Delhi.",
                                                  encoding="utf-8")
    (corpora / "rows.csv").write_text(
        '"","date","text"\n"5",2019-01-01,"Row five text."\n'
        '"7",2019-01-02,"Row seven, with a ""quoted"" word."\n', encoding="utf-8")
    return tmp_path / "shared"


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc in ({"id": "note-1", "corpus": "press/note-1.txt", "published": "2018-12-13"},
                {"id": "rows-7", "corpus": "rows.csv", "row": 7, "published": "2019-01-02"}):
        (gold / f"{doc['id']}.gold.json").write_text(json.dumps(doc), encoding="utf-8")
    return gold


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, dt.date | None]]:
    """Replace the pipeline by one that echoes each file back as an article."""
    seen: list[tuple[str, str, dt.date | None]] = []

    def fake(paths: Sequence[str], *, published: dt.date | None = None,
             model: str | None = None) -> Iterator[Extraction | Rejected]:
        for p in paths:
            text = Path(p).read_text(encoding="utf-8")
            seen.append((Path(p).name, text, published))
            if "seven" in text:
                yield Rejected(origin=p, reason="too short")
            else:
                yield Extraction(article=Article(id="ingest-id", text=text, published=published))

    monkeypatch.setattr(sources_mod, "extract_documents", fake)
    return seen


def test_run_extraction_materialises_rows_and_keys_by_gold_id(
        gold_dir: Path, shared: Path, calls: list[tuple[str, str, dt.date | None]]) -> None:
    predictions, problems = run_extraction(load_gold(gold_dir), shared)
    assert calls == [
        ("note-1.txt", "Russia and India met in Delhi.", dt.date(2018, 12, 13)),
        ("rows-7.txt", 'Row seven, with a "quoted" word.', dt.date(2019, 1, 2)),
    ]
    assert list(predictions) == ["note-1"]
    assert predictions["note-1"]["doc"]["text"] == "Russia and India met in Delhi."
    assert len(problems) == 1
    assert problems[0].startswith("rows-7: nothing extracted (")
    assert problems[0].endswith("rows-7.txt: too short)")


def test_cli_extract_reports_rejections_and_saves_predictions(
        gold_dir: Path, shared: Path, tmp_path: Path,
        calls: list[tuple[str, str, dt.date | None]]) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--extract", "--shared", str(shared),
                                      "--pred-out", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning: rows-7: nothing extracted" in result.stderr
    assert "1 without prediction: rows-7" in result.stdout
    assert [json.loads(line)["doc"]["text"] for line in out.read_text().splitlines()] == [
        "Russia and India met in Delhi."]


def test_missing_documents_are_explained(gold_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="point --shared"):
        run_extraction(load_gold(gold_dir), tmp_path / "nowhere")
    (gold_dir / "bad.gold.json").write_text('{"id": "bad"}', encoding="utf-8")
    with pytest.raises(InputError, match="the gold file names no document"):
        sources_mod.source_path(load_gold(gold_dir / "bad.gold.json")[0], tmp_path)


def test_unknown_csv_row(shared: Path) -> None:
    with pytest.raises(InputError, match=r"rows\.csv: no row whose first column is '9'"):
        sources_mod.csv_row_text(shared / "corpora" / "rows.csv", "9")
