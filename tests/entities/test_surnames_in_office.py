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
