"""Mechanisms of 2026-12-05 (issue 8), second batch, with sentences written for the test:
events missing a key actor, dangers that are no threats, a notice's further items, items
whose modifiers are joined by "and", the doer of a thanked or blamed deed, commitments, and
a transfer's recipient carried from the article's other transfers."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def transfers(events_of: Run, text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [(r["supplier"], r["recipient"], r["system"])
            for r in events_of(text, dt.date(2023, 6, 1)) if r["kind"] == "arms_transfer"]


def kinds(events_of: Run, text: str) -> list[str]:
    return [r["kind"] for r in events_of(text) if r["kind"] != "other"]


@pytest.mark.parametrize("text", [
    # EVENTS.md: a transfer needs a supplier, a recipient and a system named by the text
    "Peru bought 250 tanks last year.",
    # a threat whose source is nobody the text ties to a state identifies no event
    "A rebel commander has warned Chile not to interfere.",
])
def test_an_event_missing_a_key_actor_is_not_reported(events_of: Run, text: str) -> None:
    assert kinds(events_of, text) == []


@pytest.mark.parametrize("text", [
    "An emboldened Peru could pose a serious threat to Chile.",
    "Lima sees the Bolivian army as a threat to Peru.",
    "Santiago feels threatened by Peru's growing navy.",
])
def test_a_danger_is_no_threat(events_of: Run, text: str) -> None:
    assert "threat" not in kinds(events_of, text)


def test_a_threat_made_with_a_noun_still_counts(events_of: Run) -> None:
    rows = [r for r in events_of("Peru issued a threat to Chile on Monday.")
            if r["kind"] == "threat"]
    assert [(r["source"], r["target"]) for r in rows] == [(["PER"], ["CHL"])]


NOTICE = ("The Government of Chile has requested a possible sale of 12 F-16 aircraft. The "
          "Defense Security Cooperation Agency notified Congress of the possible sale to Chile. "
          "The possible sale will also provide 200 M2 machine guns, and 400 M240 machine guns.")


def test_a_notice_s_further_items_are_transfers_of_its_sale(events_of: Run) -> None:
    got = transfers(events_of, NOTICE)
    assert (["USA"], ["CHL"], ["M2 Browning"]) in got
    assert (["USA"], ["CHL"], ["FN MAG"]) in got  # the M240


def test_modifiers_joined_by_and_make_one_item(events_of: Run) -> None:
    text = ("The United States announced $300 million in security assistance to Ukraine. "
            "The package includes:\n- Four counter-artillery and counter-drone tracking radars;\n"
            "- 200 shotguns and 200 machine guns;\n")
    got = transfers(events_of, text)
    assert (["USA"], ["UKR"], ["counter-artillery and counter-drone tracking radars"]) in got
    assert (["USA"], ["UKR"], ["shotguns"]) in got


@pytest.mark.parametrize(("text", "supplier"), [
    # the one thanked or accused did the deed the "for"/"of" gerund names
    ("Kyiv thanked Oslo for sending NASAMS systems to Ukraine.", ["NOR"]),
    ("We are grateful to Belgium for committing to provide F-16 jets to Ukraine.", ["BEL"]),
    ("Lima accused Santiago of supplying weapons to Bolivia.", ["CHL"]),
])
def test_the_credited_one_is_the_doer(events_of: Run, text: str, supplier: list[str]) -> None:
    assert [s for s, _, _ in transfers(events_of, text)] == [supplier]


def test_a_commitment_to_provide_is_an_approved_transfer(events_of: Run) -> None:
    rows = [r for r in events_of("Belgium committed to provide F-16 jets to Ukraine.")
            if r["kind"] == "arms_transfer"]
    assert [r["status"] for r in rows] == ["approved"]


def test_a_transfer_of_the_same_kind_goes_to_the_article_s_recipient(events_of: Run) -> None:
    got = transfers(events_of, "Denmark sent F-16 jets to Ukraine in May. "
                               "Norway has committed to provide further aircraft.")
    assert got == [(["DNK"], ["UKR"], ["F-16 Fighting Falcon"]),
                   (["NOR"], ["UKR"], ["aircraft"])]


def test_weapons_in_general_are_not_carried_to_the_article_s_recipient(events_of: Run) -> None:
    got = transfers(events_of, "Denmark sent F-16 jets to Ukraine in May. "
                               "Norway has committed to provide further weapons.")
    assert got == [(["DNK"], ["UKR"], ["F-16 Fighting Falcon"])]


def test_a_deal_the_tagger_took_for_a_verb_is_an_agreement(events_of: Run) -> None:
    rows = [r for r in events_of("Peru and Chile signed a minerals deal on Wednesday.")
            if r["kind"] == "agreement"]
    assert [(r["parties"], r["status"]) for r in rows] == [(["CHL", "PER"], "signed")]


def test_one_side_s_agreements_with_several_are_one_per_pair(events_of: Run) -> None:
    rows = [r for r in events_of("Peru has concluded security agreements with Chile, "
                                 "Bolivia and Ecuador.") if r["kind"] == "agreement"]
    assert sorted(tuple(r["parties"]) for r in rows) == [("BOL", "PER"), ("CHL", "PER"),
                                                        ("ECU", "PER")]


def test_talks_on_a_third_state_s_soil_take_place_there(events_of: Run) -> None:
    rows = [r for r in events_of("Peru and Chile held a fresh round of negotiations in "
                                 "Bolivia.") if r["kind"] == "meeting"]
    assert [(r["participants"], r["place"]) for r in rows] == [(["CHL", "PER"], ["BOL"])]


@pytest.mark.parametrize(("text", "source", "target"), [
    # "its" on a place is not read as the state named before it
    ("Peru threatened Chile with massive strikes on its capital.", ["PER"], ["CHL"]),
    # a response is aimed at whom it answers; a participle before it is not the act
    ("Peru vowed a crushing response to any Chilean attack.", ["PER"], ["CHL"]),
    # "could" under a verb of saying announces force, as "would" does
    ("The Peruvian president said Peru could launch a new offensive against Bolivia at any "
     "moment.", ["PER"], ["BOL"]),
])
def test_threat_forms(events_of: Run, text: str, source: list[str],
                      target: list[str]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "threat"]
    assert [(r["source"], r["target"]) for r in rows] == [(source, target)]
