"""Lines of a state visit's fact sheet (session of 2026-12-06, seventh part, issue 8), with
texts written for the test: "the two militaries" are the pair named before; a force named
through its weapon ("U.S. Army Patriot batteries") is its owner's; a submarine's port visit
is no official's visit; two accords of the same sides named by their own names are two."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow

VISIT = "President Macron welcomed President Lula of Brazil to the Elysee Palace. "


def test_the_two_militaries_are_the_pair_named_before(events_of: Run) -> None:
    rows = events_of(VISIT + "The two militaries will hold a combined naval exercise in July.")
    assert kind(rows, "exercise", "participants") == [(["BRA", "FRA"],)]


def test_a_force_named_through_its_weapon_is_its_owners(events_of: Run) -> None:
    rows = events_of("French Army Caesar batteries stationed in Estonia will be upgraded.")
    assert kind(rows, "deployment", "deployer", "place") == [(["FRA"], ["EST"])]


def test_a_port_visit_is_no_visit(events_of: Run) -> None:
    rows = events_of("France will send a submarine to Brazil for a port visit, the first "
                     "such visit in years.")
    assert kind(rows, "visit", "visitor", "host") == []


def test_two_named_accords_of_the_same_sides_are_two(events_of: Run) -> None:
    rows = events_of(VISIT + "The leaders adopted the Paris Declaration. France and Brazil "
                     "also concluded a Reciprocal Defense Procurement Agreement.")
    assert len(kind(rows, "agreement", "parties")) == 2
