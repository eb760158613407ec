"""Corrections survive what changes event ids: new articles joining the event, an article
replaced (as ``ingest --force`` does) and a full re-consolidation; in SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
import written_corpus
from factory import seed_like

from factwire.api import queries
from factwire.model import Extraction
from factwire.store import QueryError, Store, reconsolidate, write_extraction
from factwire.store import schema as t
from factwire.store.corrections import Change, listing, record

LATER = ("s400-3", "s400-4")


def _write(store: Store, extractions: list[Extraction]) -> None:
    for x in extractions:
        with store.write() as conn:
            write_extraction(conn, x)


@pytest.fixture
def loaded(store: Store) -> Iterator[Store]:
    """Everything but two later S-400 reports, which join the RUS -> IND deal afterwards."""
    corpus = written_corpus.load()
    _write(store, [seed_like(), *(x for name, x in corpus.items() if name not in LATER)])
    yield store


def _correct(store: Store, change: Change) -> int:
    with store.write() as conn:
        return record(conn, change)


def _deal(store: Store) -> dict[str, object]:
    [deal] = [r for r in queries.transfers(store, modality="all")
              if r["n_sources"] > 1]
    return deal


def _replace_article(store: Store, x: Extraction) -> None:
    """What ``ingest --force`` does: delete the stored article, write it again, re-consolidate."""
    with store.write() as conn:
        conn.execute(sa.delete(t.article).where(
            t.article.c.content_hash == x.article.content_hash))
    _write(store, [x])
    with store.write() as conn:
        reconsolidate(conn)


def test_a_set_survives_new_articles_a_replaced_article_and_reconsolidation(
        loaded: Store) -> None:
    deal = _deal(loaded)
    assert (deal["supplier"], deal["recipient"], deal["n_sources"]) == ("RUS", "IND", 3)
    cid = _correct(loaded, Change("set", int(str(deal["id"])), "ann", "reversed in the text",
                                  field="supplier", value="India"))
    _correct(loaded, Change("set", int(str(deal["id"])), "ann", "reversed in the text",
                            field="recipient", value="RU"))
    shown = [f"#{cid} supplier=India by ann: reversed in the text",
             f"#{cid + 1} recipient=RU by ann: reversed in the text"]
    assert (_deal(loaded)["supplier"], _deal(loaded)["recipient"]) == ("IND", "RUS")
    assert _deal(loaded)["corrected"] == shown

    corpus = written_corpus.load()
    _write(loaded, [corpus[name] for name in LATER])  # the deal is recomputed from 5 reports
    assert (_deal(loaded)["n_sources"], _deal(loaded)["supplier"]) == (5, "IND")
    _replace_article(loaded, seed_like())
    with loaded.write() as conn:
        reconsolidate(conn)
    after = _deal(loaded)
    assert (after["supplier"], after["recipient"], after["corrected"]) == ("IND", "RUS", shown)
    [row] = queries.events(loaded, kind="arms_transfer", between=["IND", "RUS"])
    assert row["who"] == "IND -> RUS" and row["corrected"] == shown


def test_a_deleted_event_stays_deleted(loaded: Store) -> None:
    [tokyo] = queries.events(loaded, place="Tokyo")
    _correct(loaded, Change("delete", tokyo["id"], "ann", "only a plan"))
    assert queries.events(loaded, place="Tokyo", modality="all") == []
    _write(loaded, [written_corpus.load()["s400-3"]])
    with loaded.write() as conn:
        reconsolidate(conn)
        [entry] = listing(conn)
    assert queries.events(loaded, place="Tokyo", modality="all") == []
    assert (entry["action"], entry["status"], entry["event_id"]) == ("delete", "applied", None)


def test_a_merge_survives_reconsolidation(loaded: Store) -> None:
    meetings = queries.events(loaded, kind="meeting")
    delhi, tokyo = meetings[0], meetings[-1]
    assert (delhi["place"], tokyo["place"]) == ("New Delhi", "Tokyo")
    _correct(loaded, Change("merge", delhi["id"], "bob", "one visit", other=tokyo["id"]))
    for _ in range(2):
        [merged] = [r for r in queries.events(loaded, kind="meeting") if r["n_sources"] == 2]
        assert merged["corrected"] == ["#1 merged by bob: one visit"]
        assert len(queries.events(loaded, kind="meeting")) == 2
        with loaded.write() as conn:
            reconsolidate(conn)


def test_a_corrected_modality_hides_the_event_by_default(loaded: Store) -> None:
    [delhi] = queries.events(loaded, place="New Delhi")
    _correct(loaded, Change("set", delhi["id"], "ann", "conditional", field="modality",
                            value="hypothetical"))
    assert queries.events(loaded, place="New Delhi") == []
    [shown] = queries.events(loaded, place="New Delhi", modality="hypothetical")
    assert shown["modality"] == "hypothetical"


@pytest.mark.parametrize(("change", "message"), [
    (Change("set", 1, "ann", "x", field="colour", value="red"), r"--set colour=\.\.\.: not a"),
    (Change("set", 1, "ann", "x", field="quantity", value="many"), r"give a number"),
    (Change("set", 1, "ann", "x", field="kind", value="party"), r"kind='party'"),
    (Change("set", 1, "ann", "x", field="supplier", value="IND,Narnia"),
     r"'Narnia' is not an actor key"),
    (Change("set", 1, "ann", " ", field="status", value="signed"), r"--reason are required"),
    (Change("delete", 999, "ann", "x"), r"EVENT_ID 999: no such event"),
    (Change("merge", 1, "ann", "x", other=1), r"two different event ids"),
])
def test_bad_corrections_say_what_to_fix_and_write_nothing(loaded: Store, change: Change,
                                                          message: str) -> None:
    with pytest.raises(QueryError, match=message):
        _correct(loaded, change)
    with loaded.read() as conn:
        assert listing(conn) == []


def test_a_corrected_date_moves_the_event_in_date_filters(loaded: Store) -> None:
    [tokyo] = queries.events(loaded, place="Tokyo")
    _correct(loaded, Change("set", tokyo["id"], "ann", "postponed", field="date",
                            value="2019-07-02"))
    assert queries.events(loaded, place="Tokyo", since="2019-06") != []
    assert queries.events(loaded, place="Tokyo", until="2019-06") == []
    assert queries.events(loaded, place="Tokyo")[0]["date"] == "2019-07-02"
