"""Names as typeset (session of 2026-12-06, sixth part; sentences written for the test): a
gazetteer name written with a straight apostrophe is found with a typographic one, whole;
a group "linked" or "affiliated" to an organisation is not that organisation."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def test_a_typographic_apostrophe_finds_the_whole_name(pipeline: Pipeline) -> None:
    result = pipeline.run(read_text("Fighters of Hay\u2019at Tahrir al-Sham shelled the town.",
                                    id="t", published=dt.date(2019, 3, 1)))
    mentions = [m.text for e in result.entities if e.canonical == "org:Hayat Tahrir al-Sham"
                for m in e.mentions]
    assert mentions == ["Hay\u2019at Tahrir al-Sham"]


def test_a_group_linked_to_an_organisation_is_not_it(pipeline: Pipeline) -> None:
    from factwire.events.extract import EventExtractor

    result = pipeline.run(read_text("Turkey agreed a truce with an al-Qaida-linked group in "
                                    "Idlib.", id="t", published=dt.date(2019, 3, 1)))
    assert EventExtractor.name in result.producer
    assert [e.kind for e in result.events if e.kind == "agreement"] == []
