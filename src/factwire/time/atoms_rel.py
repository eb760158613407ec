"""Relative, vague and duration atoms: "last year", "two weeks ago", "in the coming weeks".

Relative atoms are computed from the anchor (the publication date); durations ("the
two-day visit") and vague times are found so that they are never mistaken for dates, and
resolve to no date with their text kept.
"""

from __future__ import annotations

import datetime as dt
import re

from factwire.time.atoms import Atom, PatternSpec, cue_weakness
from factwire.time.calendar import (
    Interval,
    add_months,
    add_years,
    clip,
    day_interval,
    month_interval,
    month_span,
    quarter_interval,
    week_interval,
    year_interval,
)
from factwire.time.expr import Cyclic, Fixed, Relative, Unresolved, Which
from factwire.time.lexicon import BARE_YEAR, NUM, UNIT, UNIT_DAYS
from factwire.values.numbers import count_value, word_set

_DAY_WORDS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
              "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "earlier today": 0, "later today": 0}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}
_VAGUE_COUNTS = {"few", "a few", "several", "some", "many", "couple of", "a couple of",
                 "a number of"}


def period(anchor: dt.date, unit: str, offset: int) -> Interval:
    """The calendar ``unit`` holding ``anchor``, moved by ``offset`` units."""
    if unit in ("day", "night"):
        return day_interval(anchor + dt.timedelta(days=offset))
    if unit == "week":
        return week_interval(anchor, offset)
    if unit == "month":
        moved = add_months(anchor, offset)
        return month_interval(moved.year, moved.month)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return quarter_interval(index // 4, index % 4 + 1)
    if unit == "decade":
        first = anchor.year // 10 * 10 + 10 * offset
        return year_interval(first, first + 9)
    return year_interval(anchor.year + offset)


def shifted(anchor: dt.date, unit: str, n: int) -> Interval:
    """The day, month or year ``n`` units from ``anchor`` ("two weeks ago" is n = -2)."""
    if unit in UNIT_DAYS:
        return day_interval(anchor + dt.timedelta(days=n * UNIT_DAYS[unit]))
    if unit == "month":
        moved = add_months(anchor, n)
        return month_interval(moved.year, moved.month)
    years = n * (10 if unit == "decade" else 1)
    return year_interval(anchor.year + years)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _count(word: str) -> int | None:
    """The number in "two", "12", "a"; None for vague counts ("several")."""
    word = " ".join(word.lower().split())
    if word in ("a", "an"):
        return 1
    return None if word in _VAGUE_COUNTS else count_value(word)


def _build_day_word(m: re.Match[str], text: str) -> Atom | None:
    offset = _DAY_WORDS[" ".join(m.group().lower().split())]
    return Atom(m.start(), m.end(),
                Relative(lambda a: day_interval(a + dt.timedelta(days=offset))))


def _build_earlier_later(m: re.Match[str], text: str) -> Atom | None:
    unit = _unit(m.group("u"))
    earlier = m.group("ph").lower() == "earlier"

    def make(a: dt.date) -> Interval:
        return clip(period(a, unit, 0), hi=a) if earlier else clip(period(a, unit, 0), lo=a)

    return Atom(m.start(), m.end(), Relative(make))


def _season_cycle(season: str, which: Which | None) -> Cyclic:
    first, last = _SEASONS[season]
    return Cyclic(lambda a, k: month_span(a.year + k, first, last), which, "past")


def _span(unit: str, n: int, forward: bool) -> Relative:
    """The last or next ``n`` units up to or from the anchor ("the past two years")."""
    precision = "day" if unit in UNIT_DAYS else unit if unit == "month" else "year"

    def make(a: dt.date) -> Interval:
        if unit in UNIT_DAYS:
            other = a + dt.timedelta(days=(n if forward else -n) * UNIT_DAYS[unit])
        elif unit == "month":
            other = add_months(a, n if forward else -n)
        else:
            other = add_years(a, (n if forward else -n) * (10 if unit == "decade" else 1))
        lo, hi = (a, other) if forward else (other, a)
        return Interval(lo, hi, "day" if precision == "day" else
                        "month" if precision == "month" else "year")

    return Relative(make, default="nearest")


def _build_which_unit(m: re.Match[str], text: str) -> Atom | None:
    which = m.group("w").lower()
    unit = _unit(m.group("u"))
    the = m.group("the") is not None
    if unit in _SEASONS:
        word: dict[str, Which] = {"this": "this", "last": "last", "past": "last",
                                  "next": "next", "coming": "next"}
        return Atom(m.start(), m.end(), _season_cycle(unit, word.get(which, "this")),
                    partable=True)
    if unit == "weekend":
        return _weekend(m, which)
    if which in ("past", "last") and (the or which == "past" or unit == "decade"):
        span = _span(unit, 10 if unit == "decade" else 1, forward=False)
        return Atom(m.start(), m.end(), span, kind="range")
    if which in ("next", "coming") and (the or which == "coming"):
        span = _span(unit, 10 if unit == "decade" else 1, forward=True)
        return Atom(m.start(), m.end(), span, kind="range")
    offset = {"this": 0, "current": 0, "last": -1, "next": 1}[which]
    expr = Relative(lambda a: period(a, unit, offset), current=offset == 0)
    return Atom(m.start(), m.end(), expr, partable=not the)


def _weekend(m: re.Match[str], which: str) -> Atom:
    def weekend(anchor: dt.date, k: int) -> Interval:
        saturday = week_interval(anchor, k).lo + dt.timedelta(days=5)
        return Interval(saturday, saturday + dt.timedelta(days=1), "day")

    names: dict[str, Which | None] = {"this": "this", "last": "last", "past": "last",
                                      "next": "next", "coming": "next"}
    return Atom(m.start(), m.end(), Cyclic(weekend, names.get(which), "past"))


def _build_the_weekend(m: re.Match[str], text: str) -> Atom | None:
    return _weekend(m, "the")


def _build_season(m: re.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), _season_cycle(m.group("s").lower(), None),
                cue_weakness(text, m.start()))


