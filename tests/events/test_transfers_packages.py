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


NOTICE_ON_LINES = (
    "Norway – Air Defense Batteries\n\n"
    "WASHINGTON, May 2, 2022 - The State Department has made a determination approving a "
    "possible Foreign Military Sale to the Government of Norway of air defense batteries and "
    "related equipment for an estimated cost of $2.1 billion. The Defense Security "
    "Cooperation Agency delivered the required certification notifying Congress today.\n\n"
    "The Government of Norway has requested to buy the following:\n\n"
    "Major Defense Equipment (MDE):\n"
    "Twenty (20) M903 Launching Stations\n"
    "Three hundred (300) AGM-114R Hellfire missiles\n"
    "Six (6) AN/MPQ-65A radars\n"
    "Forty (40) M1152 trucks\n"
    "Four (4) AN/MPQ-64F1 radars\n\n"
    "Non-MDE:\n"
    "Also included are generators, spare parts, training and other related elements of "
    "logistics and program support for the batteries and their crews over ten years.\n\n"
    "The proposed sale will improve Norway's capability to meet current and future threats "
    "by strengthening its homeland defense and deterring regional threats in the north.\n"
)

NOTICE_INLINE = (
    "WASHINGTON, May 2, 2022 - The State Department has made a determination approving a "
    "possible Foreign Military Sale to the Government of Norway of AH-64E Apache helicopters "
    "and "
    "related equipment for an estimated cost of $1.2 billion.\n"
    "The Government of Norway has requested a possible sale of 10 AH-64E Apache Attack "
    "Helicopters, twelve (12) AN/APG-83 Active Electronically Scanned Array (AESA) Scalable "
    "Agile Beam Radars, 8 M299 Hellfire Longbow Missile Launchers, 200 AGM-114R Hellfire "
    "missiles, and 10 AN/APG-78 Fire Control Radars with Radar Electronics Units. Also "
    "included are spare parts and training.\n"
)


def test_a_notice_with_paragraphs_on_lines_lists_each_item() -> None:
    # not a hard-wrapped text: its list lines stay lines, one transfer each
    got = sorted((n, q) for _, rec, n, q in transfers(NOTICE_ON_LINES) if rec == "NOR")
    assert ("M903 Launching Stations", 20) in got
    assert ("AGM-114 Hellfire", 300) in got
    assert ("AN/MPQ-65A radars", 6) in got
    assert ("AN/MPQ-64F1 radars", 4) in got


def test_inline_items_read_through_acronyms_and_stop_at_with() -> None:
    got = sorted((n, q) for _, rec, n, q in transfers(NOTICE_INLINE) if rec == "NOR")
    assert got == sorted([
        ("AH-64 Apache", 10),
        ("AN/APG-83 Active Electronically Scanned Array (AESA) Scalable Agile Beam Radars", 12),
        ("M299 Hellfire Longbow Missile Launchers", 8),  # launchers, not Hellfires
        ("AGM-114 Hellfire", 200),  # the item's count, not the launchers' nearer one
        ("AN/APG-78 Fire Control Radars", 10)])


def test_a_package_told_on_gives_its_parties_to_what_it_includes() -> None:
    text = ("The Prime Minister of Britain today announced that Britain will send Georgia "
            "another package of weapons to help it defend its towns against missile strikes.\n"
            "This package provides additional air defense interceptors.\n"
            "It also includes Javelin missiles and a second Patriot battery.\n")
    rows = transfers(text)
    got = sorted(name for sup, rec, name, _ in rows if (sup, rec) == ("GBR", "GEO"))
    assert "FGM-148 Javelin" in got and "MIM-104 Patriot" in got
    assert "air defense interceptors" in got
    # the purpose clause names what the weapons are for, not what is sent
    assert not any(name.lower() == "missile" for _, _, name, _ in rows)


def test_a_package_subject_gives_the_package_status_and_an_announcement_approves() -> None:
    text = ("The Prime Minister of Britain today announced $50 million in security assistance "
            "for Georgia.\nThis package provides 20 Javelin missiles.\n")
    out = to_json(extract_text(text, published=dt.date(2022, 5, 2)))
    statuses = {ev["status"] for ev in out["events"] if ev["kind"] == "arms_transfer"}
    assert statuses == {"approved"}  # "provides" in the present is what the package holds


def test_the_weapon_a_relative_clause_moves_is_its_antecedent() -> None:
    text = ("Georgia will train pilots to fly F-16 jets, which Norway and Denmark have agreed "
            "to transfer to Georgia.")
    got = transfers(text)
    assert any(rec == "GEO" and name == "F-16 Fighting Falcon" for _, rec, name, _ in got)
