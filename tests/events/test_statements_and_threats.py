"""Mechanisms of 2026-12-05, sixth part (issue 8), with sentences written for the test: the
first person of an official statement is its state; threats answered, prepared and shared
between joined verbs; beliefs are no threats; a city named as a meeting's place is a place;
"the navy" is the navy named before, and what it sends is a force; a notice that puts
nothing in any state has no theatre."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factwire.ingest import read_text
from factwire.model import Article
from factwire.runner.pipeline import Pipeline

from .conftest import Run, summarise

pytestmark = pytest.mark.slow


def of_kind(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["kind"] == kind]


@pytest.mark.parametrize(("text", "expected"), [
    # the act joined to the verb shares its object: whom it is aimed at
    ("Armenia has said it will attack and destroy the Azerbaijani positions.", ("ARM", "AZE")),
    # an answer's target is who is answered: "revenge for X's strike"
    ("Baku has vowed revenge for the Armenian shelling of Ganja.", ("AZE", "ARM")),
    ("Yerevan promised retaliation for the Azerbaijani attack.", ("ARM", "AZE")),
    # an offensive prepared or planned against someone is threatened
    ("Azerbaijan is preparing an offensive against Armenian forces.", ("AZE", "ARM")),
    ("Armenia plans to strike Azerbaijani bases, Yerevan said.", ("ARM", "AZE")),
])
def test_threat_found(events_of: Run, text: str, expected: tuple[str, str]) -> None:
    rows = of_kind(events_of(text), "threat")
    assert [(r["source"], r["target"]) for r in rows] == [([expected[0]], [expected[1]])]


@pytest.mark.parametrize("text", [
    "Some states fear that Armenia will attack Azerbaijan.",  # others' fear, not a threat
    "Analysts believe Azerbaijan would strike Armenia.",
    "Officials are worried that Armenia will invade Azerbaijan.",
])
def test_belief_is_no_threat(events_of: Run, text: str) -> None:
    assert of_kind(events_of(text), "threat") == []


def test_city_after_in_is_the_meeting_place_not_its_organisation(events_of: Run) -> None:
    rows = of_kind(events_of("The Estonian and Latvian defence ministers met in Brussels on "
                             "Monday."), "meeting")
    assert [(r["participants"], r["place"]) for r in rows] == [(["EST", "LVA"], ["Brussels"])]


@pytest.mark.parametrize("text", [
    "The Chilean navy is growing. The navy then sent two frigates to Peru.",
    "Chile's navy is growing. The navy sent two frigates to Peru on Monday.",
    "The Chilean navy sent two frigates to Peru on Monday.",
])
def test_what_a_navy_sends_is_a_force(events_of: Run, text: str) -> None:
    rows = events_of(text)
    assert of_kind(rows, "arms_transfer") == []
    assert [(r["deployer"], r["place"]) for r in of_kind(rows, "deployment")] == [
        (["CHL"], ["PER"])]


def test_the_army_alone_stays_unknown_without_an_earlier_army(events_of: Run) -> None:
    assert of_kind(events_of("The army sent two frigates to Peru."), "deployment") == []


def test_state_that_sends_tanks_still_transfers_them(events_of: Run) -> None:
    rows = of_kind(events_of("Peru sent 30 tanks to Bolivia."), "arms_transfer")
    assert [(r["supplier"], r["recipient"]) for r in rows] == [(["PER"], ["BOL"])]


UKRAINE_SITE = "https://www.president.gov.ua/en/news/x"
STATEMENT = ("Today I am announcing new aid to Ukraine. We will send 12 howitzers to Ukraine. "
             "I welcomed President Zelenskyy to the White House.")


def _published(pipeline: Pipeline, text: str, url: str = UKRAINE_SITE,
               day: dt.date = dt.date(2023, 6, 1), title: str = "Statement") -> Any:
    """The extraction of ``text`` published at ``url`` on ``day``."""
    return pipeline.run(Article(id="s", text=text, url=url, title=title, published=day))


def _statement(pipeline: Pipeline, text: str, url: str, title: str = "Statement"
               ) -> list[dict[str, Any]]:
    return summarise(_published(pipeline, text, url, title=title))


def test_first_person_of_an_official_site_is_its_state(rules_pipeline: Pipeline) -> None:
    rows = _statement(rules_pipeline, STATEMENT, "https://www.whitehouse.gov/briefing-room/x")
    assert [(r["supplier"], r["recipient"]) for r in of_kind(rows, "arms_transfer")] == [
        (["USA"], ["UKR"])]
    assert [(r["visitor"], r["host"]) for r in of_kind(rows, "visit")] == [(["UKR"], ["USA"])]


@pytest.mark.parametrize(("url", "title"), [
    ("https://example.com/news/x", "Statement"),  # a newspaper's "we" is no state
    ("https://www.whitehouse.gov/x", "Joint Statement of the Leaders"),  # several states
])
def test_first_person_elsewhere_is_no_state(rules_pipeline: Pipeline, url: str,
                                            title: str) -> None:
    rows = _statement(rules_pipeline, STATEMENT, url, title)
    assert of_kind(rows, "arms_transfer") == []


def test_first_person_inside_a_quotation_is_the_speaker_s(rules_pipeline: Pipeline) -> None:
    text = "Officials met on Monday.\n“We will send 12 howitzers to Ukraine,” Kallas said."
    rows = _statement(rules_pipeline, text, UKRAINE_SITE)
    assert ["UKR"] not in [r.get("supplier") for r in of_kind(rows, "arms_transfer")]


@pytest.mark.parametrize(("text", "expected"), [
    ("India and France held talks in Paris. Both countries agreed to build six submarines.",
     ["FRA", "IND"]),
    ("Polish and German officials met in Warsaw on Friday. The two countries signed a defence "
     "pact.", ["DEU", "POL"]),
    ("Chile's foreign minister met his Peruvian counterpart. Later the two ministers signed "
     "a border treaty.", ["CHL", "PER"]),
])
def test_the_two_sides_are_the_pair_named_before(events_of: Run, text: str,
                                                 expected: list[str]) -> None:
    rows = of_kind(events_of(text), "agreement")
    assert [r["parties"] for r in rows] == [expected]


def test_the_two_sides_stay_open_after_three(events_of: Run) -> None:
    text = ("Chile, Peru and Bolivia held talks in Lima. The two countries signed a border "
            "treaty.")
    assert of_kind(events_of(text), "agreement") == []


@pytest.mark.parametrize("text", [
    # a warning that tells its hearer what to do threatens nothing of the speaker's
    "Chile warned Peru to avoid military action in the border zone.",
    "Chile warned Peru against treating the dispute as a war.",
    "Chile warned Peru against an offensive.",
    "Lima feels especially threatened by Chile.",  # a perception
    # threats named inside someone else's words are not that someone's
    "Peru called on Chile to consider the consequences of threats against Bolivia.",
    # those related to a state are not the state
    "Peru vowed to destroy Chile's old arch-enemies.",
    "Chile warned all of Peru's neighbours about trade.",
])
def test_no_threat(events_of: Run, text: str) -> None:
    assert of_kind(events_of(text), "threat") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile warned that it would strike Peruvian positions.", ("CHL", "PER")),
    ("Chile warned Peru of a crushing response.", ("CHL", "PER")),
    ("Chile issued threats against Peru.", ("CHL", "PER")),
    ("Chile's threats against Peru alarmed Bolivia.", ("CHL", "PER")),
])
def test_warning_of_force_is_a_threat(events_of: Run, text: str,
                                      expected: tuple[str, str]) -> None:
    rows = of_kind(events_of(text), "threat")
    assert [(r["source"], r["target"]) for r in rows] == [([expected[0]], [expected[1]])]


@pytest.mark.parametrize(("text", "kind", "persons"), [
    ("The Russian president spoke by phone with the Turkish president on Monday.", "call",
     {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("The French foreign minister arrived in Cairo.", "visit", {"Jean-Yves Le Drian"}),
])
def test_the_state_s_office_is_its_holder_on_the_day(rules_pipeline: Pipeline, text: str,
                                                      kind: str, persons: set[str]) -> None:
    result = rules_pipeline.run(read_text(text, id="t", published=dt.date(2018, 12, 13)))
    names = {e.id: e.name for e in result.entities if e.kind == "person"}
    [event] = [e for e in result.events if e.kind == kind]
    found = {names[v] for value in event.args.values() if not isinstance(value, str)
             for v in value if v in names}
    assert found == persons


@pytest.mark.parametrize("text", [
    "A Russian president has never visited Lima.",
    "Ivanov, an adviser to the Russian president, arrived in Lima.",
])
def test_an_office_named_in_passing_is_no_holder(rules_pipeline: Pipeline, text: str) -> None:
    result = rules_pipeline.run(read_text(text, id="t", published=dt.date(2018, 12, 13)))
    assert "Vladimir Putin" not in {e.name for e in result.entities}


def test_the_head_of_state_of_a_statement_is_its_state_s_holder(
        rules_pipeline: Pipeline) -> None:
    text = ("The Head of State discussed with the Prime Minister of Spain Pedro Sanchez the "
            "supply of weapons. The President thanked Spain.")
    result = _published(rules_pipeline, text)
    mentions = {e.name: [m.text for m in e.mentions] for e in result.entities}
    assert mentions["Volodymyr Zelensky"] == ["Head of State", "President"]
    assert [e.kind for e in result.events] == ["meeting"]


def test_a_title_of_another_state_is_read_from_the_nearest_of(events_of: Run) -> None:
    rows = events_of("The President of Ukraine received Prime Minister of Poland Mateusz "
                     "Morawiecki in Kyiv.", dt.date(2023, 6, 1))
    assert [(r["visitor"], r["host"]) for r in of_kind(rows, "visit")] == [(["POL"], ["UKR"])]


def test_a_statement_s_unnamed_officials_and_offices_are_its_state(
        rules_pipeline: Pipeline) -> None:
    text = ("Deputy Head of the Office of the President Roman Mashovets met with Ambassador of "
            "Canada to Ukraine Larisa Galadza to discuss the security situation.")
    result = _published(rules_pipeline, text, day=dt.date(2021, 11, 3))
    actors = {e.name: e.actor for e in result.entities}
    assert (actors["Roman Mashovets"], actors["Office of the President"],
            actors["Larisa Galadza"]) == ("UKR", "UKR", "CAN")  # her title names Canada
    [meeting] = [e for e in result.events if e.kind == "meeting"]
    assert {actors[n] for n in (_name(result, v) for v in meeting.args["participants"])} == {
        "UKR", "CAN"}


def test_elsewhere_an_unknown_official_keeps_no_state(rules_pipeline: Pipeline) -> None:
    result = rules_pipeline.run(read_text('"The talks went well," said Roman Mashovets.',
                                          id="t", published=dt.date(2021, 11, 3)))
    assert {e.name: e.actor for e in result.entities if e.kind == "person"} == {
        "Roman Mashovets": None}


def test_a_goodwill_ambassador_travelling_is_no_state_visit(events_of: Run) -> None:
    text = "Hosseini, a UNHCR goodwill ambassador, has travelled to Chad and Jordan since 2006."
    assert of_kind(events_of(text), "visit") == []


def _name(result: Any, entity_id: str) -> str:
    return next(e.name for e in result.entities if e.id == entity_id)


def test_a_name_after_a_title_of_a_state_is_a_person_and_the_title_is_not(
        rules_pipeline: Pipeline) -> None:
    text = ("Putin spoke with President of Tajikistan Emomali Rahmon, and Prime Minister of "
            "Armenia Nikol Pashinyan, and with Ambassador of Canada to Ukraine Larisa Galadza.")
    result = rules_pipeline.run(read_text(text, id="t", published=dt.date(2022, 1, 7)))
    people = {e.name: e.actor for e in result.entities if e.kind == "person"}
    assert people["Larisa Galadza"] == "CAN" and "Minister" not in people
