"""Meetings told in two cities, presence at a venue abroad, a verb the parser hung on a noun,
an army sent into a held town and armoured columns (session of 2026-12-06, eighth part,
issue 8), with texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.events.context import head_chain
from factwire.model import Article
from factwire.runner.pipeline import Pipeline

from .conftest import Run, kind, summarise

pytestmark = pytest.mark.slow


def test_talks_in_two_cities_of_one_state_are_two_meetings(events_of: Run) -> None:
    text = ("Vladimir Putin held talks in Sochi with President Abdel Fattah el-Sisi of Egypt. "
            "On Thursday, Defence Minister Sergei Shoigu met his Egyptian counterpart in "
            "Moscow.")
    assert kind(events_of(text), "meeting", "participants", "place") == [
        (["EGY", "RUS"], ["Sochi"]), (["EGY", "RUS"], ["Moscow"])]


def test_talks_in_a_city_and_its_palace_stay_one_meeting(events_of: Run) -> None:
    text = ("Vladimir Putin met President Abdel Fattah el-Sisi of Egypt at the Kremlin on "
            "Thursday. The talks in Moscow covered grain and gas.")
    assert len(kind(events_of(text), "meeting", "participants")) == 1


def test_a_past_verb_hung_on_the_root_noun_keeps_its_subject(events_of: Run) -> None:
    text = "The Qatari emir conferred with Jordan's king in Amman over the weekend."
    assert kind(events_of(text), "meeting", "participants") == [(["JOR", "QAT"],)]


@pytest.mark.parametrize("text", [
    "Mike Pompeo met officials in Amman on Wednesday.",
    "Speaking at a university in Amman, Mike Pompeo said the region needed calm.",
    "Mike Pompeo, speaking at a news conference in Amman, said the region needed calm.",
])
def test_an_official_at_a_venue_abroad_visits(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "visit", "visitor", "host") == [(["USA"], ["JOR"])]


def test_an_army_sent_into_a_held_town_threatens_its_holder(events_of: Run) -> None:
    text = ("The YPG still holds Manbij. Recep Tayyip Erdogan has threatened to send his army "
            "into Manbij if Washington does not act.")
    assert kind(events_of(text), "threat", "source", "target") == [(["TUR"], ["YPG"])]


def test_an_armoured_column_crossing_a_border_is_a_deployment(events_of: Run) -> None:
    rows = events_of("A Turkish armoured column crossed into Iraq on Sunday.")
    assert kind(rows, "deployment", "deployer", "place") == [(["TUR"], ["IRQ"])]


def test_a_second_verb_of_a_relative_clause_keeps_its_antecedent(events_of: Run) -> None:
    text = ("Ankara, which arms several rebel groups and has 12 observation posts inside "
            "Idlib, fears an offensive would send refugees north.")
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["TUR"], ["Idlib"])]


def test_observation_posts_alone_open_the_parse(events_of: Run) -> None:
    rows = events_of("Turkey keeps 12 observation posts inside Idlib.")
    assert kind(rows, "deployment", "deployer", "place") == [(["TUR"], ["Idlib"])]


def test_a_topic_of_an_accord_is_no_party_to_it(events_of: Run) -> None:
    text = "Iran and Russia failed to agree on how to deal with Hayat Tahrir al-Sham."
    assert kind(events_of(text), "agreement", "parties") == [(["IRN", "RUS"],)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Balikatan exercise involved more than 17,000 personnel from the US and the "
     "Philippines.", [(["PHL", "USA"], "Balikatan", None)]),
    ("Japanese and Indian troops began the Dharma Guardian exercise in Belagavi on Tuesday.",
     [(["IND", "JPN"], "Dharma Guardian", ["Belagavi"])]),
])
def test_an_exercise_named_by_an_unknown_word_keeps_it_as_its_name(
        events_of: Run, text: str, expected: list[tuple[object, ...]]) -> None:
    assert kind(events_of(text), "exercise", "participants", "name", "place") == expected


def test_the_chain_of_heads_stops_at_the_root(pipeline: Pipeline) -> None:
    """Tokens are compared by position: spaCy makes a new object at each access, so an
    identity test never sees that the root governs itself."""
    doc = pipeline.nlp("Troops crossed the border.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert head_chain(doc[0]) == [doc[0], root]
    assert head_chain(root) == [root]


def test_a_title_of_another_state_is_not_the_president_named_before(events_of: Run) -> None:
    text = ("President Volodymyr Zelenskyy arrived in Vilnius. Later the President held a "
            "phone call with the President of Finland Sauli Niinisto.")
    assert kind(events_of(text, dt.date(2023, 7, 11)), "call", "participants") == [
        (["FIN", "UKR"],)]


def test_the_state_thanked_for_its_decision_is_the_supplier(events_of: Run) -> None:
    text = "Zelenskyy thanked Denmark for its decision to hand over F-16 fighter jets to Ukraine."
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["DNK"], ["UKR"])]


def test_a_ship_that_is_deployed_to_a_port_is_there(events_of: Run) -> None:
    rows = events_of("The destroyer USS Milius is forward-deployed to Yokosuka, Japan.")
    assert kind(rows, "deployment", "deployer", "place") == [(["USA"], ["Yokosuka"])]


def test_the_csto_council_is_the_csto_not_the_un(events_of: Run) -> None:
    text = ("The CSTO Collective Security Council decided to send peacekeeping forces to "
            "Kyrgyzstan.")
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["CSTO"], ["KGZ"])]


@pytest.mark.parametrize("text", [
    "The European Union has agreed a fresh package of sanctions against Iran.",
    "EU ministers approved a new round of sanctions on Iran.",
])
def test_sanctions_agreed_or_approved_are_imposed(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "sanction", "imposer", "target") == [(["EU"], ["IRN"])]


def test_sanctions_that_should_be_approved_are_no_threat(events_of: Run) -> None:
    text = "He said new sanctions against Iran should be approved by the EU without delay."
    assert kind(events_of(text), "threat", "source") == []


def test_a_class_named_in_apposition_is_one_transfer(events_of: Run) -> None:
    text = "Berlin promised to deliver its most modern air defence system, the IRIS-T, to Kyiv."
    assert kind(events_of(text), "arms_transfer", "system") == [(["IRIS-T SLM"],)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara said Turkey would not hesitate to act against the PKK in Sinjar.",
     [(["TUR"], ["PKK"])]),
    ("Trump said the US would hit Iran if it attacked American shipping.",
     [(["USA"], ["IRN"])]),
    ("Moscow threatened retaliation after Finland closed its border crossings.",
     [(["RUS"], ["FIN"])]),
    ("Russia warned it would retaliate after Estonia expelled 10 of its diplomats.",
     [(["RUS"], ["EST"])]),
])
def test_a_threat_is_aimed_at_whom_it_answers_or_names(
        events_of: Run, text: str, expected: list[tuple[object, ...]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == expected


@pytest.mark.parametrize("text", [
    "Mike Pompeo flew into Amman on Wednesday.",
    "The American secretary of state touched down in Amman on Monday.",
    "Mike Pompeo's arrival in Amman was delayed by a storm.",
    "Mike Pompeo stopped in Amman on his way home.",
])
def test_arriving_abroad_is_a_visit(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "visit", "visitor", "host") == [(["USA"], ["JOR"])]


@pytest.mark.parametrize("text", [
    "Russia stopped deliveries of gas to Ukraine in 2009.",
    "The talks touched on the situation in Syria.",
])
def test_stopping_and_touching_on_are_no_journey(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "visit", "visitor") == []


def test_a_continent_is_no_state(events_of: Run) -> None:
    rows = events_of("Benjamin Netanyahu began a tour of Africa and Asia on Monday.")
    assert kind(rows, "visit", "host") == []


@pytest.mark.parametrize("text", [
    "When Macron met Trump in Washington in April, he urged him to stay in the nuclear deal.",
    "Erdogan refused to meet Bolton during his visit to Ankara.",
])
def test_a_fact_beside_a_demand_or_refusal_stays_a_fact(events_of: Run, text: str) -> None:
    rows = events_of(text)
    assert [r["modality"] for r in rows if r["kind"] == "visit"] == ["asserted"]


def test_arms_licensed_with_a_list_after_the_recipient(events_of: Run) -> None:
    text = ("Britain has licensed more than £2bn worth of arms to Qatar, including Typhoon "
            "jets and Brimstone missiles.")
    rows = kind(events_of(text), "arms_transfer", "system", "supplier", "recipient")
    assert (["Eurofighter Typhoon"], ["GBR"], ["QAT"]) in rows
    assert (["Brimstone"], ["GBR"], ["QAT"]) in rows


def test_a_recipient_after_the_value_is_the_recipient(events_of: Run) -> None:
    text = "The US approved the sale of precision-guided munitions worth $500m to Qatar."
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["USA"], ["QAT"])]


def test_negotiating_for_a_system_plans_its_purchase(events_of: Run) -> None:
    text = "Qatar is reported to be negotiating for Russia's S-400 air defence system."
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient", "status") == [
        (["RUS"], ["QAT"], "planned")]


@pytest.mark.parametrize("text", [
    "Italy and Spain are in agreement with Greece on the need to respond.",
    "Macron and Scholz spoke on Monday and agreed the regime had a pattern of abuse.",
])
def test_a_view_shared_is_no_accord(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "agreement", "parties") == []


def test_an_agreed_clause_with_a_binding_modal_is_an_accord(events_of: Run) -> None:
    text = "Armenia and Azerbaijan agreed their troops would leave the border villages."
    assert kind(events_of(text), "agreement", "parties") == [(["ARM", "AZE"],)]


@pytest.mark.parametrize(("text", "place"), [
    ("Turkish soldiers have been stationed at 12 observation posts around Afrin since 2018.",
     "Afrin"),
    ("Turkish military police began patrolling the streets of Afrin.", "Afrin"),
])
def test_a_force_placed_through_what_it_holds_or_patrols(
        events_of: Run, text: str, place: str) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["TUR"], [place])]


def test_a_price_to_pay_opens_the_parse(events_of: Run) -> None:
    text = "The Russian foreign minister said the EU would pay a price for this decision."
    assert kind(events_of(text), "threat", "source", "target") == [(["RUS"], ["EU"])]


def test_an_accord_told_with_one_side_is_made_with_whom_it_called(
        rules_pipeline: Pipeline) -> None:
    text = ("Earlier today, I spoke with Prime Minister Kishida to thank him for his support. "
            "We also agreed to expand our cooperation on space.")
    done = rules_pipeline.run(Article(id="s", text=text, published=dt.date(2024, 4, 24),
                                      url="https://www.whitehouse.gov/briefing-room/x"))
    assert [sorted(r["parties"]) for r in summarise(done) if r["kind"] == "agreement"] == [
        ["JPN", "USA"]]


def test_an_accord_with_one_side_and_no_encounter_is_dropped(rules_pipeline: Pipeline) -> None:
    text = "We also agreed to expand our cooperation on space."
    done = rules_pipeline.run(Article(id="s", text=text, published=dt.date(2024, 4, 24),
                                      url="https://www.whitehouse.gov/briefing-room/x"))
    assert [r for r in summarise(done) if r["kind"] == "agreement"] == []


def test_a_decision_to_deliver_is_approved_not_delivered(events_of: Run) -> None:
    text = "Putin told Erdogan of the decision to deliver S-300 systems to Syria."
    assert kind(events_of(text), "arms_transfer", "status") == [("approved",)]
