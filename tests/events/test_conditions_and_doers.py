"""Threats whose target is named by a condition or by the act a response answers, with
texts written for the test (session of 2026-12-06, seventh part, issue 8): "threatened to
close the canal if Egypt ...", "warned that its troops would enter X if the militia ..."
aim at the party whose act is the condition; "would respond to any Turkish strike on
Cypriot forces" aims at the striker, and the forces struck are not stationed in Turkey. A
force named only as the doer of an act ("targeted by Russian warplanes") is no presence
unless it backs someone; a "from" phrase the parse hung on the first of two forces is the
origin of the second; a hearer the parse took for an adverbial noun, and the doer of a
hostile act told as what would bring the answer, are the threat's target."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "want"), [
    ("Ethiopia threatened to close its border if Sudan kept arming the rebels.",
     [(["ETH"], ["SDN"])]),
    ("Erdogan warned that Turkish soldiers would cross into Iraq if the PKK did not leave "
     "Sinjar.", [(["TUR"], ["PKK"])]),
    ("Athens warned that it would respond to any Turkish strike on Cypriot government forces.",
     [(["GRC"], ["TUR"])]),
])
def test_the_condition_or_the_answered_act_names_the_target(
        events_of: Run, text: str, want: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == want


def test_a_force_inside_the_answered_act_is_not_stationed_there(events_of: Run) -> None:
    rows = events_of("Athens warned that it would respond to any Turkish strike on Cypriot "
                     "government forces.")
    assert kind(rows, "deployment", "deployer", "place") == []


def test_a_warning_of_what_another_would_cause_is_no_threat(events_of: Run) -> None:
    rows = events_of("Oslo warned that a Russian blockade would hurt trade if it lasted.")
    assert kind(rows, "threat", "source", "target") == []


def test_a_force_named_only_as_a_doer_is_no_presence(events_of: Run) -> None:
    rows = events_of("Calls grew in Britain for two British volunteers held in Syria to be "
                     "brought home. One of them, a doctor from Leeds, described an influx of "
                     "refugees in the north-east of the country. Defences were needed, he "
                     "said, to protect clinics targeted by Russian and Syrian warplanes.")
    assert kind(rows, "deployment", "deployer", "place") == []


def test_a_force_that_backs_is_there(events_of: Run) -> None:
    rows = events_of("Backed by Russian air power, Haftar's forces have swept through "
                     "southern Libya in the last month.")
    assert kind(rows, "deployment", "deployer", "place") == [(["RUS"], ["LBY"])]


def test_a_from_phrase_after_the_second_force_is_its_origin(events_of: Run) -> None:
    rows = events_of("In Mali, local militias and special forces from France and Estonia "
                     "closed in on the town of Menaka.")
    assert kind(rows, "deployment", "deployer", "place") == [
        (["FRA"], ["MLI"]), (["EST"], ["MLI"])]


@pytest.mark.parametrize(("text", "want"), [
    # the hearer the parse took for an adverbial noun
    ('Trump warned Turkey that he would "totally wreck and ruin" its trade if it went too far.',
     [(["USA"], ["TUR"])]),
    # a hostile act told as what would bring the answer: its doer is aimed at, not the struck
    ("Hamas warned that any Egyptian attack on Gaza would be met with a crushing response.",
     [(["Hamas"], ["EGY"])]),
])
def test_the_hearer_or_the_provoker_is_the_target(
        events_of: Run, text: str, want: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == want