def _build_ago(m: re.Match[str], text: str) -> Atom | None:
    n = _count(m.group("n"))
    unit = _unit(m.group("u"))
    if n is None:
        return Atom(m.start(), m.end(), Unresolved("vague"), kind="vague")
    return Atom(m.start(), m.end(), Relative(lambda a: shifted(a, unit, -n), default="past"))


def _build_ahead(m: re.Match[str], text: str) -> Atom | None:
    n = _count(m.group("n"))
    unit = _unit(m.group("u"))
    if n is None:
        return Atom(m.start(), m.end(), Unresolved("vague"), kind="vague", has_prep=True)
    within = m.group("p").lower() == "within"
    if m.group("next"):
        span = _span(unit, n, forward=True)
        expr = Relative(span.make, future_only=True, default="future")
        return Atom(m.start(), m.end(), expr, kind="end" if within else "range", has_prep=True)
    expr = Relative(lambda a: shifted(a, unit, n), future_only=True, default="future")
    return Atom(m.start(), m.end(), expr, kind="end" if within else None, has_prep=True)


def _build_span(m: re.Match[str], text: str) -> Atom | None:
    n = _count(m.group("n"))
    which = m.group("w").lower()
    if n is None or which in ("previous", "preceding", "following"):
        return Atom(m.start(), m.end(), Unresolved("vague"), kind="vague")
    forward = which in ("next", "coming")
    return Atom(m.start(), m.end(), _span(_unit(m.group("u")), n, forward), kind="range")


def _build_vague(m: re.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Unresolved("vague"), kind="vague")


def _build_duration(m: re.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Unresolved("duration"), kind="duration", has_prep=True)


def _build_the_unit(m: re.Match[str], text: str) -> Atom | None:
    unit = _unit(m.group("u"))
    return Atom(m.start(), m.end(), Relative(lambda a: period(a, unit, 0), current=True), 2,
                partable=True)


def _build_the_year(m: re.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Fixed(year_interval(int(m.group("y")))), partable=True)


_UNITS_NEEDLE = word_set(
    "day days night nights week weeks fortnight fortnights month months year years decade "
    "decades hour hours")
