"""Mechanisms of 2026-12-05, seventh part (issue 8), with sentences written for the test: a
force "from" a state is that state's; a force fighting where its sentence places it is there;
a force or state leaving a place was there; an official who "will be" or "is expected" in a
foreign city visits it, but only when the sentence names who."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def placed(rows: list[dict[str, Any]]) -> list[tuple[list[str], list[str] | None]]:
    return [(r["deployer"], r.get("place")) for r in rows if r["kind"] == "deployment"]


@pytest.mark.parametrize(("text", "expected"), [
    # "from" on the force names its owner, and that state is not where it is
    ("Special forces from Peru and Ecuador are fighting in Bolivia.",
     [(["PER"], ["BOL"]), (["ECU"], ["BOL"])]),
    ("Hundreds of soldiers from Chad arrived in Mali.", [(["TCD"], ["MLI"])]),
    # a force fighting alongside others is where its sentence says, the owners' states aside
    ("Chilean troops, as well as special forces from Peru and Ecuador, have fought alongside "
     "the rebels to drive the militants from their stronghold in Bolivia.",
     [(["CHL"], ["BOL"]), (["PER"], ["BOL"]), (["ECU"], ["BOL"])]),
    # an assault's object is the place the force holds
    ("Peruvian forces besiege the Bolivian city of Sucre.", [(["PER"], ["Sucre"])]),
    ("Ecuadorian soldiers surrounded the town of Tarija.", [(["ECU"], ["Tarija"])]),
])
def test_force_owner_and_place(events_of: Run, text: str,
                               expected: list[tuple[list[str], list[str]]]) -> None:
    assert sorted(placed(events_of(text))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The president announced that Chilean troops would leave Bolivia soon.", ["BOL"]),
    ("Chile is pulling out of Bolivia.", ["BOL"]),
    ("Chile will withdraw from Bolivia by the end of the year.", ["BOL"]),
])
def test_leaving_a_place_is_the_presence_it_ends(events_of: Run, text: str,
                                                 expected: list[str]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "deployment"]
    assert [(r["deployer"], r["place"], r["modality"]) for r in rows] == [
        (["CHL"], expected, "asserted")]


@pytest.mark.parametrize("text", [
    "Chile will withdraw from the Pacific trade treaty.",  # a treaty is no place
    "The Chilean striker pulled a muscle in Lima.",  # "pull" moves nothing out
    "Chile left the Andean Community in 1976.",  # an organisation, not a place
])
def test_leaving_what_is_no_place_is_no_deployment(events_of: Run, text: str) -> None:
    assert placed(events_of(text)) == []


@pytest.mark.parametrize(("text", "modality"), [
    ("Chilean Foreign Minister Ana Reyes will be in Lima this week.", "future"),
    ("Chilean Foreign Minister Ana Reyes is expected in Lima next week.", "future"),
])
def test_official_due_in_a_foreign_city_visits(events_of: Run, text: str,
                                               modality: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "visit"]
    assert [(r["visitor"], r["host"], r["place"], r["modality"]) for r in rows] == [
        (["CHL"], ["PER"], ["Lima"], modality)]


def test_presence_needs_someone_named_as_its_subject(events_of: Run) -> None:
    text = ("The Chilean president Gabriel Boric is angry with Lima, and so too, presumably, "
            "are his allies in Peru.")
    assert [r for r in events_of(text) if r["kind"] == "visit"] == []


@pytest.mark.parametrize("text", [
    "A former Chilean soldier was jailed in Bolivia for fighting with a militia.",
    "Most of the militia's fighters have left Sucre, the Chile-based monitor said.",
    "It will leave the Peruvians with a free hand to attack their foes.",
])
def test_no_force_abroad(events_of: Run, text: str) -> None:
    """A former soldier is a person, fighters named by no state are no state's, and people
    left with something are no place left."""
    assert placed(events_of(text)) == []


@pytest.mark.parametrize(("text", "subject"), [
    # force announced in reported speech, aimed at whom it hits back at
    ("Armenia said it would hit back at Azerbaijan.", "hit back at Azerbaijan"),
    # an intent declared, and a planned act of force, are threats
    ("The Armenian president declared his intent to attack Azerbaijan.", "attack Azerbaijan"),
    ("Armenia's planned military action against Azerbaijan worries Moscow.",
     "military action against Azerbaijan"),
])
def test_announced_force_is_a_threat(events_of: Run, text: str, subject: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "threat"]
    assert [(r["source"], r["target"], r["subject"]) for r in rows] == [
        (["ARM"], ["AZE"], subject)]


def test_an_interview_by_phone_calls_no_state_it_mentions(events_of: Run) -> None:
    """A call named in an adjunct has its own partners; the clause's objects are not."""
    text = ("In a phone conversation with a reporter, the British volunteer Tom Walker "
            "described northern Syria as his second home.")
    assert [r for r in events_of(text) if r["kind"] == "call"] == []


