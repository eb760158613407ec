"""Article-level event behaviour on texts written for the test: itemised packages, calls with
several partners, events outside the ten kinds, merging of mentions, dates on the anchor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow

Row = dict[str, Any]

NOTICE = (
    "WASHINGTON, Jan 14, 2014 – The Defense Security Cooperation Agency notified Congress "
    "January 13 of a possible Foreign Military Sale to Norway of F-35 aircraft for an "
    "estimated cost of $1.2 billion.\n"
    "The items being procured in this proposed sale include:\n"
    "12 AIM-9X Block II Sidewinder Missiles for testing\n"
    "4 Javelin Missiles\n"
    "2 Interface Test Adapters for software updates\n"
    "The proposed sale will improve the capability of the Norwegian air force.\n"
)


def test_itemised_package_gives_one_transfer_per_weapon(
        events_of: Callable[..., list[Row]]) -> None:
    import datetime as dt

    rows = [e for e in events_of(NOTICE, dt.date(2014, 1, 14)) if e["kind"] == "arms_transfer"]
    got = {(tuple(r["system"]), r["quantity"], r["status"]) for r in rows}
    assert {r["supplier"][0] for r in rows} == {"USA"}
    assert {r["recipient"][0] for r in rows} == {"NOR"}
    assert all(r["time"] == ("2014-01-13", "2014-01-13") for r in rows)
    assert len(rows) == 3, got
    values = [r["value"] for r in rows if r["value"]]
    assert values == [(1200000000, "USD")]
    assert {q for _, q, _ in got} == {None, 12, 4}
    assert all(status == "approved" for _, _, status in got)


def test_conversations_with_several_leaders_are_several_calls(
        events_of: Callable[..., list[Row]]) -> None:
    text = ("Vladimir Putin had telephone conversations with President of Belarus Alexander "
            "Lukashenko and Prime Minister of Armenia Nikol Pashinyan on Monday.")
    calls = [e for e in events_of(text) if e["kind"] == "call"]
    assert sorted(tuple(c["participants"]) for c in calls) == [("ARM", "RUS"), ("BLR", "RUS")]


@pytest.mark.parametrize(("text", "ptype", "source"), [
    ("Switzerland expelled two Russian diplomats on Tuesday.", "SANCTION", "CHE"),
    ("Portugal will support Turkey's bid to join the bloc.", "AGREE", "PRT"),
    ("Iran threatened to cut off electricity to Azerbaijan.", "THREATEN", "IRN"),
])
def test_other_events_carry_their_plover_type(events_of: Callable[..., list[Row]], text: str,
                                              ptype: str, source: str) -> None:
    rows = [e for e in events_of(text) if e["plover"] == ptype]
    assert len(rows) == 1, events_of(text)
    assert rows[0]["source"] == [source]


def test_refusal_is_negated_and_a_demand_is_no_event(
        events_of: Callable[..., list[Row]]) -> None:
    refused = events_of("Israel's president refused to meet Jordan's King Abdullah in Amman.")
    assert [e["modality"] for e in refused if e["kind"] == "meeting"] == ["negated"]
    demanded = events_of("China demanded that the United States cancel plans to sell "
                         "F-16 jets to Taiwan.")  # asked for, not reported: hypothetical
    assert [e for e in demanded if e["kind"] == "arms_transfer"] == []


def test_mentions_of_one_transfer_merge(events_of: Callable[..., list[Row]]) -> None:
    text = ("India has approved a plan to buy five S-400 systems from Russia. "
            "Russia will deliver the first S-400 by the end of 2020. "
            "India signed the contract for the S-400 systems in October.")
    rows = [e for e in events_of(text) if e["kind"] == "arms_transfer"]
    assert len(rows) == 1
    assert rows[0]["status"] == "ordered" and rows[0]["quantity"] == 5
    assert rows[0]["delivery_time"] == "2020"


@pytest.mark.parametrize(("text", "name"), [
    ("Russia and Belarus held the West-2021 strategic exercise in September.", "West-2021"),
    ("US and Australian troops began Exercise Talisman Sabre on Monday.", "Talisman Sabre"),
    ("Japanese and US ships joined Northern Edge 2025, a joint exercise off Alaska.",
     "Northern Edge 2025"),
])
def test_exercise_names(events_of: Callable[..., list[Row]], text: str, name: str) -> None:
    rows = [e for e in events_of(text) if e["kind"] == "exercise"]
    assert [r.get("name") for r in rows] == [name]
