"""Weapons whose phrase names who supplied them to whom, past leaders as their states, a
noun's own place phrase before its neighbours', and more verbs that strike a deal
(session of 2026-12-07, second part, issue 8), with texts written for the test."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "rows"), [
    # the owner before a supplier's participle holds what it qualifies
    ("Tanks, helicopters and even Egypt's French-supplied Rafale jets wear out quickly in "
     "combat.", [(["FRA"], ["EGY"])]),
    # a relative clause whose verb is under "help": each seller the clause lists
    ("They cannot defend themselves against the modern weapons that France and Germany help "
     "sell to Egypt.", [(["FRA"], ["EGY"]), (["DEU"], ["EGY"])]),
    # "him" stands for the leader named before it, and a past leader for his state
    ("During the war, Saddam Hussein shelled Iranian positions, using artillery shells given "
     "to him by France.", [(["FRA"], ["IRQ"])]),
    # a noun names the buyer's purchase; the weapon's maker sells
    ("Egypt angered Washington with its purchase of Russian-made fighter jets.",
     [(["RUS"], ["EGY"])]),
    # "them" given something "with"
    ("After the war, Iran sought to rebuild the Houthis, providing them with training, "
     "rockets and money.", [(["IRN"], ["Houthis"])]),
    # a participle after a comma the parse hangs on the clause: the weapon before it, in the
    # hands of the clause's doer
    ("A Saudi jet was shot down by the Houthis using a surface-to-air missile, allegedly "
     "supplied by Iran.", [(["IRN"], ["Houthis"])]),
    # armed by Y, said of X through a copula
    ("The Kurdish militia is an adversary trained and armed by the United States.",
     [(["USA"], ["YPG"])]),
    # a passive purchase: the owner of what was bought
    ("Saudi Arabia's jets were bought from Britain in the 1980s.", [(["GBR"], ["SAU"])]),
    # a state deploying a system another state's name qualifies
    ("Syria deployed six Russian Pantsir-S2 systems around Damascus.", [(["RUS"], ["SYR"])]),
])
def test_who_supplied_a_weapon_to_whom(events_of: Run, text: str,
                                       rows: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == rows


def test_a_maker_is_not_the_owner_of_a_force(events_of: Run) -> None:
    text = "Egypt angered Washington with its purchase of Russian-made fighter jets."
    assert kind(events_of(text), "deployment", "deployer") == []


def test_a_state_deploying_its_own_make_buys_nothing(events_of: Run) -> None:
    text = "Russia deployed Russian S-400 systems around Latakia."
    assert kind(events_of(text), "arms_transfer", "supplier") == []


def test_a_nouns_own_place_comes_before_its_neighbours(events_of: Run) -> None:
    text = ("The speech set the course for his government's outreach to Iran and disavowal "
            "of George W Bush's intervention in Iraq.")
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["USA"], ["IRQ"])]


@pytest.mark.parametrize(("text", "parties"), [
    ("Russia and Turkey hammered out a ceasefire for Idlib on Thursday.", ["RUS", "TUR"]),
    ("Iran and Iraq forged a security pact on Sunday.", ["IRN", "IRQ"]),
])
def test_verbs_that_strike_a_deal(events_of: Run, text: str, parties: list[str]) -> None:
    assert kind(events_of(text), "agreement", "parties", "status") == [(parties, "agreed")]


def test_a_count_on_the_ground_places_its_force(events_of: Run) -> None:
    text = "Iran has thousands of Revolutionary Guards on the ground in Syria."
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["IRN"], ["SYR"])]


def test_talks_whose_clause_names_the_sides(events_of: Run) -> None:
    text = ("The plan follows two-way talks that started late last year between Baghdad and "
            "Damascus about refugees.")
    assert kind(events_of(text), "meeting", "participants") == [(["IRQ", "SYR"],)]


def test_unnamed_officials_met_abroad_are_the_hosts(events_of: Run) -> None:
    text = "Boris Johnson met officials in Nigeria on Tuesday to discuss security."
    assert kind(events_of(text), "meeting", "participants") == [(["GBR", "NGA"],)]


def test_unnamed_officials_at_home_make_no_meeting(events_of: Run) -> None:
    text = "Emmanuel Macron met officials in Paris on Monday."
    assert kind(events_of(text), "meeting", "participants") == []


@pytest.mark.parametrize("text", [
    # a fear, said with a verb of sense
    "Iran has built bases in Syria. Israel feels threatened by Iran's growing presence there.",
    # a response to whoever acts deters all and threatens no one in particular
    "Russia and Turkey agreed a ceasefire in Idlib. Washington promised a strong response to "
    "any campaign that violated the agreement.",
])
def test_no_threat_without_someone_threatened(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "threat", "source", "target") == []


@pytest.mark.parametrize(("text", "row"), [
    ("Volodymyr Zelenskyy held talks with European Council President Charles Michel in Kyiv "
     "on Tuesday.", (["EU"], ["UKR"])),
    ("Recep Tayyip Erdoğan met Vladimir Putin in Ankara on Monday.", (["RUS"], ["TUR"])),
])
def test_the_one_met_at_the_others_home_visits(events_of: Run, text: str,
                                               row: tuple[list[str], list[str]]) -> None:
    assert kind(events_of(text), "visit", "visitor", "host") == [row]


def test_advisers_met_at_home_make_no_visit(events_of: Run) -> None:
    assert kind(events_of("Joe Biden met with his advisers in Washington."), "visit",
                "visitor") == []


def test_a_group_that_lost_fighters_abroad_had_a_force_there(events_of: Run) -> None:
    text = "Lebanon's Hezbollah has lost more than 1,700 fighters in Syria since 2013."
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["Hezbollah"], ["SYR"])]


def test_a_group_that_lost_fighters_at_home_has_no_deployment(events_of: Run) -> None:
    text = "The YPG has lost more than 1,000 fighters in Raqqa since June."
    assert kind(events_of(text), "deployment", "deployer") == []


def test_what_was_agreed_in_a_call_is_agreed_with_the_one_called(events_of: Run) -> None:
    text = ("The decision follows a phone call with Recep Tayyip Erdoğan on Friday in which "
            "Donald Trump agreed to withdraw.")
    rows = events_of(text)
    assert kind(rows, "call", "participants") == [(["TUR", "USA"],)]
    assert kind(rows, "agreement", "parties") == [(["TUR", "USA"],)]


def test_security_forces_named_in_passing_are_at_home(events_of: Run) -> None:
    text = ("About 2,500 US troops remain in Iraq. US advisers support the counterterrorism "
            "operations of Lebanese security forces.")
    assert ["LBN"] not in [r[0] for r in kind(events_of(text), "deployment", "deployer")]


def test_which_after_a_name_and_a_comma_stands_for_the_name(events_of: Run) -> None:
    text = ("The Kurdish militia has enjoyed protection from Washington, which supported the "
            "group with airstrikes and later with direct arms supplies.")
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["USA"], ["YPG"])]


def test_which_after_a_name_it_names_again_stands_for_something_else(events_of: Run) -> None:
    text = ("The president diverted air defence exports to Ukraine, which will provide Ukraine "
            "with hundreds of Patriot missiles.")
    assert (["UKR"], ["USA"]) not in kind(events_of(text), "arms_transfer", "supplier",
                                         "recipient")


def test_an_accord_broken_is_no_accord_made(events_of: Run) -> None:
    text = ("Russia said Washington, which fired missiles on Syria's Shayrat airbase in "
            "violation of the UN Charter, must stop.")
    assert kind(events_of(text), "agreement", "parties") == []


def test_a_guest_received_in_the_passive_visits(events_of: Run) -> None:
    text = ("The Iranian foreign minister, Javad Zarif, was received by Vladimir Putin at the "
            "Kremlin.")
    assert [r[0] for r in kind(events_of(text), "visit", "host")] == [["RUS"]]
