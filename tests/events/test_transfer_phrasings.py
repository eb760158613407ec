"""Ways news states a transfer, agreement or presence without the plain verb (issue 8,
2026-12-05, sixth part), with sentences written for the test: the maker a weapon's adjective
names is its supplier when no giver is named; "took delivery"; buyers and customers; a "to"
phrase the parse hung inside the object; agreements known by name; a place captured."""

from __future__ import annotations

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the maker named on the weapon gives it when the text names no other giver
    ("Chad received four Chinese-built patrol boats.", [("CHN", "TCD")]),
    ("Houthi rebels were armed with Iranian missiles.", [("IRN", "Houthis")]),
    ("The Houthis are equipped with Iranian-made drones.", [("IRN", "Houthis")]),
    # "took delivery" is received; the giver may hang inside the "of" phrase
    ("Chad took delivery of four patrol boats from China.", [("CHN", "TCD")]),
    ("Chad took delivery of four Chinese-built patrol boats.", [("CHN", "TCD")]),
    # a buyer, customer or importer of a state's weapons received them
    ("Qatar is the biggest buyer of British weapons.", [("GBR", "QAT")]),
    ("Egypt is a major importer of French jets.", [("FRA", "EGY")]),
    # the parse hangs "to X" on the object when the object is an amount
    ("Britain has sold £4.6bn of arms to Qatar since 2015.", [("GBR", "QAT")]),
])
def test_transfer_found(events_of: Run, text: str, expected: list[tuple[str, str]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "arms_transfer"]
    assert [(r["supplier"][0], r["recipient"][0]) for r in rows] == expected


@pytest.mark.parametrize("text", [
    "The buyer of the jets was not named.",  # no one bought in the text
    "China is the largest customer of Iranian oil.",  # no weapon
    "Chad received four patrol boats.",  # no giver and no maker
])
def test_no_transfer(events_of: Run, text: str) -> None:
    assert [r for r in events_of(text) if r["kind"] == "arms_transfer"] == []


@pytest.mark.parametrize(("text", "parties", "subject"), [
    # agreements known by name: their parties are taken as read
    ("Kyiv accused Moscow of violating the Minsk agreements.", ["RUS", "UKR"],
     "Minsk agreements"),
    ("Ankara invoked the 1998 Adana agreement.", ["SYR", "TUR"], "Adana agreement"),
    ("Both sides respect the Good Friday Agreement.", ["GBR", "IRL"],
     "Good Friday Agreement"),
    ("The Camp David Accords were signed in 1978.", ["EGY", "ISR"], "Camp David Accords"),
])
def test_named_agreement(events_of: Run, text: str, parties: list[str], subject: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "agreement"]
    assert [(r["parties"], r["subject"]) for r in rows] == [(parties, subject)]


def test_the_place_a_force_captured_is_where_it_is(events_of: Run) -> None:
    rows = [r for r in events_of("Turkish troops and their allies captured Afrin in March.")
            if r["kind"] == "deployment"]
    assert [(r["deployer"], r["place"]) for r in rows] == [(["TUR"], ["Afrin"])]


@pytest.mark.parametrize(("text", "expected"), [
    # places listed with "and" are separate deployments (EVENTS.md: different places)
    ("France and Germany will send troops to Lithuania and Estonia.",
     [(["FRA"], ["LTU"]), (["FRA"], ["EST"]), (["DEU"], ["LTU"]), (["DEU"], ["EST"])]),
    ("Danish special forces are in Iraq and Syria.", [(["DNK"], ["IRQ"]), (["DNK"], ["SYR"])]),
    # a city and its state are one place
    ("Danish troops are in Erbil, Iraq.", [(["DNK"], ["Erbil"])]),
])
def test_listed_places_are_separate_deployments(events_of: Run, text: str,
                                                expected: list[tuple[list[str], list[str]]]
                                                ) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "deployment"]
    assert [(r["deployer"], r["place"]) for r in rows] == expected
