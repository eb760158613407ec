"""Writing one article: all of it or nothing, once."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa
from factory import seed_like

from factwire.model import Rejected, Span, publication_time
from factwire.store import Store, StoreError, counts, write_extraction, write_rejected
from factwire.store import schema as t
from factwire.store.writer import sentence_around

SEED_ROWS = {"ingest_run": 0, "article": 1, "rejected_document": 0, "entity": 6,
             "article_entity": 6, "mention": 7, "event": 2, "event_match": 2, "event_argument": 8,
             "event_source": 2, "source_argument": 8, "source_span": 2, "quote": 1,
             "correction": 0, "correction_anchor": 0}


def test_an_article_is_written_with_everything_it_holds(store: Store) -> None:
    with store.write() as conn:
        result = write_extraction(conn, seed_like(), run_id=None)
    assert (result.status, result.events, result.quotes) == ("new", 2, 1)
    assert counts(store) == SEED_ROWS
    with store.read() as conn:
        art = conn.execute(sa.select(t.article)).one()
        mentions = conn.execute(
            sa.select(t.mention.c.char_start, t.mention.c.char_end, t.mention.c.text)
            .order_by(t.mention.c.char_start)).all()
    x = seed_like()
    assert (art.content_hash, art.doc_id, art.published.isoformat(), art.producer) == (
        x.article.content_hash, "seed", "2018-12-13", "test-factory")
    assert all(x.article.text[s:e] == text for s, e, text in mentions)


def test_the_same_text_again_is_a_duplicate_and_writes_nothing(store: Store) -> None:
    with store.write() as conn:
        write_extraction(conn, seed_like("first"))
    renamed = seed_like("second-copy", published="2019-01-01")  # same text, other metadata
    with store.write() as conn:
        result = write_extraction(conn, renamed)
    assert (result.status, result.events) == ("duplicate", 0)
    assert counts(store) == SEED_ROWS


def test_a_rejected_document_is_recorded_once(store: Store) -> None:
    for _ in range(2):
        with store.write() as conn:
            write_rejected(conn, Rejected("feed.xml", "item has no text", 7))
    with store.write() as conn:
        assert write_rejected(conn, Rejected("feed.xml", "item has no text", 8)).status == \
            "rejected"
    with store.read() as conn:
        rows = conn.execute(sa.select(t.rejected_document.c.origin, t.rejected_document.c.line,
                                      t.rejected_document.c.reason)
                            .order_by(t.rejected_document.c.line)).all()
    assert [tuple(r) for r in rows] == [("feed.xml", 7, "item has no text"),
                                       ("feed.xml", 8, "item has no text")]


def test_a_failure_half_way_leaves_nothing_of_the_article(store: Store) -> None:
    x = seed_like()
    quote = x.quotes[0]
    broken = dataclasses.replace(x, quotes=(quote, dataclasses.replace(quote)))  # same local id
    with pytest.raises(StoreError, match=r"database error while writing"), \
            store.write() as conn:
        write_extraction(conn, broken)
    assert all(n == 0 for n in counts(store).values())


def test_quotes_keep_their_speaker(store: Store) -> None:
    x = seed_like()
    anonymous = dataclasses.replace(
        x, quotes=(*x.quotes, dataclasses.replace(x.quotes[0], id="Q2", speaker=None)))
    with store.write() as conn:
        write_extraction(conn, anonymous)
    with store.read() as conn:
        rows = conn.execute(sa.select(t.quote.c.local_id, t.article_entity.c.name)
                            .outerjoin(t.article_entity,
                                       t.article_entity.c.id == t.quote.c.speaker_id)
                            .order_by(t.quote.c.local_id)).all()
    assert [tuple(r) for r in rows] == [("Q1", "Sergei Shoigu"), ("Q2", None)]


TEXT = ("First sentence here. The S-400 deal was signed in October! Was it? "
        "A last line without a stop\nNew paragraph starts here.")


@pytest.mark.parametrize(("needle", "sentence"), [
    ("S-400 deal", "The S-400 deal was signed in October!"),
    ("First", "First sentence here."),
    ("last line", "A last line without a stop"),
    ("paragraph", "New paragraph starts here."),
    ("here. The S-400", "First sentence here. The S-400 deal was signed in October!"),
])
def test_sentence_around_finds_the_sentences_a_span_sits_in(needle: str, sentence: str) -> None:
    at = TEXT.index(needle)
    assert sentence_around(TEXT, Span(at, at + len(needle))) == sentence


def test_sentence_around_bounds_very_long_sentences() -> None:
    text = "word " * 1000
    out = sentence_around(text, Span(2500, 2504), limit=50)
    assert len(out) <= 100 and "word" in out


def test_a_report_dated_by_its_publication_stays_dated_from_publication(store: Store) -> None:
    """The extraction dates an undated meeting by the article's day; the store keeps only
    the report's own date, so the event is dated from publication (docs/data.md)."""
    x = seed_like()
    meeting = dataclasses.replace(x.events[0], time=publication_time("2018-12-13"))
    with store.write() as conn:
        write_extraction(conn, dataclasses.replace(x, events=(meeting, *x.events[1:])))
    with store.read() as conn:
        source = conn.execute(sa.select(t.event_source.c.time_start, t.event_source.c.time_text)
                              .where(t.event_source.c.kind == "meeting")).one()
        event = conn.execute(sa.select(t.event.c.time_start)
                             .where(t.event.c.kind == "meeting")).one()
    assert tuple(source) == (None, None) and event.time_start is None
