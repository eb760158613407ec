"""Spans: offsets are validated and always give back the text they cover."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factwire.model import Span, SpanError


@given(st.text(max_size=200), st.data())
def test_span_text_is_the_slice(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span(start, end)
    assert span.text(text) == text[start:end]
    assert len(span.text(text)) == end - start
    assert Span.from_json(span.to_json()) == span


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=1))
def test_covering_contains_every_span(pairs: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b), max(a, b)) for a, b in pairs]
    cover = Span.covering(spans)
    assert all(cover.contains(s) for s in spans)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_invalid_offsets_are_refused(start: int, end: int) -> None:
    with pytest.raises(SpanError, match="not a valid offset pair"):
        Span(start, end)


def test_span_past_the_text_names_the_length() -> None:
    with pytest.raises(SpanError, match=r"length 3"):
        Span(1, 5).text("abc")


def test_overlap_is_half_open() -> None:
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))
