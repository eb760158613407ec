"""resolve(): expression x anchor x tense -> ISO start and end, row by row.

Expected values are worked out by hand from EVENTS.md "Time" and the rules in
factwire.time.expr (past: most recent occurrence not after the anchor; future: first
occurrence not before it; no tense: past for weekdays and months, nearest for days of the
month and for deadlines). Weekdays used below:
2018-12-13 Thursday, 2018-12-14 Friday, 2018-12-31 Monday, 2019-01-10 Thursday,
2019-06-15 Saturday, 2020-03-01 Sunday, 2016-02-29 Monday, 2020-02-26 Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.time import Tense, resolve

SEED = dt.date(2018, 12, 13)  # the seed article's publication date (a Thursday)
FRI = dt.date(2018, 12, 14)
NYE = dt.date(2018, 12, 31)
JAN = dt.date(2019, 1, 10)
JUNE = dt.date(2019, 6, 15)
LEAP = dt.date(2020, 3, 1)
LEAP_DAY = dt.date(2016, 2, 29)

Row = tuple[str, dt.date | None, Tense | None, str | None, str | None]

ROWS: list[Row] = [
    # --- the seed article's expressions, anchor 2018-12-13 ---
    ("on Thursday", SEED, "past", "2018-12-13", "2018-12-13"),
    ("on Thursday", SEED, None, "2018-12-13", "2018-12-13"),
    ("In October", SEED, "past", "2018-10", "2018-10"),
    ("In October", SEED, None, "2018-10", "2018-10"),
    ("by the end of 2020", SEED, "future", None, "2020"),
    ("on Monday", SEED, "past", "2018-12-10", "2018-12-10"),
    ("till December 21", SEED, "future", None, "2018-12-21"),
    ("till December 21", SEED, None, None, "2018-12-21"),
    ("on December 3", SEED, "past", "2018-12-03", "2018-12-03"),
    ("on Friday", SEED, "future", "2018-12-14", "2018-12-14"),
    ("started on December 3", SEED, None, "2018-12-03", None),
    ("will conclude on Friday", SEED, None, None, "2018-12-14"),
    ("started on December 3 and will conclude on Friday", SEED, None, "2018-12-03",
     "2018-12-14"),
    ("kick-started its drill on Monday and will continue till December 21", SEED, None,
     "2018-12-10", "2018-12-21"),
    ("a two-day visit", SEED, "past", None, None),
    ("said at the time", SEED, "past", None, None),
    # --- weekday rules ---
    ("on Thursday", FRI, "past", "2018-12-13", "2018-12-13"),
    ("on Thursday", SEED, "future", "2018-12-13", "2018-12-13"),  # same day counts
    ("on Thursday", SEED, "present", "2018-12-13", "2018-12-13"),
    ("on Friday", SEED, "past", "2018-12-07", "2018-12-07"),
    ("on Friday", SEED, None, "2018-12-07", "2018-12-07"),
    ("by Friday", SEED, None, None, "2018-12-14"),  # a deadline: the nearest Friday
    ("last Friday", SEED, None, "2018-12-07", "2018-12-07"),
    ("next Friday", SEED, None, "2018-12-14", "2018-12-14"),
    ("last Thursday", SEED, None, "2018-12-06", "2018-12-06"),
    ("next Thursday", SEED, None, "2018-12-20", "2018-12-20"),
    ("on Sunday", LEAP, "past", "2020-03-01", "2020-03-01"),
    ("on Sunday", LEAP, "future", "2020-03-01", "2020-03-01"),
    ("last Sunday", LEAP, None, "2020-02-23", "2020-02-23"),
    ("next Sunday", LEAP, None, "2020-03-08", "2020-03-08"),
    ("on Monday", LEAP, "future", "2020-03-02", "2020-03-02"),
    ("on Saturday", LEAP, "past", "2020-02-29", "2020-02-29"),
    ("on Wednesday", JUNE, "past", "2019-06-12", "2019-06-12"),
    ("on Wednesday", JUNE, "future", "2019-06-19", "2019-06-19"),
    ("this Friday", JUNE, None, "2019-06-14", "2019-06-14"),
    ("Thursday, December 13, 2018", None, None, "2018-12-13", "2018-12-13"),
    ("on Thursday night", SEED, "past", "2018-12-13", "2018-12-13"),
    ("over the weekend", SEED, "past", "2018-12-08", "2018-12-09"),
    ("this weekend", SEED, None, "2018-12-15", "2018-12-16"),
    ("next weekend", SEED, None, "2018-12-15", "2018-12-16"),
    # --- months, and the year boundary ---
    ("in October", SEED, "future", "2019-10", "2019-10"),
    ("in December", SEED, "past", "2018-12", "2018-12"),
    ("in December", SEED, "future", "2018-12", "2018-12"),
    ("in December", JAN, "past", "2018-12", "2018-12"),
    ("in December", JAN, None, "2018-12", "2018-12"),
    ("in December", JAN, "future", "2019-12", "2019-12"),
    ("next January", NYE, None, "2019-01", "2019-01"),
    ("next January", SEED, None, "2019-01", "2019-01"),
    ("last December", JAN, None, "2018-12", "2018-12"),
    ("last December", SEED, None, "2017-12", "2017-12"),
    ("this January", NYE, None, "2018-01", "2018-01"),
    ("in January", NYE, "future", "2019-01", "2019-01"),
    ("in January", NYE, "past", "2018-01", "2018-01"),
    ("in mid-December", SEED, "past", "2018-12", "2018-12"),
    ("in late October", SEED, None, "2018-10", "2018-10"),
    ("in early January", SEED, "past", "2018-01", "2018-01"),
    ("by the end of March", SEED, "future", None, "2019-03"),
    ("May last year", SEED, None, "2017-05", "2017-05"),
    ("October 2018", None, None, "2018-10", "2018-10"),
    ("in October of 2016", SEED, "future", "2016-10", "2016-10"),
    # --- days of the month without a year ---
    ("on December 28", JAN, "past", "2018-12-28", "2018-12-28"),
    ("on December 28", JAN, None, "2018-12-28", "2018-12-28"),
    ("on January 3", NYE, "future", "2019-01-03", "2019-01-03"),
    ("on January 3", NYE, None, "2019-01-03", "2019-01-03"),
    ("Jan. 14", SEED, "past", "2018-01-14", "2018-01-14"),
    ("Jan. 14", SEED, "future", "2019-01-14", "2019-01-14"),
    ("on 5 July this year", SEED, None, "2018-07-05", "2018-07-05"),
    ("on 21 December last year", SEED, None, "2017-12-21", "2017-12-21"),
    ("the 3rd of December", SEED, "past", "2018-12-03", "2018-12-03"),
    # --- leap years ---
    ("February 29, 2020", None, None, "2020-02-29", "2020-02-29"),
    ("on February 29", LEAP, "past", "2020-02-29", "2020-02-29"),
    ("on February 29", dt.date(2019, 3, 1), "past", "2016-02-29", "2016-02-29"),
    ("February 29, 2019", None, None, None, None),  # not a date: 2019 is a common year
    ("a year ago", LEAP_DAY, None, "2015", "2015"),
    ("yesterday", LEAP, None, "2020-02-29", "2020-02-29"),
    ("two days ago", LEAP, None, "2020-02-28", "2020-02-28"),
    ("in February", LEAP, "past", "2020-02", "2020-02"),
    ("last month", LEAP, None, "2020-02", "2020-02"),
    ("this week", LEAP_DAY, "future", "2016-02-29", "2016-03-06"),
    ("next week", dt.date(2020, 2, 26), None, "2020-03-02", "2020-03-08"),
    # --- anchored relatives ---
    ("last year", SEED, None, "2017", "2017"),
    ("last year", JAN, None, "2018", "2018"),
    ("this year", NYE, None, "2018", "2018"),
    ("next year", NYE, None, "2019", "2019"),
    ("earlier this month", SEED, None, "2018-12", "2018-12"),
    ("earlier this year", JAN, None, "2019", "2019"),
    ("late last year", JAN, None, "2018", "2018"),
    ("early next year", SEED, None, "2019", "2019"),
    ("next week", SEED, None, "2018-12-17", "2018-12-23"),
    ("this week", SEED, None, "2018-12-10", "2018-12-16"),
    ("this week", SEED, "past", "2018-12-10", "2018-12-13"),
    ("last week", JAN, None, "2018-12-31", "2019-01-06"),
    ("last month", JAN, None, "2018-12", "2018-12"),
    ("next month", NYE, None, "2019-01", "2019-01"),
    ("yesterday", SEED, None, "2018-12-12", "2018-12-12"),
    ("yesterday", dt.date(2019, 1, 1), None, "2018-12-31", "2018-12-31"),
    ("today", SEED, None, "2018-12-13", "2018-12-13"),
    ("tomorrow", NYE, None, "2019-01-01", "2019-01-01"),
    ("tonight", SEED, None, "2018-12-13", "2018-12-13"),
    ("last night", SEED, None, "2018-12-12", "2018-12-12"),
    ("the day before yesterday", SEED, None, "2018-12-11", "2018-12-11"),
    ("two weeks ago", SEED, None, "2018-11-29", "2018-11-29"),
    ("three months ago", SEED, None, "2018-09", "2018-09"),
    ("a decade ago", SEED, None, "2008", "2008"),
    ("in three years", SEED, "future", "2021", "2021"),
    ("in three years", SEED, None, "2021", "2021"),
    ("the first visit in three years", SEED, "past", None, None),  # a duration, not a date
    ("in two weeks", SEED, "future", "2018-12-27", "2018-12-27"),
    ("in six months' time", SEED, None, "2019-06", "2019-06"),
    ("within two years", SEED, "future", None, "2020"),
    ("in the past two years", SEED, None, "2016", "2018"),
    ("over the next five years", SEED, "future", "2018", "2023"),
    ("since last year", SEED, None, "2017", None),
    ("by the end of the year", SEED, None, None, "2018"),
    ("by the end of next year", SEED, None, None, "2019"),
    ("the end of this month", SEED, None, "2018-12", "2018-12"),
    ("at the start of next month", NYE, None, "2019-01", "2019-01"),
    ("last summer", SEED, None, "2018-06", "2018-08"),
    # --- ranges ---
    ("from March to May", SEED, "past", "2018-03", "2018-05"),
    ("from November to February", dt.date(2019, 3, 10), "past", "2018-11", "2019-02"),
    ("from December 28 to January 3", NYE, None, "2018-12-28", "2019-01-03"),
    ("between December 3 and 14", SEED, None, "2018-12-03", "2018-12-14"),
    ("December 3-14", SEED, None, "2018-12-03", "2018-12-14"),
    ("3-14 December 2018", None, None, "2018-12-03", "2018-12-14"),
    ("between 2016 and 2018", None, None, "2016", "2018"),
    ("from 2016 to 2018", None, None, "2016", "2018"),
    ("2016-18", None, None, "2016", "2018"),
    ("from March 2018 to May", None, None, "2018-03", "2018-05"),
    ("from 2016 to March 2018", None, None, "2016", "2018-03"),
    ("FY2019-20", None, None, "2019", "2020"),
    # --- absolute forms ---
    ("December 3, 2018", None, None, "2018-12-03", "2018-12-03"),
    ("3 December 2018", None, None, "2018-12-03", "2018-12-03"),
    ("2018-12-13", None, None, "2018-12-13", "2018-12-13"),
    ("in 2019", None, None, "2019", "2019"),
    ("since 2015", None, None, "2015", None),
    ("mid-2020", None, None, "2020", "2020"),
    ("early 2021", SEED, "past", "2021", "2021"),
    ("the first quarter of 2019", None, None, "2019-01", "2019-03"),
    ("the first half of 2019", None, None, "2019-01", "2019-06"),
    ("Q3 2019", None, None, "2019-07", "2019-09"),
    ("the summer of 2017", None, None, "2017-06", "2017-08"),
    ("in the 1990s", None, None, "1990", "1999"),
    ("since the early 1990s", None, None, "1990", None),
    ("in fiscal year 2019", None, None, "2019", "2019"),
    ("as of January 1, 2019", None, None, "2019-01-01", None),
    ("until at least 2025", None, None, None, "2025"),
    ("no later than March 2019", None, None, None, "2019-03"),
    ("the 2018 summit", None, None, "2018", "2018"),
    # --- no publication date: relative expressions stay unresolved ---
    ("on Thursday", None, "past", None, None),
    ("in October", None, None, None, None),
    ("last year", None, None, None, None),
    ("two weeks ago", None, None, None, None),
    ("from March to May", None, None, None, None),
    ("till December 21", None, "future", None, None),
    ("by the end of 2020", None, None, None, "2020"),
    # --- vague and durations never become dates ---
    ("in the coming weeks", SEED, "future", None, None),
    ("in recent weeks", SEED, "past", None, None),
    ("the same day", SEED, None, None, None),
    ("for three years", SEED, None, None, None),
    ("a 10-year contract", SEED, None, None, None),
]


@pytest.mark.parametrize(("expr", "anchor", "tense", "start", "end"), ROWS,
                         ids=[f"{r[0]}|{r[1]}|{r[2]}" for r in ROWS])
def test_resolve(expr: str, anchor: dt.date | None, tense: Tense | None, start: str | None,
                 end: str | None) -> None:
    value = resolve(expr, anchor, tense=tense)
    assert (value.start, value.end) == (start, end)
    assert value.text == expr


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 100
    assert sum(1 for r in ROWS if r[1] is None) >= 20
