"""A place named again as "the town" or "the city" (session of 2026-12-06, seventh part),
with texts written for the test: it is the nearest place of a state named just before."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Clashes broke out in Gao. French troops have been stationed in the town since 2013.",
     "Gao"),
    ("Fighting raged around Kharkiv. Polish volunteers were deployed in the city in May.",
     "Kharkiv"),
])
def test_the_town_is_the_place_named_before(text: str, place: str) -> None:
    out = to_json(extract_text(text, published=dt.date(2022, 6, 1)))
    ents = {e["id"]: e for e in out["entities"]}
    places = [ents[i]["name"] for ev in out["events"] if ev["kind"] == "deployment"
              for i in ev["args"].get("place", [])]
    assert places == [place]
