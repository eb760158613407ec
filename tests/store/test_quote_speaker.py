"""Quote speakers as said (issue 9): the mention span and role are stored and queried."""

from __future__ import annotations

import dataclasses

from factory import seed_like

from factwire.api import queries
from factwire.model import Span
from factwire.store import Store, write_extraction


def test_the_quotes_query_shows_the_role_as_said(store: Store) -> None:
    x = seed_like("s1")
    text = x.article.text
    start = text.rindex("Shoigu")
    quote = dataclasses.replace(x.quotes[0], speaker_span=Span(start, start + 6),
                                speaker_role="Russian Defence Minister")
    with store.write() as conn:
        write_extraction(conn, dataclasses.replace(x, quotes=(quote,)))
    rows = queries.quotes(store, speaker="Shoigu")
    assert [(r["speaker"], r["said_as"], r["speaker_start"], r["speaker_end"]) for r in rows] == [
        ("Sergei Shoigu", "Russian Defence Minister", start, start + 6)]
    assert "said_as" in queries.QUOTE_COLUMNS
