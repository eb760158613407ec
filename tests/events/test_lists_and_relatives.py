"""Mechanisms of the session of 2026-12-06 (fifth part, issue 8), with texts written for the
test: an itemised aid package takes its parties from the aid announced before the list
("a drawdown ... for Ukraine"), never from a transfer told after it, and a bulleted item
needs no count when it names a weapon; the object of a threatened act inside a relative
clause ("the fighters, whom Turkey has vowed to crush") is the noun the clause describes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow

Run = Callable[..., list[dict[str, Any]]]

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
    found = sorted((r["supplier"], r["recipient"], r["system"], r["quantity"])
                   for r in rows if r["kind"] == "arms_transfer")
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
    assert [(r["source"], r["target"]) for r in rows if r["kind"] == "threat"] == expected
