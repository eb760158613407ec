"""What a time expression means before it meets a publication date.

Each parsed expression is one of a few shapes: a fixed interval ("December 2018"), a
cyclic one that recurs every year or week and needs the anchor to pick an occurrence
("in October", "on Thursday"), one computed from the anchor ("last year", "two weeks
ago"), a range of two of these, or something with no date at all (a duration such as
"two-day", or a vague "in the coming weeks").

Choosing an occurrence follows EVENTS.md: with past tense the most recent one not after the
anchor (for a span such as "from March to May", one whose last unit has begun), with future
tense the first one not before it, and "nearest" where the tense is
unknown and the text points either way (day-level dates, deadlines such as "till December
21").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from factwire.time.calendar import Interval, clip, join, month_span, quarter_interval

Mode = Literal["past", "future", "nearest"]
Which = Literal["last", "next", "this"]


@dataclass(frozen=True, slots=True)
class Fixed:
    """A calendar interval the text states in full ("2018-12-13", "the first quarter of 2019")."""

    iv: Interval
    default: Mode = "past"

    def resolve(self, anchor: dt.date | None, mode: Mode) -> Interval | None:
        return self.iv


@dataclass(frozen=True, slots=True)
class Cyclic:
    """A period that recurs ("October", "December 3", "Thursday", "the summer").

    ``make(anchor, k)`` gives the occurrence ``k`` periods (years or weeks) from the one
    holding ``anchor``; ``which`` is set for "last"/"next"/"this October".
    """

    make: Callable[[dt.date, int], Interval | None]
    which: Which | None = None
    default: Mode = "past"
    reach: int = 2

    def candidates(self, anchor: dt.date) -> list[Interval]:
        out: list[Interval] = []
        for k in range(-self.reach, self.reach + 1):
            try:
                iv = self.make(anchor, k)
            except (ValueError, OverflowError):
                iv = None
            if iv is not None:
                out.append(iv)
        return out

    def resolve(self, anchor: dt.date | None, mode: Mode) -> Interval | None:
        if anchor is None:
            return None
        if self.which == "this":
            return self.make(anchor, 0)
        cands = self.candidates(anchor)
        if self.which == "last":
            return max((c for c in cands if c.hi < anchor), key=lambda c: c.lo, default=None)
        if self.which == "next":
            return min((c for c in cands if c.lo > anchor), key=lambda c: c.lo, default=None)
        return choose(cands, anchor, mode)


@dataclass(frozen=True, slots=True)
class Relative:
    """An interval computed from the anchor ("yesterday", "last year", "two weeks ago").

    ``current`` marks periods that hold the anchor ("this week"): past tense cuts them at
    the anchor and future tense starts them there. ``future_only`` marks "in three years",
    which past tense turns into a duration ("the first visit in three years").
    """

    make: Callable[[dt.date], Interval]
    current: bool = False
    future_only: bool = False
    default: Mode = "nearest"

    def resolve(self, anchor: dt.date | None, mode: Mode) -> Interval | None:
        if anchor is None or (self.future_only and mode == "past"):
            return None
        try:
            iv = self.make(anchor)
        except (ValueError, OverflowError):
            return None
        if self.current and mode == "past":
            return clip(iv, hi=anchor)
        if self.current and mode == "future":
            return clip(iv, lo=anchor)
        return iv


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An expression with no date: a duration ("two-day") or a vague time ("recently")."""

    kind: Literal["duration", "vague"]
    default: Mode = "past"

    def resolve(self, anchor: dt.date | None, mode: Mode) -> Interval | None:
        return None


@dataclass(frozen=True, slots=True)
class Range:
    """From one expression to another ("from March to May", "between 2016 and 2018")."""

    first: Expr
    second: Expr

    @property
    def default(self) -> Mode:
        return self.second.default if isinstance(self.second, Cyclic) else self.first.default

    def resolve(self, anchor: dt.date | None, mode: Mode) -> Interval | None:
        """Both ends at once where both recur ("from November to February" crosses the
        year end); otherwise the recurring end is placed after (or before) the fixed one,
        which also works with no anchor ("from March 2018 to May")."""
        a, b = self.first, self.second
        free_a = isinstance(a, Cyclic) and a.which is None
        free_b = isinstance(b, Cyclic) and b.which is None
        if free_a and free_b and anchor is not None:
            assert isinstance(a, Cyclic) and isinstance(b, Cyclic)
            pairs = [join(ca, cb) for ca in a.candidates(anchor)
                     if (cb := _first_from(b, ca.lo)) is not None]
            return choose(pairs, anchor, mode)
        if free_b:
            assert isinstance(b, Cyclic)
            ia = a.resolve(anchor, mode)
            ib = _first_from(b, ia.lo) if ia is not None else None
        elif free_a:
            assert isinstance(a, Cyclic)
            ib = b.resolve(anchor, mode)
            ia = _last_until(a, ib.lo) if ib is not None else None
        else:
            ia, ib = a.resolve(anchor, mode), b.resolve(anchor, mode)
        if ia is None or ib is None or ib.hi < ia.lo:
            return None
        return join(ia, ib)


