"""Names that act for a state: ships by their navy's prefix, organs "of <State>", bracketed
acronyms, state-owned companies, agencies and military units (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.run(read_text(text, id="t", published=dt.date(2021, 3, 9)))


def affiliation(result: Extraction, mention: str) -> tuple[str, str | None, str | None]:
    """Kind, country and actor of the entity that holds the mention ``mention``."""
    for e in result.entities:
        if any(m.text == mention for m in e.mentions):
            return e.kind, e.country, e.actor
    raise AssertionError(f"no entity has the mention {mention!r}: "
                         f"{[(e.name, [m.text for m in e.mentions]) for e in result.entities]}")


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # ships: the prefix names the navy, the ship is that state's platform
    ("The destroyer USS Harold Benson sailed into the Aegean on Tuesday.", "USS Harold Benson",
     ("weapon", "USA", None)),
    ("HMS Dauntless Spirit left Portsmouth for the Gulf.", "HMS Dauntless Spirit",
     ("weapon", "GBR", None)),
    ("The frigate INS Talwar Kumar docked at Salalah.", "INS Talwar Kumar",
     ("weapon", "IND", None)),
    ("The carrier USS Martha J. Greene reached the Red Sea.", "USS Martha J. Greene",
     ("weapon", "USA", None)),
    # organs named "of <State>"
    ("The Ministry of Internal Affairs of Moldova bought four patrol boats.",
     "Ministry of Internal Affairs", ("organization", "MDA", "MDA")),
    ("The Armed Forces of Ukraine received new radars in May.", "Armed Forces",
     ("organization", "UKR", "UKR")),
    # the government of a state is the state, and its bracketed acronym is too
    ("The Government of Chile (GOC) has asked for two radars. GOC will pay in 2022.", "GOC",
     ("country", "CHL", "CHL")),
    # agencies, units and state-owned companies act for their state
    ("The State Department approved the request on Friday.", "State Department",
     ("organization", "USA", "USA")),
    ("The 6th Fleet sent two ships to the Baltic.", "6th Fleet", ("organization", "USA", "USA")),
    ("Paratroopers of the 82nd Airborne Division landed in Latvia.", "82nd Airborne Division",
     ("organization", "USA", "USA")),
    ("The Royal Navy tracked the vessel for two days.", "Royal Navy",
     ("organization", "GBR", "GBR")),
    ("Rostec said it would supply the engines.", "Rostec", ("organization", "RUS", "RUS")),
    ("TECRO asked to buy the missiles.", "TECRO", ("organization", "TWN", "TWN")),
])
def test_names_act_for_their_state(pipeline: Pipeline, text: str, mention: str,
                                   expected: tuple[str, str | None, str | None]) -> None:
    assert affiliation(run(pipeline, text), mention) == expected


@pytest.mark.parametrize(("text", "mention"), [
    ("The USS had no other name in the draft.", "USS"),  # a prefix alone is no ship
])
def test_a_prefix_alone_is_not_a_ship(pipeline: Pipeline, text: str, mention: str) -> None:
    r = run(pipeline, text)
    assert not any(e.kind == "weapon" and e.country == "USA" for e in r.entities)


def test_a_private_company_keeps_its_own_key(pipeline: Pipeline) -> None:
    r = run(pipeline, "Lockheed Martin said it would deliver the jets.")
    assert affiliation(r, "Lockheed Martin") == ("organization", "USA", "Lockheed Martin")


def test_of_with_a_demonym_is_not_a_state(pipeline: Pipeline) -> None:
    r = run(pipeline, "The army of Russian origin veterans marched.")
    assert not any(e.kind == "organization" and e.actor == "RUS" for e in r.entities)


@pytest.mark.parametrize(("text", "states"), [
    ("The U.S.-Mexico summit ended.", ["Mexico", "U.S."]),
    ("The Peru-Chile border was closed.", ["Chile", "Peru"]),
    ("The Indo-Pacific region matters.", []),  # a region, not two states
])
def test_a_hyphenated_pair_names_both_states(pipeline: Pipeline, text: str,
                                             states: list[str]) -> None:
    r = run(pipeline, text)
    assert sorted(m.text for e in r.entities if e.kind == "country" for m in e.mentions) == states


def test_look_back_is_bounded() -> None:
    """Pronouns look back a bounded window, so look-ups stay linear on long texts."""
    from factwire.entities.table import LOOKBACK, EntityTable
    from factwire.model import Span as S

    text = "Ann " + "x" * (LOOKBACK + 10) + " Bob she"
    table = EntityTable(text)
    table.get_or_add("a", "person", "Ann")
    table.add_mention("a", S(0, 3))
    table.get_or_add("b", "person", "Bob")
    bob = text.index("Bob")
    table.add_mention("b", S(bob, bob + 3))
    near = [d.key for _sp, d in table.mentions_before(len(text) - 3)]
    assert near == ["b"]
    assert [d.key for _sp, d in table.mentions_before(len(text) - 3, window=None)] == ["a", "b"]
