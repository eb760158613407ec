"""Names read the way a reader of an unseen article would (session of 2026-12-07, third
part, issue 8): a surname the tagger takes for a common word, a clause before a comma that
describes no one, a ministry's bare name in its own theatre, and conflict places the city
table is too coarse to hold. Texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

DAY = dt.date(2018, 11, 20)


def entities(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    result = pipeline.run(read_text(text, id="t", published=DAY))
    return {e.name: (e.kind, e.actor or e.country, e.role) for e in result.entities}


def test_a_surname_that_is_also_a_word_opens_the_sentence(pipeline: Pipeline) -> None:
    """"Trump" first in a sentence is tagged a common noun; the recogniser named it, and
    one person holds office by that name on the day."""
    found = entities(pipeline, "Trump is due to see Xi in Buenos Aires next week.")
    assert found["Donald Trump"][:2] == ("person", "USA")


def test_the_sentences_own_clause_before_a_comma_describes_no_one(
        pipeline: Pipeline) -> None:
    text = "Officials said on Monday that the army and the charity, Sarah and the UN disagreed."
    assert "Sarah" not in entities(pipeline, text)


@pytest.mark.parametrize(("text", "actor"), [
    ("Britain will not take the women back. A Foreign Office spokeswoman said the UK "
     "had no consular presence. The Foreign Office said nothing more.", "GBR"),
    # set in no British theatre, the bare name stays unlinked
    ("Germany and Russia talked. The Foreign Office in Berlin said Germany was ready.", None),
])
def test_a_bare_ministry_name_in_its_own_theatre(pipeline: Pipeline, text: str,
                                                  actor: str | None) -> None:
    result = pipeline.run(read_text(text, id="t", published=DAY))
    named = {e.actor for e in result.entities for m in e.mentions if m.text == "Foreign Office"}
    assert named == {actor}


@pytest.mark.parametrize(("name", "canonical", "country"), [
    ("Baghuz", "place:baghouz", "SYR"),
    ("al-Hol camp", "place:al-hawl-camp", "SYR"),
    ("Maarrat al-Numan", "place:maarat-al-numan", "SYR"),
    ("Mount Sinjar", "place:mount-sinjar", "IRQ"),
])
def test_small_conflict_places_have_their_state(pipeline: Pipeline, name: str,
                                                 canonical: str, country: str) -> None:
    result = pipeline.run(read_text(f"Fighting went on near {name} for a week.", id="t",
                                    published=DAY))
    places = {(e.canonical, e.country) for e in result.entities if e.kind == "location"}
    assert (canonical, country) in places


def test_an_observatory_named_for_a_state_is_no_state(pipeline: Pipeline) -> None:
    found = entities(pipeline, "The Syrian Observatory for Human Rights counted 40 dead.")
    assert found == {"Syrian Observatory for Human Rights": (
        "organization", "Syrian Observatory for Human Rights", None)}


def test_towns_the_model_took_for_people(pipeline: Pipeline) -> None:
    """Two-word town names read as people ("Khan", "Abu") are towns after a preposition of
    place when the city table knows them and no title, apposition or known person claims
    them; "Liu He", a negotiator in apposition, stays a person though a town has his name."""
    result = pipeline.run(read_text(
        "Jets struck targets in Khan Sheikhun and near Abu Kamal overnight. Trump met Liu "
        "He, China's top trade negotiator, in the Oval Office.", id="t", published=DAY))
    kinds = {e.name: (e.kind, e.country) for e in result.entities}
    assert kinds["Khan Sheikhun"] == ("location", "SYR")
    assert kinds["Abu Kamal"] == ("location", "SYR")
    assert kinds["Liu He"][0] == "person"


def test_a_town_after_in_that_the_model_took_for_a_body(pipeline: Pipeline) -> None:
    result = pipeline.run(read_text("The family had been on holiday in Didim since June.",
                                    id="t", published=DAY))
    assert {(e.name, e.kind, e.country) for e in result.entities} == {
        ("Didim", "location", "TUR")}



def test_titles_written_short_before_a_name_or_alone(pipeline: Pipeline) -> None:
    """"EAM Jaishankar" is India's foreign minister; "The PM" is the prime minister named
    before (readouts of Indian and British offices write them so)."""
    text = ("Prime Minister Narendra Modi arrived in Bishkek on Tuesday. The PM met Kyrgyz "
            "President Sooronbay Jeenbekov. EAM Jaishankar met the Kyrgyz foreign minister.")
    result = pipeline.run(read_text(text, id="t", published=dt.date(2019, 6, 13)))
    found = {e.name: e for e in result.entities}
    assert [e.actor for name, e in found.items() if name.endswith("Jaishankar")] == ["IND"]
    assert "PM" in [m.text for m in found["Narendra Modi"].mentions]
