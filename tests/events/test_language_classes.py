"""Whole classes of language that state events (issue 8), one table per class, with sentences
written for the test: nominal events, presence and movement, conditional threats, lists."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest

from factwire.events.extract import EventExtractor
from factwire.ingest import read_text
from factwire.model import to_json
from factwire.runner import get_pipeline
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

Row = tuple[str, str, dict[str, tuple[str, ...]]]


@functools.cache
def _rules_pipeline() -> Pipeline:
    """The real pipeline with the rule detectors alone: these classes of language are the
    rules' work; the learned scorer (which may drop a low-scoring event) is tested apart."""
    base = get_pipeline()
    components = [EventExtractor(("rules",)) if c.name == EventExtractor.name else c
                  for c in base.components]
    return Pipeline(base.nlp, components, tuple(base.producer[1:]))


def events(text: str) -> list[tuple[str, dict[str, tuple[str, ...]]]]:
    """(kind, {role: sorted actor keys}) per event, from the JSON users get."""
    article = read_text(text, id="t", published=dt.date(2021, 6, 4))
    out = to_json(_rules_pipeline().run(article))
    keys = {e["id"]: e.get("actor") or e.get("country") for e in out["entities"]}
    found = []
    for ev in out["events"]:
        roles: dict[str, tuple[str, ...]] = {}
        for role, value in ev["args"].items():
            if isinstance(value, list) and role not in ("system", "place", "persons"):
                roles[role] = tuple(sorted({k for k in (keys.get(i) for i in value) if k}))
        found.append((ev["kind"], roles))
    return found


def has(found: list[tuple[str, dict[str, Any]]], kind: str, roles: dict[str, Any]) -> bool:
    return any(k == kind and all(r.get(role) == want for role, want in roles.items())
               for k, r in found)


NOMINAL: list[Row] = [
    ("The withdrawal of 1,200 Belgian troops from Chad was completed in March.",
     "deployment", {"deployer": ("BEL",)}),
    ("After his talks with the Chilean president, the Peruvian leader flew home.",
     "meeting", {"participants": ("CHL", "PER")}),
    ("Following the meeting of the defence ministers of Norway and Finland, a statement was "
     "issued.", "meeting", {"participants": ("FIN", "NOR")}),
    # hyphenated pairs name both sides
    ("In the run-up to the U.S.-Mexico summit, both sides prepared.", "meeting",
     {"participants": ("MEX", "USA")}),
    ("The Peru-Chile talks in Geneva ended on Monday.", "meeting",
     {"participants": ("CHL", "PER")}),
    ("Brazilian-Argentine talks were held in Montevideo.", "meeting",
     {"participants": ("ARG", "BRA")}),
    ("A Chile-Peru fisheries agreement was signed in Lima.", "agreement",
     {"parties": ("CHL", "PER")}),
    ("Officials said the Modi-Albanese meeting in Sydney lasted an hour.", "meeting",
     {"participants": ("AUS", "IND")}),
    ("Friday's visit by the Japanese prime minister to Manila was his first.",
     "visit", {"visitor": ("JPN",), "host": ("PHL",)}),
    ("During a visit to Lima on Sunday, the Chilean foreign minister said ties were strong.",
     "visit", {"visitor": ("CHL",), "host": ("PER",)}),
    # a host receives guests: each guest visits the host's state
    ("The Kenyan president hosted his Ghanaian counterpart in Nairobi on Monday.",
     "visit", {"visitor": ("GHA",), "host": ("KEN",)}),
    ("The new round of sanctions on Belarus by the European Union targets potash exports.",
     "sanction", {"imposer": ("EU",), "target": ("BLR",)}),
]

