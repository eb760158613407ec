"""The database commands end to end: ingest, queries, exports read back, and clear errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import written_corpus
from factory import seed_like, write_jsonl

from factwire.cli.main import cli


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database holding the seed-like article and the written corpus."""
    inputs = write_jsonl(tmp_path / "in.jsonl", [seed_like(), *written_corpus.load().values()])
    path = str(tmp_path / "fw.db")
    result = run("ingest", str(inputs), "--from-json", "--db", path, "--format", "json")
    assert {r["what"]: r["count"] for r in json.loads(result.stdout)}["new"] == 11
    return path


def run(*args: str, code: int = 0, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def test_ingest_prints_a_summary_and_a_rerun_adds_nothing(db: str, tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "in.jsonl"), "--from-json", "--db", db,
                 "--format", "csv")
    assert result.stdout.splitlines() == ["what,count", "read,11", "new,0", "duplicate,11",
                                          "rejected,0", "events,0", "quotes,0"]
    assert "ingested 11 documents in" in result.stderr


def test_events_as_json_csv_and_table(db: str) -> None:
    rows = json.loads(run("events", "--db", db, "--kind", "meeting", "--format", "json").stdout)
    assert [(r["who"], r["place"], r["n_sources"]) for r in rows] == [
        ("IND, RUS", "New Delhi", 1), ("AUS, IND, JPN", "Canberra", 6), ("AUS, JPN", "Tokyo", 1)]
    table = run("events", "--db", db, "--between", "IND", "RUS", "--format", "table").stdout
    assert table.splitlines()[0].split() == [
        "id", "date", "kind", "who", "people", "system", "place", "status", "quantity",
        "value", "modality", "plover_type", "n_sources", "conflicts", "corrected"]
    assert "RUS -> IND" in table and "5430000000" in table
    sources = list(csv.DictReader(io.StringIO(run(
        "events", "--db", db, "--place", "Tokyo", "--sources", "--format", "csv").stdout)))
    assert [r["sources"] for r in sources] == [
        "2019-03-20 https://example.org/canberra-tokyo: Australian and Japanese defence "
        "officials will meet again in Tokyo in May, the Australian defence department said "
        "on Wednesday, after last week's talks in Canberra."]


def test_the_db_comes_from_the_environment(db: str) -> None:
    out = run("transfers", "--format", "jsonl", env={"FACTWIRE_DB": db}).stdout
    assert [json.loads(line)["recipient"] for line in out.splitlines()] == ["IND", "TUR"]


def test_timeline_actors_quotes_and_search(db: str) -> None:
    lines = run("timeline", "--db", db, "--between", "IND", "RUS", "--format", "csv").stdout
    assert [r["what"] for r in csv.DictReader(io.StringIO(lines))] == [
        "RUS -> IND S-400 x5", "IND, RUS in New Delhi"]
    people = json.loads(run("actors", "--db", db, "--kind", "person", "--format", "json").stdout)
    assert [p["name"] for p in people][:2] == ["Nirmala Sitharaman", "Takeshi Iwaya"]
    said = json.loads(run("quotes", "--db", db, "--speaker", "Shoigu", "--format", "json").stdout)
    assert [q["quote"] for q in said] == ["Our cooperation spreads to the most sensitive spheres"]
    hits = run("search", "S-400 deal", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert sorted(json.loads(h)["article"] for h in hits) == ["s400-1", "seed"]


@pytest.mark.parametrize(("args", "message"), [
    (("events", "--since", "2018-13"), "since='2018-13' (--since): not a date"),
    (("events", "--kind", "summit"), "kind='summit' (--kind)"),
    (("transfers", "--status", "shipped"), "status='shipped' (--status)"),
    (("search", "***"), "TEXT '***' has no words"),
])
def test_malformed_filters_exit_2_naming_the_flag(db: str, args: tuple[str, ...],
                                                  message: str) -> None:
    result = run(*args, "--db", db, code=2)
    assert f"Error: {message}" in result.stderr


def test_queries_on_a_missing_database_say_how_to_create_it(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "none.db"), code=2)
    assert "no database there; run `factwire ingest PATH..." in result.stderr


def test_a_missing_path_is_one_rejection_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("India and Russia held talks in Moscow on Monday.\n")
    gone, db = str(tmp_path / "gone"), str(tmp_path / "x.db")
    result = run("ingest", gone, str(tmp_path / "a.txt"), "--db", db, "--format", "json",
                 code=1)
    counts = {r["what"]: r["count"] for r in json.loads(result.stdout)}
    assert (counts["new"], counts["rejected"]) == (1, 1)
    assert f"rejected: {gone}: no such file or directory: check the path" in result.stderr
    assert "1 document(s) rejected; `factwire rejected` lists them all" in result.stderr
    listed = json.loads(run("rejected", "--db", db, "--format", "json").stdout)
    assert listed == [{"file": gone, "line": None,
                       "reason": "no such file or directory: check the path", "run": 1}]


def test_ingest_exits_1_when_every_document_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "b"\n')
    db = str(tmp_path / "x.db")
    result = run("ingest", str(tmp_path / "bad.jsonl"), "--db", db, "--format", "json", code=1)
    assert {r["what"]: r["count"] for r in json.loads(result.stdout)}["rejected"] == 2
    rows = json.loads(run("rejected", "--db", db, "--format", "json").stdout)
    assert [(Path(r["file"]).name, r["line"]) for r in rows] == [("bad.jsonl", 2),
                                                                 ("bad.jsonl", 1)]


