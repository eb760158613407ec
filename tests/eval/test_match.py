"""The comparison rules of the scorer, one by one."""

from __future__ import annotations

import pytest

from factwire.eval import match


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    (["USA"], ["USA"], True),
    (["USA"], ["IND"], False),
    (["USA", "IND"], ["USA"], False),            # gold has two: both must be shared
    (["USA", "IND"], ["USA", "IND", "PAK"], True),  # extra predicted actors do not hurt
    (["USA", "FRA", "GBR", "DEU"], ["USA", "FRA"], True),   # half, and two shared
    (["USA", "FRA", "GBR", "DEU"], ["USA", "ITA"], False),  # only one shared
    (["A", "B", "C", "D", "E"], ["A", "B"], False),          # 2 of 5 is less than half
    (["A", "B", "C", "D", "E"], ["A", "B", "C"], True),
    (["NATO", "RUS"], ["nato", "rus"], True),                # keys compare without case
    ([], ["USA"], False),
])
def test_actor_set_rule(gold: list[str], pred: list[str], expected: bool) -> None:
    assert match.actor_sets_match(gold, pred) is expected


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ("2018-10", "2018-10-05", True),
    ("2018", "2018-10-05", True),
    ("2018-10-05", "2018-10-05", True),
    ("2018-10-05", "2018-10", False),   # coarser than gold is not enough
    ("2018-10", "2018-11-05", False),
    ("2018-10", None, False),
])
def test_date_prefix(gold: str, pred: str | None, expected: bool) -> None:
    assert match.date_matches(gold, pred) is expected


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    (["Project 11356", "frigate"], ["Project 11356 frigates"], True),
    (["frigate"], ["Project 11356 frigates"], True),
    (["S-400"], ["S-400 Triumf"], True),
    (["S-400"], ["S400 air defence systems"], True),   # hyphen carries no identity
    (["F-16"], ["F16 Block 52 aircraft"], True),
    (["S-400"], ["S-300"], False),
    (["Harpoon missile"], ["missiles"], False),         # vague prediction, specific gold
    (["Ka-226", "Kamov-226"], ["Kamov 226T helicopters"], True),  # a variant names the system
    (["Ka-226", "Kamov-226"], ["Ka-52 helicopters"], False),
    (["F-16"], ["F-15SA aircraft"], False),
])
def test_system_by_name(gold: list[str], pred: list[str], expected: bool,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "gazetteer_id", lambda kind, name: None)
    assert match.system_matches(gold, pred) is expected


def _fake_gazetteer(ids: dict[str, str]) -> object:
    return lambda kind, name: ids.get(name) if kind == "weapon" else None


def test_system_alias_via_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = {"SA-21": "weapon:s-400", "S-400 Triumph": "weapon:s-400",
           "S-400 Triumf": "weapon:s-400", "Pantsir": "weapon:pantsir-s1"}
    monkeypatch.setattr(match, "gazetteer_id", _fake_gazetteer(ids))
    assert match.system_matches(["SA-21"], ["S-400 Triumph"])
    assert not match.system_matches(["SA-21"], ["Pantsir"])
    # a predicted canonical id is enough, whatever the predicted name says
    assert match.system_matches(["SA-21"], ["the Russian system"], ["weapon:s-400"])


def test_gazetteer_lookup_never_raises() -> None:
    """Whether or not the gazetteer can be loaded, an unknown name is simply unknown."""
    match._gazetteer.cache_clear()
    match.gazetteer_id.cache_clear()
    assert match.gazetteer_id("weapon", "no such weapon zz-9999") is None
    assert match.gazetteer_id("person", "Sergei Shoigu") is None  # no lookup for this kind


def test_quote_folding() -> None:
    pred = "It doesn\u2019t  mean\nit will lead to \u201canything\u201d, he said"
    assert match.fold_quote_text("doesn't mean it will lead to anything") in \
        match.fold_quote_text(pred)
    assert match.fold_quote_text("\u2018Our  Cooperation\u2019") == "our cooperation"


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ("air defence system purchase", "purchase of S-400 air defense systems", True),
    ("jointly develop six nuclear power plants", "nuclear power plants", True),  # 3 of 6
    ("jointly develop six nuclear power plants", "power plants", False),         # 2 of 6
    ("sanctions", "sanctions under CAATSA", True),
    ("counterterrorism", "counter-terrorism drills", True),
    ("sanctions", "military action", False),
])
def test_free_text_overlap(gold: str, pred: str, expected: bool) -> None:
    assert match.text_overlaps(gold, pred) is expected


def test_names_and_places() -> None:
    assert match.person_matches("Sergei Shoigu", ["Shoigu"])
    assert match.person_matches("Sergei Shoigu", ["General Sergei K. Shoigu"])
    assert not match.person_matches("Vladimir Putin", ["Rasputin"])
    assert match.place_matches("Jodhpur", "Jodhpur, Rajasthan")
    assert match.place_matches("New Delhi", "Delhi")
    assert match.place_matches("POL", "Poland", ["POL"])
    assert not match.place_matches("Jodhpur", "Kalaikunda")
    assert match.same_name("the Pentagon", "Pentagon")
