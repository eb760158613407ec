"""Mechanisms of 2026-12-05, fifth part (issue 8), with sentences written for the test:
each owner of a jointly named force has its own place; armed groups get no theatre; a force
that is sold is goods; a journey made for talks meets its host; hyphen-joined sides of a
deal or talks are its parties; a relative clause or participle says who received arms;
officials sent abroad visit; ground held abroad is a presence."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def of_kind(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["kind"] == kind]


def sides(rows: list[dict[str, Any]], role: str) -> list[list[str]]:
    return [sorted(r[role]) for r in rows]


@pytest.mark.parametrize(("text", "expected"), [
    # each owner is placed on its own: Chad is abroad for France, home for Chad
    ("French and Chadian troops are in Chad.", [(["FRA"], ["TCD"])]),
    ("Belgian and Malian soldiers are fighting near Gao.", [(["BEL"], ["Gao"])]),
    # a state holding ground abroad has forces there
    ("With Arica now under Peruvian control, the fighters moved east.", [(["PER"], ["Arica"])]),
    ("The town of Arica is under the control of Peru.", [(["PER"], ["Arica"])]),
    ("Refugees fled to a Peruvian-controlled zone near Arica in Chile.",
     [(["PER"], ["Arica"])]),
    ("An area north of Arica is Peruvian-controlled.", [(["PER"], ["Arica"])]),
    ("Peru controls Arica, Chile said.", [(["PER"], ["Arica"])]),
    # a presence that grows is held by the one who grows it
    ("Peru's expanding military presence in Chile worries Bolivia.", [(["PER"], ["CHL"])]),
    ("Peru reinforced its troops in Arica on Friday.", [(["PER"], ["Arica"])]),
])
def test_deployed(events_of: Run, text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    rows = of_kind(events_of(text), "deployment")
    assert [(r["deployer"], r["place"]) for r in rows] == expected


@pytest.mark.parametrize(("text", "kind"), [
    # jets sold or bought are goods changing hands, not a force abroad
    ("Norway sold Chile 12 jets in 2019.", "deployment"),
    ("Chile bought 12 Norwegian jets in 2019.", "deployment"),
    # an armed group named in passing is where it lives: no theatre is sought for it
    ("Houthi forces say they will hold out, Oman said.", "deployment"),
    ("Norway wants to defeat Islamic State forces, Oslo said.", "deployment"),
    # a place of unknown state does not show a group to be abroad
    ("Houthi forces claimed victory in Wadi Qaar.", "deployment"),
    # an occupation's adjectives name who occupies, not where
    ("Norway condemned the Russian and Iranian occupation of Syria.", "deployment"),
    ("The situation is under control, Peru said.", "deployment"),  # no state holds it
    ("Kurdish-held towns in Syria were shelled.", "deployment"),  # a people's own towns
    ("The Israeli-occupied Golan Heights lie west of Damascus.", "deployment"),  # described
    ("Peru reinforced its border with Chile.", "deployment"),  # no force named
    ("Chile committed $5 million to the fund in Peru.", "deployment"),  # money is no force
    # a force's name, not its place
    ("The Chilean Navy does not have a modern frigate, Peru said.", "deployment"),
    # a telephone conversation is a call, not a meeting
    ("Boric took the decision during a telephone conversation with Peru's president.",
     "meeting"),
    ("Boric has discussed Bolivia in separate phone calls with Peru and Ecuador.", "meeting"),
    # a host of refugees or of bases meets nobody
    ("Santiago hosts 3.5 million Peruvian refugees.", "meeting"),
    ("Chile hosted Peru's naval base areas since 1960.", "meeting"),
])
def test_no_event(events_of: Run, text: str, kind: str) -> None:
    assert of_kind(events_of(text), kind) == []


@pytest.mark.parametrize(("text", "participants", "place"), [
    ("The Chilean foreign minister will fly to Oslo for talks on Friday.",
     ["CHL", "NOR"], ["Oslo"]),
    ("Chile's defence minister arrived in Lima to hold talks with officials.",
     ["CHL", "PER"], ["Lima"]),
    ("The Chilean president visited Peru for talks on trade.", ["CHL", "PER"], []),
])
def test_journey_for_talks_meets_the_host(events_of: Run, text: str, participants: list[str],
                                          place: list[str]) -> None:
    rows = of_kind(events_of(text), "meeting")
    assert sides(rows, "participants") == [participants]
    assert rows[0].get("place", []) == place


@pytest.mark.parametrize(("text", "kind", "role", "expected"), [
    # the first side hangs off the second in the parse; the clause's subject is no party
    ("Under a Chilean-Peruvian agreement on fishing, Bolivian boats must leave.",
     "agreement", "parties", [["CHL", "PER"]]),
    ("After the Chilean-Peruvian talks in Lima, Bolivian officials left.",
     "meeting", "participants", [["CHL", "PER"]]),
    # an occupier before a hyphen and a participle is no party to the deal
    ("Chile and Peru signed a deal on the Israeli-occupied Golan Heights.",
     "agreement", "parties", [["CHL", "PER"]]),
    # "as agreed in a deal": the noun carries the event, the verb's subject is no party
    ("Bolivian boats have not left, as agreed in a Chilean-Peruvian deal.",
     "agreement", "parties", [["CHL", "PER"]]),
])
def test_hyphen_joined_sides(events_of: Run, text: str, kind: str, role: str,
                             expected: list[list[str]]) -> None:
    assert sides(of_kind(events_of(text), kind), role) == expected


@pytest.mark.parametrize(("text", "supplier", "recipient", "status"), [
    # the user of what a relative clause or participle says was supplied received it
    ("The Houthis launched missiles that were provided by Iran.", "IRN", "Houthis",
     "delivered"),
    ("The Taliban used rockets given to them by Pakistan.", "PAK", "Taliban", "delivered"),
    # "supplied" is handed over, not merely sold
    ("Hezbollah's drones were supplied by Iran.", "IRN", "Hezbollah", "delivered"),
])
def test_qualified_supplies(events_of: Run, text: str, supplier: str, recipient: str,
                            status: str) -> None:
    rows = of_kind(events_of(text), "arms_transfer")
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [
        ([supplier], [recipient], status)]


def test_destroyed_weapons_were_not_received(events_of: Run) -> None:
    """Only a verb of use makes its subject the recipient: what Norway destroyed it did
    not receive."""
    assert of_kind(events_of("Norway destroyed missiles that were provided by Iran."),
                   "arms_transfer") == []


def test_rebel_groups_are_the_opposition(events_of: Run) -> None:
    """Named Syrian rebel groups act for the Syrian opposition (EVENTS.md actor keys)."""
    rows = of_kind(events_of("Russia reached a deal with Faylaq al-Rahman in March."),
                   "agreement")
    assert sides(rows, "parties") == [["RUS", "Syrian opposition"]]


@pytest.mark.parametrize(("text", "visits", "deployments"), [
    # officials sent abroad visit; troops sent abroad deploy
    ("Chile sent officials to Lima last week.", [(["CHL"], ["PER"])], []),
    ("Chile dispatched an envoy to Bolivia on Monday.", [(["CHL"], ["BOL"])], []),
    ("Chile sent troops to Bolivia on Monday.", [], [(["CHL"], ["BOL"])]),
])
def test_sent_officials_visit(events_of: Run, text: str,
                              visits: list[tuple[list[str], list[str]]],
                              deployments: list[tuple[list[str], list[str]]]) -> None:
    rows = events_of(text)
    assert [(r["visitor"], r["host"]) for r in of_kind(rows, "visit")] == visits
    assert [(r["deployer"], r["place"]) for r in of_kind(rows, "deployment")] == deployments


@pytest.mark.parametrize(("text", "deployer", "place", "modality"), [
    # a force named by its proper name, placed by its own clause
    ("No Chilean Armed Forces are in Bolivia.", ["CHL"], ["BOL"], "negated"),
    # contributing or committing troops sends them
    ("Chile contributes 561 personnel to the mission in Bolivia.", ["CHL"], ["BOL"],
     "asserted"),
    ("Chile committed 200 troops to the mission in Peru.", ["CHL"], ["PER"], "asserted"),
])
def test_forces_named_and_contributed(events_of: Run, text: str, deployer: list[str],
                                      place: list[str], modality: str) -> None:
    rows = of_kind(events_of(text), "deployment")
    assert [(r["deployer"], r["place"], r["modality"]) for r in rows] == [
        (deployer, place, modality)]


def test_forces_arriving_do_not_visit(events_of: Run) -> None:
    """Troops arriving abroad deploy; only officials and delegations make a state visit."""
    rows = events_of("Chilean forces of the mission arrived in Peru today.")
    assert of_kind(rows, "visit") == []
    assert [(r["deployer"], r["place"]) for r in of_kind(rows, "deployment")] == [
        (["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "In 2007 the four leaders launched the Quad, a security dialogue.",
    "When the Quad was first formed in 2007, the four states met rarely.",
])
def test_partnership_founded_is_an_agreement(events_of: Run, text: str) -> None:
    """A partnership announced, formed or launched is an agreement among its members."""
    rows = of_kind(events_of(text), "agreement")
    assert [(r["parties"], r["status"]) for r in rows] == [
        (["AUS", "IND", "JPN", "USA"], "agreed")]


def test_partnership_named_is_no_new_agreement(events_of: Run) -> None:
    """Naming a partnership that acts is not founding it."""
    assert of_kind(events_of("The Quad held talks on shipping in 2021."), "agreement") == []


@pytest.mark.parametrize(("text", "start", "modality"), [
    # an infinitive or present clause takes the nearest 20 September: this year's, ahead
    ("The envoy aims to report to a meeting of Chile and Peru on 20 September.",
     "2018-09-20", "future"),
    ("Talks between Chile and Peru are due to restart on 28 November.", "2018-11-28",
     "future"),
    # a past verb keeps the past one
    ("Chile and Peru met on 20 September.", "2017-09-20", "asserted"),
])
def test_day_of_month_by_tense(events_of: Run, text: str, start: str, modality: str) -> None:
    rows = of_kind(events_of(text, dt.date(2018, 9, 4)), "meeting")
    assert [(r["time"][0], r["modality"]) for r in rows] == [(start, modality)]


@pytest.mark.parametrize(("text", "kind", "topic"), [
    ("Chile and Peru held talks over the border dispute on Friday.", "meeting",
     "the border dispute"),
    ("The Chilean and Peruvian ministers met on Friday and discussed the border dispute.",
     "meeting", "the border dispute"),
    ("The talks between Chile and Peru focused on the border dispute.", "meeting",
     "the border dispute"),
    ("At the meeting, Chile and Peru discussed the border dispute.", "meeting",
     "the border dispute"),
    ("Chile and Peru spoke by phone about the border dispute.", "call",
     "the border dispute"),
])
def test_topic_in_the_texts_words(events_of: Run, text: str, kind: str, topic: str) -> None:
    """What a meeting or call is about: an "over/about" phrase, or what a verb of
    discussing tied to it names; a date ("on Friday") is no topic."""
    assert [r.get("topic") for r in of_kind(events_of(text), kind)] == [topic]


@pytest.mark.parametrize(("text", "visits"), [
    # a main clause that opens on a foreign place, dated or scheduled: its subject is there
    ("In Lima on Tuesday, the Chilean foreign minister faced hard questions.",
     [(["CHL"], ["PER"])]),
    ("In Lima, the Chilean foreign minister will try to placate Peru's government.",
     [(["CHL"], ["PER"])]),
    # undated: a topic ("as for Peru"), not a stay
    ("In Peru, the Chilean foreign minister has backed the government.", []),
    # a date is no place
    ("In March, the Chilean president visited Peru.", [(["CHL"], ["PER"])]),
])
def test_clause_opening_abroad(events_of: Run, text: str,
                               visits: list[tuple[list[str], list[str]]]) -> None:
    assert [(r["visitor"], r["host"]) for r in of_kind(events_of(text), "visit")] == visits


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon another state's name qualifies, in the hands of its user, came from there
    ("Chilean forces overran the town using Swedish tanks and British helicopter gunships.",
     [(["SWE"], ["CHL"]), (["GBR"], ["CHL"])]),
    ("Peru fired American missiles at the base.", [(["USA"], ["PER"])]),
    # one's own weapons came from nowhere
    ("Chilean jets used Chilean bombs.", []),
])
def test_foreign_weapons_in_use(events_of: Run, text: str,
                                expected: list[tuple[list[str], list[str]]]) -> None:
    rows = of_kind(events_of(text), "arms_transfer")
    assert [(r["supplier"], r["recipient"]) for r in rows] == expected
    assert all(r["status"] == "delivered" for r in rows)


def test_advisers_sent_deploy(events_of: Run) -> None:
    """Military advisers sent abroad are a deployment, not a state visit."""
    rows = events_of("Santiago said Chile had sent advisers to Bolivia.")
    assert of_kind(rows, "visit") == []
    assert [(r["deployer"], r["place"]) for r in of_kind(rows, "deployment")] == [
        (["CHL"], ["BOL"])]


def test_a_request_to_buy_is_a_planned_transfer(events_of: Run) -> None:
    """"has requested to buy" is a request made: a planned transfer, not a wish."""
    rows = of_kind(events_of("Chile has requested to buy 12 F-16 fighter jets from Norway."),
                   "arms_transfer")
    assert [(r["supplier"], r["recipient"], r["status"], r["modality"]) for r in rows] == [
        (["NOR"], ["CHL"], "planned", "asserted")]


def test_sides_between_under_the_deal_object(events_of: Run) -> None:
    """"The deal for 40 helicopters between Chile and Peru": the parse hangs "between" on
    the object; the sides are still the parties, and the subject stops before them."""
    rows = of_kind(events_of("The deal for 40 helicopters between Chile and Peru was signed "
                             "on Monday."), "agreement")
    assert [(r["parties"], r["status"], r.get("subject")) for r in rows] == [
        (["CHL", "PER"], "signed", "40 helicopters")]


@pytest.mark.parametrize(("text", "visits"), [
    # a state's people travelling make no state visit
    ("The minister said Chileans who travel to Peru will be questioned.", []),
    # an official does, named in the clause above
    ("During a visit to Lima, the Chilean foreign minister said ties were strong.",
     [(["CHL"], ["PER"])]),
])
def test_people_are_not_the_state(events_of: Run, text: str,
                                  visits: list[tuple[list[str], list[str]]]) -> None:
    assert [(r["visitor"], r["host"]) for r in of_kind(events_of(text), "visit")] == visits