PRESENCE: list[Row] = [
    ("France has about 900 troops in Niger.", "deployment", {"deployer": ("FRA",)}),
    # one soldier, sailor or commando of a state somewhere else is its force there
    ("A Belgian soldier was wounded in Chad on Sunday.", "deployment", {"deployer": ("BEL",)}),
    # a mission is a force when it is a military one, or an alliance's
    ("The Danish training mission in Iraq will end in May.", "deployment",
     {"deployer": ("DNK",)}),
    ("Britain keeps a brigade in Estonia.", "deployment", {"deployer": ("GBR",)}),
    ("American troops are based at Incirlik in Turkey.", "deployment", {"deployer": ("USA",)}),
    ("Germany will reposition two Patriot batteries to Slovakia.", "deployment",
     {"deployer": ("DEU",)}),
    ("The carrier USS Harold Benson arrived in the eastern Mediterranean on Sunday.",
     "deployment", {"deployer": ("USA",)}),
    ("Two Russian frigates entered the Black Sea on Monday.", "deployment",
     {"deployer": ("RUS",)}),
    ("The deployment of 3,000 Dutch troops to Lithuania was completed last week.",
     "deployment", {"deployer": ("NLD",)}),
    ("Spain announced the dispatch of two frigates to the Baltic states.", "deployment",
     {"deployer": ("ESP",)}),
    # a withdrawal states the presence it ends (gold/README.md)
    ("The Dutch withdrawal from Mali was announced in December.", "deployment",
     {"deployer": ("NLD",)}),
    ("The president wants to pull Danish troops out of Iraq.", "deployment",
     {"deployer": ("DNK",)}),
    ("Thousands of Italian troops are to be withdrawn from Lebanon.", "deployment",
     {"deployer": ("ITA",)}),
    ("Belgian soldiers serving in Mali came under fire.", "deployment", {"deployer": ("BEL",)}),
    ("Egypt's intervention in Libya began in 2020.", "deployment", {"deployer": ("EGY",)}),
    # coordinated deployers: one event each
    ("Canada and Norway will begin rotations of fighter jets to Iceland.", "deployment",
     {"deployer": ("CAN",)}),
    ("Canada and Norway will begin rotations of fighter jets to Iceland.", "deployment",
     {"deployer": ("NOR",)}),
]

THREATS: list[Row] = [
    ("Iran would respond with force if Israel attacked its nuclear sites, the Iranian defence "
     "minister said.", "threat", {"source": ("IRN",), "target": ("ISR",)}),
    ("Turkey vowed to retaliate should Greece extend its territorial waters.", "threat",
     {"source": ("TUR",), "target": ("GRC",)}),
    ("The Turkish president vowed to clear Syrian Kurds from the frontier.", "threat",
     {"source": ("TUR",), "target": ("YPG",)}),
    ("Azerbaijan will launch an offensive against Armenia within days.", "threat",
     {"source": ("AZE",), "target": ("ARM",)}),
    ("Serbia threatened to send troops to retake the town from Kosovo.", "threat",
     {"source": ("SRB",), "target": ("XKX",)}),
    ("The Greek navy vowed to shoot down incoming Turkish drones.", "threat",
     {"source": ("GRC",), "target": ("TUR",)}),
    ("Peru has vowed vengeance against Chile for the raid.", "threat",
     {"source": ("PER",), "target": ("CHL",)}),
    ("North Korea will pay a heavy price, the Japanese prime minister warned.", "threat",
     {"source": ("JPN",), "target": ("PRK",)}),
    # threats said with a noun: the act of force, authored by the possessor
    ("Hanoi's threatened offensive against Laos alarmed its neighbours.", "threat",
     {"source": ("VNM",), "target": ("LAO",)}),
    ("The Bolivian president repeated his vow to invade Paraguay.", "threat",
     {"source": ("BOL",), "target": ("PRY",)}),
    ("Cairo's earlier threats to bomb Ethiopia's dam went unanswered.", "threat",
     {"source": ("EGY",), "target": ("ETH",)}),
    # retaliation said as "hit back", aimed "at" the other side when the condition is a pronoun
    ("Algeria said it would hit back at Moroccan forces if they crossed the border.", "threat",
     {"source": ("DZA",), "target": ("MAR",)}),
]