_PERIODS = word_set("day morning afternoon evening night week weekend month year")
_VAGUE = (
    r"\bthe\s+coming\s+(?:days|weeks|months|years|decades)\b"
    r"|\brecent\s+(?:days|weeks|months|years|decades|times)\b"
    r"|\b(?:the\s+)?(?:near|foreseeable|distant|not-too-distant|not\s+too\s+distant)\s+future\b"
    r"|\bin\s+the\s+future\b(?!\s+of)"
    r"|\bthe\s+(?:same|previous|following|next)\s+(?:day|morning|afternoon|evening|night|week"
    r"|weekend|month|year)\b"
    r"|\b(?:that|the\s+same)\s+(?:day|week|month|year|night|morning|evening)\b"
    r"|\bat\s+the\s+time\b"
)
_VAGUE_AFTER = (
    rf"\b(?:{NUM}|several|a\s+few)\s+{UNIT}\s+(?:later|earlier|afterwards|before|after)\b"
)
_DURATION_ADJ = (
    rf"\b(?:{NUM}|half|multi|several)[-‐](?:and-a-half-)?(?:hour|day|night|week|month|year"
    r"|decade)(?:[-‐]long)?(?![-‐](?:old|\w))\b"
)
_DURATION_FOR = (
    r"\bfor\s+(?:(?:more\s+than|nearly|almost|about|over|at\s+least|another|around|some"
    rf"|up\s+to)\s+)?(?:{NUM}|several|a\s+few|many)\s+(?:more\s+)?(?:hours?|{UNIT})\b"
    rf"|\bover\s+(?:the\s+course\s+of\s+)?{NUM}\s+(?:days|weeks|months|years|decades)\b"
    r"(?!\s+ago)"
)

#: (pattern, builder, needle) for relative, vague and duration atoms. A pattern runs only
#: where its needle occurs (the number-word alternations are slow to try at every word).
#: On equal length the earlier pattern wins, so vague readings ("the next year") come first.
REL_PATTERNS: list[PatternSpec] = [
    (re.compile(rf"(?i:{_VAGUE})"), _build_vague,
     _PERIODS | {"coming", "recent", "future", "time"}),
    (re.compile(rf"(?i:{_VAGUE_AFTER})"), _build_vague,
     word_set("later earlier afterwards before after")),
    (re.compile(rf"(?i:{_DURATION_ADJ})"), _build_duration, _UNITS_NEEDLE),
    (re.compile(rf"(?i:{_DURATION_FOR})"), _build_duration, _UNITS_NEEDLE),
    (re.compile(r"(?i:\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                r"|yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon"
                r"|evening)|earlier\s+today|later\s+today)\b)(?!\s+programme)"), _build_day_word,
     word_set("yesterday today tomorrow tonight night morning afternoon evening")),
    (re.compile(r"(?i:\b(?P<ph>earlier|later)\s+(?:in\s+the|this)\s+(?P<u>week|month|year"
                r"|decade)\b)"), _build_earlier_later, frozenset({"earlier", "later"})),
    (re.compile(r"(?i:\b(?P<the>the\s+)?(?P<w>this|last|next|past|coming|current)\s+"
                r"(?P<u>week|weekend|month|year|quarter|decade|spring|summer|autumn|fall"
                r"|winter)\b)"), _build_which_unit,
     word_set("week weekend month year quarter decade spring summer autumn fall winter")),
    (re.compile(r"(?i:\b(?:the|that)\s+weekend\b)"), _build_the_weekend, frozenset({"weekend"})),
    (re.compile(r"(?i:\b(?:the\s+)?(?P<s>spring|summer|autumn|winter)\b)(?!\s+(?:of\b|\d))"),
     _build_season, frozenset({"spring", "summer", "autumn", "winter"})),
    (re.compile(rf"(?i:\b(?P<n>{NUM}|a\s+few|several|some|many|a\s+couple\s+of|a\s+number\s+of)"
                rf"\s+(?:more\s+)?(?P<u>{UNIT})\s+ago\b)"), _build_ago,
     frozenset({"ago"})),
    (re.compile(r"(?i:\b(?P<p>in|within)\s+(?:(?P<next>the\s+next)\s+|(?:less\s+than|under"
                rf"|about|around|another|just)\s+)?(?P<n>{NUM}|a\s+few|several)\s+(?P<u>{UNIT})"
                r"(?:['’]?\s*time\b)?)(?!\s+ago)"), _build_ahead, _UNITS_NEEDLE),
    (re.compile(r"(?i:\b(?:the\s+)?(?P<w>past|last|previous|preceding|next|coming|following)\s+"
                rf"(?P<n>{NUM}|few|several|couple\s+of)\s+(?P<u>days|weeks|months|years"
                r"|decades)\b)"), _build_span, _UNITS_NEEDLE),
    (re.compile(r"(?i:\bthe\s+(?P<u>year|month|week|decade)\b)"), _build_the_unit,
     frozenset({"year", "month", "week", "decade"})),
    (re.compile(rf"(?i:\bthe\s+year\s+)(?P<y>{BARE_YEAR})\b"), _build_the_year,
     frozenset({"year"})),
]
