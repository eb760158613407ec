"""Resolving expressions to EVENTS.md time values, alone or as a start and an end."""

from __future__ import annotations

import datetime as dt

from factwire.model import Span, TimeValue
from factwire.time.context import Tense
from factwire.time.finder import find_times
from factwire.time.mention import TimeMention


def resolve(expr: str, anchor: dt.date | None, *, tense: Tense | None = None) -> TimeValue:
    """The time value of ``expr`` read against the publication date ``anchor``.

    ``expr`` may carry its verb ("started on December 3" is a start). Text with several
    expressions ("started on December 3 and will conclude on Friday") runs from the
    first one's start to the last one's end. Nothing recognisable, or a relative
    expression with ``anchor`` None, gives start and end None with the text kept.
    """
    text = expr.strip()
    found = find_times(text)
    if not found:
        return TimeValue(None, None, text or None)
    if len(found) == 1:
        value = found[0].value(anchor, tense)
        return TimeValue(value.start, value.end, text)
    start, end = _join(found[0], found[-1], anchor, tense, tense)
    return TimeValue(start, end, text)


def resolve_span(start_expr: str, end_expr: str, anchor: dt.date | None, *,
                 start_tense: Tense | None = None,
                 end_tense: Tense | None = None) -> TimeValue:
    """One time value from a start expression and an end expression.

    "kick-started ... on Monday" and "will continue till December 21" (anchor Thursday
    2018-12-13) give start 2018-12-10 and end 2018-12-21. The end is read as a deadline: with
    no tense it takes the occurrence nearest the anchor, never one before the start.
    """
    first = find_times(start_expr.strip())
    last = find_times(end_expr.strip())
    text = f"{start_expr.strip()} ... {end_expr.strip()}"
    if not first or not last:
        return TimeValue(None, None, text)
    start, end = _join(first[0], last[-1], anchor, start_tense, end_tense)
    return TimeValue(start, end, text)


def join_mentions(first: TimeMention, second: TimeMention, source: str,
                  anchor: dt.date | None, *, first_tense: Tense | None = None,
                  second_tense: Tense | None = None) -> TimeValue:
    """Like :func:`resolve_span` for two mentions found in ``source``.

    The value's span covers both mentions and its text is that stretch of ``source``, so
    the span property (the text at a span is the mention) holds for the result too.
    """
    span = Span.covering([first.span, second.span])
    start, end = _join(first, second, anchor, first_tense, second_tense)
    return TimeValue(start, end, span.text(source), span)


def _join(first: TimeMention, second: TimeMention, anchor: dt.date | None,
          first_tense: Tense | None, second_tense: Tense | None) -> tuple[str | None, str | None]:
    """The start of ``first`` and the end of ``second``, the end not before the start."""
    a = first.interval(anchor, first_tense, "start")
    b = second.interval(anchor, second_tense, "end")
    if a is not None and b is not None and b.hi < a.lo:
        b = second.interval(a.lo, "future", "end")
    return (None if a is None else a.iso_start()), (None if b is None else b.iso_end())