TALKS: list[Row] = [
    # two sides as the subject of a verb of talking: a meeting, whose object is its topic
    ("The Chilean and Peruvian presidents discussed Bolivia's access to the sea in Lima.",
     "meeting", {"participants": ("CHL", "PER")}),
    # people "from" states stand for them, as people "of" states do
    ("Delegations from Bolivia and Paraguay negotiated in Asuncion.", "meeting",
     {"participants": ("BOL", "PRY")}),
    # a host who receives guests meets them
    ("The Chilean president hosted his Peruvian and Bolivian counterparts in Santiago.",
     "meeting", {"participants": ("BOL", "CHL", "PER")}),
    # ... or a call, when the sentence says it was by telephone
    ("The Chilean and Peruvian presidents spoke by phone on Tuesday.", "call",
     {"participants": ("CHL", "PER")}),
    # a guest received by a host, said in the passive
    ("Sergei Shoigu was received by the Indian defence minister in New Delhi.", "meeting",
     {"participants": ("IND", "RUS")}),
    # "sat down with" is a meeting
    ("Sergei Lavrov sat down with Wang Yi in Beijing.", "meeting",
     {"participants": ("CHN", "RUS")}),
]

PARTNERSHIPS: list[Row] = [
    # a partnership with no body of its own takes part through its member states
    ("The AUKUS partners signed an agreement on undersea drones in Canberra.", "agreement",
     {"parties": ("AUS", "GBR", "USA")}),
    ("Leaders of the Quad met in Delhi on Tuesday.", "meeting",
     {"participants": ("AUS", "IND", "JPN", "USA")}),
    ("AUKUS held consultations with Canada on hypersonic research.", "meeting",
     {"participants": ("AUS", "CAN", "GBR", "USA")}),
]

SANCTIONS: list[Row] = [
    ("Egypt's blockade on Sudan continued for a month.", "sanction",
     {"imposer": ("EGY",), "target": ("SDN",)}),
    ("Japan imposed tariffs on Chinese chip imports.", "sanction",
     {"imposer": ("JPN",), "target": ("CHN",)}),
    ("The EU adopted a seventh sanctions package against Belarus.", "sanction",
     {"imposer": ("EU",), "target": ("BLR",)}),
]


@pytest.mark.parametrize(("text", "kind", "roles"), [*NOMINAL, *PRESENCE, *THREATS,
                                                     *TALKS, *PARTNERSHIPS, *SANCTIONS])
def test_the_event_is_found(text: str, kind: str, roles: dict[str, tuple[str, ...]]) -> None:
    found = events(text)
    assert has(found, kind, roles), found


@pytest.mark.parametrize("text", [
    "The minister travelled to Spain on a private holiday with his family.",
    "A deal with Cuba might open the way to an accord next year, analysts speculate.",
    "Russia is India's biggest supplier of arms.",
    "In 2014 the student travelled to Syria to join the fighting.",
    "As many as 4,000 Lithuanian citizens travelled to Spain last summer.",
    "Marta Kowalczyk, a bestselling Polish novelist, travelled to Chad in May.",
    "The Chilean minister intervened in the debate.",
    "Shoppers will pay a higher price for bread, the Peruvian minister said.",
    "The Kenyan president welcomed the Ghanaian government's new trade policy.",
    "Canada has repeatedly threatened to impose tariffs on China.",
    "Turkey launched an offensive against Kurdish militias last year.",  # reported, not threatened
    "The Kenyan president repeated his promise to build new roads.",
    "The threatened strike by Chilean dock workers was called off.",
    "A Chinese trade mission in Kenya signed contracts worth $40 million.",
    "A Kenyan soldier was wounded in Nairobi on Sunday.",  # at home: no deployment
    "Chile hosts thousands of refugees from Venezuela.",  # no guest to meet
    # "sat" with no "down" is no meeting
    "Washington's alliance with the Kurds never sat well with Ankara.",
    "The United States and Britain are sitting on a volcano in Iraq.",
])
def test_no_event_is_found(text: str) -> None:
    assert [k for k, _ in events(text) if k != "other"] == []


def test_talk_by_phone_is_a_call_and_no_meeting() -> None:
    found = events("The Chilean and Peruvian presidents discussed fisheries by phone on Monday.")
    assert [k for k, _ in found if k != "other"] == ["call"], found


def test_talk_at_a_named_meeting_is_that_meeting_alone() -> None:
    found = events("At their summit in Lima on Monday, the Chilean and Peruvian presidents "
                   "discussed fisheries, officials said on Friday.")
    assert [k for k, _ in found if k != "other"] == ["meeting"], found

