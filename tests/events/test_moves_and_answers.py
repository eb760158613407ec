"""Mechanisms of the session of 2026-12-06 (second part, issue 8), with sentences written for
the test: forces that move (patrolling, crossing, rolling in) with the subject of the verb
they complete; places one level below a "to" phrase; threats of devastation, of sending
troops into a held place, under a condition, as a cost offered instead of obedience, as an
answer to a hostile act, and a reluctance denied; a patron is no target; capitals and seats
of government visited or met in are places; what is discussed places nothing; named accords
headed by "Arrangement"; national security advisers act for their state."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factwire.model import Article
from factwire.runner.pipeline import Pipeline

from .conftest import Run, kind, summarise

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the verb that moves completes another ("began patrolling") or is joined to it
    ("Russian military police began patrolling Kobani on Friday.", [(["RUS"], ["Kobani"])]),
    ("Turkish troops crossed the border and entered Afrin.", [(["TUR"], ["Afrin"])]),
    ("Turkish tanks rolled across the border into Syria on Sunday.", [(["TUR"], ["SYR"])]),
    # the place one level below the "to" phrase a parse reads as a dative
    ("Ankara sent reinforcements to its observation posts in Idlib.",
     [(["TUR"], ["Idlib"])]),
    # a participle on the force: the clause's subject keeps it there
    ("France will double the number of frigates stationed in Djibouti.",
     [(["FRA"], ["DJI"])]),
    # a unit's name is no one's: the subject that keeps it is the deployer
    ("Canada will maintain a Brigade Combat Team in Latvia.", [(["CAN"], ["LVA"])]),
    # a movement noun's place after "at"
    ("Greece approved the forward deployment of the German Navy's frigates at Souda Bay.",
     [(["DEU"], ["Souda Bay"])]),
    # forces moved or massed, not only sent (fourth part of the session); the goal hung on
    # what is moved; a counted force
    ("Spain will move 300 troops to Latvia.", [(["ESP"], ["LVA"])]),
    ("Italy said it had moved a squadron of Eurofighter jets to Romania.",
     [(["ITA"], ["ROU"])]),
    ("Minsk said Russia was massing troops near Gomel.", [(["RUS"], ["Gomel"])]),
    ("Russia concentrated thousands of troops in Belarus last month.", [(["RUS"], ["BLR"])]),
    # a force massed at a border is placed by the state across it, as EVENTS.md's gold
    # places "troops massed near the Syrian border" (fifth part of the session)
    ("Russia has amassed 40,000 troops near the Finnish border.", [(["RUS"], ["FIN"])]),
    ("Turkey has massed troops on the Syrian border.", [(["TUR"], ["SYR"])]),
    ("Turkey has sent commandos to its border with Syria.", [(["TUR"], ["SYR"])]),
])
def test_forces_that_move(events_of: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2019, 10, 20))
    assert kind(rows, "deployment", "deployer", "place") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Beijing threatened to devastate Lithuania's economy.", dt.date(2021, 12, 1),
     [(["CHN"], ["LTU"], "asserted")]),
    ("Greece will not hesitate to take action against Turkey, the minister said.",
     dt.date(2020, 8, 1), [(["GRC"], ["TUR"], "asserted")]),
    ("Britain threatened military action if Iran seized another tanker.", dt.date(2019, 7, 20),
     [(["GBR"], ["IRN"], "asserted")]),
    ("Washington told Caracas to release the prisoners or face the consequences.",
     dt.date(2019, 3, 1), [(["USA"], ["VEN"], "asserted")]),
    ("Seoul will respond to any North Korean provocation, the ministry said.",
     dt.date(2019, 3, 1), [(["KOR"], ["PRK"], "asserted")]),
    # sending troops into a place held against its state aims at the holder
    ("Erdogan threatened to send troops into Manbij, where the YPG has ruled since 2016.",
     dt.date(2018, 2, 1), [(["TUR"], ["YPG"], "asserted")]),
])
def test_threat_forms(events_of: Run, text: str, published: dt.date,
                      expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=published)
    assert kind(rows, "threat", "source", "target", "modality") == expected


@pytest.mark.parametrize("text", [
    # the patron of the force named is not what is threatened
    "Ankara vowed to crush the Iranian-backed border force.",
    # answering questions, or a proposal, is no threat
    "The ministry will respond to questions from reporters about Russia.",
    "Russia will respond to the American proposal next week.",
    # a force in a compound names no act of force
    "The United States intends to upgrade its command in Japan to a joint force headquarters.",
    # sending troops to a state nobody holds against it aims at no one
    "Paris threatened to send troops to Ukraine.",
])
def test_not_threats(events_of: Run, text: str) -> None:
    assert kind(events_of(text, published=dt.date(2024, 3, 1)), "threat", "source") == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day before the opening place: the subject is there
    ("Today in Rabat, the Spanish prime minister announced a new gas pipeline.",
     dt.date(2023, 2, 1), [(["ESP"], ["MAR"], ["Rabat"])]),
    ("The Spanish foreign minister visited Rabat on Tuesday.", dt.date(2023, 2, 1),
     [(["ESP"], ["MAR"], ["Rabat"])]),
    ("Officials of the Syrian Democratic Council travelled to Paris on Monday.",
     dt.date(2019, 4, 1), [(["YPG"], ["FRA"], ["Paris"])]),
])
def test_visited_places(events_of: Run, text: str, published: dt.date,
                        expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=published)
    assert kind(rows, "visit", "visitor", "host", "place") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Biden hosted the Kenyan president at the White House.", dt.date(2024, 5, 23),
     [(["KEN", "USA"], ["White House"], None)]),
    # what is discussed is a topic: its "in" phrase is no place of the meeting
    ("The French and Chinese foreign ministers discussed the war in Sudan.", dt.date(2024, 5, 1),
     [(["CHN", "FRA"], None, "the war in Sudan")]),
    # a span of time is when, not what about
    ("Jake Sullivan met Wang Yi in Bangkok over two days.", dt.date(2024, 1, 28),
     [(["CHN", "USA"], ["Bangkok"], None)]),
    # "where" after a day: the place named before it; before a topic's own place
    ("The Chilean foreign minister flew to Lima on Monday, where she held talks with the "
     "Peruvian foreign minister about a new port in Bolivia.", dt.date(2024, 3, 5),
     [(["CHL", "PER"], ["Lima"], "a new port in Bolivia")]),
])
def test_meeting_places_and_topics(events_of: Run, text: str, published: dt.date,
                                   expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=published)
    got = [(sorted(r["participants"]), r.get("place"), r.get("topic"))
           for r in rows if r["kind"] == "meeting"]
    assert got == expected


def test_accord_named_an_arrangement(events_of: Run) -> None:
    rows = events_of("Japan and Britain concluded a Security of Supply Arrangement on Monday.")
    got = [(sorted(r["parties"]), r["status"]) for r in rows if r["kind"] == "agreement"]
    assert got == [(["GBR", "JPN"], "signed")]


@pytest.mark.parametrize(("second", "expected"), [
    # the act over a long name gives the status, its verb's subject the parties
    ("The two leaders welcomed the signing of a Security of Supply Arrangement.",
     (["BRA", "CHL"], "signed", "asserted")),
    ("The two sides also signed an implementing arrangement on space cooperation.",
     (["BRA", "CHL"], "signed", "asserted")),
    # "the leaders" with a verb are the two named before
    ("The leaders signed a reciprocal procurement agreement.",
     (["BRA", "CHL"], "signed", "asserted")),
    # a compact is an accord
    ("The two leaders signed a new energy compact.", (["BRA", "CHL"], "signed", "asserted")),
])
def test_accords_the_pair_made(events_of: Run, second: str,
                               expected: tuple[list[str], str, str]) -> None:
    rows = events_of("President Lula met President Boric of Chile in Brasilia. " + second,
                     published=dt.date(2023, 6, 2))
    got = [(sorted(r["parties"]), r["status"], r["modality"])
           for r in rows if r["kind"] == "agreement"]
    assert got == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a decision or an agreement to supply approves the transfer; an offer only plans it
    ("Spain decided to supply Peru with six Leopard 2 tanks.", [("approved", 6)]),
    ("Spain agreed to provide Peru with six Leopard 2 tanks.", [("approved", 6)]),
    ("Spain offered to sell six Leopard 2 tanks to Peru.", [("planned", 6)]),
])
def test_transfer_status_from_the_decision(events_of: Run, text: str,
                                           expected: list[tuple[str, int]]) -> None:
    rows = events_of(text)
    assert [(r["status"], r.get("quantity")) for r in rows if r["kind"] == "arms_transfer"] == (
        expected)


def test_names_with_initials_and_suffixes_are_office_holders(events_of: Run) -> None:
    # the table holds "Ferdinand Marcos Jr." and "Carlito Galvez Jr."; the suffix after a
    # comma is part of the name the parser hangs the clause on
    text = ("Secretary of Defense Lloyd J. Austin III and Secretary of National Defense "
            "Carlito Galvez, Jr. will meet in Honolulu next month. President Ferdinand R. "
            "Marcos, Jr. will travel to Tokyo.")
    rows = events_of(text, published=dt.date(2023, 3, 1))
    assert kind(rows, "meeting", "participants", "place") == [(["PHL", "USA"], ["Honolulu"])]
    assert kind(rows, "visit", "visitor", "host") == [(["PHL"], ["JPN"])]


def test_a_meeting_held_and_one_to_come_are_two(events_of: Run) -> None:
    text = ("Prime Minister Kishida welcomed President Yoon to Tokyo on March 16. The two "
            "countries' defence ministers will meet in Seoul to discuss export controls.")
    rows = events_of(text, published=dt.date(2023, 3, 17))
    assert kind(rows, "meeting", "participants", "modality") == [
        (["JPN", "KOR"], "asserted"), (["JPN", "KOR"], "future")]


def test_co_owners_of_a_force_are_not_its_theatre(events_of: Run) -> None:
    # nothing is put in any state: the most named one is no theatre for a force it shares
    text = ("Canada and Norway praised the drill. It brought together Norwegian and Canadian "
            "troops, and Canada called it a success.")
    assert kind(events_of(text), "deployment", "deployer", "place") == []


@pytest.mark.parametrize(("text", "expected"), [
    # each count goes with the system after it
    ("Spain will transfer three C-295 aircraft and two patrol vessels to Peru.",
     [(["Airbus C295"], 3), (["patrol vessels"], 2)]),
])
def test_nearest_count_per_system(events_of: Run, text: str,
                                  expected: list[tuple[list[str], int]]) -> None:
    rows = events_of(text)
    assert [(r["system"], r.get("quantity")) for r in rows if r["kind"] == "arms_transfer"] == (
        expected)


def test_launching_a_threatened_offensive_names_its_author(events_of: Run) -> None:
    text = "Baku began a long-threatened offensive against Armenia on Tuesday."
    assert kind(events_of(text, published=dt.date(2023, 9, 20)), "threat", "source",
                "target") == [(["AZE"], ["ARM"])]


def test_halted_sales_are_cancelled(events_of: Run) -> None:
    rows = events_of("Norway suspended arms sales to Turkey after the offensive.")
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows
            if r["kind"] == "arms_transfer"] == [(["NOR"], ["TUR"], "cancelled")]


def test_travelling_to_meet_someone_is_a_meeting_there(events_of: Run) -> None:
    text = "Prime Minister Kishida will fly to Manila next week to meet President Marcos."
    rows = events_of(text, published=dt.date(2023, 10, 20))
    assert kind(rows, "meeting", "participants", "place", "modality") == [
        (["JPN", "PHL"], ["Manila"], "future")]


def test_a_force_named_like_a_place_is_no_place(events_of: Run) -> None:
    # "Barkhane" and "Sangaris" name operations, not where the troops are
    text = ("France's war in Mali is long. Paris sent 500 soldiers to the Barkhane task force "
            "in 2020, and Mali's junta wants them gone.")
    rows = events_of(text, published=dt.date(2021, 6, 1))
    assert ["Barkhane"] not in [r.get("place") for r in rows if r["kind"] == "deployment"]


def test_a_threat_to_invade_the_kurdish_north_east_aims_at_its_holder(events_of: Run) -> None:
    text = ("Ankara repeated its vow to invade northeast Syria. The YPG, which runs the "
            "region, called the threat reckless.")
    rows = events_of(text, published=dt.date(2019, 8, 1))
    assert kind(rows, "threat", "source", "target") == [(["TUR"], ["YPG"])]


@pytest.mark.parametrize(("text", "expected"), [
    # who fights beside a state's own army, or a ruler's forces, is in that state
    ("Russian jets are fighting alongside the Venezuelan army.", [(["RUS"], ["VEN"])]),
    ("The Houthis, who have fought alongside Maduro's forces, deny it.", [(["Houthis"], ["VEN"])]),
    # a foreign force may be anywhere: no place from it
    ("Kurdish fighters fought alongside French special forces.", []),
    # a state's guards corps held abroad
    ("Iran keeps hundreds of Revolutionary Guards in Venezuela.", [(["IRN"], ["VEN"])]),
])
def test_forces_beside_allies_and_guards(events_of: Run, text: str,
                                         expected: list[tuple[Any, ...]]) -> None:
    rows = events_of(text, published=dt.date(2019, 3, 1))
    assert kind(rows, "deployment", "deployer", "place") == expected


def test_presence_in_two_places_is_two_visits(events_of: Run) -> None:
    rows = events_of("The Dutch foreign minister is in Ghana and Togo this week.",
                     published=dt.date(2023, 3, 1))
    assert kind(rows, "visit", "visitor", "host") == [(["NLD"], ["GHA"]), (["NLD"], ["TGO"])]


def test_land_equipment_sent_to_a_state_is_handed_over(events_of: Run) -> None:
    rows = events_of("Sweden will send 10 Leopard 2 tanks to Ukraine.")
    assert kind(rows, "deployment", "deployer") == []
    assert kind(rows, "arms_transfer", "supplier", "recipient") == [(["SWE"], ["UKR"])]


def test_sanctions_in_preparation_and_not_force(events_of: Run) -> None:
    rows = events_of("Britain is preparing a new round of sanctions against Iran, targeting "
                     "its drone makers.")
    assert kind(rows, "sanction", "imposer", "target") == [(["GBR"], ["IRN"])]
    assert kind(rows, "threat", "source") == []


def test_a_dinner_with_leaders_is_a_meeting(events_of: Run) -> None:
    rows = events_of("Prime Minister Kishida flew to Ottawa for a dinner with Justin Trudeau.",
                     published=dt.date(2023, 1, 12))
    assert kind(rows, "meeting", "participants", "place") == [(["CAN", "JPN"], ["Ottawa"])]


def test_a_ship_that_operates_somewhere_in_a_relative_clause(events_of: Run) -> None:
    text = "Jets flew from the carrier USS Nimitz, which has been operating in the Arabian Sea."
    assert kind(events_of(text), "deployment", "deployer", "place") == [
        (["USA"], ["Arabian Sea"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas vowed to keep attacking ships linked to Israel.", [(["Hamas"], ["ISR"])]),
    # named as targets: a threat against every actor named, as one event
    ("Hezbollah warned that French and Italian interests were now legitimate targets.",
     [(["Hezbollah"], ["FRA", "ITA"])]),
])
def test_targets_by_ties_and_by_designation(events_of: Run, text: str,
                                            expected: list[tuple[Any, ...]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == expected


def test_supplying_in_the_present_is_delivering(events_of: Run) -> None:
    rows = events_of("Iran, which supplies Hezbollah with rockets, denied the report.")
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows
            if r["kind"] == "arms_transfer"] == [(["IRN"], ["Hezbollah"], "delivered")]


def test_family_name_first_and_a_list_read_as_apposition(events_of: Run) -> None:
    text = ("President Biden hosted Prime Minister Kishida Fumio of Japan for an official visit. "
            "Biden, Prime Minister Kishida, and President Marcos will meet in Manila in May.")
    rows = events_of(text, published=dt.date(2024, 4, 10))
    assert kind(rows, "visit", "visitor", "host") == [(["JPN"], ["USA"])]
    assert [sorted(r["participants"]) for r in rows if r["kind"] == "meeting"] == [
        ["JPN", "USA"], ["JPN", "PHL", "USA"]]


def test_the_list_goes_on_from_a_name_in_apposition(events_of: Run) -> None:
    text = ("Greece's foreign minister, Nikos Dendias, and his Turkish counterpart, Mevlut "
            "Cavusoglu, signed a memorandum setting out the details.")
    rows = events_of(text, published=dt.date(2021, 6, 1))
    assert [(sorted(r["parties"]), r["status"]) for r in rows if r["kind"] == "agreement"] == [
        (["GRC", "TUR"], "signed")]


def test_those_at_a_gathering_met_there(events_of: Run) -> None:
    text = "The talks in Doha, at which Qatar, Egypt and Hamas failed to agree, ended late."
    rows = events_of(text, published=dt.date(2023, 12, 1))
    assert [(sorted(r["participants"]), r.get("place")) for r in rows
            if r["kind"] == "meeting"] == [(["EGY", "Hamas", "QAT"], ["Doha"])]


def test_a_leader_speaking_in_his_own_statement_is_on_a_call(rules_pipeline: Pipeline) -> None:
    text = "Earlier today, I spoke with Prime Minister Kishida to thank him for his support."
    done = rules_pipeline.run(Article(id="s", text=text, published=dt.date(2024, 4, 24),
                                      url="https://www.whitehouse.gov/briefing-room/x"))
    assert [sorted(r["participants"]) for r in summarise(done) if r["kind"] == "call"] == [
        ["JPN", "USA"]]


def test_the_three_leaders_are_the_three_named_before(events_of: Run) -> None:
    rows = events_of("Lula will host the presidents of Chile and Peru in Brasilia next month "
                     "for a summit on the future of the Amazon. The three leaders last met in "
                     "Lima in September.", published=dt.date(2024, 3, 5))
    assert (["BRA", "CHL", "PER"], ["Lima"]) in kind(rows, "meeting", "participants", "place")


def test_the_host_of_a_summit_takes_part(events_of: Run) -> None:
    rows = events_of("Today, President Lula hosted President Boric of Chile and Prime "
                     "Minister Trudeau of Canada for the first-ever Chile-Canada-United States "
                     "Leaders' Summit.", published=dt.date(2023, 6, 2))
    assert kind(rows, "meeting", "participants") == [(["BRA", "CAN", "CHL", "USA"],)]


def test_an_accord_about_its_purpose(events_of: Run) -> None:
    rows = events_of("Chile and Peru have signed a Memorandum of Cooperation to collaborate on "
                     "fisheries research.", published=dt.date(2023, 6, 2))
    assert kind(rows, "agreement", "parties", "subject") == [
        (["CHL", "PER"], "collaborate on fisheries research")]


def test_meetings_of_one_pair_in_two_states_are_two(events_of: Run) -> None:
    rows = events_of("President Lula held a bilateral meeting with President Boric of Chile on "
                     "the margins of the summit in Lima. The Brazilian and Chilean defence "
                     "ministers met in Santiago.", published=dt.date(2023, 6, 2))
    assert sorted(p[0][0] for p in kind(rows, "meeting", "place")) == ["Lima", "Santiago"]


def test_coordinated_accords_keep_their_own_subjects(events_of: Run) -> None:
    rows = events_of("Chile and Peru signed a Statement of Intent on space cooperation and an "
                     "agreement to co-develop patrol boats.", published=dt.date(2023, 6, 2))
    assert sorted(r.get("subject") for r in rows if r["kind"] == "agreement") == [
        "co-develop patrol boats", "space cooperation"]
