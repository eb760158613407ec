"""Transfer phrasings of the session of 2026-12-06 (sixth part, issue 8), with texts written
for the test: a state that pledges, promises or offers weapons to another transfers them;
the systems after "along with" are moved too; a platform named only as what munitions or
parts are for ("F-16 munitions") is not the system moved; the buyer a verb names completes
the transfer a noun of the same sentence opened ("signed a contract to buy")."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway has pledged two more NASAMS batteries to Ukraine.",
     [(["NOR"], ["UKR"], ["NASAMS"], "approved")]),
    ("Paris has promised Kyiv more Caesar howitzers.",
     [(["FRA"], ["UKR"], ["CAESAR"], "approved")]),
])
def test_a_pledge_of_weapons_is_a_transfer(events_of: Run, text: str,
                                           expected: list[tuple[object, ...]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient", "system",
                "status") == expected


def test_systems_along_with_the_first_are_moved(events_of: Run) -> None:
    rows = events_of("Britain will supply Ukraine with Starstreak launchers, along with more "
                     "Brimstone missiles and Challenger 2 tanks.")
    assert [r[0] for r in kind(rows, "arms_transfer", "system")] == [
        ["Starstreak"], ["Brimstone"], ["Challenger 2"]]


def test_munitions_for_a_platform_do_not_move_it(events_of: Run) -> None:
    rows = events_of("Washington will allocate $1.7 billion for Kyiv to purchase F-16 "
                     "munitions.")
    assert kind(rows, "arms_transfer", "system") == []


def test_the_buyer_named_by_the_verb_completes_the_contract(events_of: Run) -> None:
    rows = events_of("Beijing imposed sanctions on Lockheed Martin on Friday. China said the "
                     "move answered the latest US arms sale to Taiwan.\n\nThe Polish defence "
                     "ministry said on Monday that it had signed a contract to buy 96 Apache "
                     "helicopters from the United States.")
    found = [r for r in kind(rows, "arms_transfer", "system", "supplier", "recipient")
             if r[0] == ["AH-64 Apache"]]
    assert found == [(["AH-64 Apache"], ["USA"], ["POL"])]
