"""Classes of language met in web news that nobody annotated (session of 2026-12-07,
fourth part, issue 8): systems listed after "including", meetings held apart with each
counterpart, steps announced in answer to a condition, measures that are sanctions, counts
of people as targets, private travellers, roles given to a state, forces sent to fight, an
accord named like a famous one but signed by others, and what describes a target. Texts
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


def test_each_system_an_including_list_names_is_a_transfer(events_of: Run) -> None:
    text = ("The State Department approved the sale of $900 million worth of military "
            "equipment to Romania, including Abrams tanks, Javelin launchers and Stinger "
            "missiles.")
    rows = kind(events_of(text), "arms_transfer", "system", "supplier", "recipient")
    assert rows == [(["M1 Abrams"], ["USA"], ["ROU"]),
                    (["FGM-148 Javelin"], ["USA"], ["ROU"]),
                    (["FIM-92 Stinger"], ["USA"], ["ROU"])]


@pytest.mark.parametrize(("text", "rows"), [
    ("The Australian foreign minister held separate meetings with her counterparts from "
     "Indonesia, Malaysia and South Korea.",
     [(["AUS", "IDN"],), (["AUS", "MYS"],), (["AUS", "KOR"],)]),
    ("Macron held talks in bilateral meetings with Erdogan and Putin on Friday.",
     [(["FRA", "TUR"],), (["FRA", "RUS"],)]),
    # held together, the talks are one meeting of all
    ("The French president held talks with the leaders of Turkey and Russia.",
     [(["FRA", "RUS", "TUR"],)]),
])
def test_meetings_held_apart_with_each_counterpart(events_of: Run, text: str,
                                                   rows: list[tuple[list[str]]]) -> None:
    assert kind(events_of(text), "meeting", "participants") == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Beijing will take countermeasures if Manila lets US missiles into the country, a "
     "Chinese spokesman said.", [(["CHN"], ["PHL"])]),
    ("Moscow would adopt retaliatory measures should Norway host the radar.",
     [(["RUS"], ["NOR"])]),
    # steps with no condition announced are a policy, not a threat
    ("The government will take measures to support farmers.", []),
])
def test_steps_announced_in_answer_to_a_condition(events_of: Run, text: str,
                                                  rows: list[tuple[list[str], ...]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Canada imposed punitive measures against Minsk in 2021.", [(["CAN"], ["BLR"])]),
    ("Beijing imposed countermeasures on several American arms makers.",
     [(["CHN"], ["USA"])]),
    ("Britain imposed sanctions on dozens of Iranian officials on Tuesday.",
     [(["GBR"], ["IRN"])]),
    # measures of another kind are no sanction
    ("Japan imposed strict quarantine measures on travellers.", []),
])
def test_measures_that_are_sanctions(events_of: Run, text: str,
                                     rows: list[tuple[list[str], ...]]) -> None:
    assert kind(events_of(text), "sanction", "imposer", "target") == rows


@pytest.mark.parametrize("text", [
    "The Foreign Office advised British nationals not to travel to Mali.",
    "The State Department warned American citizens not to travel to Niger.",
    "India welcomed Japan as a founding member of the new forum.",
])
def test_no_visit_by_private_travellers_or_a_role_given(events_of: Run, text: str) -> None:
    rows = events_of(text)
    assert kind(rows, "visit", "visitor", "host") == []
    assert kind(rows, "meeting", "participants") == []


def test_a_force_sent_to_carry_out_strikes_is_no_sale(events_of: Run) -> None:
    text = "France sent twelve Rafale jets to Jordan to carry out airstrikes."
    rows = events_of(text)
    assert kind(rows, "arms_transfer", "supplier") == []
    assert kind(rows, "deployment", "deployer", "place") == [(["FRA"], ["JOR"])]


@pytest.mark.parametrize(("text", "rows"), [
    ("Brazil and Argentina signed a nuclear agreement in Brasilia.", [(["ARG", "BRA"],)]),
    # the famous accord, named in passing, keeps its parties
    ("Washington left the nuclear deal in 2018.", [(["IRN", "USA"],)]),
])
def test_an_accord_named_like_a_famous_one(events_of: Run, text: str,
                                           rows: list[tuple[list[str]]]) -> None:
    assert kind(events_of(text), "agreement", "parties") == rows


def test_what_describes_a_target_names_no_other(events_of: Run) -> None:
    text = ("Ankara threatened to strike the Kurdish YPG, which has fought alongside the US "
            "against Islamic State.")
    assert kind(events_of(text), "threat", "source", "target") == [(["TUR"], ["YPG"])]


def test_respectively_pairs_the_nth_deployer_with_the_nth_place(events_of: Run) -> None:
    text = ("Germany, the Netherlands and Norway will deploy battalions to Lithuania, Latvia "
            "and Estonia respectively.")
    rows = kind(events_of(text), "deployment", "deployer", "place")
    assert rows == [(["DEU"], ["LTU"]), (["NLD"], ["LVA"]), (["NOR"], ["EST"])]


def test_a_list_of_three_places_is_three_deployments(events_of: Run) -> None:
    text = "Britain will deploy troops to Estonia, Latvia and Poland next year."
    rows = kind(events_of(text), "deployment", "deployer", "place")
    assert rows == [(["GBR"], ["EST"]), (["GBR"], ["LVA"]), (["GBR"], ["POL"])]


@pytest.mark.parametrize("text", [
    "Russia and Turkey signed a contract to supply S-400 systems in 2017.",
    "Turkey and Russia signed a contract for the supply of S-400 systems to Turkey.",
])
def test_the_maker_of_two_contract_sides_sells(events_of: Run, text: str) -> None:
    rows = kind(events_of(text), "arms_transfer", "supplier", "recipient")
    assert rows == [(["RUS"], ["TUR"])]


def test_co_suppliers_are_no_recipients_of_each_other(events_of: Run) -> None:
    assert kind(events_of("Norway and Denmark will supply F-16 jets."),
                "arms_transfer", "supplier", "recipient") == []


def test_a_call_held_with_a_leader(events_of: Run) -> None:
    text = ("Macron changed course on Tuesday following a call with Germany's chancellor "
            "Olaf Scholz.")
    assert kind(events_of(text), "call", "participants") == [(["DEU", "FRA"],)]
    text = "Macron renewed his call for a ceasefire in Gaza."
    assert kind(events_of(text), "call", "participants") == []


def test_a_subject_the_parse_hung_on_a_fronted_phrase(events_of: Run) -> None:
    text = ("After two days of talks in the Black Sea resort of Sochi, Erdogan and his "
            "Russian counterpart Vladimir Putin announced a deal.")
    rows = events_of(text)
    assert kind(rows, "meeting", "participants") == [(["RUS", "TUR"],)]
    assert kind(rows, "agreement", "parties") == [(["RUS", "TUR"],)]


def test_no_sentence_ends_after_a_title_written_short(events_of: Run) -> None:
    text = "The destroyer USS Mason, led by Capt. Jane Doe, arrived in Rota, Spain, on Monday."
    rows = kind(events_of(text), "deployment", "deployer", "system")
    assert rows == [(["USA"], ["USS Mason"])]


def test_a_threat_in_a_clause_about_a_government(events_of: Run) -> None:
    text = ("The Greek government, which has threatened to sink Turkish drilling ships, "
            "recalled its ambassador.")
    assert kind(events_of(text), "threat", "source", "target") == [(["GRC"], ["TUR"])]


def test_prepared_to_destroy_is_a_threat(events_of: Run) -> None:
    text = '"We are prepared to destroy Venezuela\'s economy if Maduro stays," Trump said.'
    assert kind(events_of(text), "threat", "source", "target") == [(["USA"], ["VEN"])]


def test_leading_a_delegation_abroad_is_a_visit(events_of: Run) -> None:
    text = "Japan's foreign minister Taro Kono led a delegation to Seoul on Friday."
    assert kind(events_of(text), "visit", "visitor", "host") == [(["JPN"], ["KOR"])]


def test_the_summit_on_whose_sidelines_they_met_is_no_meeting_of_its_own(
        events_of: Run) -> None:
    text = "Olaf Scholz met Fumio Kishida on the sidelines of the G7 summit in Hiroshima."
    assert kind(events_of(text), "meeting", "participants") == [(["DEU", "JPN"],)]


@pytest.mark.parametrize(("text", "rows"), [
    ("President Macron spoke with President Zelenskyy of Ukraine after the drone attacks on "
     "Odesa.", [(["FRA", "UKR"],)]),
    # in a room, the talk is part of a meeting
    ("Chancellor Scholz spoke with President Macron at the summit.", []),
])
def test_a_leader_speaking_to_another_after_an_event_is_a_call(
        events_of: Run, text: str, rows: list[tuple[list[str]]]) -> None:
    assert kind(events_of(text), "call", "participants") == rows


def test_missiles_sent_to_a_state_are_handed_over(events_of: Run) -> None:
    rows = events_of("France will send SCALP missiles to Ukraine.")
    assert kind(rows, "deployment", "deployer") == []
    assert kind(rows, "arms_transfer", "supplier", "recipient") == [(["FRA"], ["UKR"])]


def test_plans_someone_infers_are_no_threat(events_of: Run) -> None:
    text = "Intelligence suggests that Hezbollah plans to attack Israeli targets abroad."
    assert kind(events_of(text), "threat", "source", "target") == []


def test_there_stands_for_the_place_named_before(events_of: Run) -> None:
    text = "Lukashenko met Putin in Minsk. Thousands of Russian troops are stationed there."
    rows = kind(events_of(text), "deployment", "deployer", "place")
    assert [place for deployer, place in rows if "RUS" in deployer] == [["Minsk"]]


def test_warships_that_arrive_off_a_coast(events_of: Run) -> None:
    text = "British warships arrived off Sierra Leone on Tuesday."
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["GBR"], ["SLE"])]


def test_sanctions_a_participle_says_were_imposed_by_one_on_another(events_of: Run) -> None:
    text = "The sanctions imposed by Canada on Belarus in 2021 remain in force."
    assert kind(events_of(text), "sanction", "imposer", "target") == [(["CAN"], ["BLR"])]


def test_weapons_that_arrive_make_no_visit_of_the_speaker(events_of: Run) -> None:
    text = "The first Kinzhal missiles arrived in Belarus, the Russian defence minister said."
    assert kind(events_of(text), "visit", "visitor", "host") == []


def test_a_name_the_parse_split_at_its_first_word(events_of: Run) -> None:
    """"Barack" opening a sentence is parsed as a preposition; the recogniser's name wins."""
    text = "Barack Obama and Vladimir Putin met in Geneva on Tuesday."
    assert kind(events_of(text, dt.date(2014, 10, 15)), "meeting", "participants") == [
        (["RUS", "USA"],)]
