"""``factwire export``: every format reads back with the same columns and values, the extra
shapes (ACLED, GDELT 2.0, edges) hold what their users expect, filters match the listings."""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import written_corpus
from factory import seed_like, write_jsonl

from factwire.api import exports, shapes
from factwire.cli.main import cli
from factwire.store.export import FORMATS, Schema


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed-like article and the written corpus (11 articles, 6 events)."""
    tmp = tmp_path_factory.mktemp("export")
    inputs = write_jsonl(tmp / "in.jsonl", [seed_like(), *written_corpus.load().values()])
    path = str(tmp / "fw.db")
    run("ingest", str(inputs), "--from-json", "--db", path, "--format", "json")
    return path


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def _plain(value: Any, type_: str) -> Any:
    """One cell as Python sees it, whichever reader produced it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if value is pd.NaT:
        return None
    if type_ == "date":
        if isinstance(value, pd.Timestamp):
            return value.date()
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if type_ in ("list", "people"):
        items = json.loads(value) if isinstance(value, str) else list(value)
        return [dict(i) if not isinstance(i, str) else i for i in items]
    if type_ == "int":
        return int(value)
    if type_ == "float":
        return float(value)
    return str(value)


def read_back(path: Path, fmt: str, schema: Schema) -> pd.DataFrame:
    """As an analyst would: pandas, dates parsed, the text columns kept as text."""
    dates = [c.name for c in schema if c.type == "date"]
    text = {c.name: str for c in schema if c.type in ("str", "list", "people")}
    if fmt in ("csv", "tsv"):
        return pd.read_csv(path, sep="," if fmt == "csv" else "\t", parse_dates=dates,
                           dtype=text, keep_default_na=False, na_values={c: [""] for c in
                                                                         schema.names})
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_json(path, dtype=False)


@pytest.mark.parametrize(("command", "schema"), [
    ("events", exports.EVENTS), ("transfers", exports.TRANSFERS),
    ("plover", exports.PLOVER), ("quotes", exports.QUOTES)])
def test_every_format_has_the_same_columns_and_values(db: str, tmp_path: Path, command: str,
                                                      schema: Schema) -> None:
    tables = {}
    for fmt in FORMATS:
        path = tmp_path / f"{command}.{fmt}"
        run("export", command, "--db", db, "-o", str(path))  # format from the suffix
        frame = read_back(path, fmt, schema)
        assert list(frame.columns) == schema.names, fmt
        tables[fmt] = {c.name: [_plain(v, c.type) for v in frame[c.name]] for c in schema}
    assert len(tables["csv"][schema.names[0]]) > 0
    for fmt in FORMATS[1:]:
        for column in schema.names:
            assert tables[fmt][column] == tables["csv"][column], (fmt, column)


def test_csv_dates_parse_and_never_end_before_they_start(db: str, tmp_path: Path) -> None:
    run("export", "events", "--db", db, "-o", str(tmp_path / "e.csv"))
    frame = pd.read_csv(tmp_path / "e.csv", parse_dates=["start", "end"], dtype={"cameo": str})
    assert str(frame["start"].dtype).startswith("datetime64")
    assert str(frame["end"].dtype).startswith("datetime64")
    dated = frame[frame["start"].notna()]
    assert (dated["end"] >= dated["start"]).all()
    undated = frame[frame["start"].isna()]
    assert set(undated["dated_from"]) == {"publication"}
    assert set(undated["date_precision"]) == {"none"}
    assert set(dated["dated_from"]) == {"text"}
    assert sorted(set(frame["cameo"].dropna())) == ["040", "062"]


def test_parquet_has_real_types(db: str, tmp_path: Path) -> None:
    run("export", "events", "--db", db, "-o", str(tmp_path / "e.parquet"))
    types = {f.name: str(f.type) for f in pq.read_schema(tmp_path / "e.parquet")}
    assert (types["start"], types["end"], types["first_reported"]) == ("date32[day]",) * 3
    assert types["event_id"] == types["n_sources"] == types["quantity"] == "int64"
    assert types["article_ids"] == types["urls"] == "list<element: string>"
    assert types["participants"] == ("list<element: struct<name: string, role: string, "
                                     "actor: string, kind: string>>")
    assert types["cameo"] == "string"