def test_search_takes_a_leading_minus_word_as_the_query(db: str) -> None:
    result = run("search", "-India", "--db", db, code=2)
    assert "No such option" not in result.stderr
    assert "'-India' has no words to search for" in result.stderr
    split = run("search", "talks", "-India", "--db", db, "--format", "json").stdout
    assert split == run("search", "talks -India", "--db", db, "--format", "json").stdout
    assert len(json.loads(split)) < len(json.loads(
        run("search", "talks", "--db", db, "--format", "json").stdout))


@pytest.mark.parametrize("command", ["ingest", "events", "transfers", "actors", "timeline",
                                     "quotes", "search", "export plover", "export transfers",
                                     "export events", "who", "correct"])
def test_every_command_documents_db_and_shows_examples(command: str) -> None:
    text = run(*command.split(), "--help").stdout
    assert "--db PATH|URL" in text and "FACTWIRE_DB" in text
    assert "Example" in text


def test_force_replaces_a_stored_article_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("India and Russia held talks in Moscow on Monday.\n")
    db = str(tmp_path / "x.db")
    run("ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2018-12-13")

    def rows(*extra: str) -> dict[str, int]:
        result = run("ingest", str(tmp_path / "a.txt"), "--db", db, "--format", "json", *extra)
        return {r["what"]: r["count"] for r in json.loads(result.stdout)}

    assert (rows()["duplicate"], "replaced" in rows()) == (1, False)
    again = rows("--force")
    assert (again["new"], again["replaced"], again["duplicate"]) == (1, 1, 0)


@pytest.mark.parametrize(("args", "suggestion"), [
    (("events", "--actor", "Shoigo"), "'Sergei Shoigu'"),
    (("quotes", "--speaker", "Sitharamn"), "'Nirmala Sitharaman'"),
    (("timeline", "--between", "India", "Rssia"), "'Russia'"),
    (("events", "--place", "Tokio"), "'Tokyo'"),
])
def test_an_unknown_name_exits_1_with_a_suggestion(db: str, args: tuple[str, ...],
                                                   suggestion: str) -> None:
    result = run(*args, "--db", db, "--format", "json", code=1)
    assert result.stdout == ""
    assert "did you mean" in result.stderr and suggestion in result.stderr


def test_names_and_codes_give_the_same_rows(db: str) -> None:
    def ids(*pair: str) -> list[int]:
        out = run("events", "--db", db, "--between", *pair, "--format", "json").stdout
        return [r["id"] for r in json.loads(out)]

    assert ids("India", "Russia") == ids("IND", "RUS") == ids("IN", "Russian Federation")
    assert len(ids("IND", "RUS")) == 2


def test_people_modality_and_who(db: str) -> None:
    rows = json.loads(run("events", "--db", db, "--kind", "meeting", "--format", "json").stdout)
    assert rows[0]["people"] == ["Nirmala Sitharaman (IND)", "Sergei Shoigu (RUS)"]
    assert [r["modality"] for r in rows] == ["asserted", "asserted", "future"]
    only = run("events", "--db", db, "--modality", "future", "--format", "json").stdout
    assert [r["place"] for r in json.loads(only)] == ["Tokyo"]
    bad = run("events", "--db", db, "--modality", "maybe", code=2)
    assert "(--modality): use all, or one or more of" in bad.stderr
    who = json.loads(run("who", "--db", db, "--actor", "Australia", "--format", "json").stdout)
    assert who == [{"actor": "AUS", "name": "Australia", "events": 3, "n_people": 1,
                    "people": ["Christopher Pyne"]}]


def test_a_correction_is_shown_and_survives_ingest_force(tmp_path: Path) -> None:
    """Real extraction: the article is extracted again, its events made anew."""
    (tmp_path / "a.txt").write_text("India and Russia held talks in Moscow on Monday.\n")
    db = str(tmp_path / "x.db")
    run("ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2018-12-13")

    def events(*extra: str) -> list[dict[str, object]]:
        out = run("events", "--db", db, "--format", "json", *extra).stdout
        return list(json.loads(out))

    [talks] = events()
    assert talks["modality"] == "asserted"
    run("correct", str(talks["id"]), "--db", db, "--set", "status=ongoing", "--author", "ann",
        "--reason", "still under way")
    run("correct", "--db", db, code=2)  # nothing asked: a usage error
    shown = ["#1 status=ongoing by ann: still under way"]
    assert [(e["status"], e["corrected"]) for e in events()] == [("ongoing", shown)]
    run("ingest", str(tmp_path / "a.txt"), "--db", db, "--force")
    assert [(e["status"], e["corrected"]) for e in events()] == [("ongoing", shown)]
    run("correct", str(events()[0]["id"]), "--db", db, "--delete", "--reason", "a test")
    assert events("--modality", "all") == []
    listed = json.loads(run("correct", "--list", "--db", db, "--format", "json").stdout)
    assert [(c["action"], c["status"]) for c in listed] == [("delete", "applied"),
                                                            ("set", "applied")]
