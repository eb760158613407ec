"""Arms-sale notices (issue 8, class 8): the requesting government is the buyer, the notifying
agency's state the supplier, and each listed major system is an approved transfer while
parts of the package are not. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow

NOTICE = (
    "WASHINGTON, March 3, 2021 - The Defense Security Cooperation Agency notified Congress "
    "March 2 of a possible Foreign Military Sale to Chile.\n"
    "The Government of Chile has requested a possible sale of 4 V-22B Block C Aircraft and "
    "10 AE1107C Engines. The estimated cost is $700 million.\n"
    "The items being procured in this proposed sale include:\n"
    "- 8 Joint Helmet Mounted Cueing Systems;\n"
    "- 6 LN-260 Embedded Global Positioning System/Inertial Navigation Systems; and\n"
    "- 2 counter-battery radars.\n"
)


def transfers(text: str) -> dict[str, tuple[str, str, str | None]]:
    """System name -> (supplier, recipient, status) of each arms transfer."""
    out = to_json(extract_text(text, published=dt.date(2021, 3, 3)))
    ents = {e["id"]: e for e in out["entities"]}

    def key(ids: list[str]) -> str:
        return ",".join(sorted({ents[i].get("actor") or ents[i].get("country") or "?"
                                for i in ids}))

    return {ents[ev["args"]["system"][0]]["name"]: (key(ev["args"].get("supplier", [])),
                                                     key(ev["args"].get("recipient", [])),
                                                     ev.get("status"))
            for ev in out["events"] if ev["kind"] == "arms_transfer"}


@pytest.mark.parametrize(("system", "want"), [
    ("V-22 Osprey", ("USA", "CHL", "approved")),
    ("Rolls-Royce AE 1107C", ("USA", "CHL", "approved")),
    ("counter-battery radars", ("USA", "CHL", "approved")),
])
def test_notice_lists_one_approved_transfer_per_system(
        system: str, want: tuple[str, str, str]) -> None:
    assert transfers(NOTICE)[system] == want


def test_parts_of_a_notice_are_no_transfers() -> None:
    names = set(transfers(NOTICE))
    assert not any("Helmet" in n or "Navigation" in n for n in names), names


# The newer notice form: a determination, then a request that lists its items inline with
# each count in words and figures.
DETERMINATION = (
    "WASHINGTON, May 2, 2023 - The State Department has made a determination approving a "
    "possible Foreign Military Sale to the Government of Peru of KQ-12 Guided Bombs and related "
    "equipment for an estimated cost of $120 million. The Government of Peru has requested to "
    "buy sixty (60) KQ-12 Guided Bombs; four (4) XR-9 radars; and up to twelve (12) QM-5 "
    "missiles. Also included are spare parts, helmets and training."
)


def quantities(text: str) -> dict[str, tuple[int | None, str | None]]:
    """System name -> (quantity, status) of each arms transfer."""
    out = to_json(extract_text(text, published=dt.date(2023, 5, 2)))
    ents = {e["id"]: e for e in out["entities"]}
    return {ents[ev["args"]["system"][0]]["name"]: (ev.get("quantity"), ev.get("status"))
            for ev in out["events"] if ev["kind"] == "arms_transfer"}


def test_a_request_listing_its_items_inline_is_one_transfer_per_item() -> None:
    assert quantities(DETERMINATION) == {
        "KQ-12 Guided Bombs": (60, "approved"),
        "XR-9 radars": (4, "approved"),
        "QM-5 missiles": (12, "approved"),
    }
    assert set(transfers(DETERMINATION).values()) == {("USA", "PER", "approved")}


# A notice that lists its major equipment under a heading, one item a line, each count in
# words and figures; an item's designation may carry a bracket of its own.
HEADED = (
    "WASHINGTON, May 2, 2023 - The State Department has made a determination approving a "
    "possible Foreign Military Sale to the Government of Peru for KQ-12 aircraft. The "
    "estimated cost is $1.1 billion.\n"
    "The Government of Peru has requested a possible sale of twelve (12) KQ-12 aircraft.\n"
    "Major Defense Equipment (MDE):\n"
    "Twelve (12) KQ-12 aircraft\n"
    "Eighty (80) AN/XPR-7(v)2 Scanned Array Radars\n"
    "Non-MDE:\n"
    "This request also includes spare parts, helmets and training.\n"
)


def test_a_headed_list_of_major_equipment_is_one_transfer_per_item() -> None:
    assert quantities(HEADED) == {
        "KQ-12 aircraft": (12, "approved"),
        "AN/XPR-7(v)2 Scanned Array Radars": (80, "approved"),
    }
    # "The Government of | Peru": a name the model cut off is no party of its own
    assert set(transfers(HEADED).values()) == {("USA", "PER", "approved")}


def test_a_name_cut_off_before_its_state_is_no_entity() -> None:
    # the model reads "The Government of" alone as an organisation in this notice
    out = to_json(extract_text(HEADED.replace("Peru", "Qatar"), published=dt.date(2023, 5, 2)))
    assert not [e["name"] for e in out["entities"] if e["name"].endswith(" of")]
    assert {e["name"] for e in out["entities"] if e["kind"] == "country"} >= {"Qatar"}


# A determination that lists its counted items inline, a further request ("has also
# requested").
INLINE = (
    "WASHINGTON, May 2, 2023 - The State Department has made a determination approving a "
    "possible Foreign Military Sale to the Government of Peru of eight (8) QM-5 missiles "
    "and fourteen (14) XR-9 radars for an estimated cost of $300 million. "
    "The Government of Peru has also requested thirty (30) Mk 7 torpedoes and two (2) "
    "KQ-12 aircraft."
)


def test_items_counted_inline_after_a_determination_or_a_further_request() -> None:
    assert quantities(INLINE) == {
        "QM-5 missiles": (8, "approved"),
        "XR-9 radars": (14, "approved"),
        "Mk 7 torpedoes": (30, "approved"),
        "KQ-12 aircraft": (2, "approved"),
    }


def test_a_number_inside_a_designation_is_no_count() -> None:
    text = ("WASHINGTON, May 2, 2023 - The State Department has made a determination approving "
            "a possible Foreign Military Sale to the Government of Peru of MK 48 Heavyweight "
            "Torpedoes and related equipment for an estimated cost of $90 million.")
    assert list(quantities(text).values()) == [(None, "approved")]