@pytest.mark.parametrize(("text", "kind"), [
    # a state's organ named "Congress" is no congress held
    ("The Senate tried to block the sale after members of Congress accused Erdogan of "
     "undermining US interests.", "meeting"),
    # the place of a clause below the meeting is not where the meeting was
    ("Biden agreed at a National Security Council meeting on Tuesday to keep US troops in "
     "Niger a little longer.", "visit"),
    # citizens who travelled, through joined relative clauses, are people, not their state
    ("He argued for rehabilitating some Dutch citizens who were coerced to join the militia "
     "or who travelled to Mali through naivety.", "visit"),
    # a pronoun that names no one known is no official on a state visit
    ("A Canadian woman captured by the militia says she regrets travelling to Mali.", "visit"),
])
def test_no_meeting_or_visit(events_of: Run, text: str, kind: str) -> None:
    assert [r for r in events_of(text) if r["kind"] == kind] == []


def test_an_offensive_aimed_at_someone_threatens_them(events_of: Run) -> None:
    rows = [r for r in events_of("Armenia's threatened offensive into Azerbaijan, aimed at "
                                 "Azerbaijani forces, worried Moscow.") if r["kind"] == "threat"]
    assert [(r["source"], r["target"]) for r in rows] == [(["ARM"], ["AZE"])]


@pytest.mark.parametrize("text", [
    "Armenia's planned offensive in Azerbaijan worried Moscow.",
    "Moscow feared the expected Armenian offensive in Azerbaijan.",
])
def test_a_planned_or_expected_act_is_to_come(events_of: Run, text: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "deployment"]
    assert [r["modality"] for r in rows] == ["future"]


def test_the_visitor_is_the_subject_not_a_quotation_inside(events_of: Run) -> None:
    text = ("“You entered Iraq before we came to power, and you are still there,” the Turkish "
            "president Recep Tayyip Erdoğan said in a speech in Ankara.")
    assert [r for r in events_of(text) if r["kind"] == "visit"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a clash names where forces fight, not a presence: no place is read from its sentence
    ("Burmese troops shelled a rebel camp on the Thai border on Monday.", []),
    # a campaign is waged where its sentence places it
    ("Peruvian soldiers have fought alongside the rebels in Bolivia.", [(["PER"], ["BOL"])]),
])
def test_clash_or_campaign(events_of: Run, text: str,
                           expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


@pytest.mark.parametrize(("text", "modality"), [
    # "agree" carries an agreement noun as "reach" and "strike" do
    ("Armenia and Azerbaijan agreed a ceasefire on Saturday.", "asserted"),
    ("Armenia agreed a ceasefire with Azerbaijan.", "asserted"),
    ("Armenia and Azerbaijan failed to agree a ceasefire.", "negated"),
])
def test_agreeing_a_named_agreement(events_of: Run, text: str, modality: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "agreement"]
    assert [(r["parties"], r["status"], r["modality"]) for r in rows] == [
        (["ARM", "AZE"], "agreed", modality)]


def test_agreeing_with_a_view_is_no_accord(events_of: Run) -> None:
    text = "Putin said he agreed with Biden that a serious blow had been struck against the rebels."
    assert [r for r in events_of(text) if r["kind"] == "agreement"] == []

