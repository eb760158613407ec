"""A surname alone names a person when exactly one person holds office with it on the
article's date; a month is never a person ("in May")."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def people(pipeline: Pipeline, text: str, day: dt.date) -> dict[str, list[str]]:
    result = pipeline.run(read_text(text, id="t", published=day))
    return {e.name: [m.text for m in e.mentions] for e in result.entities
            if e.kind == "person"}


def test_surname_of_a_holder_in_office(pipeline: Pipeline) -> None:
    text = "In criticising Trump’s abrupt withdrawal, the writer said the war was over."
    assert people(pipeline, text, dt.date(2018, 12, 20)) == {"Donald Trump": ["Trump"]}


def test_surname_out_of_office_needs_more(pipeline: Pipeline) -> None:
    """Out of office on the article's date, a bare surname the model did not label as a
    person is not taken for the former holder."""
    text = "In criticising Trump’s abrupt withdrawal, the writer said the war was over."
    assert people(pipeline, text, dt.date(2012, 12, 20)) == {}


def test_month_is_not_the_person(pipeline: Pipeline) -> None:
    text = "Theresa May spoke in May. May said no."
    assert people(pipeline, text, dt.date(2018, 6, 1)) == {
        "Theresa May": ["Theresa May", "May"]}


def test_surname_the_tagger_calls_a_common_noun(pipeline: Pipeline) -> None:
    """At the head of a sentence the tagger may take an unfamiliar surname for a common
    noun; one that is no English word is still the holder's name."""
    people_found = people(pipeline, "Zelenskyy met Scholz in Berlin.", dt.date(2023, 6, 1))
    assert people_found["Volodymyr Zelensky"] == ["Zelenskyy"]


def test_english_word_at_the_head_of_a_sentence_stays_a_word(pipeline: Pipeline) -> None:
    """"Hunt" heads a sentence in 2018, while Jeremy Hunt is in office, as a common noun."""
    assert people(pipeline, "Hunt season opened early in Kent.", dt.date(2018, 10, 1)) == {}
