""""The two countries" is the pair named just before it (entities/pairs.py), also when the
one who speaks of the pair is named first in its own sentence. Sentences written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.ingest import read_text
from factwire.runner import get_pipeline

pytestmark = pytest.mark.slow


def _pair_of(text: str, phrase: str) -> list[str]:
    result = extract_text(text, published=dt.date(2021, 6, 4))
    at = text.index(phrase)
    return sorted(e.actor or "" for e in result.entities
                  if any(m.span.start == at for m in e.mentions))


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the pair of the sentence before
    ("Chile's president met Peru's president in Lima. The two countries signed a deal.",
     "The two countries", ["CHL", "PER"]),
    # the pair the speaker belongs to
    ("Chile's president flew to Lima for talks with Peru's president. Speaking after the "
     "talks, Chile's president said the two countries had agreed to open the border.",
     "the two countries", ["CHL", "PER"]),
    # no pair when the sentence before names three
    ("Chile, Peru and Bolivia held talks. Speaking after them, Chile's president said the two "
     "countries had agreed to open the border.", "the two countries", []),
    # an organisation in the setting is not the speaker
    ("Chile's president met Peru's president in Lima. At the Mercosur summit in Asuncion the "
     "two leaders also met Bolivia's president.", "the two leaders", ["CHL", "PER"]),
])
def test_pair_named_before(text: str, phrase: str, expected: list[str]) -> None:
    assert _pair_of(text, phrase) == expected


def test_the_title_alone_is_the_one_named_with_it_before() -> None:
    # a White House statement: "the Prime Minister" is no US office, so the one named so
    text = ("President Biden welcomed Prime Minister Kishida of Japan to the White House. "
            "Later, Vice President Harris sat down with the Prime Minister.")
    result = get_pipeline().run(read_text(text, id="t", published=dt.date(2023, 5, 2),
                                          url="https://www.whitehouse.gov/briefing-room/x"))
    at = text.index("the Prime Minister") + len("the ")
    linked = [e.actor for e in result.entities
              if any(m.span.start == at and m.span.end == at + len("Prime Minister")
                     for m in e.mentions)]
    assert linked == ["JPN"]


def test_partners_in_named_states_are_those_states() -> None:
    text = ("Georgia will train pilots to fly jets, which our partners in Norway and Denmark "
            "have agreed to transfer.")
    assert _pair_of(text, "partners") == ["DNK", "NOR"]
    assert _pair_of("The ministers hosted their counterparts from Japan and Canada.",
                    "counterparts") == ["CAN", "JPN"]
    # an "in" phrase naming no state leaves the noun alone
    assert _pair_of("Our partners in the region agreed.", "partners") == []
