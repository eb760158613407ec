"""Quotation finding on texts written for the test: exact spans, three-word minimum."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factwire.quotes.find import find_quotes

CASES = [
    ('He said "we will not back down" today.', ["we will not back down"]),
    ("“Our cooperation is strong,” she said.", ["Our cooperation is strong"]),
    ('Talks were "intensive" and "unprecedented".', []),
    ('A "two word" phrase.', []),
    ('"First part, three words," he said, "and a second part here."',
     ["First part, three words", "and a second part here."]),
    ('The barrel was 12" long and "the range is long" they said.', ["the range is long"]),
    ('"An open quote runs to the paragraph end\nNext paragraph.',
     ["An open quote runs to the paragraph end"]),
    ("«Nous sommes prêts à agir» said the minister.", ["Nous sommes prêts à agir"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_found_with_exact_text(text: str, expected: list[str]) -> None:
    found = find_quotes(text)
    assert [q.span.text(text) for q in found] == expected


@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", ",", "said", "he"]),
                min_size=0, max_size=12),
       st.text(alphabet="abc .", max_size=20))
def test_every_quote_span_lies_inside_its_marks(words: list[str], prefix: str) -> None:
    text = prefix + '"' + " ".join(words) + '" he said.'
    for q in find_quotes(text):
        assert q.outer.contains(q.span)
        assert text[q.outer.start] == '"'
        inner = q.span.text(text)
        assert inner == inner.strip()
        assert len(inner.split()) >= 3
