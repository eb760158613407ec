"""Mechanisms of the session of 2026-12-06 (seventh part, issue 8), with texts written for
the test: a "where" clause happens in what it describes ("Kidal, where Chadian troops are
stationed"); an agentless passive's giver is the maker of what was given, never the subject of
a clause above it; an order and a later delivery of one system between the same states are
two steps of one transfer; sanctions one "could face" are threatened by who says so; the
patron of those a condition names is not its target; a force sent "to the border region"
is in the article's theatre; a withdrawal is from its own "from" place, not from where it
is talked about."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


def test_a_where_clause_is_in_what_it_describes(events_of: Run) -> None:
    rows = events_of("Inspectors toured Kidal, where Chadian troops are stationed.")
    assert kind(rows, "deployment", "deployer", "place") == [(["TCD"], ["Kidal"])]


def test_an_agentless_passive_is_given_by_the_maker(events_of: Run) -> None:
    rows = events_of("Beijing has courted Belgrade for years. Greece froze the frigate "
                     "talks after the first batteries of the HQ-9 were delivered to Serbia.")
    assert kind(rows, "arms_transfer", "supplier", "recipient") == [(["CHN"], ["SRB"])]


def test_an_order_and_its_delivery_are_one_transfer(events_of: Run) -> None:
    rows = events_of("Serbia ordered Chinese HQ-22 batteries in 2019. The first HQ-22 "
                     "batteries were delivered to Serbia by China in April 2022.")
    assert kind(rows, "arms_transfer", "supplier", "recipient", "status") == [
        (["CHN"], ["SRB"], "delivered")]


def test_a_cost_of_sanctions_said_to_come_is_a_threat(events_of: Run) -> None:
    rows = events_of("Brussels officials warned that Serbia could face sanctions over the "
                     "frigate deal.")
    assert kind(rows, "threat", "source", "target", "subject") == [
        (["EU"], ["SRB"], "sanctions")]


def test_a_patron_of_those_in_a_condition_is_no_target(events_of: Run) -> None:
    rows = events_of("Athens warned that its navy would respond if Turkish-backed fishing "
                     "crews entered Greek waters.")
    assert kind(rows, "threat", "target") == []


def test_a_force_sent_to_an_unnamed_area_is_in_the_theatre(events_of: Run) -> None:
    rows = events_of("The war in Mali is in its tenth year. Chad has deployed troops to the "
                     "border region.")
    assert kind(rows, "deployment", "deployer", "place") == [(["TCD"], ["MLI"])]


def test_a_withdrawal_is_from_its_own_place(events_of: Run) -> None:
    rows = events_of("The French envoy is in Chad for talks on the French withdrawal from "
                     "Mali.")
    assert kind(rows, "deployment", "deployer", "place") == [(["FRA"], ["MLI"])]
