"""Lookups on the packaged gazetteer return exactly the records the NLP stage relies on."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.gazetteer import Gazetteer, OfficeHolder, load_gazetteer
from factwire.model import InputError


def test_gazetteer_is_loaded_once_per_process() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("text", [
    "S-400", "S400", "S 400", "s-400 triumf", "S-400 Triumph", "SA-21 Growler", "SA-21",
    "Triumf", "S-400s", "S-400 Triumph defense systems", "the S-400",
])
def test_s400_aliases(gz: Gazetteer, text: str) -> None:
    weapon = gz.weapon(text)
    assert weapon is not None
    assert (weapon.id, weapon.country, weapon.category) == ("s-400", "RUS", "air_defence")
    assert weapon.canonical == "weapon:s-400"


@pytest.mark.parametrize("text", [
    "Ka-226", "Kamov-226", "Ka-226T", "KA 226", "Kamov-226 helicopters",
])
def test_ka226_aliases(gz: Gazetteer, text: str) -> None:
    weapon = gz.weapon(text)
    assert weapon is not None
    assert weapon.id == "ka-226"
    assert weapon.partners == ("IND",)


@pytest.mark.parametrize("text", [
    "Project 11356", "Project 1135.6", "Talwar class", "Talwar-class frigates",
    "Admiral Grigorovich class", "Project 11356 frigates",
])
def test_project_11356_is_one_record(gz: Gazetteer, text: str) -> None:
    weapon = gz.weapon(text)
    assert weapon is not None
    assert weapon.id == "project-11356"
    assert "frigate" in weapon.generic_terms


@pytest.mark.parametrize(("text", "expected"), [
    ("F-35 Lightning II", "f-35"), ("Joint Strike Fighter", "f-35"), ("PAC-3", "patriot"),
    ("MIM-104 Patriot", "patriot"), ("HIMARS", "himars"), ("Bayraktar TB2", "bayraktar-tb2"),
    ("Su-30MKI", "su-30mki"), ("Su-30SM", "su-30"), ("Rafales", "rafale"), ("Kalibr", "kalibr"),
    ("Geran-2", "shahed-136"), ("SCALP EG", "storm-shadow"),
    ("INS Vikramaditya", "ins-vikramaditya"),
    ("Type 055", "type-055"), ("Scorpène", "scorpene"), ("Kalvari class", "scorpene"),
    ("P-8I", "p-8"), ("MQ-9B SkyGuardian", "mq-9"), ("Leopard", "leopard-2"),
])
def test_weapon_aliases(gz: Gazetteer, text: str, expected: str) -> None:
    weapon = gz.weapon(text)
    assert weapon is not None
    assert weapon.id == expected


def test_unknown_weapon_and_class_nouns_alone(gz: Gazetteer) -> None:
    assert gz.weapon("frigates") is None
    assert gz.weapon("Death Star") is None
    assert gz.candidates("Leopard", "weapon") == ("weapon:leopard-2", "weapon:leopard-1")


@pytest.mark.parametrize(("text", "label", "category"), [
    ("naval frigates", "frigate", "ship"), ("frigate", "frigate", "ship"),
    ("air defense system", "air-defence", "air_defence"),
    ("air defence systems", "air-defence", "air_defence"),
    ("fighter jets", "fighter", "combat_aircraft"), ("drones", "drone", "uav"),
    ("land systems", "land-systems", "other"), ("submarines", "submarine", "submarine"),
    ("tanks", "tank", "tank"), ("missile system", "missile", "missile"),
])
def test_weapon_classes(gz: Gazetteer, text: str, label: str, category: str) -> None:
    cls = gz.weapon_class(text)
    assert cls is not None
    assert (cls.label, cls.category) == (label, category)


@pytest.mark.parametrize(("text", "code"), [
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Moscow", "RUS"), ("Washington", "USA"),
    ("the White House", "USA"), ("the Pentagon", "USA"), ("Foggy Bottom", "USA"),
    ("Indian", "IND"), ("India's", "IND"), ("New Delhi", "IND"), ("U.S.", "USA"), ("US", "USA"),
    ("America", "USA"), ("the United States of America", "USA"), ("American", "USA"),
    ("Britain", "GBR"), ("UK", "GBR"), ("Great Britain", "GBR"), ("British", "GBR"),
    ("Whitehall", "GBR"), ("Downing Street", "GBR"), ("South Korea", "KOR"), ("ROK", "KOR"),
    ("Republic of Korea", "KOR"), ("DPRK", "PRK"), ("North Korea", "PRK"), ("Turkish", "TUR"),
    ("Türkiye", "TUR"), ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Tehran", "IRN"), ("Ankara", "TUR"),
    ("Damascus", "SYR"), ("Tokyo", "JPN"), ("Seoul", "KOR"), ("Pyongyang", "PRK"),
    ("Beijing", "CHN"), ("Taiwan", "TWN"), ("Kosovo", "XKX"), ("Palestine", "PSE"),
    ("Holy See", "VAT"), ("Dominican", "DOM"),
])
def test_state_lookup(gz: Gazetteer, text: str, code: str) -> None:
    state = gz.state(text)
    assert state is not None
    assert state.id == code


def test_brussels_and_ambiguous_names_are_not_states(gz: Gazetteer) -> None:
    assert gz.state("Brussels") is None
    assert gz.state("Congo") is None
    assert set(gz.candidates("Congo", "country")) == {"state:COD", "state:COG"}
    assert gz.state("IND") is None  # ISO codes are looked up with state_by_code only


def test_state_by_code_and_demonym(gz: Gazetteer) -> None:
    india = gz.state_by_code("ind")
    assert india is not None
    assert (india.name, india.capital) == ("India", "New Delhi")
    assert gz.state_by_code("XXX") is None
    russia = gz.demonym("Russian")
    assert russia is not None
    assert russia.id == "RUS"
    assert gz.demonym("Russia") is None
    assert gz.demonym("Kremlin") is None


@pytest.mark.parametrize(("text", "org", "actor"), [
    ("SDF", "YPG", "YPG"), ("Syrian Democratic Forces", "YPG", "YPG"),
    ("Kurdish People's Protection Units", "YPG", "YPG"), ("YPG", "YPG", "YPG"),
    ("Free Syrian Army", "Syrian opposition", "Syrian opposition"),
    ("Syrian National Coalition", "Syrian opposition", "Syrian opposition"),
    ("ISIS", "Islamic State", "Islamic State"), ("Daesh", "Islamic State", "Islamic State"),
    ("ISIS-K", "ISKP", "Islamic State"), ("Houthi rebels", "Houthis", "Houthis"),
    ("Ansar Allah", "Houthis", "Houthis"), ("Hizbollah", "Hezbollah", "Hezbollah"),
    ("HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("Arab League", "Arab League",
    "Arab League"), ("UNSC", "UN Security Council", "UN"), ("U.N.", "UN", "UN"),
    ("European Commission", "European Commission", "EU"), ("Brussels", "EU", "EU"),
    ("North Atlantic Treaty Organisation", "NATO", "NATO"), ("IRGC", "IRGC", "IRN"),
    ("Raytheon", "RTX", "RTX"), ("Rosoboronexport", "Rosoboronexport", "RUS"),
    ("Rafael", "Rafael", "ISR"), ("Lockheed", "Lockheed Martin", "Lockheed Martin"),
    ("State Department", "US State Department", "USA"), ("TECRO", "TECRO", "TWN"),
    ("6th Fleet", "US Sixth Fleet", "USA"), ("Royal Navy", "Royal Navy", "GBR"),
    ("82nd Airborne Division", "82nd Airborne Division", "USA"),
])
def test_organization_lookup(gz: Gazetteer, text: str, org: str, actor: str) -> None:
    found = gz.organization(text)
    assert found is not None
    assert (found.id, found.actor) == (org, actor)


def test_brussels_candidates_name_eu_and_nato(gz: Gazetteer) -> None:
    assert set(gz.candidates("Brussels", "organization")) == {"org:EU", "org:NATO"}


def test_arms_companies_have_home_states(gz: Gazetteer) -> None:
    expected = {"Lockheed Martin": "USA", "Almaz-Antey": "RUS", "HAL": "IND", "Dassault Aviation":
                "FRA", "Rafael": "ISR", "Hanwha": "KOR", "Norinco": "CHN", "Saab": "SWE",
                "Kamov": "RUS", "BAE Systems": "GBR"}
    for name, code in expected.items():
        org = gz.organization(name)
        assert org is not None, name
        assert (org.kind, org.country) == ("company", code)


@pytest.mark.parametrize(("text", "place", "country", "kind"), [
    ("Jodhpur", "jodhpur", "IND", "city"), ("Jodhpur, Rajasthan", "jodhpur", "IND", "city"),
    ("Rajasthan", "rajasthan", "IND", "region"), ("Kalaikunda", "kalaikunda", "IND", "base"),
    ("West Bengal", "west-bengal", "IND", "region"), ("Sochi", "sochi", "RUS", "city"),
    ("Idlib", "idlib", "SYR", "region"), ("Eastern Ghouta", "ghouta", "SYR", "region"),
    ("Donbass", "donbas", "UKR", "region"), ("Crimea", "crimea", "UKR", "region"),
    ("Sevastopol", "sevastopol", "UKR", "city"), ("Incirlik Air Base", "incirlik", "TUR", "base"),
    ("Ramstein", "ramstein", "DEU", "base"), ("Diego Garcia", "diego-garcia", "GBR", "base"),
    ("Khmeimim", "hmeimim", "SYR", "base"), ("Al Udeid", "al-udeid", "QAT", "base"),
    ("Camp Lemonnier", "camp-lemonnier", "DJI", "base"), ("Hyderabad", "hyderabad", "IND", "city"),
    ("South China Sea", "south-china-sea", None, "sea"), ("Kiev", "kyiv", "UKR", "city"),
])
def test_place_lookup(gz: Gazetteer, text: str, place: str, country: str | None,
                      kind: str) -> None:
    found = gz.place(text)
    assert found is not None
    assert (found.id, found.country, found.kind) == (place, country, kind)


def test_ambiguous_place_without_default(gz: Gazetteer) -> None:
    assert gz.place("Punjab") is None
    assert set(gz.candidates("Punjab", "location")) == {"place:punjab-india",
                                                        "place:punjab-pakistan"}


@pytest.mark.parametrize(("country", "role", "day", "name"), [
    ("RUS", "Minister of Defence", "2018-12-13", "Sergei Shoigu"),
    ("IND", "Minister of Defence", "2018-12-13", "Nirmala Sitharaman"),
    ("USA", "President", "2019-06-01", "Donald Trump"),
    ("USA", "President", "2022-06-01", "Joe Biden"),
    ("USA", "Secretary of Defense", "2018-12-13", "Jim Mattis"),
    ("USA", "Secretary of State", "2018-12-13", "Mike Pompeo"),
    ("RUS", "President", "2018-12-13", "Vladimir Putin"),
    ("RUS", "President", "2010-06-01", "Dmitry Medvedev"),
    ("RUS", "Minister of Foreign Affairs", "2018-12-13", "Sergei Lavrov"),
    ("RUS", "Defence Minister", "2024-06-01", "Andrei Belousov"),
    ("IND", "Prime Minister", "2018-12-13", "Narendra Modi"),
    ("IND", "Prime Minister", "2012-01-01", "Manmohan Singh"),
    ("DEU", "Chancellor", "2018-12-13", "Angela Merkel"),
    ("GBR", "Prime Minister", "2022-10-01", "Liz Truss"),
    ("IRN", "Supreme Leader", "2018-12-13", "Ali Khamenei"),
    ("AFG", "Minister of Foreign Affairs", "2023-01-01", "Amir Khan Muttaqi"),
    ("NATO", "Secretary-General", "2018-12-13", "Jens Stoltenberg"),
    ("UN", "Secretary-General", "2018-12-13", "Antonio Guterres"),
    ("EU", "High Representative", "2018-12-13", "Federica Mogherini"),
    ("UN", "Special Envoy for Syria", "2017-11-20", "Staffan de Mistura"),
    ("UN", "UN Special Envoy for Syria", "2019-06-01", "Geir Pedersen"),
    ("USA", "Ambassador to the UN", "2018-04-12", "Nikki Haley"),
    ("RUS", "Permanent Representative to the UN", "2018-04-12", "Vassily Nebenzia"),
])
def test_holder_at(gz: Gazetteer, country: str, role: str, day: str, name: str) -> None:
    holder = gz.holder_at(country, role, day)
    assert holder is not None
    assert holder.name == name


def test_holder_at_handover_day_prefers_the_incoming_holder(gz: Gazetteer) -> None:
    holder = gz.holder_at("RUS", "Minister of Defence", dt.date(2012, 11, 6))
    assert holder is not None
    assert holder.name == "Sergei Shoigu"


def test_holder_at_unknown_role_or_date_outside_data(gz: Gazetteer) -> None:
    assert gz.holder_at("RUS", "Minister of Magic", "2018-12-13") is None
    assert gz.holder_at("USA", "Prime Minister", "2018-12-13") is None
    assert gz.holder_at("RUS", "Minister of Defence", "1990-01-01") is None
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        gz.holder_at("RUS", "Minister of Defence", "13/12/2018")


def test_us_titles_are_kept_beside_canonical_roles(gz: Gazetteer) -> None:
    holder = gz.holder_at("USA", "Minister of Defence", "2018-12-13")
    assert holder is not None
    assert (holder.role, holder.title) == ("Minister of Defence", "Secretary of Defense")
    assert gz.role_name("Secretary of State") == "Minister of Foreign Affairs"
    assert gz.role_name("defence minister") == "Minister of Defence"


def test_people_by_full_name_variant_and_surname(gz: Gazetteer) -> None:
    for name in ("Sergei Shoigu", "Sergey Shoygu", "Shoigu", "Defence Minister Sergei Shoigu"):
        terms = gz.people(name)
        assert [(t.person, t.role) for t in terms] == [  # defence, then the security council
            ("sergei-shoigu", "Minister of Defence"),
            ("sergei-shoigu", "National Security Adviser")]
    putin = gz.people("Vladimir Putin")
    assert [(t.role, t.start) for t in putin] == [("Prime Minister", "1999-08-16"),
                                                 ("President", "2000-05-07"),
                                                 ("Prime Minister", "2008-05-08"),
                                                 ("President", "2012-05-07")]
    assert gz.people("Nobody Atall") == []


def test_people_with_a_shared_surname(gz: Gazetteer) -> None:
    persons = {t.person for t in gz.people("Sharif")}
    assert persons == {"nawaz-sharif", "shehbaz-sharif"}


def _role(found: OfficeHolder | None) -> tuple[str, str | None, str]:
    assert found is not None
    return found.name, found.country, found.role


def test_role_of(gz: Gazetteer) -> None:
    assert _role(gz.role_of("Shoigu", "2018-12-13")) == ("Sergei Shoigu", "RUS",
                                                         "Minister of Defence")
    assert _role(gz.role_of("Nirmala Sitharaman", "2018-12-13")) == (
        "Nirmala Sitharaman", "IND", "Minister of Defence")
    assert _role(gz.role_of("Putin", "2010-01-01")) == ("Vladimir Putin", "RUS", "Prime Minister")
    assert _role(gz.role_of("Mohammed bin Salman", "2020-01-01")) == (
        "Mohammed bin Salman", "SAU", "Crown Prince")
    assert _role(gz.role_of("Jens Stoltenberg", "2012-01-01")) == ("Jens Stoltenberg", "NOR",
                                                                  "Prime Minister")
    stoltenberg = gz.role_of("Stoltenberg", "2020-01-01")
    assert stoltenberg is not None
    assert (stoltenberg.country, stoltenberg.actor) == (None, "NATO")
    assert _role(gz.role_of("Shoigu", "2025-01-01")) == (  # the security council's secretary
        "Sergei Shoigu", "RUS", "National Security Adviser")
    assert gz.role_of("Mattis", "2025-01-01") is None  # out of office
    assert gz.role_of("Sharif", "2014-01-01") is not None  # only Nawaz held office then
    assert gz.role_of("Kim", "2013-01-01") is None  # several office-holding Kims
    assert gz.role_of("Kim", "2013-01-01", country="PRK") is None  # Kim Jong Un, Kim Kyok-sik
    kim = gz.role_of("Kim", "2016-01-01", country="PRK")
    assert kim is not None
    assert kim.name == "Kim Jong Un"


def test_surface_forms_cover_every_record_and_resolve_back(gz: Gazetteer) -> None:
    forms = list(gz.surface_forms())
    kinds = {kind for _, kind, _ in forms}
    assert kinds == {"country", "organization", "person", "weapon", "location"}
    ids = {canonical for _, _, canonical in forms}
    assert {"state:RUS", "org:NATO", "person:sergei-shoigu", "weapon:s-400",
            "place:jodhpur"} <= ids
    assert len(ids) == (len(gz.states) + len(gz.organizations) + len(gz.places)
                        + len(gz.weapons) + len({h.person for h in gz.holders}))
    assert ("the Kremlin", "country", "state:RUS") in forms
    assert ("SA-21 Growler", "weapon", "weapon:s-400") in forms
    for surface, kind, canonical in forms:
        assert canonical in gz.candidates(surface, kind), (surface, kind, canonical)
    with_classes = list(gz.surface_forms(include_classes=True))
    assert ("naval frigates", "weapon", "class:frigate") in with_classes
    assert ("May", "person", "person:theresa-may") in forms
    full_names = list(gz.surface_forms(single_word_people=False))
    assert ("May", "person", "person:theresa-may") not in full_names
    assert ("Theresa May", "person", "person:theresa-may") in full_names
    assert ("the Kremlin", "country", "state:RUS") in full_names


def test_get_and_actor_key(gz: Gazetteer) -> None:
    assert gz.actor_key("org:UN Security Council") == "UN"
    assert gz.actor_key("state:IND") == "IND"
    assert gz.actor_key("weapon:s-400") is None
    assert gz.get("nonsense") is None
    terms = gz.get("person:sergei-shoigu")
    assert isinstance(terms, tuple)
    assert terms[0].name == "Sergei Shoigu"


def test_holders_at_lists_every_office_by_rank(gz: Gazetteer) -> None:
    offices = [(h.role, h.name) for h in gz.holders_at("RUS", "2018-12-13")]
    assert offices == [("President", "Vladimir Putin"), ("Prime Minister", "Dmitry Medvedev"),
                       ("Minister of Defence", "Sergei Shoigu"),
                       ("Minister of Foreign Affairs", "Sergei Lavrov"),
                       ("Chief of Defence", "Valery Gerasimov"),
                       ("Foreign Ministry Spokesperson", "Maria Zakharova"),
                       ("National Security Adviser", "Nikolai Patrushev"),
                       ("Permanent Representative to the UN", "Vassily Nebenzia"),
                       ("Presidential Spokesperson", "Dmitry Peskov")]
    assert gz.holders_at("XXX", "2018-12-13") == []


@pytest.mark.parametrize(("prefix", "state"), [
    ("USS", "USA"), ("USNS", "USA"), ("HMS", "GBR"), ("HMAS", "AUS"), ("INS", "IND"),
    ("TCG", "TUR"), ("ORP", "POL"), ("Mr", None), ("uss", None),
])
def test_ship_prefix_names_the_navy(gz: Gazetteer, prefix: str, state: str | None) -> None:
    found = gz.ship_state(prefix)
    assert (found.id if found else None) == state


@pytest.mark.parametrize(("name", "day", "expected"), [
    ("Bazoum", "2022-02-17", ("Mohamed Bazoum", "NER", "President")),
    ("Mahamat Deby", "2022-02-17", ("Mahamat Idriss Déby", "TCD", "President")),
    ("Jake Sullivan", "2023-05-01", ("Jake Sullivan", "USA", "National Security Adviser")),
    # the core of a name without its middle initial and suffix
    ("Ferdinand R. Marcos, Jr.", "2023-05-01", ("Ferdinand Marcos Jr.", "PHL", "President")),
])
def test_holders_added_for_the_sahel_and_advisers(gz: Gazetteer, name: str, day: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert _role(gz.role_of(name, day)) == expected


def test_earlier_leaders_the_news_still_names(gz: Gazetteer) -> None:
    assert [(t.actor, t.role) for t in gz.people("Saddam Hussein")] == [("IRQ", "President")]
    assert [(t.actor, t.end) for t in gz.people("George W Bush")] == [("USA", "2009-01-20")]


def test_british_organs_the_news_names_without_the_state(gz: Gazetteer) -> None:
    assert [o.actor for o in (gz.organization("Home Office"), gz.organization("FCO"))] == [
        "GBR", "GBR"]
    assert gz.organization("Foreign Office") is None  # also Germany's, in English
