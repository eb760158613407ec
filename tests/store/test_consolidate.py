"""Consolidation in the store: the written corpus of tests/dedup/data becomes known events."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sqlalchemy as sa
import written_corpus

from factwire.api import queries
from factwire.model import Extraction
from factwire.store import Store, open_store, reconsolidate, snapshot, write_extraction
from factwire.store import schema as t

CORPUS = written_corpus.load()


def _ingest(store: Store, extractions: list[Extraction]) -> None:
    for x in extractions:
        with store.write() as conn:
            write_extraction(conn, x)


def _summary(store: Store) -> list[tuple[object, ...]]:
    return [(r["kind"], r["who"], r["place"], r["system"], r["date"], r["end"], r["status"],
             r["quantity"], r["n_sources"], r["modality"]) for r in queries.events(store)]


def test_the_written_corpus_consolidates_into_its_real_world_events(store: Store) -> None:
    _ingest(store, list(CORPUS.values()))
    assert _summary(store) == [
        ("arms_transfer", "RUS -> IND", None, "S-400", "2018-10-05", None, "delivered", 5, 4,
         "asserted"),
        ("meeting", "AUS, IND, JPN", "Canberra", None, "2019-03-13", None, None, None, 6,
         "asserted"),
        ("agreement", "AUS, JPN", None, None, "~2019-03-15", None, "agreed", None, 1,
         "asserted"),
        ("meeting", "AUS, JPN", "Tokyo", None, "2019-05", None, None, None, 1, "future"),
        ("arms_transfer", "RUS -> TUR", None, "S-400", "~2019-11-10", None, "delivered", None,
         1, "asserted"),
    ]
    [deal] = queries.transfers(store, recipient="IND")
    assert deal == {
        "id": deal["id"], "supplier": "RUS", "recipient": "IND", "designation": "S-400",
        "category": "air defence system", "number": 5, "order_date": "2018-10-05",
        "delivery_dates": "2020,2021-12", "status": "delivered", "value": 5430000000,
        "currency": "USD", "modality": "asserted", "n_sources": 4,
        "conflicts": "quantity: 5 (2) / 6 (1)", "corrected": None}
    [canberra] = queries.events(store, place="Canberra", sources=True)
    assert canberra["conflicts"] == ("time: 2019-03 (1) / 2019-03-11 (1) / "
                                     "2019-03-12/2019-03-13 (1) / 2019-03-13 (1)")
    assert [s["article"] for s in canberra["sources"]] == [
        "canberra-1", "canberra-2", "canberra-3", "canberra-4", "canberra-5", "canberra-tokyo"]
    assert canberra["sources"][1]["sentence"].startswith("Indian Defence Minister Nirmala")


def test_entities_are_resolved_across_articles(store: Store) -> None:
    _ingest(store, list(CORPUS.values()))
    weapons = queries.actors(store, kind="weapon")
    assert [(w["name"], w["articles"], w["events"]) for w in weapons] == [("S-400", 4, 2)]
    people = {p["name"]: p["articles"] for p in queries.actors(store, kind="person")}
    assert people == {"Nirmala Sitharaman": 2, "Takeshi Iwaya": 2, "Christopher Pyne": 1}


def test_ingest_order_does_not_change_the_database(tmp_path: Path) -> None:
    names = sorted(CORPUS)
    orders = [names, names[::-1]] + [random.Random(seed).sample(names, len(names))
                                     for seed in range(3)]
    snapshots = []
    for i, order in enumerate(orders):
        with open_store(str(tmp_path / f"order{i}.db")) as store:
            _ingest(store, [CORPUS[n] for n in order])
            snapshots.append(snapshot(store))
    assert all(s == snapshots[0] for s in snapshots[1:])


def _event_rows(store: Store) -> dict[int, tuple[object, ...]]:
    with store.read() as conn:
        return {r.id: tuple(r) for r in conn.execute(sa.select(t.event))}


def test_a_new_article_updates_only_the_events_it_reports(store: Store) -> None:
    _ingest(store, [x for name, x in CORPUS.items() if name != "s400-4"])
    [deal] = queries.transfers(store, recipient="IND")
    assert (deal["n_sources"], deal["status"]) == (3, "ordered")
    before = _event_rows(store)
    _ingest(store, [CORPUS["s400-4"]])
    after = _event_rows(store)
    changed = {eid for eid in after if before.get(eid) != after[eid]}
    assert changed == {deal["id"]}  # the same event id, updated in place; nothing else touched
    [updated] = queries.transfers(store, recipient="IND")
    assert (updated["n_sources"], updated["status"]) == (4, "delivered")


@pytest.mark.parametrize("name", ["canberra-2", "s400-3"])
def test_reingesting_an_article_changes_nothing(store: Store, name: str) -> None:
    _ingest(store, list(CORPUS.values()))
    before = snapshot(store)
    with store.write() as conn:
        assert write_extraction(conn, CORPUS[name]).status == "duplicate"
    assert snapshot(store) == before


def test_reconsolidating_from_the_stored_reports_gives_the_same_events(store: Store) -> None:
    _ingest(store, list(CORPUS.values()))
    before = snapshot(store)
    with store.write() as conn:
        assert reconsolidate(conn) == 5
    assert snapshot(store) == before
