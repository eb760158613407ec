"""Visits told by an official's presence abroad (session of 2026-12-06, sixth part, issue
8), with texts written for the test: an official named by title alone who is in a foreign
capital, a group's members who were there, people who "have been to" it, a speech
delivered there, and a leader "speaking in" it visit its state; a leader speaking at
home visits no one."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese foreign minister was in Canberra on Monday.",
     [(["JPN"], ["AUS"], ["Canberra"])]),
    ("Members of the Syrian opposition were in Washington last week, pleading for help.",
     [(["Syrian opposition"], ["USA"], ["Washington"])]),
    ("Zelensky and his ministers have been to Washington three times this year.",
     [(["UKR"], ["USA"], ["Washington"])]),
    ("In a speech delivered in Tokyo, Secretary of State Antony Blinken called for a united "
     "front.", [(["USA"], ["JPN"], ["Tokyo"])]),
    ("Speaking in Warsaw on Tuesday, Macron said Europe must rearm.",
     [(["FRA"], ["POL"], ["Warsaw"])]),
])
def test_an_official_present_abroad_visits(events_of: Run, text: str,
                                           expected: list[tuple[list[str], ...]]) -> None:
    assert kind(events_of(text), "visit", "visitor", "host", "place") == expected


def test_a_leader_speaking_at_home_visits_no_one(events_of: Run) -> None:
    rows = events_of("Speaking in Paris on Tuesday, Macron said Europe must rearm.")
    assert kind(rows, "visit", "visitor") == []
