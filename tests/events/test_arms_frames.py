"""Arms transfers said without "X sold Y to Z" (issue 8, class 2/8): participles with an
agent, a state's "X-supplied" weapon, the state in front of a supply noun, "a provider of arms
to", "backed X with arms supplies", smuggling, and "the group" standing for the armed group
named before. Sentences written for the test; the rules alone are run."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factwire.ingest import read_text
from factwire.model import to_json
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def transfers(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    """(supplier, recipient, status) of each arms transfer, as actor keys."""
    out = to_json(pipeline.run(read_text(text, id="t", published=dt.date(2021, 6, 4))))
    ents = {e["id"]: e for e in out["entities"]}
    found = []
    for ev in out["events"]:
        if ev["kind"] != "arms_transfer":
            continue
        found.append({role: sorted({ents[i].get("actor") for i in ev["args"].get(role, [])})
                      for role in ("supplier", "recipient")} | {"status": ev.get("status")})
    return found


CASES: list[tuple[str, str, str, str]] = [
    ("The YPG, trained and armed by the United States, now holds the town.",
     "USA", "YPG", "delivered"),
    ("The drones used by Hezbollah were supplied by Iran.", "IRN", "Hezbollah", "delivered"),
    ("The Houthis fired an Iranian-supplied missile at the airport.", "IRN", "Houthis",
     "delivered"),
    ("Britain is the main provider of arms to Saudi Arabia.", "GBR", "SAU", "delivered"),
    ("The US supply of weapons to the YPG angered Ankara.", "USA", "YPG", "delivered"),
    ("Canada backed the Iraqi army with direct arms supplies last spring.", "CAN", "IRQ",
     "delivered"),
    ("Iran has been smuggling weapons to the Houthis, officials say.", "IRN", "Houthis",
     "delivered"),
    ("Hezbollah fired rockets at the border. Iran has equipped the militia with drones for "
     "years.", "IRN", "Hezbollah", "delivered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "status"), CASES,
                         ids=[f"arms-{i}" for i in range(len(CASES))])
def test_transfer_read_from_the_construction(rules_pipeline: Pipeline, text: str,
                                             supplier: str, recipient: str,
                                             status: str) -> None:
    assert {"supplier": [supplier], "recipient": [recipient], "status": status} in (
        transfers(rules_pipeline, text))


def test_a_noun_inside_a_name_takes_no_seller_from_that_name(rules_pipeline: Pipeline) -> None:
    """"a possible Foreign Military Sale to X": the name holding the noun is not its seller;
    the agency that notified Congress is."""
    found = transfers(rules_pipeline, "The Defense Security Cooperation Agency notified "
                      "Congress of a possible Foreign Military Sale to Israel for V-22B Block C "
                      "Aircraft.")
    assert [(t["supplier"], t["recipient"]) for t in found] == [(["USA"], ["ISR"])]
