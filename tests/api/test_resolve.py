"""Forgiving names: accents, transliterations, aliases, codes and names alike; an unknown
name fails with the closest names instead of returning an empty table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factory import E, Q, V, build

from factwire.api import queries
from factwire.api.resolve import NoMatchError, fold_words, suggest
from factwire.model import Extraction
from factwire.store import Store, open_store, write_extraction

TEXT = ("Turkish President Recep Tayyip Erdoğan met Ukrainian President Volodymyr Zelenskyy "
        "in Istanbul on Friday. \"We want a just and lasting peace,\" Erdoğan said. Zelenskyy "
        "thanked Türkiye and said Ukraine would buy more Bayraktar TB2 drones.")


def talks() -> Extraction:
    """A meeting of two presidents whose names carry accents or several spellings."""
    erdogan = E("E1", "person", "Recep Tayyip Erdoğan", ["Recep Tayyip Erdoğan", "Erdoğan"],
                actor="TUR", country="TUR", role="President")
    zelenskyy = E("E2", "person", "Volodymyr Zelenskyy", ["Volodymyr Zelenskyy", "Zelenskyy"],
                  actor="UKR", country="UKR", role="President")
    turkey = E("E3", "country", "Türkiye", ["Türkiye", "Turkish"], actor="TUR", country="TUR")
    ukraine = E("E4", "country", "Ukraine", ["Ukraine", "Ukrainian"], actor="UKR",
                country="UKR")
    istanbul = E("E5", "location", "Istanbul", country="TUR", canonical="place:istanbul")
    tb2 = E("E6", "weapon", "Bayraktar TB2", country="TUR", category="drone")
    meeting = V("V1", "meeting", "Erdoğan met Ukrainian President Volodymyr Zelenskyy",
                args={"participants": ["E1", "E2"], "place": ["E5"]},
                time=("2022-03-04", "2022-03-04"), cameo="040")
    sale = V("V2", "arms_transfer", "Ukraine would buy more Bayraktar TB2 drones",
             args={"supplier": ["E3"], "recipient": ["E4"], "system": ["E6"]},
             modality="future", status="planned")
    return build(TEXT, doc_id="talks", published="2022-03-05",
                 entities=[erdogan, zelenskyy, turkey, ukraine, istanbul, tb2],
                 events=[meeting, sale], quotes=[Q("Q1", "We want a just and lasting peace",
                                                   "E1")])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = Path(tmp_path_factory.mktemp("resolve")) / "fw.db"
    with open_store(str(path), create=True) as opened:
        with opened.write() as conn:
            write_extraction(conn, talks())
        yield opened


@pytest.mark.parametrize("speaker", ["Erdogan", "Erdoğan", "erdogan", "ERDOGAN",
                                     "Tayyip Erdogan", "Recep Tayyip Erdoğan", "Turkey"])
def test_a_speaker_is_found_however_the_name_is_written(store: Store, speaker: str) -> None:
    assert [q["quote"] for q in queries.quotes(store, speaker=speaker)] == [
        "We want a just and lasting peace"]


@pytest.mark.parametrize("actor", ["Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelensky",
                                   "zelenskyy", "UKR", "Ukraine", "UA", "Ukrainian"])
def test_an_actor_is_a_person_a_key_a_code_or_a_name(store: Store, actor: str) -> None:
    assert [r["kind"] for r in queries.events(store, actor=actor)] == [
        "meeting", "arms_transfer"][: 1 if "elensk" in actor.lower() else 2]


@pytest.mark.parametrize("pair", [("TUR", "UKR"), ("Turkey", "Ukraine"), ("Türkiye", "UA"),
                                  ("TR", "ukr"), ("Erdogan", "Zelensky")])
def test_between_takes_codes_and_names_alike(store: Store, pair: tuple[str, str]) -> None:
    rows = queries.events(store, between=list(pair), kind="meeting")
    assert [r["people"] for r in rows] == [
        ["Recep Tayyip Erdoğan (TUR)", "Volodymyr Zelenskyy (UKR)"]]


@pytest.mark.parametrize(("filters", "found"), [
    ({"system": "TB2"}, ["arms_transfer"]), ({"system": "bayraktar tb-2"}, ["arms_transfer"]),
    ({"place": "Constantinople"}, ["meeting"]), ({"place": "istanbul"}, ["meeting"]),
    ({"supplier": "Turkey"}, ["arms_transfer"]), ({"recipient": "UA"}, ["arms_transfer"]),
])
def test_systems_places_and_roles_by_alias(store: Store, filters: dict[str, str],
                                          found: list[str]) -> None:
    query = queries.transfers if set(filters) & {"supplier", "recipient"} else queries.events
    rows = query(store, modality="all", **filters)  # type: ignore[operator]
    assert [r.get("kind", "arms_transfer") for r in rows] == found


@pytest.mark.parametrize(("filters", "flag", "suggested"), [
    ({"actor": "Erdgoan"}, "--actor", "Erdoğan"),
    ({"actor": "Zelenksy"}, "--actor", "Zelenskyy"),
    ({"place": "Istambul"}, "--place", "Istanbul"),
    ({"system": "Bayraktr TB2"}, "--system", "Bayraktar TB2"),
    ({"between": ["Turkye", "UKR"]}, "--between", "Türkiye"),
])
def test_an_unknown_name_fails_with_the_closest_names(store: Store, filters: dict[str, object],
                                                      flag: str, suggested: str) -> None:
    with pytest.raises(NoMatchError) as caught:
        queries.events(store, **filters)  # type: ignore[arg-type]
    assert caught.value.flag == flag and caught.value.exit_code == 1
    assert any(suggested in s for s in caught.value.suggestions), caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_a_known_name_with_no_events_is_an_empty_answer_not_an_error(store: Store) -> None:
    assert queries.events(store, actor="Chile") == []
    assert queries.events(store, place="Sochi") == []  # in the gazetteer, in no event


@pytest.mark.parametrize(("a", "b"), [("Zelensky", "Zelenskyy"), ("Zelenskiy", "ZELENSKY"),
                                      ("Erdoğan", "Erdogan"), ("Sergeï Shoigu", "Sergei Shoigu")])
def test_folded_spellings_meet(a: str, b: str) -> None:
    assert fold_words(a) == fold_words(b)


def test_suggestions_rank_the_closest_first() -> None:
    assert suggest("Shoigo", ["Sergei Shoigu", "Sochi", "Shanghai"])[0] == "Sergei Shoigu"
    assert suggest("qqqqq", ["Sergei Shoigu"]) == []
