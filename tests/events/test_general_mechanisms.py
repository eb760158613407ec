"""General mechanisms that raise events on unseen text (issue 8), one table per mechanism,
with sentences written for the test: a force named in passing, the most specific place,
listed company, control through "due to", negated negation, participles with an agent,
brokered and known agreements, presence abroad, and a meeting's date carried across
mentions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factwire.api import extract_text
from factwire.events.detect import DETECTORS_ENV
from factwire.model import to_json


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """These are the rules' mechanisms: the learned stages (which may add or drop an event
    by what the gold taught them) are tested in test_learned.py and test_proposer.py."""
    monkeypatch.setenv(DETECTORS_ENV, "rules")

pytestmark = pytest.mark.slow

Row = tuple[str, str, dict[str, tuple[str, ...]]]


def extract(text: str) -> dict[str, Any]:
    return to_json(extract_text(text, published=dt.date(2021, 6, 4)))


def events(text: str) -> list[tuple[str, dict[str, Any]]]:
    """(kind, {role: sorted actor keys or place names}, time start) per event."""
    out = extract(text)
    ents = {e["id"]: e for e in out["entities"]}
    found = []
    for ev in out["events"]:
        roles: dict[str, Any] = {}
        for role, value in ev["args"].items():
            if not isinstance(value, list):
                continue
            if role in ("place", "system"):
                roles[role] = tuple(sorted({ents[i]["name"] for i in value}))
            else:
                roles[role] = tuple(sorted({k for k in (ents[i].get("actor")
                                                        for i in value) if k}))
        roles["time"] = (ev.get("time") or {}).get("start")
        found.append((ev["kind"], roles))
    return found


def has(found: list[tuple[str, dict[str, Any]]], kind: str, roles: dict[str, Any]) -> bool:
    return any(k == kind and all(r.get(role) == want for role, want in roles.items())
               for k, r in found)


FORCES_IN_PASSING: list[Row] = [
    # the place is the one its sentence names after a locative preposition
    ("Danish special forces fighting alongside local militias near Gao were ambushed.",
     "deployment", {"deployer": ("DNK",), "place": ("Gao",)}),
    # no place in the sentence: the state the article names most, not the force's own
    ("Chad is sliding into chaos. Rebels hold the north of Chad and the capital of Chad is "
     "tense. Belgian soldiers working with the army have come under fire.",
     "deployment", {"deployer": ("BEL",), "place": ("Chad",)}),
    # the theatre is the state the article puts things in, not the one it names most
    ("The United States is reviewing its policy. The United States wants calm. Rebels "
     "advanced in Peru on Monday. American troops working with the army are at risk.",
     "deployment", {"deployer": ("USA",), "place": ("Peru",)}),
    ("The Peruvian navy sailed along the coast of Ecuador on Friday.",
     "deployment", {"deployer": ("PER",)}),
]

PLACES_AND_COMPANY: list[Row] = [
    ("The Peruvian and Chilean presidents met in the Andean resort of Cusco on Friday.",
     "meeting", {"participants": ("CHL", "PER"), "place": ("Cusco",)}),
    ("The Kenyan president, along with his Ugandan counterpart, is due to meet the "
     "Tanzanian president in the Tanzanian city of Arusha on Monday.",
     "meeting", {"participants": ("KEN", "TZA", "UGA"), "place": ("Arusha",)}),
    # a relative pronoun stands for the person it describes
    ("The Kenyan president, who met the Ugandan president in Kampala, flew home on Friday.",
     "meeting", {"participants": ("KEN", "UGA"), "place": ("Kampala",)}),
    # a lone nationality adjective on the meeting noun is its topic, not a party
    ("The Kenyan and Ugandan presidents held Somali peace talks in Nairobi on Friday.",
     "meeting", {"participants": ("KEN", "UGA")}),
    # ... and so it does not stop the parties being sought in the clause above
    ("Chile and Ecuador are co-sponsoring the Bolivian president's Peruvian dialogue this "
     "month.", "meeting", {"participants": ("BOL", "CHL", "ECU")}),
    # a negated negation leaves the meeting open; it is not denied
    ("Chile has not ruled out talks with Bolivia in La Paz next month.",
     "meeting", {"participants": ("BOL", "CHL")}),
]

TRANSFERS: list[Row] = [
    ("Hezbollah, armed and supported by the Iranian army, held the valley.",
     "arms_transfer", {"supplier": ("IRN",), "recipient": ("Hezbollah",)}),
    ("Hamas's rockets were supplied by Iran.", "arms_transfer",
     {"supplier": ("IRN",), "recipient": ("Hamas",)}),
    ("Norway sells Chile arms.", "arms_transfer", {"supplier": ("NOR",), "recipient": ("CHL",)}),
    ("Canada has halted arms sales to Peru.", "arms_transfer",
     {"supplier": ("CAN",), "recipient": ("PER",)}),
]

AGREEMENTS: list[Row] = [
    ("The ceasefire brokered by Qatar and Egypt held for a week.", "agreement",
     {"parties": ("EGY", "QAT")}),
    ("The senator opposes the Iran nuclear deal.", "agreement", {"parties": ("IRN", "USA")}),
    # an organ named with its state acts for that state
    ("Chile signed a contract with the Government of Peru.", "agreement",
     {"parties": ("CHL", "PER")}),
]

VISITS: list[Row] = [
    ("Next week the Chilean foreign minister will be in Lima for talks.", "visit",
     {"visitor": ("CHL",), "host": ("PER",)}),
    ("The Peruvian defence minister held talks with Chilean officials in Santiago on Monday.",
     "visit", {"visitor": ("PER",), "host": ("CHL",)}),
    ("The Kenyan president's tour of Ghana ended on Sunday.", "visit",
     {"visitor": ("KEN",), "host": ("GHA",)}),
]

ACROSS_MENTIONS: list[Row] = [
    # the date of the conference is given where its participants are not
    ("Critics urged the envoy not to attend the conference set for the end of July. "
     "The Kenyan president will host a peace conference with Uganda and Tanzania in the "
     "lakeside city of Kisumu.",
     "meeting", {"participants": ("KEN", "TZA", "UGA"), "place": ("Kisumu",),
                 "time": "2021-07"}),
]


@pytest.mark.parametrize(("text", "kind", "roles"), [
    *FORCES_IN_PASSING, *PLACES_AND_COMPANY, *TRANSFERS, *AGREEMENTS, *VISITS,
    *ACROSS_MENTIONS])
def test_the_event_is_found(text: str, kind: str, roles: dict[str, Any]) -> None:
    found = events(text)
    assert has(found, kind, roles), found


@pytest.mark.parametrize(("text", "role", "want"), [
    # a purpose clause names what a meeting is about
    ("The presidents of Chile and Peru met in Lima on Friday to discuss the border.",
     "topic", "the border"),
    # a deal's own modifiers say what it is about when no phrase does
    ("Peru and Chile signed a ceasefire agreement on Monday.", "subject", "ceasefire agreement"),
    ("The senator opposes the Iran nuclear deal.", "subject", "nuclear deal"),
])
def test_the_literal_is_read(text: str, role: str, want: str) -> None:
    got = [ev["args"].get(role) for ev in extract(text)["events"]]
    assert want in got, got


@pytest.mark.parametrize(("text", "kind"), [
    # a state's forces at home are no deployment
    ("Chad is tense. Rebels hold the north of Chad. Chadian troops guard the capital.",
     "deployment"),
    # a force asked for is not there
    ("Protesters in Lima are demanding a Chilean military presence.", "deployment"),
    # a state being somewhere is no visit; only officials and delegations visit
    ("Peru is in Chile's thoughts, the minister said in talks with Bolivia.", "visit"),
    # a private person the text describes makes no visit, named through "who" or not
    ("A Peruvian teenager who travelled to Chile last year has come home.", "visit"),
    # the subject of the talks is no participant
    ("Peru hosted a conference on Chile in Lima.", "meeting"),
])
def test_no_event_of_kind(text: str, kind: str) -> None:
    assert [k for k, _ in events(text) if k == kind] == []
