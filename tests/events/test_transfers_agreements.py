"""Agreements named as a list (issue 8, class 2): "agreements on A, B and C" is one agreement
per document, each with its subject; a listed set of parties signs one agreement.
Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow


def agreements(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(subject, sorted party keys) per agreement."""
    out = to_json(extract_text(text, published=dt.date(2019, 4, 11)))
    ents = {e["id"]: e for e in out["entities"]}
    return sorted((ev["args"].get("subject"),
                   tuple(sorted(ents[i].get("actor") or "?" for i in ev["args"]["parties"])))
                  for ev in out["events"] if ev["kind"] == "agreement")


@pytest.mark.parametrize(("text", "want"), [
    ("Kazakhstan and Turkey signed agreements on energy, military cooperation and space "
     "research.", [("energy", ("KAZ", "TUR")), ("military cooperation", ("KAZ", "TUR")),
                   ("space research", ("KAZ", "TUR"))]),
    ("Chile and Peru signed agreements on fisheries and border crossings on Tuesday.",
     [("border crossings", ("CHL", "PER")), ("fisheries", ("CHL", "PER"))]),
])
def test_one_agreement_per_listed_document(
        text: str, want: list[tuple[str, tuple[str, ...]]]) -> None:
    assert agreements(text) == want


def test_listed_parties_sign_one_agreement() -> None:
    found = agreements("Estonia, Latvia and Lithuania signed a border agreement on Monday.")
    assert [parties for _, parties in found] == [("EST", "LTU", "LVA")]
