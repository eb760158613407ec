"""Spokespeople, interior ministers and chiefs of defence named without a title (session of
2026-12-06, eighth part): the office-holder gazetteer ties them to the state they speak for,
with texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "day", "name", "actor"), [
    ("Zakharova told reporters on Friday that talks had stalled.", dt.date(2019, 3, 1),
     "Maria Zakharova", "RUS"),
    ("Peskov declined to comment.", dt.date(2020, 5, 1), "Dmitry Peskov", "RUS"),
    ("Sajid Javid defended the decision on Tuesday.", dt.date(2019, 2, 20), "Sajid Javid",
     "GBR"),
    ("Gen Joseph Dunford met his counterparts in Brussels.", dt.date(2018, 5, 1),
     "Joseph Dunford", "USA"),
])
def test_an_official_named_alone_acts_for_their_state(
        text: str, day: dt.date, name: str, actor: str) -> None:
    out = to_json(extract_text(text, published=day))
    people = {e["name"]: e.get("actor") for e in out["entities"] if e["kind"] == "person"}
    assert people.get(name) == actor


def test_a_counterpart_is_of_the_state_that_modifies_it_only() -> None:
    text = ("Recep Tayyip Erdogan spoke with Vladimir Putin. The President of Turkey informed "
            "his counterpart of the decision.")
    out = to_json(extract_text(text, published=dt.date(2019, 3, 1)))
    said = {e["name"]: [text[a:b] for a, b in e["mentions"]] for e in out["entities"]
            if e["kind"] == "person"}
    assert "counterpart" not in said["Recep Tayyip Erdogan"]
