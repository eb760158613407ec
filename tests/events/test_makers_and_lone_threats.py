"""A weapon's maker as the seller of a purchase made, one transfer per named system, a
journey's host only when someone travels, and threats whose sentence names no target
(session of 2026-12-07, issue 8), with texts written for the test."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "row"), [
    ("Saudi Arabia bought $110bn of American weapons during the visit.",
     (["USA"], ["SAU"])),
    ("The Philippine navy received two frigates built by South Korea's Hyundai Heavy "
     "Industries.", (["KOR"], ["PHL"])),
    ("The shipment of Iranian drones to Russia began in August, officials said.",
     (["IRN"], ["RUS"])),
])
def test_a_purchase_made_is_sold_by_the_weapons_maker(events_of: Run, text: str,
                                                      row: tuple[list[str], list[str]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [row]


def test_a_wish_to_buy_names_no_seller_by_the_maker(events_of: Run) -> None:
    text = "Saudi Arabia wants to buy American weapons, its foreign minister said."
    assert not [r for r in kind(events_of(text), "arms_transfer", "supplier") if r[0]]


@pytest.mark.parametrize(("text", "systems"), [
    ("Germany will hand over 15 Gepard anti-aircraft tanks to Ukraine next month.",
     [["Flakpanzer Gepard"]]),
    ("Germany will deliver Leopard 2 tanks and Marder infantry fighting vehicles to Ukraine.",
     [["Leopard 2"], ["Marder"]]),
])
def test_one_transfer_per_named_system(events_of: Run, text: str,
                                       systems: list[list[str]]) -> None:
    rows = kind(events_of(text), "arms_transfer", "system")
    assert sorted(r[0] for r in rows) == systems


def test_gathering_for_a_meeting_is_no_journey_to_its_host(events_of: Run) -> None:
    text = "NATO foreign ministers gathered in Brussels for a two-day meeting."
    assert not [r for r in kind(events_of(text), "meeting", "participants") if "BEL" in r[0]]


def test_welcomed_to_a_city_places_the_meeting(events_of: Run) -> None:
    text = ("Saudi Crown Prince Mohammed bin Salman welcomed Turkish President Recep Tayyip "
            "Erdogan to Jeddah on Tuesday.")
    assert kind(events_of(text), "meeting", "participants", "place") == [
        (["SAU", "TUR"], ["Jeddah"])]


def test_is_to_meet_is_to_come(events_of: Run) -> None:
    text = "Russian Foreign Minister Sergei Lavrov is to meet his Turkish counterpart in Antalya."
    assert kind(events_of(text), "meeting", "modality") == [("future",)]


@pytest.mark.parametrize(("text", "pair"), [
    ("Iran has accused Israel of the strike. Tehran has vowed vengeance for the incident.",
     (["IRN"], ["ISR"])),
    ("Instead of warning Recep Tayyip Erdogan off a threatened offensive into Syria aimed at "
     "Kurdish forces, Washington abandoned them.", (["TUR"], ["YPG"])),
    ("The YPG fighters, those defenders of Kobane that Turkey has pledged to destroy, hold "
     "the town.", (["TUR"], ["YPG"])),
    ("Saudi Arabia warned of retaliation if it was hit by Iranian missiles.",
     (["SAU"], ["IRN"])),
    ("The Houthis threatened to attack ships bound for Israel.", (["Houthis"], ["ISR"])),
    ("Vladimir Putin warned that Russia would respond to the deployment of US missiles in "
     "Europe.", (["RUS"], ["USA"])),
])
def test_threats_aimed_beyond_their_words(events_of: Run, text: str,
                                          pair: tuple[list[str], list[str]]) -> None:
    assert kind(events_of(text), "threat", "source", "target") == [pair]


@pytest.mark.parametrize("text", [
    "Syria faces an offensive. The UN has warned of a humanitarian catastrophe if the attack "
    "goes ahead.",
    "Bashar al-Assad warned that threats of Western military action would only lead to chaos.",
    "US forces continue to counter the terrorist threat posed by ISIS in Somalia.",
    "Russia has been warning for weeks of a staged chemical attack by Syrian rebels.",
    "It threatens to be another day of tension between Russia and Britain.",
])
def test_dangers_spoken_of_are_no_threats(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "threat", "source", "target") == []


def test_invited_for_talks_meets_the_host(events_of: Run) -> None:
    text = ("French President Emmanuel Macron has invited two leaders of the Syrian Democratic "
            "Forces to Paris to discuss how to protect the Kurds.")
    assert kind(events_of(text), "meeting", "participants", "place", "modality") == [
        (["FRA", "YPG"], ["Paris"], "future")]


def test_talks_when_a_visitor_comes_are_with_the_visitor(events_of: Run) -> None:
    text = ("Chuck Hagel said he looks forward to discussing the decision when Japanese "
            "Defense Minister Itsunori Onodera visits Washington next week.")
    assert kind(events_of(text), "meeting", "participants", "place") == [
        (["JPN", "USA"], ["Washington"])]


def test_co_owners_of_a_force_are_not_its_place(events_of: Run) -> None:
    text = ("The rebels of the Damascus suburb of Ghouta surrendered to Russian and Syrian "
            "forces in April.")
    rows = kind(events_of(text), "deployment", "deployer", "place")
    assert not [r for r in rows if r[1] == ["RUS"]]


def test_a_force_noun_of_a_moving_verb_is_that_verbs_event(events_of: Run) -> None:
    text = ("Donald Trump announced American troops would leave Syria soon, during a speech "
            "in Ohio.")
    assert kind(events_of(text), "deployment", "deployer", "place") == [(["USA"], ["SYR"])]


@pytest.mark.parametrize(("text", "row"), [
    ("French President Emmanuel Macron has invited two leaders of the Syrian Democratic "
     "Forces to Paris to discuss how to protect the Kurds from Turkish forces.",
     (["YPG"], ["FRA"], ["Paris"], "future")),
    ("Chinese President Xi Jinping invited Russian President Vladimir Putin to Beijing for "
     "talks next month.", (["RUS"], ["CHN"], ["Beijing"], "future")),
])
def test_an_invitation_to_a_city_is_a_visit_to_come(events_of: Run, text: str,
                                                    row: tuple[object, ...]) -> None:
    assert kind(events_of(text), "visit", "visitor", "host", "place", "modality") == [row]


def test_an_invitation_to_join_is_no_visit(events_of: Run) -> None:
    text = "US President Joe Biden invited Finland to join the alliance."
    assert kind(events_of(text), "visit", "visitor") == []


@pytest.mark.parametrize(("text", "rows"), [
    ("China has sold armed drones to Saudi Arabia and the United Arab Emirates.",
     [(["CHN"], ["SAU"]), (["CHN"], ["ARE"])]),
    ("Turkish-made Bayraktar drones were sold to Ukraine and Poland.",
     [(["TUR"], ["UKR"]), (["TUR"], ["POL"])]),
])
def test_each_recipient_named_gets_its_transfer(events_of: Run, text: str,
                                                rows: list[tuple[list[str], list[str]]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == rows


def test_a_state_armed_force_was_armed_by_it(events_of: Run) -> None:
    text = "The US-armed YPG fighters captured Raqqa."
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [
        (["USA"], ["YPG"])]


@pytest.mark.parametrize(("text", "row"), [
    ("The first batch of F-35 jets arrived in Israel from the United States.",
     (["USA"], ["ISR"])),
    ("A shipment of Chinese-made drones arrived in Ethiopia last week.", (["CHN"], ["ETH"])),
])
def test_weapons_that_arrive_are_delivered(events_of: Run, text: str,
                                           row: tuple[list[str], list[str]]) -> None:
    assert kind(events_of(text), "arms_transfer", "supplier", "recipient") == [row]


def test_warplanes_that_arrive_are_a_force(events_of: Run) -> None:
    text = "Russian warplanes arrived in Syria in September 2015."
    assert kind(events_of(text), "arms_transfer", "supplier") == []


def test_being_briefed_in_person_is_a_meeting(events_of: Run) -> None:
    text = ("UN envoy Staffan de Mistura will travel to Moscow on Thursday to be briefed by "
            "Russian Foreign Minister Sergei Lavrov.")
    assert kind(events_of(text), "meeting", "participants", "place", "modality") == [
        (["RUS", "UN"], ["Moscow"], "future")]


@pytest.mark.parametrize(("text", "place"), [
    ("Iranian Foreign Minister Javad Zarif flew to Beijing on Friday. There he met his "
     "Chinese counterpart Wang Yi.", ["Beijing"]),
    ("US Secretary of State Antony Blinken is in Kyiv. He is expected to meet President "
     "Volodymyr Zelensky.", ["Kyiv"]),
])
def test_a_meeting_after_a_visit_is_where_the_visit_went(events_of: Run, text: str,
                                                         place: list[str]) -> None:
    assert [r[0] for r in kind(events_of(text), "meeting", "place")] == [place]
