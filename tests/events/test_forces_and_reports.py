"""Mechanisms of 2026-12-05 (issue 8), with sentences written for the test: a "to" phrase
parsed as a dative, forces abroad only (a group at home, a patron's forces, a person with no
state), one presence per state, "its" as an actor, and "would" in reported speech."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def of_kind(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["kind"] == kind]


@pytest.mark.parametrize(("text", "deployer", "place"), [
    # "to Chad" is parsed as a dative of "sent": it is still where the troops went
    ("Belgium sent troops to Chad.", ["BEL"], ["TCD"]),
    ("Belgium has sent soldiers to Chad in May.", ["BEL"], ["TCD"]),
    # a non-state group abroad: outside its home state
    ("The PKK keeps troops in Sinjar in northern Iraq.", ["PKK"], ["Sinjar"]),
    ("Hezbollah has sent troops to Yemen.", ["Hezbollah"], ["YEM"]),
])
def test_forces_abroad_are_deployed(events_of: Run, text: str, deployer: list[str],
                                    place: list[str]) -> None:
    rows = of_kind(events_of(text), "deployment")
    assert [(r["deployer"], r["place"]) for r in rows] == [(deployer, place)]


@pytest.mark.parametrize("text", [
    # a non-state group's forces in its own state are at home (EVENTS.md: forces abroad)
    "Houthi forces in Yemen have fought for years.",
    "Houthi troops were sent to Sanaa.",
    # ... and with no place at all they are not shown to be abroad
    "Houthi troops attacked the convoy.",
    # "its" is the Malian army, and the base it names is at home: no theatre is sought
    "The Malian army began its drill with Belgian forces at its air base in Gao on Monday.",
    # a patron's backing does not make the force its own
    "Sanaa fell to Iranian-backed forces in 2015.",
    "Russian-supported troops entered Bangui.",
    # a person acting for no state deploys nothing
    "Jane Roe spent a month on two deployments in Mosul.",
    # a condition keeps it hypothetical, reported or not, and hypotheticals are not events
    "Norway said it would send troops to Lithuania if Russia attacked.",
    "Norway will send troops to Lithuania if Russia attacks.",
    # "would" with no verb of saying above it stays hypothetical
    "A Norwegian deployment to Lithuania would anger Russia.",
])
def test_no_deployment(events_of: Run, text: str) -> None:
    assert of_kind(events_of(text), "deployment") == []


def test_one_presence_per_state(events_of: Run) -> None:
    """A force in a town and the same force in the town's state are one deployment."""
    rows = of_kind(events_of("Belgian troops in Gao came under fire. "
                             "The 300 Belgian soldiers in Mali will stay."), "deployment")
    assert [(r["deployer"], r["place"]) for r in rows] == [(["BEL"], ["Gao", "MLI"])]


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    # "its" stands for the state named before it
    ("Norway angered Russia with its supply of howitzers to Finland.", ["NOR"], ["FIN"]),
    ("Canada said its deliveries of Leopard tanks to Poland were complete.", ["CAN"], ["POL"]),
])
def test_its_is_the_actor_named_before(events_of: Run, text: str,
                                       supplier: list[str], recipient: list[str]) -> None:
    rows = of_kind(events_of(text), "arms_transfer")
    assert [(r["supplier"], r["recipient"]) for r in rows] == [(supplier, recipient)]


@pytest.mark.parametrize(("text", "modality"), [
    # "would" under a verb of saying is the reported "will"
    ("Canada said its deliveries of Leopard tanks to Poland would begin in July.", "future"),
    ("Norway announced that it would send troops to Lithuania.", "future"),
])
def test_would_in_reported_speech_is_future(events_of: Run, text: str,
                                            modality: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] != "other"]
    assert [r["modality"] for r in rows] == [modality]


def test_a_jsow_is_a_named_system(events_of: Run) -> None:
    rows = of_kind(events_of("The package for Ukraine that the United States "
                                       "announced includes Joint Standoff Weapons."),
                   "arms_transfer")
    assert [r["system"] for r in rows] == [["AGM-154 JSOW"]]


@pytest.mark.parametrize(("text", "place"), [
    # a named warship's movements and operations abroad are its navy's deployment
    ("The aircraft carrier USS Abraham Lincoln is conducting routine operations in the "
     "South China Sea.", ["South China Sea"]),
    ("The destroyer USS Milius made a port visit to Da Nang on Monday.", ["Da Nang"]),
    ("The aircraft carrier USS Ronald Reagan visited Da Nang on Monday.", ["Da Nang"]),
    # a numbered fleet's area is a place abroad, though the fleet is the navy's own organ
    ("USS Nimitz is deployed to the 5th Fleet area of operations.", ["USA"]),
    # a dateline before the ship does not make it that place's
    ("INDIAN OCEAN - The aircraft carrier USS Nimitz entered the 5th Fleet area on Friday.",
     ["USA"]),
])
def test_a_named_warship_abroad_is_deployed(events_of: Run, text: str,
                                            place: list[str]) -> None:
    rows = of_kind(events_of(text), "deployment")
    assert [(r["deployer"], r["place"]) for r in rows] == [(["USA"], place)]


def test_port_visits_and_rotations_are_deployments(events_of: Run) -> None:
    rows = of_kind(events_of("Beginning in 2023, Britain will increase port visits to Oman. "
                             "Britain plans to rotate two frigates through Duqm."), "deployment")
    assert [r["deployer"] for r in rows] == [["GBR"]]
    assert rows[0]["place"] == ["Duqm", "OMN"]
