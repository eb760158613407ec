"""Ways news states an arms transfer without "X sold Y to Z" (issue 8, 2026-12-05, sixth
part), with sentences written for the test: the maker a weapon's adjective names is its
supplier when no giver is named; "took delivery"; buyers and customers; a "to" phrase the
parse hung inside the object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow

Run = Callable[..., list[dict[str, Any]]]


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
