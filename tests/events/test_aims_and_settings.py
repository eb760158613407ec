"""Mechanisms of 2026-12-06 (issue 8), with sentences written for the test: a threat against
a place aims at whoever holds it on the article's date (the gazetteer's ``held_by``), else at
its state; warning someone off an act makes the act theirs; "its planned offensive" under
a verb of asking is the asked state's; costs said to come ("would face consequences if",
"would impose costs on") are threats; a meeting on the sidelines of a summit, or in the
place a "where" clause names, is held there; what is discussed at a summit is its topic;
leaders speaking with no place are on a call; aid packages list their systems; accords
named as proper nouns; forces of groups abroad; visits by suffixed names, of someone, or
"due" somewhere; ship classes named by their lead ship."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


# Two mentions of Syria set an article there, so that "the Kurds" are the YPG.
SYRIA = " The war in Syria is in its eighth year, and Syria's towns lie in ruins."


def threats(rows: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return [(r["source"], r["target"]) for r in rows if r["kind"] == "threat"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # held by the YPG in January 2018, by Turkey's forces from March 2018
    ("Ankara has vowed to attack Afrin, where the YPG is entrenched.", dt.date(2018, 1, 10),
     [(["TUR"], ["YPG"])]),
    ("Damascus vowed to retake Afrin from Turkey.", dt.date(2019, 5, 1), [(["SYR"], ["TUR"])]),
    ("Israel threatened to bomb Gaza, and Hamas answered with rockets.", dt.date(2021, 5, 10),
     [(["ISR"], ["Hamas"])]),
    # a place nobody holds against its state: the state, when the article names it
    ("North Korea threatened to strike Seoul, the capital of South Korea.", dt.date(2017, 8, 9),
     [(["PRK"], ["KOR"])]),
])
def test_threat_on_a_place_aims_at_its_holder(events_of: Run, text: str, published: dt.date,
                                              expected: list[tuple[list[str], list[str]]]) -> None:
    assert threats(events_of(text, published=published)) == expected


def test_holder_not_named_is_not_guessed(events_of: Run) -> None:
    rows = events_of("Ankara has vowed to attack Afrin.", published=dt.date(2018, 1, 10))
    assert threats(rows) == []  # the YPG is named nowhere: no target is made up


@pytest.mark.parametrize("text", [
    "Washington did little to warn Erdogan off a threatened offensive against the Kurds." + SYRIA,
    "Diplomats urged Turkey to delay its planned military action against the Kurds." + SYRIA,
    "The offensive would fulfil Erdogan's promise to drive the YPG out of Manbij." + SYRIA,
])
def test_author_of_a_planned_offensive(events_of: Run, text: str) -> None:
    assert threats(events_of(text, published=dt.date(2019, 1, 10))) == [(["TUR"], ["YPG"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The State Department said Beijing would face consequences if it sent weapons to Moscow.",
     [(["USA"], ["CHN"])]),
    ("The President made clear that the United States would impose severe costs on Russia "
     "if it invaded Ukraine again.", [(["USA"], ["RUS"])]),
    # costs borne, not announced: no threat
    ("Russia has faced heavy costs since the war began, Kyiv said.", []),
])
def test_costs_said_to_come_are_threats(events_of: Run, text: str,
                                        expected: list[tuple[list[str], list[str]]]) -> None:
    assert threats(events_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sidelines of a gathering are when and where, not what the meeting is about
    ("Chile's foreign minister met his Peruvian counterpart on the sidelines of the summit "
     "in Panama City.", (["CHL", "PER"], ["Panama City"], None)),
    # "where" names the place of the meeting its clause reports
    ("The Dutch prime minister flew to Warsaw, where he met President Duda on Monday.",
     (["NLD", "POL"], ["Warsaw"], None)),
])
def test_meeting_place_from_its_setting(events_of: Run, text: str,
                                        expected: tuple[list[str], list[str], str | None]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "meeting"]
    assert [(r["participants"], r.get("place"), r.get("topic")) for r in rows] == [expected]


def test_weapon_name_split_by_the_parse_is_the_system(events_of: Run) -> None:
    # the parser reads "Leopard" and "2 tanks" as two objects; the name spans both
    rows = [r for r in events_of("Spain will supply Leopard 2 tanks to Ukraine.")
            if r["kind"] == "arms_transfer"]
    assert [(r["supplier"], r["recipient"], r["system"]) for r in rows] == [
        (["ESP"], ["UKR"], ["Leopard 2"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a group's fighters acting outside their home state are its force there
    ("Mercenaries from the Wagner Group are operating in the Central African Republic.",
     [(["Wagner Group"], ["CAF"])]),
    ("Hezbollah fighters are operating in Syria, officials said.", [(["Hezbollah"], ["SYR"])]),
    # at home they are not
    ("Houthi fighters are operating in Yemen's north.", []),
    # one force named by a kind of force in two words
    ("Italy maintains a naval force in the Strait of Hormuz.", [(["ITA"], ["Strait of Hormuz"])]),
    ("Canada keeps a small force in Latvia.", [(["CAN"], ["LVA"])]),
])
def test_forces_abroad(events_of: Run, text: str,
                       expected: list[tuple[list[str], list[str]]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "deployment"]
    assert [(r["deployer"], r.get("place")) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Scholz spoke to Prime Minister Kishida on Tuesday night, aides said.",
     [["DEU", "JPN"]]),
    # in a room, or at a meeting, speaking is no call
    ("Chancellor Scholz spoke to Prime Minister Kishida in Tokyo on Tuesday.", []),
    ("Chancellor Scholz met Prime Minister Kishida and spoke to him about trade.", []),
])
def test_leaders_speaking_with_no_place_is_a_call(events_of: Run, text: str,
                                                  expected: list[list[str]]) -> None:
    rows = [r for r in events_of(text, published=dt.date(2023, 8, 9)) if r["kind"] == "call"]
    assert [sorted(r["participants"]) for r in rows] == expected


@pytest.mark.parametrize("text", [
    "The Spanish package for Ukraine includes air defence interceptors and artillery ammunition.",
    "Spain announced a package for Ukraine that includes air defence interceptors and artillery "
    "ammunition.",
    "Today, Spain announced EUR 300 million in security assistance for Ukraine. This package "
    "includes air defence interceptors and artillery ammunition.",
])
def test_aid_package_lists_its_systems(events_of: Run, text: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "arms_transfer"]
    assert [(r["supplier"], r["recipient"], r["system"]) for r in rows] == [
        (["ESP"], ["UKR"], ["air defence interceptors"]),
        (["ESP"], ["UKR"], ["artillery ammunition"])]


@pytest.mark.parametrize(("text", "expected"), [
    # an accord's name is a proper noun to the parser
    ("Japan and Australia concluded a Reciprocal Access Agreement last year.",
     [(["AUS", "JPN"], "signed")]),
    # the act over the accord gives its status
    ("The leaders welcomed the signing of a Memorandum of Understanding between the Ministry "
     "of Defence of Norway and the Ministry of Defence of Poland.", [(["NOR", "POL"], "signed")]),
    # the broker before the hyphen is no party; an organisation's name with "Treaty" in it
    # is no accord
    ("Armenia and Azerbaijan reached a Qatar-mediated deal on prisoners.",
     [(["ARM", "AZE"], "agreed")]),
    ("Troops are deployed to North Atlantic Treaty Organization countries in Europe.", []),
])
def test_accords_named_and_brokered(events_of: Run, text: str,
                                    expected: list[tuple[list[str], str]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "agreement"]
    assert [(sorted(r["parties"]), r["status"]) for r in rows] == expected


def test_name_with_a_suffix_travels(events_of: Run) -> None:
    rows = events_of("President Joseph R. Biden, Jr. traveled to Hanoi on Sunday.",
                     published=dt.date(2023, 9, 11))
    assert [(r["visitor"], r["host"]) for r in rows if r["kind"] == "visit"] == [
        (["USA"], ["VNM"])]


def test_the_visit_of_someone_is_theirs_not_the_hopeful_speakers(events_of: Run) -> None:
    rows = events_of("Chancellor Scholz and President Macron looked forward to the visit of "
                     "Japan's prime minister to Berlin next year.", published=dt.date(2023, 5, 2))
    assert [(r["visitor"], r["host"]) for r in rows if r["kind"] == "visit"] == [
        (["JPN"], ["DEU"])]


@pytest.mark.parametrize(("text", "system"), [
    ("Japan delivered a Hamilton-class cutter to the Philippines.", "Hamilton-class cutter"),
    ("Italy will sell two Cassiopea-class patrol vessels to Peru.",
     "Cassiopea-class patrol vessels"),
])
def test_ship_class_named_by_its_lead_ship(events_of: Run, text: str, system: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "arms_transfer"]
    assert [r["system"] for r in rows] == [[system]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Emmanuel Macron is due in Lima next month.", [(["FRA"], ["PER"], "future")]),
    ("Payment is due in March, Emmanuel Macron said.", []),  # no one travels
])
def test_due_somewhere_is_a_visit(events_of: Run, text: str,
                                  expected: list[tuple[list[str], list[str], str]]) -> None:
    rows = [r for r in events_of(text, published=dt.date(2021, 6, 4)) if r["kind"] == "visit"]
    assert [(r["visitor"], r["host"], r["modality"]) for r in rows] == expected


def test_what_was_discussed_at_a_summit_is_its_topic_not_a_side(events_of: Run) -> None:
    rows = events_of("Chancellor Scholz discussed Iran with President Macron at the summit.",
                     published=dt.date(2023, 5, 2))
    assert [(r["participants"], r.get("topic")) for r in rows if r["kind"] == "meeting"] == [
        (["DEU", "FRA"], "Iran")]


def test_a_phone_call_before_a_summit_is_still_a_call(events_of: Run) -> None:
    rows = events_of("Olaf Scholz and Fumio Kishida spoke by phone ahead of "
                     "their summit.", published=dt.date(2023, 8, 9))
    assert [sorted(r["participants"]) for r in rows if r["kind"] == "call"] == [["DEU", "JPN"]]


def test_two_titled_names_the_parser_nests_are_both_sides(events_of: Run) -> None:
    # the parser hangs "Chancellor Scholz and Prime Minister" under "Kishida"
    rows = events_of("Chancellor Scholz and Prime Minister Kishida met in Berlin on Friday.",
                     published=dt.date(2023, 8, 9))
    assert [(r["participants"], r.get("place")) for r in rows if r["kind"] == "meeting"] == [
        (["DEU", "JPN"], ["Berlin"])]
