"""The query API (``factwire.api.queries``) on known data, in SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
import written_corpus
from factory import seed_like

from factwire.api import queries
from factwire.store import QueryError, Store, write_extraction
from factwire.store import schema as t
from factwire.store.search import fts5_query


@pytest.fixture
def loaded(store: Store) -> Iterator[Store]:
    for x in [seed_like(), *written_corpus.load().values()]:
        with store.write() as conn:
            write_extraction(conn, x)
    yield store


def _ids(rows: list[dict[str, object]], *fields: str) -> list[tuple[object, ...]]:
    return [tuple(r[f] for f in fields) for r in rows]


def test_events_filter_by_kind_actor_pair_system_place_date_and_status(loaded: Store) -> None:
    assert _ids(queries.events(loaded, kind="meeting"), "who", "place") == [
        ("IND, RUS", "New Delhi"), ("AUS, IND, JPN", "Canberra"), ("AUS, JPN", "Tokyo")]
    assert _ids(queries.events(loaded, between=["IND", "RUS"]), "kind", "n_sources") == [
        ("arms_transfer", 5), ("meeting", 1)]
    assert _ids(queries.events(loaded, actor="Shoigu"), "kind") == [("meeting",)]
    assert _ids(queries.events(loaded, actor="Iwaya"), "place") == [("Canberra",)]
    assert _ids(queries.events(loaded, system="S-400 Triumf"), "who") == [
        ("RUS -> IND",), ("RUS -> TUR",)]  # an alias one article used finds the entity
    assert _ids(queries.events(loaded, place="Tokyo"), "modality") == [("future",)]
    assert _ids(queries.events(loaded, since="2019-03-12", until="2019-04"), "kind") == [
        ("meeting",), ("agreement",)]
    assert _ids(queries.events(loaded, status="agreed"), "who") == [("AUS, JPN",)]
    assert queries.events(loaded, kind="sanction") == []
    assert len(queries.events(loaded, limit=2)) == 2


def test_three_capitals_match_the_actor_key_only(loaded: Store) -> None:
    assert queries.events(loaded, actor="IRN") == []
    assert _ids(queries.events(loaded, actor="ind"), "kind") == [("arms_transfer",), ("meeting",),
                                                                 ("meeting",)]


def test_every_event_can_show_its_sources(loaded: Store) -> None:
    [meeting] = queries.events(loaded, kind="meeting", between=["IND", "RUS"], sources=True)
    assert meeting["sources"] == [{
        "article": "seed", "title": "Shoigu in Delhi", "url": "https://example.org/seed",
        "origin": "seed.txt", "published": "2018-12-13", "span": [25, 85],
        "sentence": "Russian Defence Minister Sergei Shoigu met Indian Defence Minister "
                    "Nirmala Sitharaman in New Delhi on Thursday."}]


def test_transfers_form_a_sipri_style_register(loaded: Store) -> None:
    rows = queries.transfers(loaded)
    assert _ids(rows, "supplier", "recipient", "designation", "number", "order_date",
                "delivery_dates", "status", "n_sources") == [
        ("RUS", "IND", "S-400", 5, "2018-10-05", "2020,2021-12", "delivered", 5),
        ("RUS", "TUR", "S-400", None, None, "2019-07", "delivered", 1)]
    assert _ids(queries.transfers(loaded, recipient="TUR"), "recipient") == [("TUR",)]
    assert queries.transfers(loaded, supplier="IND") == []


def test_timeline_lists_what_happened_between_two_actors(loaded: Store) -> None:
    rows = queries.timeline(loaded, between=["AUS", "JPN"])
    assert _ids(rows, "date", "kind", "what", "n_sources") == [
        ("2019-03-13", "meeting", "AUS, IND, JPN in Canberra", 6),
        ("~2019-03-15", "agreement", "AUS, JPN", 1),
        ("2019-05", "meeting", "AUS, JPN in Tokyo (future)", 1)]


def test_actors_quotes_and_search(loaded: Store) -> None:
    top = queries.actors(loaded, limit=3)
    assert _ids(top, "name", "events", "articles") == [  # the seed's meeting names people
        ("Australia", 3, 6), ("Japan", 3, 6), ("India", 2, 8)]
    assert _ids(queries.actors(loaded, actor="RUS", kind="person"), "name") == [
        ("Sergei Shoigu",)]
    assert _ids(queries.quotes(loaded, speaker="Pyne"), "quote", "actor", "article") == [
        ("We share an interest in open sea lanes", "AUS", "canberra-2")]
    assert _ids(queries.quotes(loaded, contains="RULES"), "speaker") == [("Takeshi Iwaya",)]
    assert _ids(queries.search(loaded, "patrols"), "article") == [("canberra-4",)]
    hits = queries.search(loaded, '"open sea lanes" or "joint statement"')
    assert sorted(h["article"] for h in hits) == ["canberra-2", "canberra-3"]
    assert "[" in hits[0]["snippet"]


def test_plover_rows_carry_codes_actors_and_source_urls(loaded: Store) -> None:
    rows = {r["kind"] + r["date"]: r for r in queries.plover_rows(loaded)}
    transfer = rows["arms_transfer2018-10-05"]
    assert (transfer["source_actor"], transfer["target_actor"], transfer["event_type"],
            transfer["cameo"], transfer["context"]) == ("RUS", "IND", "COOPERATE", "062",
                                                        "military")
    assert transfer["urls"].split() == [  # oldest report first
        "https://example.org/s400-1", "https://example.org/seed", "https://example.org/s400-2",
        "https://example.org/s400-3", "https://example.org/s400-4"]


@pytest.mark.parametrize(("filters", "message"), [
    ({"kind": "summit"}, r"kind='summit' \(--kind\): use one of meeting"),
    ({"since": "2018-13"}, r"since='2018-13' \(--since\): not a date"),
    ({"until": "last year"}, r"until='last year' \(--until\)"),
    ({"status": "done"}, r"status='done' \(--status\)"),
    ({"between": ["IND"]}, r"\(--between\): give exactly two actors"),
    ({"limit": 0}, r"limit=0 \(--limit\)"),
])
def test_malformed_filters_name_the_flag(loaded: Store, filters: dict[str, object],
                                         message: str) -> None:
    with pytest.raises(QueryError, match=message):
        queries.events(loaded, **filters)  # type: ignore[arg-type]


def test_search_needs_words(loaded: Store) -> None:
    with pytest.raises(QueryError, match=r"TEXT is empty"):
        queries.search(loaded, "  ")
    with pytest.raises(QueryError, match=r"has no words"):
        queries.search(loaded, '- "" ***')


@pytest.mark.parametrize(("text", "fts"), [
    ("S-400", '"S-400"'),
    ('"air defence" deal', '"air defence" AND "deal"'),
    ("sanctions or embargo -Iran", '("sanctions" OR "embargo") NOT ("Iran")'),
    ("-Iran sanctions", '("sanctions") NOT ("Iran")'),
    ('a or b c -x -"y z"', '(("a" OR "b") AND "c") NOT ("x" OR "y z")'),
    ('say "hi', '"say" AND "hi"'),
    ('a"b', '"a""b"'),
])
def test_search_text_becomes_a_safe_fts5_query(text: str, fts: str) -> None:
    assert fts5_query(text) == fts


def test_an_exclusion_applies_to_the_whole_query(loaded: Store) -> None:
    """``a or b -x``: no hit mentions x, in SQLite (FTS5) and PostgreSQL (tsquery) alike."""
    with loaded.read() as conn:
        texts = dict(conn.execute(sa.select(t.article.c.doc_id, t.article.c.text)).all())
    every = {h["article"] for h in queries.search(loaded, "meeting or talks", limit=50)}
    kept = {h["article"] for h in queries.search(loaded, "meeting or talks -India", limit=50)}
    assert kept == {a for a in every if not re.search(r"\bIndia\b", texts[a])}  # "Indian" stays
    assert kept and kept != every
    phrase = {h["article"] for h in queries.search(loaded, 'meeting or talks -"New Delhi"',
                                                   limit=50)}
    assert phrase == {a for a in every if "New Delhi" not in texts[a]}
