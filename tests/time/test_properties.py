"""Properties of factwire.time that must hold for every date, anchor and text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factwire.time import Tense, find_times, resolve

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

dates = st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))
anchors = st.one_of(st.none(), st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)))
tenses = st.sampled_from([None, "past", "present", "future"])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_styles(d: dt.date) -> list[str]:
    month, ap = MONTHS[d.month - 1], AP_MONTHS[d.month - 1]
    return [
        f"{month} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        d.isoformat(),
        f"{ap} {d.day}, {d.year}",
        f"{WEEKDAYS[d.weekday()]}, {month} {d.day}, {d.year}",
        f"the {ordinal(d.day)} of {month} {d.year}",
        f"on {month} {ordinal(d.day)}, {d.year}",
        f"since {d.day} {month} {d.year}",
    ]


@given(dates, anchors, tenses, st.data())
def test_absolute_day_resolves_to_itself(d: dt.date, anchor: dt.date | None,
                                         tense: Tense | None, data: st.DataObject) -> None:
    expr = data.draw(st.sampled_from(day_styles(d)))
    value = resolve(expr, anchor, tense=tense)
    expected_end = None if expr.startswith("since") else d.isoformat()
    assert (value.start, value.end) == (d.isoformat(), expected_end), expr


@given(dates, anchors, tenses)
def test_absolute_month_and_year(d: dt.date, anchor: dt.date | None,
                                 tense: Tense | None) -> None:
    month = f"{d.year:04d}-{d.month:02d}"
    value = resolve(f"in {MONTHS[d.month - 1]} {d.year}", anchor, tense=tense)
    assert (value.start, value.end) == (month, month)
    value = resolve(f"in {d.year}", anchor, tense=tense)
    assert (value.start, value.end) == (str(d.year), str(d.year))


RELATIVE_PAST = [
    "on Monday", "on Thursday", "on Sunday", "last Friday", "in March", "in December",
    "in early October", "in late December", "on December 3", "on February 29", "Jan. 14",
    "last week", "last month", "last year", "yesterday", "today", "last night", "this week",
    "this month", "this year", "earlier this month", "earlier this year", "two weeks ago",
    "three days ago", "a year ago", "six months ago", "over the weekend", "last summer",
    "in the past two years", "since last year", "at the end of last year", "mid-December",
    "from March to May", "last December", "in the first quarter", "the day before yesterday",
]


def earliest(iso: str) -> dt.date:
    """The first day an ISO date at any precision can mean."""
    parts = [int(p) for p in iso.split("-")]
    return dt.date(parts[0], *[*parts[1:], 1, 1][:2])


@given(st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)), st.sampled_from(RELATIVE_PAST))
def test_relative_past_is_never_after_anchor(anchor: dt.date, expr: str) -> None:
    value = resolve(expr, anchor, tense="past")
    assert value.start is not None or value.end is not None, expr
    for iso in (value.start, value.end):
        if iso is not None:
            assert earliest(iso) <= anchor, (expr, anchor, value)


FRAGMENTS = [
    "on Thursday", "In October", "by the end of 2020", "till December 21", "two-day", "visit",
    "the minister", "said", "1,000 troops", "$5 billion", "S-400", "Theresa May", "May",
    "March", "2018", "2000 troops", "since 2015", "between 2016 and 2018", "from March to May",
    "Jan. 14", "mid-2020", "the first quarter of 2019", "two weeks ago", "in three years",
    "earlier this month", "in the coming weeks", "will", "started", "conclude", "and", "to",
    "the end of", "early", "last", "next", "week", "year", "12", "3", "December", "Friday",
    "'s", "-", "(", ")", "Good Friday", "—", "2018-12-13", "3-14 December",
]
separators = st.sampled_from([" ", " ", ", ", ". ", "\n", "-", ""])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=14))
    out = ""
    for part in parts:
        out += draw(separators) + part
    return out


@settings(max_examples=300)
@given(news_like(), anchors, tenses, st.data())
def test_spans_index_the_text(text: str, anchor: dt.date | None, tense: Tense | None,
                              data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.one_of(st.none(), st.integers(start, len(text) + 3)))
    found = find_times(text, start, end)
    stop = len(text) if end is None else min(end, len(text))
    previous_end = start
    for m in found:
        assert previous_end <= m.span.start <= m.span.end <= stop
        assert text[m.span.start:m.span.end] == m.text
        value = m.value(anchor, tense)
        assert (value.span, value.text) == (m.span, m.text)
        previous_end = m.span.end


@given(st.text(max_size=80), anchors)
def test_any_text_is_safe(text: str, anchor: dt.date | None) -> None:
    for m in find_times(text):
        assert text[m.span.start:m.span.end] == m.text
        m.value(anchor)
