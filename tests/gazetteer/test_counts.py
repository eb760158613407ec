"""Coverage of the shipped data: the minimums the brief sets, and no gaps where news needs none."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.gazetteer import WEAPON_CATEGORIES, Gazetteer

DEFENCE_NEWS_STATES = (
    "USA", "RUS", "CHN", "IND", "PAK", "GBR", "FRA", "DEU", "ITA", "ESP", "POL", "UKR", "TUR",
    "ISR", "IRN", "IRQ", "SYR", "SAU", "ARE", "QAT", "EGY", "JPN", "KOR", "PRK", "TWN", "AUS",
    "CAN", "BRA", "IDN", "VNM", "PHL", "MYS", "SGP", "THA", "AFG", "KAZ", "BLR", "GRC", "NLD",
    "SWE", "NOR", "FIN", "ZAF", "NGA", "MEX", "JOR", "LBN", "YEM", "LBY", "VEN",
)
CORE = ("USA", "RUS", "CHN", "IND", "GBR", "FRA", "DEU", "JPN", "TUR", "ISR", "IRN", "UKR")
HEADS = ("President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Supreme Leader")


def test_minimum_counts(gz: Gazetteer) -> None:
    counts = gz.counts()
    assert counts["states"] == 197
    assert counts["weapons"] >= 350
    assert counts["weapon_classes"] >= 40
    assert counts["organizations"] >= 120
    assert counts["office_terms"] >= 800
    assert counts["places"] >= 800
    assert counts["states_with_holders"] >= 40


def test_un_members_and_the_four_others(gz: Gazetteer) -> None:
    statuses = [s.status for s in gz.states]
    assert statuses.count("un_member") == 193
    assert {s.id for s in gz.states if s.status != "un_member"} == {"TWN", "XKX", "PSE", "VAT"}


@pytest.mark.parametrize("code", DEFENCE_NEWS_STATES)
def test_every_listed_state_has_holders_since_2010(gz: Gazetteer, code: str) -> None:
    recent = [h for h in gz.holders if code in (h.country, h.actor)
              and (h.end_date is None or h.end_date >= dt.date(2010, 1, 1))]
    assert len({h.role for h in recent}) >= 2, code


@pytest.mark.parametrize("code", CORE)
def test_core_states_have_no_gaps_since_2010(gz: Gazetteer, code: str) -> None:
    days = [dt.date(year, month, 15) for year in range(2010, 2026) for month in (1, 4, 7, 10)]
    for day in days:
        assert gz.holder_at(code, "Minister of Defence", day) is not None, (code, day)
        assert gz.holder_at(code, "Minister of Foreign Affairs", day) is not None, (code, day)
        assert any(gz.holder_at(code, role, day) for role in HEADS), (code, day)


def test_organisation_heads_are_country_less(gz: Gazetteer) -> None:
    heads = {h.actor for h in gz.holders if h.country is None}
    assert {"NATO", "UN", "EU", "IAEA", "OPCW"} <= heads
    assert all(h.role in {"Secretary-General", "Director General", "High Representative",
                          "President of the European Commission", "President of the European "
                          "Council", "Chairperson", "Co-Chair", "Leader",
                          "Special Envoy for Syria"}
               for h in gz.holders if h.country is None)


def test_actor_keys_of_events_md_exist(gz: Gazetteer) -> None:
    keys = {o.actor for o in gz.organizations}
    for key in ("NATO", "UN", "EU", "OPCW", "CSTO", "Arab League", "Islamic State", "Taliban",
                "Houthis", "Hezbollah", "Hamas", "Hayat Tahrir al-Sham", "YPG",
                "Syrian opposition"):
        assert key in keys, key


def test_every_weapon_category_is_used(gz: Gazetteer) -> None:
    assert {w.category for w in gz.weapons} == set(WEAPON_CATEGORIES)
