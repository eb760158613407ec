"""Where a person is from, read from the words around the name, and towns the gazetteer does
not list placed in their state by the GeoNames city table (issue 8, 2026-12-05, seventh
part; sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.gazetteer.cities import city_state
from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.run(read_text(text, id="t", published=dt.date(2018, 6, 1)))


def person(result: Extraction, name: str) -> tuple[str | None, str | None]:
    found = [(e.country, e.role) for e in result.entities if e.kind == "person" and e.name == name]
    assert found, [e.name for e in result.entities]
    return found[0]


@pytest.mark.parametrize(("text", "name", "country"), [
    # a demonym among the words describing the name before it
    ("The Portuguese photographer Pedro Almeida was freed on Monday.", "Pedro Almeida", "PRT"),
    ("Among the wounded was the Danish aid worker Karen Holm Vestergaard.",
     "Karen Holm Vestergaard", "DNK"),
    # an age and the town a person is from; a description with "from"
    ("Thomas Whitlock Barnes, 31, from Coventry, died in the blast.",
     "Thomas Whitlock Barnes", "GBR"),
    ("'We lost everything,' said Yusuf Karim Haddad, a teacher from Aleppo.",
     "Yusuf Karim Haddad", "SYR"),
    # a native or resident of a place
    ("'Nothing is left,' said Omar Saleh, 34, an Aleppo native.", "Omar Saleh", "SYR"),
    ("'We stayed,' said Layla Hassan, a resident of Aleppo.", "Layla Hassan", "SYR"),
    # an aide of an office holder acts for the holder's state
    ("Marat Ilyasovich Kurbanov, Putin's spokesman, declined to comment.",
     "Marat Ilyasovich Kurbanov", "RUS"),
    ("Erdoğan's spokesman, Mehmet Yilmaz, criticised the plan.", "Mehmet Yilmaz", "TUR"),
])
def test_person_country(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    assert person(run(pipeline, text), name)[0] == country


@pytest.mark.parametrize(("text", "name"), [
    # a patron's adjective is not the person's state
    ("The Russian-backed commander Pavel Ivanovich Zorin said the town had fallen.",
     "Pavel Ivanovich Zorin"),
    # another name before the comma is no description
    ("Anna Ferreira, Maria Santos's sister, spoke to reporters.", "Maria Santos"),
])
def test_no_country_from_what_is_not_a_description(pipeline: Pipeline, text: str,
                                                   name: str) -> None:
    assert person(run(pipeline, text), name) == (None, None)


def test_a_later_mention_fills_what_the_first_left_open(pipeline: Pipeline) -> None:
    text = ("Lena Marie Okafor spoke first. Later the Irish senator Lena Marie Okafor "
            "left the room.")
    assert person(run(pipeline, text), "Lena Marie Okafor")[0] == "IRL"


@pytest.mark.parametrize(("name", "state"), [
    ("Bodrum", "TUR"), ("Edmonton", "CAN"), ("Coventry", "GBR"), ("Homs", "SYR"),
    ("Tripoli", "LBY"),  # the most populous of its homonyms
    ("Nowhereville Upon Nothing", None),
])
def test_city_state(name: str, state: str | None) -> None:
    assert city_state(name) == state


def test_an_unlisted_town_is_placed_in_its_state(pipeline: Pipeline) -> None:
    result = run(pipeline, "Two men from Accrington were arrested.")
    assert [(e.name, e.country) for e in result.entities if e.kind == "location"] == [
        ("Accrington", "GBR")]


def test_a_qualified_office_keeps_its_state_and_its_qualifier(pipeline: Pipeline) -> None:
    text = "Poland's deputy prime minister Jan Kowalski arrived in Kyiv on Monday."
    assert person(run(pipeline, text), "Jan Kowalski") == ("POL", "Deputy Prime Minister")


def test_a_state_across_a_comma_is_not_the_titles(pipeline: Pipeline) -> None:
    text = ("In a sign of tension with Washington, President Recep Tayyip Erdoğan on Monday "
            "rejected a US statement.")
    assert person(run(pipeline, text), "Recep Tayyip Erdoğan")[0] == "TUR"
