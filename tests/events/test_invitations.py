"""Mechanisms of the session of 2026-12-06 (seventh part, issue 8), with texts written for
the test: a visit one is invited to, or that is the purpose of a journey to come, is yet to
happen; a speaker the parse hung on a noun before "said" still holds the talks "said"
follows."""

from __future__ import annotations

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def modalities(rows: list[dict[str, object]], name: str) -> list[object]:
    return [r["modality"] for r in rows if r["kind"] == name]


@pytest.mark.parametrize("text", [
    "Erdogan invited Putin to visit Ankara.",
    "The Brazilian president accepted Xi's invitation to visit Beijing.",
])
def test_an_invited_visit_is_to_come(events_of: Run, text: str) -> None:
    assert modalities(events_of(text), "visit") == ["future"]


def test_the_purpose_of_a_journey_to_come_is_to_come(events_of: Run) -> None:
    rows = events_of("The Israeli prime minister will fly to Moscow to meet Putin.")
    assert modalities(rows, "meeting") == ["future"]
    rows = events_of("The Israeli prime minister flew to Moscow to meet Putin.")
    assert modalities(rows, "meeting") == ["asserted"]


def test_a_speaker_the_parse_hung_on_a_noun_before_still_met(events_of: Run) -> None:
    rows = events_of("Niger has agreed to take 300 migrants rescued by Italy, the Nigerien "
                     "president, Mohamed Bazoum, said after talks with the French president, "
                     "Emmanuel Macron, in Paris.")
    assert [r["participants"] for r in rows if r["kind"] == "meeting"] == [["FRA", "NER"]]
