""""the group", "the militia", "the company" stand for the organisation of a fitting kind
named shortly before: the first one of the nearest sentence naming one (entities/coref.py).
Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str, str | None]] = [
    ("The YPG fought Isis in Raqqa last year. Washington later armed the group.",
     "the group", "YPG"),
    ("Hezbollah fired rockets at the border. Analysts say the militia has grown.",
     "the militia", "Hezbollah"),
    ("Rostec showed a new drone in Dubai. The company expects orders from Asia.",
     "The company", "RUS"),  # a state company acts for its state
    ("Nato met in Brussels. A group of states asked for more time.", "group", None),
    ("The talks ended in Geneva. The group of experts will meet in May.", "group", None),
]


@pytest.mark.parametrize(("text", "words", "meant"), CASES,
                         ids=[f"group-{i}" for i in range(len(CASES))])
def test_the_noun_is_the_organisation_named_before(text: str, words: str,
                                                   meant: str | None) -> None:
    out = extract_text(text, published=dt.date(2022, 3, 1))
    start = text.index(words) + len(words) - len(words.split()[-1])
    holders = [e for e in out.entities
               if any(m.span.start == start for m in e.mentions)]
    assert [e.actor or e.name for e in holders] == ([meant] if meant else [])