def test_an_event_row_holds_people_sources_and_real_urls(db: str) -> None:
    rows = [json.loads(line) for line in run(
        "export", "events", "--db", db, "--place", "New Delhi").stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert (row["start"], row["end"], row["date_precision"], row["dated_from"]) == (
        "2018-12-13", "2018-12-13", "day", "text")
    assert (row["source_actors"], row["target_actors"], row["cameo"]) == (["IND"], ["RUS"], "040")
    assert row["participants"] == [
        {"name": "Nirmala Sitharaman", "role": "participants", "actor": "IND", "kind": "person"},
        {"name": "Sergei Shoigu", "role": "participants", "actor": "RUS", "kind": "person"}]
    assert (row["article_ids"], row["urls"]) == (["seed"], ["https://example.org/seed"])
    assert row["sentence"] == ("Russian Defence Minister Sergei Shoigu met Indian Defence "
                               "Minister Nirmala Sitharaman in New Delhi on Thursday.")
    assert (row["sentence_article"], row["sentence_start"] < row["sentence_end"]) == ("seed", True)


def test_the_register_in_sipri_order(db: str) -> None:
    rows = [json.loads(line) for line in run(
        "export", "transfers", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert [(r["suppliers"], r["recipients"], r["designation"], r["number"], r["status"],
             r["order_date"], r["delivery_dates"]) for r in rows] == [
        (["RUS"], ["IND"], "S-400", 5, "delivered", "2018-10-05", ["2020", "2021-12"]),
        (["RUS"], ["TUR"], "S-400", None, "delivered", None, ["2019-07"])]
    assert rows[0]["conflicts"] == (
        "quantity: 5 (3) / 6 (1); value: 5000000000 USD (1) / 5430000000 USD (1)")
    assert len(rows[0]["urls"]) == rows[0]["n_sources"] == 5


@pytest.mark.parametrize("filters", [
    ("--kind", "meeting"), ("--between", "IND", "JPN"), ("--since", "2019-04"),
    ("--system", "S-400", "--status", "delivered"), ("--limit", "2")])
def test_export_events_takes_the_filters_of_events(db: str, filters: tuple[str, ...]) -> None:
    listed = [json.loads(line)["id"] for line in run(
        "events", "--db", db, "--format", "jsonl", *filters).stdout.splitlines()]
    exported = [json.loads(line)["event_id"] for line in run(
        "export", "events", "--db", db, *filters).stdout.splitlines()]
    assert exported == listed and listed


def test_gdelt_rows_have_61_columns_quad_class_and_goldstein(db: str) -> None:
    lines = run("export", "gdelt", "--db", db).stdout.splitlines()
    cells = [line.split("\t") for line in lines]
    assert {len(c) for c in cells} == {61} and len(shapes.GDELT) == 61
    by_id = {c[0]: dict(zip(shapes.GDELT.names, c, strict=True)) for c in cells}
    meeting, deal = by_id["1"], by_id["2"]
    assert (meeting["SQLDATE"], meeting["Actor1Code"], meeting["Actor2Code"],
            meeting["EventCode"], meeting["EventRootCode"], meeting["QuadClass"],
            meeting["GoldsteinScale"], meeting["ActionGeo_FullName"]) == (
        "20181213", "IND", "RUS", "040", "04", "1", "1.0", "New Delhi")
    assert (deal["EventCode"], deal["QuadClass"], deal["GoldsteinScale"],
            deal["NumSources"]) == ("062", "2", "7.4", "5")
    assert "4" not in by_id  # an agreement coded without CAMEO has no GDELT row


@pytest.mark.parametrize(("cameo", "quad", "scale"), [
    ("040", 1, 1.0), ("057", 1, 8.0), ("062", 2, 7.4), ("073", 2, 7.4), ("1312", 3, -5.8),
    ("138", 3, -7.0), ("154", 4, -7.2), ("163", 4, -6.5), ("0399", 1, 5.0), (None, None, None)])
def test_cameo_quad_class_and_goldstein_table(cameo: str | None, quad: int | None,
                                               scale: float | None) -> None:
    assert (shapes.quad_class(cameo), shapes.goldstein(cameo)) == (quad, scale)


def test_acled_table_leaves_undated_events_out(db: str) -> None:
    result = run("export", "acled", "--db", db, "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["event_id_cnty"], r["event_date"], r["time_precision"], r["actor1"],
             r["actor2"], r["assoc_actor_2"]) for r in rows] == [
        ("FW2", "2018-10-05", 1, "RUS", "IND", None),
        ("FW1", "2018-12-13", 1, "IND", "RUS", None),
        ("FW3", "2019-03-13", 1, "AUS", "IND", "JPN"),
        ("FW5", "2019-05-01", 3, "AUS", "JPN", None)]
    assert "2 undated event(s) left out" in result.stderr
    delhi = next(r for r in rows if r["event_id_cnty"] == "FW1")
    assert delhi["location"] == "New Delhi"  # a city: its GeoNames point, to 0.1 degree
    assert (round(delhi["latitude"], 1), round(delhi["longitude"], 1)) == (28.6, 77.2)
    assert all(r["latitude"] is None for r in rows if not r["location"])


def test_edge_list_for_network_tools(db: str) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(run("export", "edges", "--db", db).stdout),
                        parse_dates=["first", "last"])
    assert [tuple(r) for r in frame[["source", "target", "kind", "count"]].itertuples(
        index=False)] == [
        ("AUS", "JPN", "agreement", 1), ("RUS", "IND", "arms_transfer", 1),
        ("RUS", "TUR", "arms_transfer", 1), ("AUS", "IND", "meeting", 1),
        ("AUS", "JPN", "meeting", 2), ("IND", "JPN", "meeting", 1),
        ("IND", "RUS", "meeting", 1)]
    tokyo = frame[(frame.source == "AUS") & (frame.target == "JPN") & (frame.kind == "meeting")]
    assert [d.date().isoformat() for d in (tokyo["first"].iloc[0], tokyo["last"].iloc[0])] == [
        "2019-03-13", "2019-05-31"]


def test_parquet_needs_an_output_file(db: str) -> None:
    result = run("export", "events", "--db", db, "--format", "parquet", code=2)
    assert "-o/--output is required for --format parquet" in result.output


@pytest.mark.parametrize("schema", [exports.EVENTS, exports.TRANSFERS, exports.PLOVER,
                                    exports.QUOTES, shapes.ACLED, shapes.EDGES])
def test_docs_data_md_names_every_column(schema: Schema) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "data.md").read_text(encoding="utf-8")
    assert [c for c in schema.names if f"`{c}`" not in doc] == []


