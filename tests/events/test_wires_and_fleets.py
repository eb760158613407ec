"""Mechanisms of the session of 2026-12-06 (fourth part, issue 8), with sentences written for
the test: a dateline is a sentence of its own and dates an event only when its sentence says
no time; a ship named once is the same ship by its last word; ships and units "from" a navy
take part in an exercise for their state (forces moved or massed are in the table of
test_moves_and_answers.py); goods sent or handed over to a capital go to its
state; a count before "and" is not the next item's; a company at a meeting "alongside" the
sides; "the two leaders" after a sentence naming three; an answer to "any attack" aimed at
the one other actor its sentence names; a pact "signed by their ministers" is the pact of
those who speak of it, with no signatories."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factwire.api import extract_text

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("dateline", "port"), [
    ("SOUDA BAY, Greece", "Souda Bay"), ("NAPLES, Italy", "Naples")])
def test_a_dateline_is_parsed_apart_from_the_story(events_of: Run, dateline: str,
                                                   port: str) -> None:
    text = (f"{dateline} -- The Arleigh Burke-class guided-missile destroyer USS Roosevelt "
            f"(DDG 80) arrived in {port} for a scheduled port visit, Oct. 7, 2024.")
    rows = events_of(text, published=dt.date(2024, 10, 8))
    assert kind(rows, "deployment", "deployer", "place") == [(["USA"], [port])]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # the story's own time wins over the date of the report
    ("OTTAWA, March 3 (Reuters) - Canada will deliver 12 Leopard 2 tanks to Ukraine by the "
     "end of the year.", "delivery_time", "2023"),
    # a sentence with no time of its own is dated by its dateline
    ("WASHINGTON, Feb. 4, 2014 - The State Department has approved a possible sale to Peru "
     "of 8 UH-60M Black Hawk helicopters.", "order_time", "2014-02-04"),
])
def test_dateline_dates_only_a_sentence_without_time(events_of: Run, text: str, role: str,
                                                     expected: str) -> None:
    rows = events_of(text, published=dt.date(2023, 3, 3))
    assert [r.get(role) for r in rows if r["kind"] == "arms_transfer"] == [expected]


def test_a_ship_is_named_again_by_its_last_word() -> None:
    text = ("The destroyer USS Carney reached Crete on Monday. Carney will stay two days. "
            "Carney's crew visited Chania.")
    result = extract_text(text, published=dt.date(2024, 10, 3))
    mentions = {e.name: [m.text for m in e.mentions] for e in result.entities}
    assert mentions["USS Carney"] == ["USS Carney", "Carney", "Carney"]
    assert not any(e.kind == "person" for e in result.entities)


def test_ships_and_navies_take_part_for_their_states(events_of: Run) -> None:
    text = ("Last week USS Carney joined the exercise with ships from the Hellenic Navy and "
            "the Italian Navy.")
    rows = events_of(text, published=dt.date(2024, 10, 3))
    assert kind(rows, "exercise", "participants") == [(["GRC", "ITA", "USA"],)]


@pytest.mark.parametrize(("text", "expected"), [
    # a capital as goal is its state; the count before "and" is the first item's alone
    ("Oslo has handed over 8 Leopard 2 tanks and a NASAMS battery to Kyiv.",
     [(["UKR"], 8), (["UKR"], None)]),
    ("Ottawa has sent 4 Leopard 2 tanks to Kyiv.", [(["UKR"], 4)]),
])
def test_goods_to_a_capital(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2023, 5, 1))
    assert kind(rows, "arms_transfer", "recipient", "quantity") == expected
    assert kind(rows, "deployment", "place") == []


def test_a_ship_ordered_to_deploy_is_no_purchase(events_of: Run) -> None:
    text = "USS Carney was ordered to deploy to the Red Sea."
    assert kind(events_of(text, published=dt.date(2024, 1, 5)), "arms_transfer", "system") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a third side "alongside" the two
    ("Erdogan and Putin met in Astana in June, alongside Iranian President Ebrahim Raisi.",
     [["IRN", "RUS", "TUR"]]),
    # "the two leaders" after a sentence naming three people: the first two
    ("Erdogan will fly to Sochi for talks with Putin, whose troops guard Assad. \n\nThe two "
     "leaders last met in Astana in June.", [["RUS", "TUR"], ["RUS", "TUR"]]),
])
def test_who_meets(events_of: Run, text: str, expected: list[list[str]]) -> None:
    rows = events_of(text, published=dt.date(2022, 8, 2))
    assert [r["participants"] for r in rows if r["kind"] == "meeting"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt's foreign ministry condemned the Ethiopian threats and said Cairo would respond "
     "to any attack on its water supply.", [(["EGY"], ["ETH"])]),
    # the only other state is where the bases are, not who would strike them
    ("Moscow said it would retaliate against any strike on its bases in Syria.", []),
])
def test_answer_to_any_attack(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2022, 8, 2))
    assert kind(rows, "threat", "source", "target") == expected


def test_pact_signed_by_their_ministers(events_of: Run) -> None:
    text = ("President Lula met President Boric of Chile in Brasilia. The two presidents "
            "reviewed the defence agreement signed by their defence ministers in Santiago.")
    rows = events_of(text, published=dt.date(2023, 6, 2))
    assert kind(rows, "agreement", "parties", "status", "signatories") == [
        (["BRA", "CHL"], "signed", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # regarding a force "as legitimate targets" threatens its owner
    ("Belarus would regard any Polish troops sent to Lithuania as legitimate targets, Minsk "
     "said.", [(["BLR"], ["POL"])]),
    # a capital struck is its state; the condition's own place is not aimed at
    ("Minsk said it could strike Warsaw and Vilnius with missiles if NATO soldiers appeared "
     "on Ukrainian soil.", [(["BLR"], ["LTU", "POL"])]),
    # targets "inside" a state
    ("Kyiv was ready to hit military sites inside Belarus in response to any attack.",
     [(["UKR"], ["BLR"])]),
])
def test_threat_targets(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2024, 3, 1))
    assert kind(rows, "threat", "source", "target") == expected
    assert kind(rows, "deployment", "deployer") == []  # "any troops sent": none were


def test_the_leaders_are_the_two_who_met_before_the_topics(events_of: Run) -> None:
    # sentences naming one of them, or only states talked about, come between
    text = ("President Stubb met Prime Minister Kristersson of Sweden in Helsinki. The parties "
            "discussed air defence and Russian assets. President Stubb also informed his "
            "guest about Russia's attacks on Ukraine. Following the meeting, the leaders "
            "signed a defence agreement.")
    rows = events_of(text, published=dt.date(2024, 10, 10))
    assert kind(rows, "agreement", "parties") == [(["FIN", "SWE"],)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Danish foreign minister returned from Hanoi on Sunday.", [(["DNK"], ["VNM"])]),
    # coming home is no visit
    ("The Danish foreign minister returned to Copenhagen on Sunday.", []),
])
def test_returned_from_a_visit(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2024, 10, 10))
    assert kind(rows, "visit", "visitor", "host") == expected


def test_bases_held_in_a_list(events_of: Run) -> None:
    text = "France keeps a naval facility at Djibouti and an air base at Niamey."
    rows = events_of(text, published=dt.date(2022, 1, 10))
    assert sorted(kind(rows, "deployment", "deployer", "place")) == [
        (["FRA"], ["DJI"]), (["FRA"], ["Niamey"])]


def test_a_strike_group_named_after_its_carrier(events_of: Run) -> None:
    # the carrier's name without its prefix, before the carrier itself is named, is the
    # ship; a strike group is a force; the group's words are not the ship's name
    text = ("The Carl Vinson Carrier Strike Group arrived in the Philippine Sea on Monday. The "
            "group is led by the aircraft carrier USS Carl Vinson. The USS Nimitz Carrier "
            "Strike Group has been in the Arabian Sea since May.")
    rows = events_of(text, published=dt.date(2025, 6, 3))
    assert kind(rows, "deployment", "deployer", "place", "system") == [
        (["USA"], ["Philippine Sea"], ["USS Carl Vinson"]),
        (["USA"], ["Arabian Sea"], ["USS Nimitz"])]


@pytest.mark.parametrize(("verb", "modality"), [
    ("began", "asserted"), ("completed", "asserted"), ("will begin", "future")])
def test_a_scheduled_deployment_under_way(events_of: Run, verb: str, modality: str) -> None:
    rows = events_of(f"USS Nimitz {verb} a scheduled deployment to the Arabian Sea.",
                     published=dt.date(2025, 1, 10))
    assert kind(rows, "deployment", "deployer", "modality") == [(["USA"], modality)]


def test_the_one_who_looks_forward_to_welcoming(events_of: Run) -> None:
    # a gerund after a preposition takes the subject of the verb above it
    text = ("President Biden looks forward to welcoming Prime Minister Rutte of the "
            "Netherlands to the White House next month.")
    rows = events_of(text, published=dt.date(2024, 6, 5))
    assert kind(rows, "visit", "visitor", "host", "modality") == [(["NLD"], ["USA"], "future")]


def test_what_a_weapon_counters_is_no_weapon() -> None:
    result = extract_text("Canada will send Ukraine Stinger anti-aircraft missiles and "
                          "counter-drone systems.", published=dt.date(2024, 6, 5))
    names = {e.id: e.name for e in result.entities if e.kind == "weapon"}
    assert "aircraft" not in names.values() and "drone" not in names.values()
    systems = [names[k] for e in result.events if e.kind == "arms_transfer"
               for k in e.args["system"]]
    assert "FIM-92 Stinger" in systems


def test_an_envoy_of_an_organisation_acts_for_it(events_of: Run) -> None:
    text = ("The UN special envoy Hans Grundberg, who met Yemeni President Rashad al-Alimi in "
            "Aden last week, welcomed the truce.")
    rows = events_of(text, published=dt.date(2023, 4, 20))
    assert kind(rows, "meeting", "participants") == [(["UN", "YEM"],)]


def test_their_ministers_met_and_talks_to_come(events_of: Run) -> None:
    text = ("Chile, Peru and Bolivia agreed on Wednesday to hold new talks on water in La Paz "
            "next month, after their foreign ministers met in Lima.")
    rows = events_of(text, published=dt.date(2024, 9, 26))
    got = [(r["participants"], r.get("place"), r["modality"], r["time"])
           for r in rows if r["kind"] == "meeting"]
    assert (["BOL", "CHL", "PER"], ["La Paz"], "future", ("2024-10", "2024-10")) in got
    assert any(p == ["BOL", "CHL", "PER"] and place == ["Lima"] for p, place, _m, _t in got)


@pytest.mark.parametrize(("text", "expected"), [
    # a participle of buying with its seller on the weapon; in service when operated
    ("The Greek Air Force already operates 24 Rafale jets bought from France in 2021.",
     [(["GRC"], ["FRA"], "delivered", 24)]),
    # a strike someone ordered is no purchase
    ("The Tomahawk strike Trump ordered last year hit an air base.", []),
])
def test_weapons_bought_from(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2025, 4, 29))
    assert kind(rows, "arms_transfer", "recipient", "supplier", "status", "quantity") == expected


def test_two_accords_of_one_pair_sharing_only_the_word_agreement(events_of: Run) -> None:
    text = ("Chile and Peru signed a defence cooperation agreement on Monday. The two countries "
            "also agreed on a fisheries agreement.")
    rows = events_of(text, published=dt.date(2024, 7, 9))
    assert sorted(kind(rows, "agreement", "status", "subject")) == [
        ("agreed", "fisheries agreement"), ("signed", "defence cooperation agreement")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara warned that it would not tolerate a Greek military presence on the islands.",
     [(["TUR"], ["GRC"], "asserted")]),
    ("Serbia will not allow NATO to expand into the Balkans, the minister said.",
     [(["SRB"], ["NATO"], "asserted")]),
    # a refusal that happened is no threat
    ("The court did not allow the Turkish appeal.", []),
])
def test_refusals_announced(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2020, 9, 1))
    assert kind(rows, "threat", "source", "target", "modality") == expected


def test_documents_signed_in_the_presence_of_the_leaders(events_of: Run) -> None:
    text = ("President Lula held talks in Brasilia with President Petro of Colombia. In the "
            "presence of the two presidents, several documents were signed, including an "
            "agreement on border security and a memorandum on river transport.")
    rows = events_of(text, published=dt.date(2024, 10, 8))
    assert kind(rows, "agreement", "parties", "status", "subject", "signatories") == [
        (["BRA", "COL"], "signed", "border security", None),
        (["BRA", "COL"], "signed", "river transport", None)]