Expr = Fixed | Cyclic | Relative | Unresolved | Range


def _first_from(expr: Cyclic, day: dt.date) -> Interval | None:
    return min((c for c in expr.candidates(day) if c.lo >= day), key=lambda c: c.lo,
               default=None)


def _last_until(expr: Cyclic, day: dt.date) -> Interval | None:
    return max((c for c in expr.candidates(day) if c.lo <= day), key=lambda c: c.lo,
               default=None)


def choose(cands: list[Interval], anchor: dt.date, mode: Mode) -> Interval | None:
    """Pick the occurrence the tense points to (see the module docstring)."""
    if mode == "past":
        over = [c for c in cands if c.end_floor() <= anchor]  # wholly begun: "ran March-May"
        past = over or [c for c in cands if c.lo <= anchor]
        if past:
            return max(past, key=lambda c: c.lo)
    elif mode == "future":
        future = [c for c in cands if c.hi >= anchor]
        if future:
            return min(future, key=lambda c: c.lo)
    return min(cands, key=lambda c: (c.distance(anchor), c.lo), default=None)


# --- parts of a period: "early", "the end of", "the first quarter of", "summer" ---------

Part = str
_FRACTIONS: dict[str, tuple[float, float]] = {
    "early": (0, 1 / 3), "mid": (1 / 3, 2 / 3), "middle": (1 / 3, 2 / 3), "late": (2 / 3, 1),
    "beginning": (0, 1 / 4), "start": (0, 1 / 4), "first days": (0, 1 / 4),
    "early part": (0, 1 / 3), "end": (3 / 4, 1), "close": (3 / 4, 1), "turn": (3 / 4, 1),
    "last days": (3 / 4, 1), "latter part": (2 / 3, 1), "first half": (0, 1 / 2),
    "second half": (1 / 2, 1), "first week": (0, 1 / 4), "second week": (1 / 4, 1 / 2),
    "third week": (1 / 2, 3 / 4), "last week": (3 / 4, 1),
}
_QUARTERS = {"first quarter": 1, "second quarter": 2, "third quarter": 3, "fourth quarter": 4,
             "final quarter": 4, "last quarter": 4}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
PARTS = frozenset([*_FRACTIONS, *_QUARTERS, *_SEASONS, "winter"])


def narrow(iv: Interval, part: Part) -> Interval | None:
    """The part of ``iv`` a modifier names, at the precision the text gives.

    Quarters, halves and seasons of a single year are month ranges ("2019-01" to
    "2019-03"); other parts keep the base precision ("mid-2020" is "2020").
    """
    single_year = iv.precision == "year" and iv.lo.year == iv.hi.year and iv.lo.month == 1 \
        and iv.hi.month == 12
    if single_year and part in _QUARTERS:
        return quarter_interval(iv.lo.year, _QUARTERS[part])
    if single_year and part in ("first half", "second half"):
        return month_span(iv.lo.year, 1, 6) if part == "first half" \
            else month_span(iv.lo.year, 7, 12)
    if single_year and part in _SEASONS:
        first, last = _SEASONS[part]
        return month_span(iv.lo.year, first, last)
    if part == "winter":
        if not single_year:
            return None
        return iv.with_days(iv.lo, dt.date(iv.lo.year, 2, 28))
    if part not in _FRACTIONS:
        return None
    lo_f, hi_f = _FRACTIONS[part]
    days = (iv.hi - iv.lo).days + 1
    lo = iv.lo + dt.timedelta(days=int(days * lo_f))
    hi = iv.lo + dt.timedelta(days=max(int(days * lo_f), int(days * hi_f) - 1))
    return iv.with_days(lo, min(hi, iv.hi))


def with_part(expr: Expr, part: Part) -> Expr | None:
    """``expr`` narrowed to ``part`` (None where a part makes no sense, e.g. a weekday)."""
    if isinstance(expr, Fixed):
        narrowed = narrow(expr.iv, part)
        return None if narrowed is None else Fixed(narrowed, expr.default)
    if isinstance(expr, Cyclic):
        make = expr.make

        def part_of_cycle(anchor: dt.date, k: int) -> Interval | None:
            base = make(anchor, k)
            return None if base is None else narrow(base, part)

        return Cyclic(part_of_cycle, expr.which, expr.default, expr.reach)
    if isinstance(expr, Relative) and not expr.future_only:
        make_rel = expr.make

        def part_of_relative(anchor: dt.date) -> Interval:
            base = make_rel(anchor)
            return narrow(base, part) or base

        return Relative(part_of_relative, expr.current, False, expr.default)
    return None
