"""A designation the gazetteer does not list, right before a weapon class noun, makes the
mention that system ("40 GBU-50 bombs"), not the class in general (entities/designations.py).
Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    ("Chile asked to buy 40 GBU-50 bombs and spare parts.", "GBU-50 bombs"),
    ("The package adds 12 AN/APQ-91 radars for the fleet.", "AN/APQ-91 radars"),
    ("Peru ordered six XK-7B missiles last year.", "XK-7B missiles"),
    ("Chile has requested to buy up to three (3) AN/MPQ-65A radar sets.",
     "AN/MPQ-65A radar"),  # counted in sets
    ("Peru received a Cassiopea-class patrol vessel.", "Cassiopea-class patrol vessel"),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=[c[1] for c in CASES])
def test_the_designated_system_is_one_weapon(text: str, name: str) -> None:
    result = extract_text(text, published=dt.date(2021, 6, 4))
    weapons = {e.name: e for e in result.entities if e.kind == "weapon"}
    assert name in weapons, sorted(weapons)
    span = min(m.span for m in weapons[name].mentions)
    assert text[span.start : span.end] == name


@pytest.mark.parametrize("text", [
    "Chile asked to buy 40 bombs and spare parts.",  # a count is no designation
    "In 2019 bombs fell on the town.",  # nor is a year
    "The G7 missiles debate went on.",  # a name read already is no designation
])
def test_no_designation_is_read_into_a_plain_class(text: str) -> None:
    result = extract_text(text, published=dt.date(2021, 6, 4))
    names = [e.name for e in result.entities if e.kind == "weapon"]
    assert all(not any(c.isdigit() for c in n) for n in names), names
