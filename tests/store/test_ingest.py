"""``ingest``: idempotent, parallel, the same in SQLite and PostgreSQL, stopping cleanly."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
import written_corpus
from factory import seed_like, write_jsonl

from factwire.model import Article, ConfigError, Extraction
from factwire.store import (
    IngestSettings,
    Store,
    StoreError,
    counts,
    ingest,
    jobs,
    open_store,
    snapshot,
)
from factwire.store import schema as t
from factwire.store.tempserver import TempPostgres

JSON = IngestSettings(from_json=True)
BAD_LINES = ['{"factwire": "1", "doc": {}}', "not json at all"]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """The written corpus and the seed-like article (twice), plus two broken lines."""
    corpus = list(written_corpus.load().values())
    write_jsonl(tmp_path / "a.jsonl", [seed_like(), *corpus[:5]])
    write_jsonl(tmp_path / "b.jsonl", [*corpus[5:], seed_like("again")], BAD_LINES)
    return tmp_path


def _paths(folder: Path) -> list[str]:
    return [str(folder / "a.jsonl"), str(folder / "b.jsonl")]


def test_ingest_counts_everything_and_a_second_run_adds_nothing(store: Store,
                                                                 inputs: Path) -> None:
    first = ingest(store, _paths(inputs), JSON)
    assert (first.read, first.new, first.duplicate, first.rejected) == (14, 11, 1, 2)
    assert (first.events, first.quotes) == (15, 3)
    assert dict(first.reasons) == {
        "not factwire extract output: not a factwire 1.1 document: bad or missing field "
        "(KeyError('text')); regenerate it with `…": 1,
        "not factwire extract output: JSONDecodeError: Expecting value: line 1 column 1 "
        "(char 0)": 1}
    before = snapshot(store)
    second = ingest(store, _paths(inputs), JSON)
    assert (second.read, second.new, second.duplicate, second.rejected) == (14, 0, 12, 2)
    assert snapshot(store) == before
    with store.read() as conn:
        runs = conn.execute(sa.select(t.ingest_run.c.status, t.ingest_run.c.n_new,
                                      t.ingest_run.c.n_duplicate)
                            .order_by(t.ingest_run.c.id)).all()
    assert [tuple(r) for r in runs] == [("done", 11, 1), ("done", 0, 12)]


def test_rejected_documents_are_stored_with_reason_and_line(store: Store, inputs: Path) -> None:
    ingest(store, _paths(inputs), JSON)
    with store.read() as conn:
        rows = conn.execute(sa.select(t.rejected_document.c.origin, t.rejected_document.c.line)
                            .order_by(t.rejected_document.c.line)).all()
    assert [tuple(r) for r in rows] == [(str(inputs / "b.jsonl"), 7), (str(inputs / "b.jsonl"), 8)]


def test_sqlite_and_postgresql_hold_the_same_data(tmp_path: Path, inputs: Path,
                                                  pg_server: TempPostgres) -> None:
    with open_store(str(tmp_path / "x.db")) as lite:
        ingest(lite, _paths(inputs), JSON)
        expected = snapshot(lite)
    with open_store(pg_server.create_database("same_as_sqlite")) as pg:
        ingest(pg, _paths(inputs), JSON)
        assert snapshot(pg) == expected


def test_parallel_workers_give_the_same_database(tmp_path: Path, inputs: Path) -> None:
    with open_store(str(tmp_path / "one.db")) as one:
        ingest(one, _paths(inputs), JSON)
        expected = snapshot(one)
    with open_store(str(tmp_path / "two.db")) as two:
        summary = ingest(two, _paths(inputs), IngestSettings(from_json=True, workers=2))
        assert summary.new == 11
        assert snapshot(two) == expected


def test_documents_without_a_date_get_the_published_option(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "undated.jsonl", [seed_like(published=None)])
    with open_store(str(tmp_path / "x.db")) as store:
        ingest(store, [str(tmp_path / "undated.jsonl")],
               IngestSettings(from_json=True, published=dt.date(2018, 12, 14)))
        with store.read() as conn:
            assert conn.execute(sa.select(t.article.c.published)).scalar() == dt.date(2018, 12, 14)


def test_a_missing_input_is_one_stored_rejection(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.jsonl")
    with open_store(str(tmp_path / "x.db")) as store:
        summary = ingest(store, [missing], JSON)
        assert (summary.status, summary.rejected, summary.new) == ("done", 1, 0)
        assert summary.rejections == [f"{missing}: no such file or directory: check the path"]
        with store.read() as conn:
            rows = conn.execute(sa.select(t.rejected_document.c.origin,
                                          t.rejected_document.c.reason)).all()
        assert rows == [(missing, "no such file or directory: check the path")]


def test_a_full_disk_stops_the_run_with_whole_articles_only(tmp_path: Path,
                                                            inputs: Path) -> None:
    with open_store(str(tmp_path / "full.db")) as scratch:
        ingest(scratch, _paths(inputs), JSON)
        complete = snapshot(scratch)
        with scratch.read() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    path = str(tmp_path / "small.db")
    open_store(path).close()
    with open_store(path, sqlite_pragmas={"max_page_count": int(pages) - 8}) as small:
        with pytest.raises(StoreError, match=r"disk full while writing .*nothing "
                           r"half-written remains") as info:
            ingest(small, _paths(inputs), JSON)
        assert info.value.reason == "full"
    with open_store(path) as resumed:
        partial = counts(resumed)
        assert 0 < partial["article"] < 11
        with resumed.read() as conn:  # every stored article has all its events
            orphans = conn.execute(sa.select(sa.func.count()).select_from(t.event_source)
                                   .where(t.event_source.c.event_id.is_(None))).scalar()
        assert orphans == 0
        ingest(resumed, _paths(inputs), JSON)  # space freed: the same command completes it
        assert snapshot(resumed) == complete


def test_runs_left_running_by_a_dead_process_are_marked_interrupted(store: Store,
                                                                    inputs: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    with store.write() as conn:
        conn.execute(sa.insert(t.ingest_run).values(
            started_at=dt.datetime.now(dt.UTC), status="running", host=socket.gethostname(),
            pid=int(dead.stdout), paths="[]", options="{}"))
    ingest(store, _paths(inputs), JSON)
    with store.read() as conn:
        statuses = conn.execute(sa.select(t.ingest_run.c.status)
                                .order_by(t.ingest_run.c.id)).scalars().all()
    assert statuses == ["interrupted", "done"]


def _texts(folder: Path) -> list[str]:
    texts = {"a.txt": "Russia and India held talks in New Delhi about air defence systems.",
             "b.txt": "BOOM. This article makes the extraction step fail every time.",
             "c.txt": "France and India signed a contract for more Rafale fighter jets."}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in sorted(texts)]


def test_an_article_the_pipeline_fails_on_is_rejected_and_the_others_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def extract(articles: tuple[Article, ...], model: str | None) -> list[Extraction]:
        if any("BOOM" in a.text for a in articles):
            raise RuntimeError("parser crashed")
        return [Extraction(article=a) for a in articles]

    monkeypatch.setattr(jobs, "_extract", extract)
    monkeypatch.setattr(jobs, "_load", lambda model: None)
    with open_store(str(tmp_path / "x.db")) as store:
        summary = ingest(store, _texts(tmp_path), IngestSettings())
        assert (summary.new, summary.rejected) == (2, 1)
        [(origin, reason)] = [(r.origin, r.reason) for r in _rejected(store)]
    assert (Path(origin).name, reason) == ("b.txt",
                                           "extraction failed: RuntimeError: parser crashed")


def _rejected(store: Store) -> list[sa.Row[tuple[str, str]]]:
    with store.read() as conn:
        return list(conn.execute(sa.select(t.rejected_document.c.origin,
                                           t.rejected_document.c.reason)))


def test_a_pipeline_that_cannot_load_stops_the_run_blaming_no_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factwire.runner

    def broken(model: str | None = None) -> None:
        raise FileNotFoundError("gazetteer/data/places.json")

    monkeypatch.setattr(factwire.runner, "get_pipeline", broken)
    jobs._load.cache_clear()
    with open_store(str(tmp_path / "x.db")) as store:
        with pytest.raises(ConfigError, match=r"the NLP pipeline could not be loaded \(model "
                           r"default\): FileNotFoundError: gazetteer/data/places.json"):
            ingest(store, _texts(tmp_path), IngestSettings())
        assert _rejected(store) == []
        with store.read() as conn:
            assert conn.execute(sa.select(t.ingest_run.c.status)).scalar() == "failed"
    jobs._load.cache_clear()


def test_a_new_published_date_or_force_replaces_the_stored_article(tmp_path: Path) -> None:
    """Re-ingest corrects metadata: another --published replaces the article (its relative
    dates move with it), --force re-extracts it; a plain re-run still adds nothing."""
    doc = tmp_path / "talks.txt"
    doc.write_text("Chile's foreign minister met his Peruvian counterpart in Lima on Thursday.",
                   encoding="utf-8")
    with open_store(str(tmp_path / "x.db")) as store:
        def run(**options: object) -> tuple[int, int, int, list[tuple[object, ...]]]:
            s = ingest(store, [str(doc)], IngestSettings(**options))  # type: ignore[arg-type]
            with store.read() as conn:
                rows = conn.execute(sa.select(t.article.c.published, t.event.c.time_start)
                                    .select_from(t.article).join(t.event, sa.true())).all()
            return s.new, s.duplicate, s.replaced, [tuple(r) for r in rows]

        first = run(published=dt.date(2018, 12, 14))
        assert first[:3] == (1, 0, 0)
        assert run(published=dt.date(2018, 12, 14))[:3] == (0, 1, 0)
        moved = run(published=dt.date(2019, 3, 8))
        assert moved[:3] == (1, 0, 1)
        assert {r[0] for r in moved[3]} == {dt.date(2019, 3, 8)}
        assert {r[1] for r in first[3]} == {"2018-12-13"}  # "on Thursday" before 14 December
        assert {r[1] for r in moved[3]} == {"2019-03-07"}  # and before 8 March
        assert run(force=True)[:3] == (1, 0, 1)
        assert counts(store)["article"] == 1
