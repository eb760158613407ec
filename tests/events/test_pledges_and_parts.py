"""Transfer phrasings of the session of 2026-12-06 (sixth part, issue 8), with texts written
for the test: a state that pledges, promises or offers weapons to another transfers them;
the systems after "along with" are moved too; a platform named only as what munitions or
parts are for ("F-16 munitions") is not the system moved."""

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
