"""Mechanisms of the session of 2026-12-06 (sixth part, issue 8), with texts written for the
test: a force counted again for another place with its noun and verb left out ("500 to
Estonia and 200 to Poland") is a deployment of its own; a state listed with a count after
it is a sender, not a place; a war joined, an intervention or a withdrawal with no place
in its sentence is in the article's theatre; "pro-US forces" are not the United States';
a national force named in passing in a sentence that names a place of its own state is at
home; a presence reported on two dates in one place is one presence."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain will send 500 soldiers to Estonia and 200 to Poland.",
     [(["GBR"], ["EST"], 500), (["GBR"], ["POL"], 200)]),
    ("Norway keeps about 120 troops in Lithuania and 90 in Latvia.",
     [(["NOR"], ["LTU"], 120), (["NOR"], ["LVA"], 90)]),
    ("The US keeps 28,000 troops in South Korea and thousands in Japan.",
     [(["USA"], ["KOR"], 28000), (["USA"], ["JPN"], None)]),
])
def test_an_elided_count_for_another_place_is_a_deployment(
        events_of: Run, text: str, expected: list[tuple[list[str], list[str], int | None]]
) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place", "quantity") == expected


def test_a_state_with_its_own_count_sends_and_is_no_place(events_of: Run) -> None:
    rows = events_of("Poland has sent 400 troops to Romania, Hungary 200 and Slovakia 150.")
    assert kind(rows, "deployment", "deployer", "place") == [(["POL"], ["ROU"])]


_SETTING = ("Fighting in Libya has killed thousands since 2014, and Libya remains split "
            "between rival governments.\n\n")


@pytest.mark.parametrize("sentence", [
    "Since Egypt joined the civil war in 2015, it has armed the eastern militias.",
    "Ankara's military intervention in 2016 saved the government in the capital.",
    "The Egyptian withdrawal will leave the eastern militias exposed.",
])
def test_a_war_act_with_no_place_is_in_the_theatre(events_of: Run, sentence: str) -> None:
    placed = kind(events_of(_SETTING + sentence), "deployment", "place", "modality")
    assert placed and placed[0] == (["LBY"], "asserted")


def test_a_withdrawal_from_what_is_no_place_is_no_deployment(events_of: Run) -> None:
    rows = events_of(_SETTING + "Washington announced its withdrawal from the arms treaty.")
    assert kind(rows, "deployment", "deployer") == []


_SYRIA = "The war in Syria has killed hundreds of thousands, and Syria is in ruins.\n\n"


def test_partisans_are_not_the_state_they_favour(events_of: Run) -> None:
    rows = events_of(_SYRIA + "Rival pro-Turkish and pro-US forces fight over the oilfields "
                     "in Syria.")
    assert kind(rows, "deployment", "deployer") == []


def test_a_force_named_with_a_place_of_its_own_state_is_at_home(events_of: Run) -> None:
    rows = events_of(_SYRIA + "The offensive by Iraqi forces left much of Mosul in ruins.")
    assert kind(rows, "deployment", "deployer") == []


def test_a_presence_reported_on_two_dates_is_one(events_of: Run) -> None:
    rows = events_of(_SYRIA + "About 2,000 US troops remain in Syria, the Pentagon said on "
                     "Monday.\n\nLast week, American soldiers in Syria came under fire near "
                     "the Iraqi border.")
    assert kind(rows, "deployment", "deployer", "place", "quantity") == [
        (["USA"], ["SYR"], 2000)]
