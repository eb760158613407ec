"""Listed arms packages (issue 8, class 2): one transfer per listed system with its quantity,
none for parts and consumables. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow

AID_LIST = (
    "The Prime Minister today announced an additional $300 million in security assistance to "
    "Georgia.\n"
    "The new assistance package includes:\n"
    "- 40 Stinger anti-aircraft systems;\n"
    "- 12 howitzers, 3,000 rifles and 200 machine guns;\n"
    "- Two patrol boats;\n"
    "- 9 million rounds of small arms ammunition; and\n"
    "- 5,000 helmets.\n"
)


def transfers(text: str) -> list[tuple[str, str, str, int | None]]:
    """(supplier, recipient, system name, quantity) per arms transfer, from the JSON output."""
    out = to_json(extract_text(text, published=dt.date(2022, 5, 2)))
    ents = {e["id"]: e for e in out["entities"]}

    def key(ids: list[str]) -> str:
        return ",".join(sorted({ents[i].get("actor") or ents[i].get("country") or "?"
                                for i in ids}))

    rows = []
    for ev in out["events"]:
        if ev["kind"] == "arms_transfer":
            args = ev["args"]
            rows.append((key(args.get("supplier", [])), key(args.get("recipient", [])),
                         ents[args["system"][0]]["name"], ev.get("quantity")))
    return rows


@pytest.mark.parametrize(("text", "supplier_hint", "want"), [
    (AID_LIST.replace("Prime Minister", "British Prime Minister"), "GBR", [
        ("FIM-92 Stinger", 40), ("howitzers", 12), ("rifles", 3000),
        ("machine guns", 200), ("patrol boats", 2)]),
])
def test_listed_package_is_one_transfer_per_system(
        text: str, supplier_hint: str, want: list[tuple[str, int]]) -> None:
    rows = transfers(text)
    got = sorted((name, qty) for sup, rec, name, qty in rows if rec == "GEO")
    assert got == sorted(want)
    assert {sup for sup, rec, _, _ in rows if rec == "GEO"} == {supplier_hint}
    assert not any("helmet" in name or "ammunition" in name for _, _, name, _ in rows)


def test_two_lists_of_one_system_with_different_numbers_are_two_transfers() -> None:
    text = (AID_LIST.replace("Prime Minister", "British Prime Minister")
            + "Earlier British assistance to Georgia includes:\n"
            "- 25 Stinger anti-aircraft systems;\n"
            "- 100 machine guns.\n")
    found = sorted((system, n) for _s, _r, system, n in transfers(text)
                   if system in ("FIM-92 Stinger", "machine guns"))
    assert found == [("FIM-92 Stinger", 25), ("FIM-92 Stinger", 40),
                     ("machine guns", 100), ("machine guns", 200)]


def test_one_transfer_told_twice_with_one_number_stays_one() -> None:
    text = ("Britain will send 40 Stinger systems to Georgia. The 40 Stinger systems will "
            "arrive in May, the ministry said.")
    assert len([t for t in transfers(text) if t[2] == "FIM-92 Stinger"]) == 1


def test_listed_items_carry_the_announcement_date() -> None:
    """"The Prime Minister today announced ... assistance": every listed item is dated by
    the announcement (published 2022-05-02)."""
    out = to_json(extract_text(AID_LIST.replace("Prime Minister", "British Prime Minister"),
                               published=dt.date(2022, 5, 2)))
    times = {ev["time"]["start"] for ev in out["events"] if ev["kind"] == "arms_transfer"}
    assert times == {"2022-05-02"}
