"""Talks led or sponsored by named states, "it" as a recipient, accountability and acting
against as threats, a condition's passive doer, closures of a state as sanctions (session of
2026-12-06, ninth part, issue 8), with texts written for the test."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "A new round of talks is due to be held in Astana next week, largely led by Turkey, Iran "
    "and Russia.",
    "The peace talks in Astana, sponsored by Russia, Turkey and Iran, ended on Tuesday.",
])
def test_talks_led_or_sponsored_by_states_are_their_meeting(events_of: Run, text: str) -> None:
    rows = kind(events_of(text), "meeting", "participants", "place")
    assert rows == [(["IRN", "RUS", "TUR"], ["Astana"])]


def test_talks_due_to_be_held_are_to_come(events_of: Run) -> None:
    text = ("A new round of talks is due to be held in Astana on 14-15 September, led by "
            "Turkey, Iran and Russia.")
    rows = kind(events_of(text), "meeting", "modality", "time")
    assert rows == [("future", ("2019-09-14", "2019-09-15"))]


@pytest.mark.parametrize("text", [
    "The UK must stop appeasing Turkey and selling it arms.",
    "The UK, the main provider of arms to Erdoğan, must stop appeasing Turkey and selling it "
    "arms.",
])
def test_it_before_the_thing_given_is_the_recipient(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["GBR"], ["TUR"])]


def test_it_fought_out_is_no_recipient(events_of: Run) -> None:
    text = ("Kurdish-led forces, backed by US air support, have been fighting it out with "
            "diehard extremists in towns and villages in Syria's far eastern Deir ez-Zor "
            "province. Syria's war goes on.")
    rows = events_of(text)
    assert not [r for r in rows if r["kind"] == "deployment" and "USA" in r["place"]]


@pytest.mark.parametrize(("text", "pair"), [
    ("Benjamin Netanyahu said Israel would act against Iranian forces anywhere in Syria.",
     (["ISR"], ["IRN"])),
    ("Mike Pompeo warned that Iran would be held accountable for any attack on US forces.",
     (["USA"], ["IRN"])),
    ("The Kremlin warned that Washington would be held responsible for any strike.",
     (["RUS"], ["USA"])),
    ("Emmanuel Macron said France would respond if chemical weapons were used again by the "
     "Assad regime.", (["FRA"], ["SYR"])),
])
def test_threats_of_acting_blame_and_answers(events_of: Run, text: str,
                                             pair: tuple[list[str], list[str]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == [pair]


def test_accountability_already_borne_is_no_threat(events_of: Run) -> None:
    text = "Mike Pompeo said Iran was held accountable for the attack on US forces in 2019."
    assert kind(events_of(text), "threat", "source", "target") == []


@pytest.mark.parametrize(("text", "imposers"), [
    ("The Saudi-led blockade of Qatar entered its second year.", ["SAU"]),
    ("Saudi Arabia and the UAE have led a blockade of Qatar since 2017.", ["ARE", "SAU"]),
])
def test_a_blockade_of_a_state_is_a_sanction_on_it(events_of: Run, text: str,
                                                   imposers: list[str]) -> None:
    assert kind(events_of(text), "sanction", "imposer", "target") == [(imposers, ["QAT"])]


def test_a_package_of_sanctions_is_not_their_target(events_of: Run) -> None:
    text = "The EU agreed a package of sanctions against Russia on Monday."
    assert kind(events_of(text), "sanction", "imposer", "target") == [(["EU"], ["RUS"])]


def test_a_stop_in_a_capital_is_a_visit(events_of: Run) -> None:
    text = "Jim Mattis, the US defence secretary, made an unannounced stop in Kabul on Sunday."
    assert kind(events_of(text), "visit", "visitor", "host", "place") == [
        (["USA"], ["AFG"], ["Kabul"])]


def test_a_stop_put_to_fighting_is_no_visit(events_of: Run) -> None:
    text = "The ceasefire put a stop to the fighting in Syria, and Russia welcomed it."
    assert kind(events_of(text), "visit", "visitor", "host") == []


def test_touring_capitals_visits_each_state(events_of: Run) -> None:
    text = ("Ilham Ahmed, the co-chair of the Syrian Democratic Council, is touring Berlin, "
            "Rome and Madrid this week.")
    assert kind(events_of(text), "visit", "visitor", "host") == [
        (["YPG"], ["DEU"]), (["YPG"], ["ITA"]), (["YPG"], ["ESP"])]


def test_a_delegation_led_by_someone_is_their_side(events_of: Run) -> None:
    text = ("A Kurdish delegation led by Ilham Ahmed, the co-chair of the Syrian Democratic "
            "Council, visited Berlin on Monday.")
    assert kind(events_of(text), "visit", "visitor", "host") == [(["YPG"], ["DEU"])]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron has invited two leaders of the Syrian Democratic Forces to Paris.",
    "Emmanuel Macron has invited two Kurdish leaders to Paris to discuss how to protect the "
    "Kurds from an attack by Turkish forces.",
])
def test_forces_named_beside_a_guest_are_not_where_the_guest_goes(events_of: Run,
                                                                  text: str) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == []


def test_a_unit_of_soldiers_is_where_its_verb_puts_it(events_of: Run) -> None:
    text = "A contingent of 150 British soldiers is based at Camp Taji, north of Baghdad."
    assert kind(events_of(text), "deployment", "deployer", "place") == [
        (["GBR"], ["Camp Taji"])]


@pytest.mark.parametrize("text", [
    "Lockheed Martin has been awarded a $1.2bn contract to supply Patriot missiles to Saudi "
    "Arabia.",
    "Saudi Arabia will acquire more Patriot missiles from Lockheed Martin.",
])
def test_a_maker_supplies_as_its_state(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["USA"], ["SAU"])]


@pytest.mark.parametrize("text", [
    "Qatar signed a contract with BAE Systems for 24 Typhoons.",
    "Qatar signed a contract for 24 Typhoons with BAE Systems.",
])
def test_a_contract_with_a_maker_is_its_sale(events_of: Run, text: str) -> None:
    rows = kind(events_of(text), "arms_transfer", "supplier", "recipient", "quantity")
    assert rows == [(["GBR"], ["QAT"], 24)]


def test_a_name_read_as_a_modal_is_the_subject_and_no_hypothesis(events_of: Run) -> None:
    text = "Theresa May signed a £100m deal with Turkey to develop fighter jets in January 2017."
    rows = kind(events_of(text), "agreement", "parties", "modality", "status")
    assert rows == [(["GBR", "TUR"], "asserted", "signed")]


@pytest.mark.parametrize("text", [
    "Hezbollah has thousands of fighters in Syria.",
    "Hezbollah fighters are deployed across southern Syria.",
])
def test_a_group_with_fighters_abroad_is_deployed_there(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == [
        (["Hezbollah"], ["SYR"])]


@pytest.mark.parametrize("text", [
    "Hezbollah has thousands of fighters in Lebanon.",
    "The YPG has 30,000 fighters in north-east Syria.",
])
def test_a_group_with_fighters_at_home_is_not(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == []


def test_warplanes_are_where_they_are_based(events_of: Run) -> None:
    text = "US warplanes based in Qatar have been striking targets in Syria."
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["USA"], ["QAT"])]


@pytest.mark.parametrize(("text", "rebels"), [
    ("The war in Syria goes on. Syria's rebels hold Idlib. The coalition has blockaded Yemen "
     "to stop Iran smuggling weapons to the rebels.", ["Houthis"]),
    ("The war in Syria goes on. Syria's regime bombed Idlib, and Turkey armed the rebels "
     "there.", ["Syrian opposition"]),
])
def test_rebels_are_those_of_the_state_their_sentence_names(events_of: Run, text: str,
                                                            rebels: list[str]) -> None:
    assert [r for _s, r in kind(events_of(text), "arms_transfer", "supplier", "recipient")
            ] == [rebels]
