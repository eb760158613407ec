"""Calendar atoms: the smallest date expressions ("December 3, 2018", "October", "2019").

Each pattern comes with a builder that turns a match into an :class:`Atom` (span, meaning
and how sure we are that it is a date at all). Relative and vague atoms live in
:mod:`factwire.time.atoms_rel`; the finder joins atoms into ranges and adds prepositions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from factwire.time.calendar import (
    Interval,
    day_interval,
    last_day,
    month_interval,
    month_span,
    quarter_interval,
    week_interval,
    year_interval,
)
from factwire.time.expr import Cyclic, Expr, Fixed, Mode, Which
from factwire.time.lexicon import (
    BARE_YEAR,
    COUNT_CUE_BEFORE,
    CUE_BEFORE,
    CUE_BEFORE_STRICT,
    DAY,
    MONTH_ANY,
    MONTH_FULL,
    MONTHS,
    PASSIVE_BY,
    PLURAL_AFTER,
    POSSESSIVE_AFTER,
    WEEKDAY,
    WEEKDAY_NAME_AFTER,
    WEEKDAY_NAME_BEFORE,
    WEEKDAYS,
    YEAR,
    day_number,
    full_year,
    month_number,
)

TimeKind = Literal["point", "start", "end", "range", "duration", "vague"]


@dataclass(slots=True)
class Atom:
    """A candidate time expression at ``[start, end)``.

    ``weak`` is 0 when the words alone make it a date, 1 when it needs a cue to count
    (a preposition, a part such as "early", or a range partner: "in 2019" but not "2019
    troops"), and 2 when only a part can make it one ("the year" in "the end of the year").
    """

    start: int
    end: int
    expr: Expr
    weak: int = 0
    kind: TimeKind | None = None
    partable: bool = False
    has_prep: bool = False
    prep: str | None = None


Builder = Callable[[re.Match[str], str], Atom | None]
#: A pattern, its builder, and its needle: the lower-case words (or digits) of which one must
#: occur in the text for the pattern to be worth running (regex alternations are slow to try
#: at every position; a set lookup per word is not).
PatternSpec = tuple[re.Pattern[str], Builder, frozenset[str]]
_WHICH: dict[str, Which] = {"last": "last", "past": "last", "this past": "last",
                            "next": "next", "coming": "next", "this coming": "next",
                            "this": "this"}


def _which(word: str | None) -> Which | None:
    return _WHICH[" ".join(word.lower().split())] if word else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    return dt.date(year, month, day) if 1 <= day <= last_day(year, month) else None


def _days(year: int, month: int, d1: int, d2: int | None) -> Interval | None:
    """Day ``d1`` (to ``d2``) of a month; a ``d2`` below ``d1`` is not a range of days."""
    first = _date(year, month, d1)
    last = first if d2 is None else _date(year, month, d2)
    if first is None or last is None or last < first:
        return None
    return Interval(first, last, "day")


def _day_expr(m: re.Match[str]) -> Expr | None:
    """Month and day(s), with the year when given, else recurring every year."""
    month = month_number(m.group("mon"))
    d1 = day_number(m.group("d1"))
    d2 = day_number(m.group("d2")) if m.group("d2") else None
    if m.group("y"):
        iv = _days(int(m.group("y")), month, d1, d2)
        return None if iv is None else Fixed(iv)
    if _days(2000, month, d1, d2) is None:  # 2000 is a leap year: Feb 29 is allowed here
        return None
    if m.group("ry"):
        offset = {"last": -1, "this": 0, "next": 1}[m.group("ry").lower()]
        return Cyclic(lambda a, k: _days(a.year + offset, month, d1, d2), "this")
    return Cyclic(lambda a, k: _days(a.year + k, month, d1, d2), default="nearest", reach=8)


def _build_day(m: re.Match[str], text: str) -> Atom | None:
    expr = _day_expr(m)
    if expr is None:
        return None
    month = m.group("mon")
    if month in ("May", "March") and _name_before(text, m.start("mon")):
        return None
    return Atom(m.start(), m.end(), expr)


def _name_before(text: str, pos: int) -> bool:
    """Whether a capitalised word (not a cue) stands just before ``pos`` ("Theresa May")."""
    before = text[max(0, pos - 30):pos]
    word = re.search(r"([A-Z][\w'’]*)\s+$", before)
    return word is not None and CUE_BEFORE_STRICT.search(word.group(1) + " ") is None \
        and CUE_BEFORE.search(word.group(1) + " ") is None


def _build_iso(m: re.Match[str], text: str) -> Atom | None:
    day = _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None if day is None else Atom(m.start(), m.end(), Fixed(day_interval(day)))


def _build_month_year(m: re.Match[str], text: str) -> Atom | None:
    month = month_number(m.group("mon"))
    iv = month_interval(int(m.group("y")), month)
    return Atom(m.start(), m.end(), Fixed(iv), partable=True)


def _month_cycle(month: int, which: Which | None) -> Cyclic:
    return Cyclic(lambda a, k: month_interval(a.year + k, month), which, "past")


def _build_month(m: re.Match[str], text: str) -> Atom | None:
    name = m.group("mon")
    before = text[max(0, m.start() - 20):m.start()]
    if name in ("May", "March"):
        cue = CUE_BEFORE_STRICT.search(before)
        if cue is not None and PASSIVE_BY.search(before):
            cue = None  # "backed by May": the prime minister, not the month
        weak = 0 if cue else 1
    else:
        strong = CUE_BEFORE.search(before) or POSSESSIVE_AFTER.match(text, m.end())
        weak = 0 if strong else 1
    return Atom(m.start(), m.end(), _month_cycle(month_number(name), None), weak,
                partable=True)


def _build_month_which(m: re.Match[str], text: str) -> Atom | None:
    month = month_number(m.group("mon"))
    return Atom(m.start(), m.end(), _month_cycle(month, _which(m.group("w"))), partable=True)


def _build_month_rel_year(m: re.Match[str], text: str) -> Atom | None:
    if m.group("mon") in ("May", "March") and _name_before(text, m.start()):
        return None
    month = month_number(m.group("mon"))
    offset = {"last": -1, "this": 0, "next": 1}[m.group("w").lower()]
    return Atom(m.start(), m.end(), Cyclic(lambda a, k: month_interval(a.year + offset, month),
                                           "this"), partable=True)


def _weekday_cycle(weekday: int, which: Which | None, mode: Mode = "past") -> Cyclic:
    def occurrence(anchor: dt.date, k: int) -> Interval:
        monday = week_interval(anchor, k).lo
        return day_interval(monday + dt.timedelta(days=weekday))

    return Cyclic(occurrence, which, mode)


def _build_weekday(m: re.Match[str], text: str) -> Atom | None:
    if WEEKDAY_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start()) or \
            WEEKDAY_NAME_AFTER.match(text, m.end()):
        return None
    weekday = WEEKDAYS[m.group("wd").lower()]
    return Atom(m.start(), m.end(), _weekday_cycle(weekday, _which(m.group("w"))))


def _build_year(m: re.Match[str], text: str) -> Atom | None:
    """A bare year is a date after a cue ("in 2019", "the 2018 deal"), not in "of 2000 troops"."""
    before = text[max(0, m.start() - 12):m.start()]
    strong = CUE_BEFORE.search(before) or POSSESSIVE_AFTER.match(text, m.end())
    if strong and COUNT_CUE_BEFORE.search(before) and PLURAL_AFTER.match(text, m.end()):
        strong = None
    return Atom(m.start(), m.end(), Fixed(year_interval(int(m.group("y")))),
                0 if strong else 1, partable=True)


def _build_year_range(m: re.Match[str], text: str) -> Atom | None:
    first = int(m.group("y1"))
    last = full_year(m.group("y2"), first)
    if not first < last <= first + 30:
        return None
    after = re.match(r"\s+[a-z]+s\b", text[m.end():m.end() + 30])
    return Atom(m.start(), m.end(), Fixed(year_interval(first, last)), 1 if after else 0,
                kind="range", partable=True)


def _build_decade(m: re.Match[str], text: str) -> Atom | None:
    if m.group("s") is not None:
        digit = int(m.group("s"))
        first = (2000 if digit <= 2 else 1900) + 10 * digit
    else:
        first = int(m.group("dec")) * 10
    return Atom(m.start(), m.end(), Fixed(year_interval(first, first + 9)), partable=True)


def _build_fiscal(m: re.Match[str], text: str) -> Atom | None:
    first = full_year(m.group("y"))
    if m.group("y2"):
        last = full_year(m.group("y2"), first)
        if not first < last <= first + 2:
            return None
        return Atom(m.start(), m.end(), Fixed(year_interval(first, last)), kind="range")
    return Atom(m.start(), m.end(), Fixed(year_interval(first)))


def _build_quarter_code(m: re.Match[str], text: str) -> Atom | None:
    code = m.group("qh")
    n = int(code[1])
    if m.group("y"):
        year = full_year(m.group("y"))
        iv = quarter_interval(year, n) if code[0] == "Q" else month_span(year, 6 * n - 5, 6 * n)
        return Atom(m.start(), m.end(), Fixed(iv))
    if code[0] == "H":
        return None
    return Atom(m.start(), m.end(), Cyclic(lambda a, k: quarter_interval(a.year + k, n)),
                cue_weakness(text, m.start()))


def cue_weakness(text: str, pos: int) -> int:
    """0 when a temporal cue word stands before ``pos`` ("in the summer"), else 1."""
    return 0 if CUE_BEFORE.search(text, max(0, pos - 20), pos) else 1


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "final": 4, "last": 4}


def _build_bare_quarter(m: re.Match[str], text: str) -> Atom | None:
    n = _ORD[m.group("n").lower()]
    if m.group("u").lower() == "half":
        if n > 2:
            return None
        first, last = (1, 6) if n == 1 else (7, 12)
        return Atom(m.start(), m.end(),
                    Cyclic(lambda a, k: month_span(a.year + k, first, last)),
                    cue_weakness(text, m.start()))
    return Atom(m.start(), m.end(), Cyclic(lambda a, k: quarter_interval(a.year + k, n)),
                cue_weakness(text, m.start()))


_DIGIT = frozenset("0123456789")
_MONTH_NEEDLE = frozenset(MONTHS)
_WEEKDAY_NEEDLE = frozenset(WEEKDAYS)
_YEAR_AFTER = rf"(?:,?\s+(?P<y>{YEAR})|\s+(?:of\s+)?(?P<ry>(?i:last|this|next))\s+year\b)?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_RANGE_SEP = r"\s*(?:(?P<sep>-|–|to|through|until|till)|(?(btw)and|(?!)))\s*"

#: (pattern, builder) for calendar dates, longest forms first (the finder keeps the
#: longest match wherever candidates overlap).
DATE_PATTERNS: list[PatternSpec] = [
    (re.compile(r"(?<![\w/.-])(?P<y>1\d{3}|20\d\d)-(?P<m>0[1-9]|1[0-2])-"
                r"(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"), _build_iso, _DIGIT),
    (re.compile(rf"(?<!\w){_WD_PREFIX}(?:(?P<btw>between)\s+)?(?P<mon>{MONTH_ANY})\s+(?P<d1>{DAY})"
                rf"(?:{_RANGE_SEP}(?P<d2>{DAY}))?{_YEAR_AFTER}"), _build_day, _MONTH_NEEDLE),
    (re.compile(rf"(?<![\w$£€.,:/-]){_WD_PREFIX}(?:(?P<btw>between)\s+)?(?:the\s+)?"
                rf"(?P<d1>{DAY})(?:{_RANGE_SEP}(?:the\s+)?(?P<d2>{DAY}))?\s+(?:of\s+)?"
                rf"(?P<mon>{MONTH_ANY}){_YEAR_AFTER}"), _build_day, _MONTH_NEEDLE),
    (re.compile(rf"(?P<mon>{MONTH_ANY})\s+(?:of\s+)?(?P<y>{YEAR})"), _build_month_year,
     _MONTH_NEEDLE),
    (re.compile(rf"(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<w>(?i:last|this|next))\s+year\b"),
     _build_month_rel_year, _MONTH_NEEDLE),
    (re.compile(rf"\b(?P<w>(?i:this\s+coming|this\s+past|last|next|this|coming))\s+"
                rf"(?P<mon>{MONTH_FULL})(?![A-Za-z])"), _build_month_which, _MONTH_NEEDLE),
    (re.compile(rf"(?P<mon>{MONTH_FULL})(?![A-Za-z])"), _build_month, _MONTH_NEEDLE),
    (re.compile(r"(?i:\b(?:(?:early|late)\s+(?:on\s+)?)?(?:(?P<w>this\s+coming|this\s+past|last"
                rf"|next|this|coming|past)\s+)?)(?P<wd>{WEEKDAY})"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b"), _build_weekday, _WEEKDAY_NEEDLE),
    (re.compile(rf"(?<![\w$£€¥₹.,/:#])(?<![A-Z0-9]-)(?P<y>{BARE_YEAR})(?!\d|[.,]\d|\s?[-–]\s?\d|%|\w)"),
     _build_year, _DIGIT),
    (re.compile(rf"(?<![\w$£€¥₹.,/:#-])(?P<y1>{BARE_YEAR})\s?(?:-|–|—|/)\s?"
                r"(?P<y2>(?:1[89]|20)\d\d|\d\d)(?![\w%]|[.,]\d)"), _build_year_range, _DIGIT),
    (re.compile(r"(?:\b[Tt]he\s+)?(?:\b(?P<dec>1[89]\d|20\d)0|['’](?P<s>\d)0)s\b"),
     _build_decade, _DIGIT),
    (re.compile(r"\b(?:FY|[Ff]iscal(?:\s+[Yy]ear)?|[Ff]inancial\s+[Yy]ear)\s*['’]?"
                r"(?P<y>(?:19|20)\d\d|\d\d)(?:\s?(?:-|–|/)\s?(?P<y2>(?:19|20)?\d\d))?"
                r"(?![\w%])"), _build_fiscal, _DIGIT),
    (re.compile(r"\b(?P<qh>Q[1-4]|H[12])(?:\s*(?P<y>(?:19|20)\d\d|['’]\d\d))?(?![\w])"),
     _build_quarter_code, _DIGIT),
    (re.compile(r"(?i:\bthe\s+(?P<n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                r"(?P<u>quarter|half)\b)(?!\s+of\b)"), _build_bare_quarter,
     frozenset({"quarter", "half"})),
]
