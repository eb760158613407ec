"""``factwire sql`` and the views, on SQLite and a real PostgreSQL: facts only, read-only,
refusals with exit 2, and datasette metadata that matches the views column for column."""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import written_corpus
from factory import seed_like, write_jsonl

from factwire.cli.main import cli
from factwire.store import open_store
from factwire.store.schema import VIEWS
from factwire.store.sql import run_sql
from factwire.store.tempserver import TempPostgres, unavailable

METADATA = Path(__file__).resolve().parents[2] / "docs" / "datasette-metadata.json"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def pg() -> Iterator[TempPostgres]:
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    with TempPostgres() as server:
        yield server


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("sql") / "in.jsonl",
                       [seed_like(), *written_corpus.load().values()])


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path, inputs: Path) -> str:
    if request.param == "sqlite":
        url = str(tmp_path / "fw.db")
    else:
        url = request.getfixturevalue("pg").create_database(f"sql_{next(_numbers)}")
    run("ingest", str(inputs), "--from-json", "--db", url, "--format", "json")
    return url


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def sql(db: str, statement: str, *extra: str) -> list[dict[str, object]]:
    out = run("sql", statement, "--db", db, "--format", "json", *extra).stdout
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_events_view_holds_the_facts_alike_in_both_databases(db: str) -> None:
    rows = sql(db, "SELECT event_id, kind, start_date, end_date, date_precision, dated_from, "
                   "actors, cameo, n_sources FROM events_v ORDER BY event_id")
    assert [(r["kind"], r["start_date"], r["end_date"], r["date_precision"], r["dated_from"],
             json.loads(str(r["actors"])), r["cameo"], r["n_sources"]) for r in rows] == [
        ("meeting", "2018-12-13", "2018-12-13", "day", "text", ["IND", "RUS"], "040", 1),
        ("arms_transfer", "2018-10-05", "2018-10-05", "day", "text", ["IND", "RUS"], "062", 5),
        ("meeting", "2019-03-13", "2019-03-13", "day", "text", ["AUS", "IND", "JPN"], "040", 6),
        ("agreement", None, None, "none", "publication", ["AUS", "JPN"], None, 1),
        ("meeting", "2019-05-01", "2019-05-31", "month", "text", ["AUS", "JPN"], "040", 1),
        ("arms_transfer", None, None, "none", "publication", ["RUS", "TUR"], "062", 1)]


def test_views_agree_with_the_export(db: str) -> None:
    exported = [json.loads(line) for line in run(
        "export", "transfers", "--db", db, "--format", "jsonl").stdout.splitlines()]
    viewed = sql(db, "SELECT * FROM transfers_v ORDER BY event_id")
    assert [(v["event_id"], json.loads(str(v["suppliers"])), json.loads(str(v["recipients"])),
             v["designation"], v["number"], json.loads(str(v["delivery_dates"])),
             v["start_date"], v["dated_from"]) for v in viewed] == sorted(
        (e["event_id"], e["suppliers"], e["recipients"], e["designation"], e["number"],
         e["delivery_dates"], e["start"], e["dated_from"]) for e in exported)
    people = sql(db, "SELECT name, actor, role FROM event_participants_v WHERE event_id = 1 "
                     "ORDER BY name")
    assert people == [
        {"name": "Nirmala Sitharaman", "actor": "IND", "role": "participants"},
        {"name": "Sergei Shoigu", "actor": "RUS", "role": "participants"}]
    said = sql(db, "SELECT speaker, speaker_actor, article_id FROM quotes_v "
                   "WHERE speaker LIKE :who", "-p", "who", "%Shoigu%")
    assert said == [{"speaker": "Sergei Shoigu", "speaker_actor": "RUS", "article_id": "seed"}]
    sources = sql(db, "SELECT count(DISTINCT article_id) AS n FROM event_sources_v "
                      "WHERE event_id = 2")
    assert sources == [{"n": 5}]


def test_views_leave_the_matching_state_out(db: str) -> None:
    with open_store(db, create=False) as store:
        for view in VIEWS:
            columns, _ = run_sql(store, f"SELECT * FROM {view} LIMIT 0")
            assert not {"family", "anchor_lo", "anchor_hi", "actor_set", "place_keys",
                        "t_lo", "t_hi", "place_key"} & set(columns), view


@pytest.mark.parametrize("statement", [
    "DELETE FROM event",
    "UPDATE event SET kind = 'visit'",
    "DROP VIEW events_v",
    "INSERT INTO entity (key, kind, name) VALUES ('x', 'other', 'x')",
    "WITH gone AS (SELECT 1) DELETE FROM event_argument",
    "  /* hidden */ delete from quote",
])
def test_a_write_is_refused_with_exit_2_and_nothing_changes(db: str, statement: str) -> None:
    before = sql(db, "SELECT count(*) AS n FROM event")
    result = run("sql", statement, "--db", db, code=2)
    assert "factwire sql is read-only" in result.output
    assert sql(db, "SELECT count(*) AS n FROM event") == before
    assert sql(db, "SELECT count(*) AS n FROM event_argument")[0]["n"] == 26


def test_a_data_modifying_query_is_refused(db: str) -> None:
    """PostgreSQL runs ``WITH ... (DELETE ...) SELECT``, so its READ ONLY transaction is
    what refuses it; SQLite does not know the form and refuses it as malformed."""
    result = run("sql", "WITH gone AS (DELETE FROM quote RETURNING id) SELECT * FROM gone",
                 "--db", db, code=2)
    if db.startswith("postgresql"):
        assert "the database refused a write" in result.output
    else:
        assert "SQL: near \"DELETE\": syntax error" in result.output
    assert sql(db, "SELECT count(*) AS n FROM quote") == [{"n": 3}]


def test_formats_and_errors(db: str) -> None:
    out = run("sql", "SELECT kind, count(*) AS n FROM events_v GROUP BY kind ORDER BY kind",
              "--db", db, "--format", "csv").stdout
    assert list(csv.DictReader(io.StringIO(out))) == [
        {"kind": "agreement", "n": "1"}, {"kind": "arms_transfer", "n": "2"},
        {"kind": "meeting", "n": "3"}]
    assert run("sql", "SELECT 1 AS one", "--db", db, "--format", "jsonl").stdout == '{"one": 1}\n'
    assert "SQL:" in run("sql", "SELECT nope FROM events_v", "--db", db, code=2).output
    assert "SQL is empty" in run("sql", "  ", "--db", db, code=2).output


def test_datasette_metadata_describes_every_view_column(db: str) -> None:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    tables = meta["databases"]["factwire"]["tables"]
    with open_store(db, create=False) as store:
        for view in VIEWS:
            columns, _ = run_sql(store, f"SELECT * FROM {view} LIMIT 0")
            assert list(tables[view]["columns"]) == columns, view
            assert set(tables[view].get("facets", [])) <= set(columns)
        for name, query in meta["databases"]["factwire"]["queries"].items():
            params = {"event_id": "1"} if ":event_id" in query["sql"] else {}
            assert run_sql(store, query["sql"], params)[1], name
    assert tables["event_match"] == {"hidden": True}