@pytest.mark.parametrize(("filters", "speakers"), [
    ((), ["Sergei Shoigu", "Christopher Pyne", "Takeshi Iwaya"]),
    (("--actor", "aus"), ["Christopher Pyne"]),
    (("--since", "2019-03-13"), ["Takeshi Iwaya"]),
    (("--until", "2019-03"), ["Sergei Shoigu", "Christopher Pyne", "Takeshi Iwaya"]),
    (("--until", "2018"), ["Sergei Shoigu"])])
def test_export_quotes_filters(db: str, filters: tuple[str, ...], speakers: list[str]) -> None:
    rows = [json.loads(line) for line in run(
        "export", "quotes", "--db", db, *filters).stdout.splitlines()]
    assert [r["speaker"] for r in rows] == speakers


def test_a_correction_shows_in_every_export(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", [seed_like()])
    path = str(tmp_path / "fw.db")
    run("ingest", str(inputs), "--from-json", "--db", path, "--format", "json")
    [row] = [json.loads(line) for line in run(
        "export", "events", "--db", path, "--kind", "meeting").stdout.splitlines()]
    assert row["corrected"] == []
    run("correct", str(row["event_id"]), "--db", path, "--set", "status=cancelled",
        "--author", "ann", "--reason", "called off")
    for command in ("events", "plover"):
        [after] = [json.loads(line) for line in run(
            "export", command, "--db", path, "--kind", "meeting", "--format", "jsonl"
        ).stdout.splitlines()]
        assert after["status"] == "cancelled"
        assert len(after["corrected"]) == 1 and "status=cancelled by ann: called off" in (
            after["corrected"][0])
