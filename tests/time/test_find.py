"""find_times(): which stretches of text are time expressions, of what kind, with what hints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factwire.model import Span, TimeValue
from factwire.time import TimeMention, find_times, join_mentions

THU = dt.date(2018, 12, 13)


def texts(text: str) -> list[str]:
    return [m.text for m in find_times(text)]


def only(text: str) -> TimeMention:
    found = find_times(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers met on Thursday in the capital.", ["on Thursday"]),
    ("In October, the president made a two-day visit.", ["In October", "two-day"]),
    ("Deliveries will be completed by the end of 2020.", ["by the end of 2020"]),
    ("The drill began on Monday and will continue till December 21.",
     ["on Monday", "till December 21"]),
    ("It was signed on December 3, 2018 in Delhi.", ["on December 3, 2018"]),
    ("It was signed on 3 December 2018 in Delhi.", ["on 3 December 2018"]),
    ("The notice is dated 2018-12-13.", ["2018-12-13"]),
    ("Talks were held earlier this month and resume next week.",
     ["earlier this month", "next week"]),
    ("A decision is expected in the coming weeks.", ["in the coming weeks"]),
    ("The base has hosted troops since 2015.", ["since 2015"]),
    ("Prices rose between 2016 and 2018.", ["between 2016 and 2018"]),
    ("Drills run from March to May each year.", ["from March to May"]),
    ("The deal was signed on Jan. 14 after talks.", ["on Jan. 14"]),
    ("Output should recover by mid-2020 or early 2021.", ["by mid-2020", "early 2021"]),
    ("Sales fell in the first quarter of 2019.", ["in the first quarter of 2019"]),
    ("He arrived yesterday and leaves today.", ["yesterday", "today"]),
    ("Officials met this week, two weeks ago and will meet in three years.",
     ["this week", "two weeks ago", "in three years"]),
    ("The exercise ran from 21 March to 23 March.", ["from 21 March to 23 March"]),
    ("It happened in April and May, officials said.", ["in April", "May"]),
    ("The talks on Thursday, December 13, 2018 ended.", ["on Thursday, December 13, 2018"]),
    ("It had been planned for the summer of 2017.", ["the summer of 2017"]),
])
def test_expressions_and_spans(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    for m in find_times(text):
        assert text[m.span.start:m.span.end] == m.text


@pytest.mark.parametrize("text", [
    "Theresa May said the vote would go ahead.",
    "Ministers urged May to give MPs a vote.",
    "The plan was backed by May and her cabinet.",
    "The Good Friday Agreement still holds.",
    "He told the Mail on Sunday that he would resign.",
    "The army sent 2000 troops to the border.",
    "A battery of the S-400 system costs a lot.",
    "The 65-year-old minister resigned.",
    "Russia delivered 1,000 shells.",
    "The senators may march on the capital.",
    "He bought the Sunday Times.",
])
def test_not_dates(text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("since 2015", "start"),
    ("from 2015", "start"),
    ("as of January 1, 2019", "start"),
    ("by 2020", "end"),
    ("until March", "end"),
    ("no later than March 2019", "end"),
    ("within two years", "end"),
    ("on Friday", "point"),
    ("in 2019", "point"),
    ("between 2016 and 2018", "range"),
    ("over the past two years", "range"),
    ("the two-day visit", "duration"),
    ("for three years", "duration"),
    ("a 10-year contract", "duration"),
    ("in recent months", "vague"),
    ("three days later", "vague"),
])
def test_kinds(text: str, kind: str) -> None:
    assert only(text).kind == kind


def test_duration_is_never_a_date() -> None:
    m = only("Putin made a two-day visit to India.")
    assert (m.text, m.kind) == ("two-day", "duration")
    assert m.value(THU, "past") == TimeValue(None, None, "two-day", m.span)
    assert not m.needs_anchor


@pytest.mark.parametrize(("text", "tense", "cue"), [
    ("The exercise started on December 3 at the base.", "past", "start"),
    ("The exercise will conclude on Friday.", "future", "end"),
    ("The force kick-started its drill with allies at a western base on Monday.", "past",
     "start"),
    ("Shoigu discussed projects with his counterpart in the capital on Thursday.", "past", None),
    ("On Thursday, the two sides signed a deal.", "past", None),
    ("The talks are scheduled for Friday.", "future", None),
    ("Russia is set to deliver the system on Friday.", "future", None),
    ("The delegation is in the city on Friday.", "present", None),
])
def test_tense_and_cue_hints(text: str, tense: str, cue: str | None) -> None:
    m = only(text)
    assert (m.tense, m.cue) == (tense, cue)


def test_cue_needs_an_adverbial() -> None:
    """A start verb governs "on December 3", not a date inside a noun phrase."""
    m = only("The group launched strikes in retaliation for a March 18 attack.")
    assert (m.text, m.kind, m.cue) == ("March 18", "point", None)


def test_value_uses_hint_unless_tense_given() -> None:
    m = only("The exercise will conclude on Friday.")
    assert m.value(THU) == TimeValue(None, "2018-12-14", "on Friday", m.span)
    assert m.value(THU, "past").end == "2018-12-07"


def test_value_without_anchor_keeps_text() -> None:
    m = only("They met on Thursday.")
    assert m.needs_anchor
    assert m.value(None) == TimeValue(None, None, "on Thursday", m.span)
    absolute = only("They met in March 2019.")
    assert not absolute.needs_anchor
    assert absolute.value(None) == TimeValue("2019-03", "2019-03", "in March 2019",
                                             absolute.span)


def test_offsets_index_the_whole_text() -> None:
    text = "Intro. They met on Thursday. Then on Friday they left."
    second = text.index("Then")
    found = find_times(text, second)
    assert [(m.text, m.span) for m in found] == [("on Friday", Span(34, 43))]
    assert find_times(text, 0, second)[0].span == Span(16, 27)
    assert find_times(text, 5, 5) == []


def test_join_mentions_covers_both() -> None:
    text = "The drill started on December 3 and will conclude on Friday."
    first, second = find_times(text)
    value = join_mentions(first, second, text, THU)
    assert (value.start, value.end) == ("2018-12-03", "2018-12-14")
    assert value.span == Span(first.span.start, second.span.end)
    assert value.text == "on December 3 and will conclude on Friday"


def test_join_never_ends_before_start() -> None:
    text = "The drill started on December 3 and ended on Friday."
    first, second = find_times(text)
    value = join_mentions(first, second, text, THU, second_tense="past")
    assert (value.start, value.end) == ("2018-12-03", "2018-12-07")


@pytest.mark.shared
def test_seed_article(seed_path: Path) -> None:
    """The seed's time expressions, resolved against its publication date 2018-12-13."""
    text = seed_path.read_text(encoding="utf-8")
    got = {(m.text, m.kind, m.value(THU).start, m.value(THU).end) for m in find_times(text)}
    assert {
        ("on Thursday", "point", "2018-12-13", "2018-12-13"),
        ("In October", "point", "2018-10", "2018-10"),
        ("two-day", "duration", None, None),
        ("by the end of 2020", "end", None, "2020"),
        ("on Monday", "start", "2018-12-10", None),
        ("till December 21", "end", None, "2018-12-21"),
        ("on December 3", "start", "2018-12-03", None),
        ("on Friday", "end", None, "2018-12-14"),
    } <= got
    assert all(text[m.span.start:m.span.end] == m.text for m in find_times(text))
