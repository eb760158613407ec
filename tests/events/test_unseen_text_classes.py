"""Classes of language met in articles nobody annotated (session of 2026-12-07, third
part, issue 8): goods stopped or paid for, a state's own force sent on a guard mission,
states pushing into another, a column of vehicles the parse leaves without a verb, "them"
for a whole list, and drills, deals and tariffs that are none of the kinds. Texts written
for the test."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "rows"), [
    # who stops (or approves) goods going out sends them
    ("Germany halted arms exports to Turkey after the incursion.", [(["DEU"], ["TUR"])]),
    ("Norway suspended weapons shipments to the United Arab Emirates.",
     [(["NOR"], ["ARE"])]),
    # the agent of a passive approval sells
    ("The sale of F-35 jets to the UAE was approved by the US Congress.",
     [(["USA"], ["ARE"])]),
    # money spent on a state's weapons buys them from it
    ("Saudi Arabia spent $3bn on French weapons last year.", [(["FRA"], ["SAU"])]),
])
def test_goods_stopped_or_paid_for(events_of: Run, text: str,
                                   rows: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == rows


def test_a_requested_sale_has_no_seller_in_its_requester(events_of: Run) -> None:
    text = "A possible sale of F-16 jets was requested by the Government of Bulgaria."
    assert all(s != ["BGR"] for s, in kind(events_of(text), "arms_transfer", "supplier"))


@pytest.mark.parametrize("text", [
    "The UK has sent RAF Typhoon jets to Romania to police the Black Sea.",
    "The US sent F-16 jets to Poland to reinforce Nato's eastern flank.",
])
def test_a_force_sent_on_a_guard_mission_is_no_sale(events_of: Run, text: str) -> None:
    rows = events_of(text)
    assert kind(rows, "arms_transfer", "supplier") == []
    assert len(kind(rows, "deployment", "deployer")) == 1


def test_delivery_from_the_seller_is_not_a_force_there(events_of: Run) -> None:
    text = "India took delivery of its first Rafale jets from France on Monday."
    rows = events_of(text)
    assert kind(rows, "deployment", "deployer") == []
    assert kind(rows, "arms_transfer", "supplier", "recipient") == [(["FRA"], ["IND"])]


@pytest.mark.parametrize(("text", "rows"), [
    ("Russia pushed into eastern Ukraine in 2014.", [(["RUS"], ["UKR"])]),
    ("Turkey advanced across the border into northern Syria on Wednesday.",
     [(["TUR"], ["SYR"])]),
    # markets are no place, and a participle says no advance
    ("China pushed into African markets with cheap loans.", []),
    ("Israel exploited fears of an Iranian threat advancing via Syria.", []),
])
def test_a_state_pushing_into_another(events_of: Run, text: str,
                                      rows: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == rows


def test_a_column_whose_verb_the_parse_took_for_a_modifier(events_of: Run) -> None:
    text = "A convoy of US armoured vehicles crossed into Iraq from Syria."
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["USA"], ["IRQ"])]


def test_them_stands_for_the_whole_list(events_of: Run) -> None:
    text = ("President Trump has brought drama to trade talks with other partners, including "
            "Japan, Canada and Mexico, publicly threatening them with tariffs.")
    assert kind(events_of(text), "threat", "source", "target") == [
        (["USA"], ["CAN", "JPN", "MEX"])]


@pytest.mark.parametrize(("text", "name"), [
    # a tariff supposed in an "if" clause is a case explained, not a warning
    ("If the US imposes a tariff on Chinese televisions, the duty is paid by a US broker, "
     "the economist said.", "threat"),
    # ending measures is no blow
    ("To win the deal, he would have to eliminate all of the tariffs the US put on China.",
     "threat"),
    # a drill of no force
    ("The doctor suggested that the President get on a regular exercise regimen.",
     "exercise"),
    ("Russia condemned the exercise of American power in the region.", "exercise"),
    # a company makes what it owns no force
    ("Emirates finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets at the "
     "Dubai Air Show.", "deployment"),
])
def test_language_that_is_none_of_the_kinds(events_of: Run, text: str, name: str) -> None:
    assert kind(events_of(text), name, "kind") == []


def test_a_warning_of_tariffs_is_still_a_threat(events_of: Run) -> None:
    text = "Washington would impose tariffs on Ankara if it bought the S-400, Pompeo said."
    assert kind(events_of(text), "threat", "source", "target") == [(["USA"], ["TUR"])]


@pytest.mark.parametrize(("text", "rows"), [
    # an act bound by a modal in the "that" clause is a term of the accord
    ("Turkey and Russia agreed that the Kurdish YPG would leave the area within 150 hours.",
     [["RUS", "TUR"]]),
    # a view agreed is no accord
    ("Macron agreed with Trump that the war would be long.", []),
    # the deal the parties agreed in is theirs, not its broker's
    ("Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China.",
     [["IRN", "SAU"]]),
])
def test_what_an_agreement_binds_and_who_is_party(events_of: Run, text: str,
                                                  rows: list[list[str]]) -> None:
    assert [r[0] for r in kind(events_of(text), "agreement", "parties")] == rows


def test_a_place_the_parse_hangs_on_the_state_in_a_title(events_of: Run) -> None:
    text = "Vice President Pence met with President Duterte of the Philippines in Manila."
    rows = events_of(text)
    assert kind(rows, "meeting", "participants", "place") == [(["PHL", "USA"], ["Manila"])]
    assert kind(rows, "visit", "visitor", "host") == [(["USA"], ["PHL"])]


@pytest.mark.parametrize(("text", "rows"), [
    # a weapon that deploys itself, with no object
    ("U.S. B-52 bombers deployed to RAF Fairford in England.", [(["USA"], ["Fairford"])]),
    # a count again for another place, which the parse makes the subject of the main verb
    ("Hence the president's order to withdraw all 2,000 US troops from Syria within a "
     "month, and thousands from Afghanistan, has no rationale.",
     [(["USA"], ["SYR"]), (["USA"], ["AFG"])]),
])
def test_forces_the_parse_leaves_without_an_object(events_of: Run, text: str,
                                                   rows: list[tuple[list[str], list[str]]]
                                                   ) -> None:
    assert kind(events_of(text), "deployment", "deployer", "place") == rows
