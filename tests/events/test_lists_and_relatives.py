"""Mechanisms of the session of 2026-12-06 (fifth part, issue 8), with texts written for the
test: an itemised aid package takes its parties from the aid announced before the list
("a drawdown ... for Ukraine"), never from a transfer told after it, and a bulleted item
needs no count when it names a weapon; the object of a threatened act inside a relative
clause ("the fighters, whom Turkey has vowed to crush") is the noun the clause describes;
in an article set in Syria, "the regime", "opposition negotiators" and "Kurdish officials"
are its parties, and talks in Geneva are no visit to Switzerland; "held 14 meetings with"
is a meeting; weapons sent along with troops, or to the sender's own border, are the
sender's force deployed there (at the state across the border), not a transfer; the
kind of force deployed ("military police", "advisers") is the deployment's system, and a
sentence naming a force only by such a noun is parsed; a force that support is for is not
deployed; a name with a letter Unicode does not decompose ("Støre") finds its office
holder; a leader who thanks a state for weapons received them from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


_SHEET = """Security Assistance for Ukraine

Today, the President approved a drawdown of U.S. defense equipment for Ukraine worth up to \
$400 million.

The package includes:
- Four Avenger air defense systems;
- Stinger anti-aircraft missiles;
- Javelin and AT-4 anti-armor systems;
- 150 Humvees;
- Spare parts and field equipment.

Separately, Norway will send Kyiv more NASAMS air defence systems.
"""


def test_a_bulleted_package_takes_the_parties_of_the_aid_announced_before_it(
        events_of: Run) -> None:
    rows = events_of(_SHEET, published=dt.date(2022, 10, 14))
    found = sorted(kind(rows, "arms_transfer", "supplier", "recipient", "system", "quantity"))
    assert found == [
        (["NOR"], ["UKR"], ["NASAMS"], None),
        (["USA"], ["UKR"], ["AN/TWQ-1 Avenger"], 4),
        (["USA"], ["UKR"], ["AT4"], None),
        (["USA"], ["UKR"], ["FGM-148 Javelin"], None),
        (["USA"], ["UKR"], ["FIM-92 Stinger"], None),
        (["USA"], ["UKR"], ["HMMWV"], 150),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kurdish fighters, whom Turkey has vowed to crush, dug in around Kobani.",
     [(["TUR"], ["YPG"])]),
    ("The Syrian Kurdish militia that Ankara has threatened to destroy held the town.",
     [(["TUR"], ["YPG"])]),
])
def test_the_object_of_a_threat_in_a_relative_clause(events_of: Run, text: str,
                                                     expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2019, 1, 10))
    assert kind(rows, "threat", "source", "target") == expected


_TALKS = ("Syria's war: talks resume\n\n"
          "Fighting went on near Idlib and Hama. The UN envoy for Syria said he would meet "
          "the regime delegation in Geneva on Tuesday. Opposition negotiators held talks with "
          "Russian officials in Ankara last week. Kurdish officials met Russian officers at "
          "the Hmeimim base on Sunday.")


def test_a_wars_common_nouns_and_a_venue_of_talks(events_of: Run) -> None:
    rows = events_of(_TALKS, published=dt.date(2018, 12, 10))
    meetings = sorted(kind(rows, "meeting", "participants", "place"))
    assert meetings == [
        (["RUS", "Syrian opposition"], ["Ankara"]),
        (["RUS", "YPG"], ["Hmeimim"]),
        (["SYR", "UN"], ["Geneva"]),
    ]
    # talks held in Geneva are no visit to Switzerland; Ankara received the negotiators
    visits = sorted(kind(rows, "visit", "visitor", "host"))
    assert visits == [(["Syrian opposition"], ["TUR"])]


def test_several_meetings_with_one_side(events_of: Run) -> None:
    text = "The British minister held 14 meetings with Israeli officials in Jerusalem."
    rows = events_of(text, published=dt.date(2017, 11, 8))
    assert kind(rows, "meeting", "participants", "place") == [(["GBR", "ISR"], ["Jerusalem"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey has sent hundreds of commandos and dozens of howitzers to its border with Syria.",
     [(["TUR"], ["SYR"], ["howitzers"])]),
    ("Russia sent troops and tanks to the Ukrainian border.", [(["RUS"], ["UKR"], ["tanks"])]),
    ("Russia has sent more tanks to its border with Ukraine.", [(["RUS"], ["UKR"], ["tanks"])]),
])
def test_weapons_sent_with_troops_or_to_a_border_are_deployed(
        events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2018, 12, 14))
    assert kind(rows, "deployment", "deployer", "place", "system") == expected
    assert kind(rows, "arms_transfer") == []


@pytest.mark.parametrize(("text", "system"), [
    ("Russia has deployed military police in Manbij.", ["military police"]),
    ("Britain sent an armoured convoy to Estonia.", ["armoured convoy"]),
    ("Iran has 2,000 advisers in Syria.", ["advisers"]),
    ("Thousands of US troops are in Iraq.", None),  # forces in general: no kind named
])
def test_the_kind_of_force_deployed_is_its_system(events_of: Run, text: str,
                                                  system: list[str] | None) -> None:
    rows = events_of(text, published=dt.date(2018, 12, 14))
    assert [r.get("system") for r in rows if r["kind"] == "deployment"] == [system]


_NOTICE = ("WASHINGTON, June 2, 2022 - The State Department has made a determination approving "
           "a possible Foreign Military Sale to the Government of Chile of ten C-130J aircraft "
           "for an estimated cost of $900 million.\n\nThe Government of Chile has requested "
           "to buy ten (10) C-130J aircraft.\n\nThe proposed sale will improve Chile's "
           "capability to meet current and future threats by providing airlift support of its "
           "forces.")


def test_forces_that_support_is_for_are_not_deployed(events_of: Run) -> None:
    rows = events_of(_NOTICE, published=dt.date(2022, 6, 2))
    assert [r["kind"] for r in rows] == ["arms_transfer"]
    # a place of their own says where they are
    rows = events_of("Washington said the protection of US forces in Syria came first.",
                     published=dt.date(2018, 12, 14))
    assert kind(rows, "deployment", "deployer", "place") == [(["USA"], ["SYR"])]


def test_a_name_with_a_letter_that_does_not_decompose_is_known(events_of: Run) -> None:
    text = ("President of Ukraine Volodymyr Zelenskyy held a meeting with Prime Minister of "
            "the Kingdom of Norway Jonas Gahr Støre.")
    rows = events_of(text, published=dt.date(2024, 5, 31))
    assert [r["participants"] for r in rows if r["kind"] == "meeting"] == [["NOR", "UKR"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelenskyy thanked Germany for the new Patriot battery and IRIS-T systems.",
     [(["DEU"], ["UKR"], ["MIM-104 Patriot"]), (["DEU"], ["UKR"], ["IRIS-T SLM"])]),
    # a "for" phrase hung further down the sentence still says what was given
    ("Zelenskyy thanked Norway for its support since the start of the invasion, in "
     "particular for the NASAMS systems.", [(["NOR"], ["UKR"], ["NASAMS"])]),
    # money set aside for a purchase is no weapon given
    ("Zelenskyy thanked Norway for the decision to allocate funds for the purchase of "
     "Patriot missiles.", []),
])
def test_thanks_for_weapons_are_transfers(events_of: Run, text: str,
                                          expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2024, 5, 31))
    assert kind(rows, "arms_transfer", "supplier", "recipient", "system") == expected
