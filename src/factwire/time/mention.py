"""A time expression found in text, and how it turns into a ``TimeValue``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factwire.model import Span, TimeValue
from factwire.time.atoms import TimeKind
from factwire.time.calendar import Interval
from factwire.time.context import Cue, Tense
from factwire.time.expr import Expr, Fixed, Mode, Range, Unresolved


def mode_for(expr: Expr, tense: Tense | None, kind: TimeKind) -> Mode:
    """How to pick among occurrences: by tense, else "nearest" for deadlines, else the default.

    With no tense (or the present), a deadline ("till December 21", "by Friday") most often
    lies ahead and a reported event behind, so an ``end`` takes the nearest occurrence and
    anything else the expression's own default (past for weekdays and months, as EVENTS.md
    says for "in October"; nearest for a day of the month).
    """
    if tense == "future":
        return "future"
    if tense == "past":
        return "past"
    if kind == "end":
        return "nearest"
    return expr.default


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression with its exact span in the source text.

    ``kind`` is what the expression contributes to an event's time: a ``point`` (start and
    end from the expression), a ``start`` ("since 2015", "started on December 3"), an
    ``end`` ("by the end of 2020", "till December 21"), a ``range`` ("from March to May"), a
    ``duration`` ("two-day") or ``vague`` ("in the coming weeks"); the last two never give a
    date. ``tense`` and ``cue`` are hints read from the words around it; an explicit tense
    passed to :meth:`value` wins over the hint.
    """

    span: Span
    text: str
    kind: TimeKind
    tense: Tense | None = None
    cue: Cue | None = None
    cue_word: str | None = None
    expr: Expr = field(default=Unresolved("vague"), repr=False, compare=False)

    @property
    def needs_anchor(self) -> bool:
        """Whether the value depends on the publication date ("on Thursday" does)."""
        if self.kind in ("duration", "vague"):
            return False
        return not _absolute(self.expr)

    def interval(self, anchor: dt.date | None, tense: Tense | None = None,
                 kind: TimeKind | None = None) -> Interval | None:
        """The days the expression covers, or None when it cannot be resolved."""
        if self.kind in ("duration", "vague"):
            return None
        mode = mode_for(self.expr, tense or self.tense, kind or self.kind)
        try:
            return self.expr.resolve(anchor, mode)
        except (ValueError, OverflowError):  # an anchor near date.min/max: no such day
            return None

    def value(self, anchor: dt.date | None, tense: Tense | None = None) -> TimeValue:
        """The EVENTS.md time value, with ``span`` and ``text`` set to this mention."""
        start, end = bounds(self.interval(anchor, tense), self.kind)
        return TimeValue(start, end, self.text, self.span)


def _absolute(expr: Expr) -> bool:
    if isinstance(expr, Range):
        return _absolute(expr.first) and _absolute(expr.second)
    return isinstance(expr, Fixed)


def bounds(iv: Interval | None, kind: TimeKind) -> tuple[str | None, str | None]:
    """ISO start and end of ``iv`` as ``kind`` uses them (a ``start`` has no end)."""
    if iv is None:
        return None, None
    if kind == "start":
        return iv.iso_start(), None
    if kind == "end":
        return None, iv.iso_end()
    return iv.iso_start(), iv.iso_end()
