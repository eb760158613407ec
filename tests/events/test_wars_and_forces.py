"""Mechanisms of 2026-12-05, eighth part (issue 8), with sentences written for the test: a
state that joins or enters a war has forces in it; lexicon words of two tokens ("air power")
name a force; "whose army" is the antecedent's; forces that take control of a place hold it;
a state ready, preparing or planning to use force against another threatens it; a counted
meeting ("trilateral") takes its sides from its sentence; "went to" a capital is a visit; a
sanction's lone other state is its target."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Run

pytestmark = pytest.mark.slow


def placed(rows: list[dict[str, Any]]) -> list[tuple[list[str], list[str] | None]]:
    return [(r["deployer"], r.get("place")) for r in rows if r["kind"] == "deployment"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile joined the Bolivian war in 1932.", [(["CHL"], ["BOL"])]),
    ("Since Peru joined the civil war in Bolivia, the front has not moved.",
     [(["PER"], ["BOL"])]),
    ("Argentina entered the Paraguayan conflict in 1865.", [(["ARG"], ["PRY"])]),
    # a war of no named place gives none; a club or a race joined is no war
    ("Chile joined the war in 1932.", []),
    ("Peru joined the Pacific Alliance in 2011.", []),
    ("Bolivia entered the race for the cup.", []),
])
def test_joining_a_war_is_a_presence_in_it(events_of: Run, text: str,
                                           expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two-word force nouns: the parse gives one head with its compound before it
    ("Local militias, backed by Chilean air support, have been fighting in southern Peru.",
     [(["CHL"], ["PER"])]),
    ("The Peruvian army sent an armoured convoy deep into Bolivia on Friday.",
     [(["PER"], ["BOL"])]),
    # an aid convoy is no force
    ("UN convoys were the only lifeline to the besieged towns of Bolivia.", []),
    # "whose" is its antecedent's
    ("Gabriel Boric, the Chilean president whose army intervened in the Bolivian war in "
     "2019, welcomed the move.", [(["CHL"], ["BOL"])]),
])
def test_forces_named_in_two_words_or_through_whose(
        events_of: Run, text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian troops and allied rebels took control of the town of Tarija.",
     [(["PER"], ["Tarija"])]),
    ("Peru seized control of the town of Tarija.", [(["PER"], ["Tarija"])]),
    # backers' proxies are not the backer's forces
    ("Peruvian-backed rebels took control of the town of Tarija on Sunday.", []),
])
def test_taking_control_of_a_place_holds_it(events_of: Run, text: str,
                                            expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


def threats(rows: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return [(r["source"], r["target"]) for r in rows if r["kind"] == "threat"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Aliyev said Azerbaijan was ready to launch a new military operation at any moment "
     "against Armenia.", [(["AZE"], ["ARM"])]),
    ("Azerbaijan is preparing to send its army into Karabakh to confront Armenia.",
     [(["AZE"], ["ARM"])]),
    # "targeting X" on the operation names its target
    ("Baku plans to launch a large military operation targeting Armenia.", [(["AZE"], ["ARM"])]),
    ("Azerbaijan vowed to expel Armenia from the region.", [(["AZE"], ["ARM"])]),
    # readiness or a plan with no force in it threatens no one
    ("Azerbaijan is ready to talk to Armenia.", []),
    ("Azerbaijan plans to open an embassy in Armenia.", []),
])
def test_readiness_and_plans_to_use_force(events_of: Run, text: str,
                                          expected: list[tuple[list[str], list[str]]]) -> None:
    assert threats(events_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the adjective counts the sides; the host of the place is one of them
    ("Baku's demands for a truce, made during a recent trilateral summit in Moscow, were "
     "rebuffed by Yerevan.", [["ARM", "AZE", "RUS"]]),
    # a count the sentence cannot fill leaves the meeting to the sides it names
    ("A trilateral summit in Moscow ended without a statement.", []),
])
def test_a_counted_meeting_takes_its_sides_from_the_sentence(
        events_of: Run, text: str, expected: list[list[str]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "meeting"]
    assert [sorted(r["participants"]) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Recep Tayyip Erdoğan went to Berlin last year.", [(["TUR"], ["DEU"])]),
    # "go" travels only with its own subject: "going to X" under another's clause is none
    ("Officials warned Russians considering going to Syria to earn money.", []),
])
def test_going_to_a_foreign_capital_is_a_visit(events_of: Run, text: str,
                                               expected: list[tuple[list[str], list[str]]]
                                               ) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "visit"]
    assert [(r["visitor"], r["host"]) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one state named besides the imposer is the target
    ("Casting Venezuela as a malign influence, Rubio said the US had reimposed sanctions.",
     [(["USA"], ["VEN"])]),
    # two other states: no target can be read
    ("Rubio said the US had reimposed sanctions, angering Venezuela and Cuba.", []),
    # the phrases of a sanctions package are the sanctions'
    ("The EU's five sanctions packages against Belarus have hurt its economy.",
     [(["EU"], ["BLR"])]),
])
def test_sanction_targets_from_the_sentence(events_of: Run, text: str,
                                            expected: list[tuple[list[str], list[str]]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "sanction"]
    assert [(r["imposer"], r["target"]) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle phrase hung on "until": the armed one is the noun before its comma
    ("It is a betrayal of the Houthis, until now armed and supported by Iran, who have "
     "fought for years.", [(["IRN"], ["Houthis"])]),
    # ... or the subject of the clause it sits in
    ("The Houthis, until now armed and supported by Iran, are in danger.",
     [(["IRN"], ["Houthis"])]),
])
def test_armed_by_in_a_loose_participle(events_of: Run, text: str,
                                        expected: list[tuple[list[str], list[str]]]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == "arms_transfer"]
    assert [(r["supplier"], r["recipient"]) for r in rows] == expected


def test_sanctions_on_others_named_are_not_aimed_at_a_bystander(events_of: Run) -> None:
    # the sanctions say whom they would hit ("third-party countries"): Russia is no target
    rows = events_of("Under its rules against Moscow, Washington could impose sanctions on "
                     "third-party countries should they trade with Russian defence firms.")
    assert [r.get("target") for r in rows if r["kind"] in ("sanction", "threat")] in (
        [], [None], [[]])


def test_an_agreement_subject_split_by_a_hyphen_is_read_whole(events_of: Run) -> None:
    rows = events_of("Peru and Chile signed an agreement on the co-development of a patrol boat.")
    assert [r["subject"] for r in rows if r["kind"] == "agreement"] == ["co-development"]


@pytest.mark.parametrize(("text", "expected"), [
    # "which" holding forces stands for the states it describes
    ("Germany and Italy, which also have troops in Niger, are reviewing their plans.",
     [(["DEU"], ["NER"]), (["ITA"], ["NER"])]),
    # an exit from a place ends a presence there
    ("France's exit from Mali angered its allies.", [(["FRA"], ["MLI"])]),
])
def test_relative_holders_and_exits(events_of: Run, text: str,
                                    expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


def test_the_two_as_a_subject_is_the_pair_named_before(events_of: Run) -> None:
    rows = events_of("Shoigu met his Nigerien counterpart in Moscow. The two signed an "
                     "agreement on military cooperation.")
    assert [r["parties"] for r in rows if r["kind"] == "agreement"] == [["NER", "RUS"]]


def test_an_acronym_in_house_style_is_its_organisation(events_of: Run) -> None:
    # British papers write ECOWAS as "Ecowas"; force named as a noun is what is threatened
    rows = events_of("Ecowas has threatened to use force against Niger's junta.")
    assert threats(rows) == [(["ECOWAS"], ["NER"])]


def test_a_readout_of_a_call_tells_the_call(events_of: Run) -> None:
    text = ("Readout of President Macron's Call with Chancellor Scholz\n\n"
            "Emmanuel Macron spoke today with Olaf Scholz to discuss support for Ukraine.\n")
    rows = [r for r in events_of(text) if r["kind"] in ("call", "meeting")]
    assert [(r["kind"], r["participants"]) for r in rows] == [("call", ["DEU", "FRA"])]


def test_speaking_with_someone_in_a_place_is_no_call_outside_a_readout(events_of: Run) -> None:
    # with no place, news writes calls so (tests/events/test_aims_and_settings.py)
    text = "Emmanuel Macron spoke today with Olaf Scholz in Berlin about support for Ukraine.\n"
    assert [r for r in events_of(text) if r["kind"] == "call"] == []


def test_the_one_invited_to_visit_is_the_visitor(events_of: Run) -> None:
    rows = events_of("Macron invited Merkel to visit Paris next month.")
    assert [(r["visitor"], r["host"], r["modality"]) for r in rows if r["kind"] == "visit"] == [
        (["DEU"], ["FRA"], "future")]


@pytest.mark.parametrize(("text", "kind", "field", "value"), [
    ("Peru and Chile will conduct the Andean Silver Shield exercise in August.", "exercise",
     "name", "Andean Silver Shield"),
    ("Peru and Chile signed a 10-year security agreement in Lima.", "agreement", "subject",
     "10-year security agreement"),
])
def test_names_keep_their_own_words(events_of: Run, text: str, kind: str, field: str,
                                    value: str) -> None:
    assert [r.get(field) for r in events_of(text) if r["kind"] == kind] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    # fighters a group or state sends are its force; a count of advisers held is one too
    ("Hezbollah has sent fighters to Syria since 2013.", [(["Hezbollah"], ["SYR"])]),
    ("Iran, which has thousands of advisers in Iraq, vowed to respond.", [(["IRN"], ["IRQ"])]),
])
def test_sent_fighters_and_counted_advisers(events_of: Run, text: str,
                                            expected: list[tuple[list[str], list[str]]]) -> None:
    assert placed(events_of(text)) == expected


def test_a_warning_targets_the_one_warned_not_the_speakers_own_soil(events_of: Run) -> None:
    rows = events_of("Benjamin Netanyahu warned Iran that Israel would act against any attempt "
                     "to entrench its forces on Israel's northern border.")
    assert threats(rows) == [(["ISR"], ["IRN"])]
