"""Calendar intervals at a precision: the value every time expression resolves to.

An :class:`Interval` holds the first and last day it covers plus the precision the text
gave ("2018" is year precision even though it covers 365 days), so resolution can compare
real dates while output keeps EVENTS.md's "ISO 8601 at the precision the text gives".
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]


@dataclass(frozen=True, slots=True)
class Interval:
    """The days ``lo`` to ``hi`` (inclusive), printed at ``precision``.

    ``end_precision`` differs only for joined ranges ("from 2016 to March 2018").
    """

    lo: dt.date
    hi: dt.date
    precision: Precision
    end_precision: Precision | None = None

    def iso_start(self) -> str:
        return iso(self.lo, self.precision)

    def iso_end(self) -> str:
        return iso(self.hi, self.end_precision or self.precision)

    def end_floor(self) -> dt.date:
        """The first day of the unit ``iso_end`` names ("2018-05" -> 2018-05-01)."""
        precision = self.end_precision or self.precision
        if precision == "year":
            return dt.date(self.hi.year, 1, 1)
        if precision == "month":
            return self.hi.replace(day=1)
        return self.hi

    def with_days(self, lo: dt.date, hi: dt.date) -> Interval:
        """The same precision over other days (parts of a period, clipping)."""
        return Interval(lo, hi, self.precision, self.end_precision)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to the nearest day of the interval (0 when inside it)."""
        if day < self.lo:
            return (self.lo - day).days
        if day > self.hi:
            return (day - self.hi).days
        return 0


def iso(day: dt.date, precision: Precision) -> str:
    """``day`` cut to ``precision``: "2018", "2018-10" or "2018-12-13"."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_interval(day: dt.date) -> Interval:
    return Interval(day, day, "day")


def month_interval(year: int, month: int) -> Interval:
    return Interval(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)),
                    "month")


def year_interval(year: int, last_year: int | None = None) -> Interval:
    return Interval(dt.date(year, 1, 1), dt.date(last_year or year, 12, 31), "year")


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's end (Jan 31 + 1 -> Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; Feb 29 becomes Feb 28 in a common year."""
    return add_months(day, 12 * years)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_interval(day: dt.date, weeks: int = 0) -> Interval:
    """The Monday-to-Sunday week holding ``day``, moved by ``weeks``."""
    first = monday(day) + dt.timedelta(weeks=weeks)
    return Interval(first, first + dt.timedelta(days=6), "day")


def quarter_interval(year: int, quarter: int) -> Interval:
    first = 3 * quarter - 2
    return Interval(dt.date(year, first, 1),
                    dt.date(year, first + 2, last_day(year, first + 2)), "month")


def month_span(year: int, first: int, last: int) -> Interval:
    """Months ``first`` to ``last`` of ``year``; ``last < first`` runs into the next year."""
    end_year = year + 1 if last < first else year
    return Interval(dt.date(year, first, 1),
                    dt.date(end_year, last, last_day(end_year, last)), "month")


def clip(iv: Interval, lo: dt.date | None = None, hi: dt.date | None = None) -> Interval:
    """``iv`` cut to ``[lo, hi]`` where that leaves something; otherwise ``iv`` unchanged."""
    new_lo = max(iv.lo, lo) if lo else iv.lo
    new_hi = min(iv.hi, hi) if hi else iv.hi
    return iv.with_days(new_lo, new_hi) if new_lo <= new_hi else iv


def join(first: Interval, second: Interval) -> Interval:
    """From the start of ``first`` to the end of ``second``, each at its own precision."""
    return Interval(first.lo, second.hi, first.precision,
                    second.end_precision or second.precision)
