"""Entity recognition, linking and coreference on texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def run(pipeline: Pipeline, text: str, published: dt.date | None = dt.date(2018, 12, 13)
        ) -> Extraction:
    return pipeline.run(read_text(text, id="t", published=published))


def by_name(result: Extraction) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    return {e.name: (e.kind, e.country, e.actor, e.role) for e in result.entities}


def test_title_gives_role_and_country(pipeline: Pipeline) -> None:
    r = run(pipeline, "Russian Defense Minister Sergei Shoigu arrived in Hanoi.")
    assert by_name(r)["Sergei Shoigu"] == ("person", "RUS", "RUS", "Minister of Defence")


@pytest.mark.parametrize(("text", "name", "want"), [
    # a lone lower-case title counts when its state stands before it
    ("The Chilean envoy Maria Lopez met Peruvian officials.", "Maria Lopez",
     ("person", "CHL", "CHL", "Envoy")),
    ("The Peruvian general Luis Soto warned Chile.", "Luis Soto",
     ("person", "PER", "PER", "General")),
    ("Chilean opposition leader Marta Vidal spoke on Monday.", "Marta Vidal",
     ("person", "CHL", "CHL", "Opposition Leader")),
])
def test_a_state_before_a_title_gives_the_country(pipeline: Pipeline, text: str, name: str,
                                                  want: tuple[str, ...]) -> None:
    assert by_name(run(pipeline, text))[name] == want


def test_a_lone_lower_case_title_without_a_state_gives_none(pipeline: Pipeline) -> None:
    """"the envoy Maria Lopez" says nothing of her state: the title is not read."""
    assert by_name(run(pipeline, "On Monday the envoy Maria Lopez met officials in Lima."))[
        "Maria Lopez"][1:] == (None, None, None)


def test_a_generic_system_is_named_as_the_text_names_it(pipeline: Pipeline) -> None:
    r = run(pipeline, "Chile sent Peru 40 armoured vehicles and air-to-ground munitions.")
    names = {e.name for e in r.entities if e.kind == "weapon"}
    assert {"armoured vehicles", "munitions"} <= names


def test_office_holder_table_gives_role_at_article_date(pipeline: Pipeline) -> None:
    r = run(pipeline, "Sergei Shoigu spoke on Monday.", dt.date(2018, 12, 13))
    assert by_name(r)["Sergei Shoigu"][3] == "Minister of Defence"


def test_counterpart_resolves_through_the_office_holder_table(pipeline: Pipeline) -> None:
    r = run(pipeline, "Russian Defense Minister Sergei Shoigu met his Indian counterpart.")
    sitharaman = next(e for e in r.entities if e.name == "Nirmala Sitharaman")
    assert [m.text for m in sitharaman.mentions] == ["counterpart"]
    assert sitharaman.country == "IND"


def test_pronouns_and_surnames_join_the_person(pipeline: Pipeline) -> None:
    r = run(pipeline, "Vladimir Putin arrived in Delhi. Putin said he was pleased.")
    putin = next(e for e in r.entities if e.name == "Vladimir Putin")
    assert [m.text for m in putin.mentions] == ["Vladimir Putin", "Putin", "he"]
    assert [m.form for m in putin.mentions] == ["name", "name", "pronoun"]


def test_capital_as_government_and_as_place(pipeline: Pipeline) -> None:
    r = run(pipeline, "Washington warned Ankara. Talks were held in Washington.")
    usa = next(e for e in r.entities if e.name == "United States")
    assert [m.text for m in usa.mentions] == ["Washington"]
    assert any(e.kind == "location" and e.name.startswith("Washington") for e in r.entities)
    assert by_name(r)["Turkey"][0] == "country"


def test_state_organs_act_for_their_state(pipeline: Pipeline) -> None:
    r = run(pipeline, "The Indian Air Force and the Russian Defense Ministry confirmed it.")
    kinds = {e.name: (e.kind, e.actor) for e in r.entities}
    assert kinds["Air Force (India)"] == ("organization", "IND")
    assert kinds["Ministry of Defence (Russia)"] == ("organization", "RUS")


def test_weapon_aliases_link_to_one_system(pipeline: Pipeline) -> None:
    r = run(pipeline, "India ordered the S-400 Triumph. The SA-21 Growler is Russian-made.")
    weapons = [e for e in r.entities if e.kind == "weapon"]
    assert len(weapons) == 1
    assert weapons[0].name == "S-400 Triumf" and weapons[0].country == "RUS"
    assert len(weapons[0].mentions) == 2


def test_organisations_use_canonical_keys(pipeline: Pipeline) -> None:
    r = run(pipeline, "NATO Secretary-General Jens Stoltenberg met Syrian Democratic Forces.")
    actors = {e.name: e.actor for e in r.entities}
    assert actors["NATO"] == "NATO"
    assert actors["Jens Stoltenberg"] == "NATO"
    assert "YPG" in actors.values()


def test_unknown_name_in_apposition_becomes_a_person(pipeline: Pipeline) -> None:
    r = run(pipeline, "A retired general from Pakistan, Tariq Mehmood, said the deal was bad.")
    assert by_name(r)["Tariq Mehmood"][:2] == ("person", "PAK")
