"""Mechanisms of the session of 2026-12-06 (sixth part, issue 8), with texts written for the
test: a deed one warns against, or one named as the subject of a modal clause, is weighed,
not done, and the speaker is never its doer; a list of four or more states keeps every
member; an organisation is received through its delegation; a threat's condition whose
verb the parser took for a noun ("if the Turks overstep") still names its target; an act
of force whose object is a relative pronoun ("missiles, which Russia has vowed to shoot
down") is aimed at the owner of the noun the pronoun stands for; a state the parser hung
on another as an apposition ("France, the UK, US") is listed with it; a state that backs
another "with" weapons supplied them."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Lavrov said handing Abrams tanks to Kyiv would only prolong the war.",
    "The Kremlin said that supplying Kyiv with long-range missiles would make Washington a "
    "party to the conflict.",
    "Moscow cautioned Washington against delivering ATACMS missiles to Kyiv.",
    "The Russian embassy warned Berlin against sending Taurus missiles to Ukraine.",
])
def test_a_weighed_transfer_is_no_transfer(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier") == []


def test_drills_warned_against_are_no_exercise(events_of: Run) -> None:
    rows = events_of("Beijing cautioned Manila against holding drills with American forces "
                     "in the South China Sea.")
    assert kind(rows, "exercise", "participants") == []


def test_a_gerund_that_is_done_keeps_its_doer(events_of: Run) -> None:
    rows = events_of("Germany has continued sending Leopard tanks to Ukraine.")
    assert kind(rows, "arms_transfer", "supplier", "recipient") == [(["DEU"], ["UKR"])]


def test_a_long_list_of_states_keeps_every_member(events_of: Run) -> None:
    rows = events_of("The foreign ministers of Turkey, Russia, Iran and Germany will gather in "
                     "Istanbul on Saturday to discuss Syria.")
    assert kind(rows, "meeting", "participants") == [(["DEU", "IRN", "RUS", "TUR"],)]


def test_an_organisation_is_received_through_its_delegation(events_of: Run) -> None:
    rows = events_of("The Dutch foreign minister received a delegation of the Syrian "
                     "Democratic Forces in The Hague on Monday.")
    assert kind(rows, "meeting", "participants") == [(["NLD", "YPG"],)]


def test_a_condition_parsed_as_a_noun_names_the_target(events_of: Run) -> None:
    rows = events_of("Athens says it will retaliate if the Turks overstep.")
    assert kind(rows, "threat", "source", "target") == [(["GRC"], ["TUR"])]


def test_a_relative_object_of_a_threatened_act_is_its_antecedent(events_of: Run) -> None:
    rows = events_of("The patrol tracked American cruise missiles, which Russia has vowed to "
                     "shoot down.")
    assert kind(rows, "threat", "source", "target", "subject") == [
        (["RUS"], ["USA"], "shoot down American cruise missiles")]


def test_a_state_in_apposition_to_a_state_is_listed(events_of: Run) -> None:
    rows = events_of("The envoy will hold a meeting with Italy, the UK, US, Qatar, Jordan, "
                     "Spain and Egypt.")
    assert kind(rows, "meeting", "participants") == [
        (["EGY", "ESP", "GBR", "ITA", "JOR", "QAT", "USA"],)]


def test_backing_with_weapons_is_a_transfer(events_of: Run) -> None:
    rows = events_of("Tehran has backed the Houthis with missiles and drones since 2015, and "
                     "it sent advisers to Yemen.")
    assert kind(rows, "arms_transfer", "supplier", "recipient", "system") == [
        (["IRN"], ["Houthis"], ["missiles"]), (["IRN"], ["Houthis"], ["drones"])]
