"""Schema checks: the shipped files pass; each kind of hand-editing mistake fails precisely."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factwire.gazetteer import FILES, load_directory, load_gazetteer
from factwire.model import DataError

Data = dict[str, dict[str, Any]]
Writer = Callable[[Callable[[Data], None]], Path]  # the write_data fixture


def _fails(folder: Path, *fragments: str) -> str:
    with pytest.raises(DataError) as caught:
        load_directory(folder)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return message


def test_shipped_files_pass_every_check() -> None:
    gz = load_gazetteer()
    assert sorted(gz.headers) == sorted(FILES)
    for header in gz.headers.values():
        assert header.version and header.description and header.sources


def test_minimal_data_is_valid(write_data: Writer) -> None:
    gz = load_directory(write_data(lambda data: None))
    assert [s.id for s in gz.states] == ["RUS", "IND"]
    assert gz.holders[2].start_date.isoformat() == "2014-10-01"
    assert gz.holders[2].end_date is not None
    assert gz.holders[2].end_date.isoformat() == "2024-10-31"


def test_missing_field_names_file_record_and_field(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        del data["states.json"]["records"][1]["name"]
    message = _fails(write_data(edit), "states.json: record 1 (id 'IND')", "field 'name'",
                     "missing", "fix: add")
    assert message.startswith("states.json")


def test_wrong_type_is_reported(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][0]["aliases"] = "S-400"
    _fails(write_data(edit), "weapons.json: record 0 (id 's-400')", "field 'aliases'",
           "expected a list of non-empty strings")


def test_unknown_iso3_code(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["country"] = "SUN"
    _fails(write_data(edit), "weapons.json: record 1 (id 'ka-226')", "field 'country'",
           "'SUN' is not a state in states.json")


def test_malformed_iso3_code(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][0]["country"] = "ind"
    _fails(write_data(edit), "places.json: record 0 (id 'jodhpur')", "field 'country'",
           "'ind' is malformed", "ISO 3166-1 alpha-3")


def test_unknown_partner_code(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["partners"] = ["IND", "XYZ"]
    _fails(write_data(edit), "record 1 (id 'ka-226')", "field 'partners'", "'XYZ'")


@pytest.mark.parametrize("bad", ["2018-13-01", "2018-02-30", "13 Dec 2018", "18-12-13"])
def test_bad_date(write_data: Writer, bad: str) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][0]["terms"][0]["start"] = bad
    _fails(write_data(edit), "office_holders.json: record 0 (id 'sergei-shoigu'), term 0",
           "field 'start'", f"{bad!r} is not a valid ISO date")


def test_end_before_start(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][0]["terms"][0]["end"] = "2011"
    _fails(write_data(edit), "term 0", "field 'end'", "2011 is before start 2012-11-06")


def test_duplicate_id(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["id"] = "s-400"
        data["weapons.json"]["records"][1]["aliases"] = ["Kamov-226"]
    _fails(write_data(edit), "weapons.json: record 1, field 'id'",
           "'s-400' repeats the id of record 0")


def test_duplicate_person(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][1]["name"] = "Sergei Shoigu"
    _fails(write_data(edit), "record 1, field 'id'", "person 'sergei-shoigu' repeats record 0")


def test_alias_claimed_twice_without_declaration(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["aliases"].append("S 400")
    _fails(write_data(edit), "weapons.json: alias 'S-400' is claimed by records 's-400' and "
           "'ka-226'", "header.ambiguous")


def test_declared_ambiguity_is_accepted_and_resolves_to_its_default(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["aliases"].append("S 400")
        data["weapons.json"]["header"]["ambiguous"] = [{"alias": "S400", "default": "ka-226"}]
    gz = load_directory(write_data(edit))
    found = gz.weapon("s-400")
    assert found is not None
    assert found.id == "ka-226"
    assert gz.candidates("S-400", "weapon") == ("weapon:s-400", "weapon:ka-226")


def test_stale_ambiguity_entry(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["header"]["ambiguous"] = [{"alias": "Jodhpur", "default": None}]
    _fails(write_data(edit), "header.ambiguous lists 'Jodhpur' but only ['jodhpur']",
           "remove the entry")


def test_ambiguity_default_must_claim_the_alias(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][1]["aliases"] = ["Jodhpur"]
        data["places.json"]["header"]["ambiguous"] = [{"alias": "Jodhpur", "default": "goa"}]
    _fails(write_data(edit), "default 'goa' for 'Jodhpur'", "['jodhpur', 'black-sea']")


def test_overlapping_terms(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][1]["terms"][0]["start"] = "2020-01-01"
    _fails(write_data(edit), "terms overlap for Minister of Defence of RUS",
           "Sergei Shoigu (2012-11-06 to 2024-05-12)", "Andrei Belousov (from 2020-01-01)")


def test_open_term_followed_by_another(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][0]["terms"][0]["end"] = None
    _fails(write_data(edit), "Sergei Shoigu (Minister of Defence, RUS) has no end date but "
           "Andrei Belousov starts 2024-05-14")


def test_handover_day_and_partial_dates_do_not_count_as_overlap(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][0]["terms"][0]["end"] = "2024-05"
        data["office_holders.json"]["records"][1]["terms"][0]["start"] = "2024-05-14"
    gz = load_directory(write_data(edit))
    holder = gz.holder_at("RUS", "Minister of Defence", "2024-05-20")
    assert holder is not None
    assert holder.name == "Andrei Belousov"


def test_role_alias_used_as_role_suggests_the_canonical_one(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][0]["terms"][0]["role"] = "Defence Minister"
    _fails(write_data(edit), "field 'role'", "'Defence Minister' is not a canonical role",
           "write the canonical role 'Minister of Defence'")


def test_unknown_actor(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["office_holders.json"]["records"][2]["terms"][0]["actor"] = "Warsaw Pact"
    _fails(write_data(edit), "record 2 (id 'jens-stoltenberg'), term 0", "field 'actor'",
           "'Warsaw Pact' is neither a state code nor an organisation id")


def test_misspelt_field_is_rejected(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][0]["admin_1"] = "Rajasthan"
    _fails(write_data(edit), "record 0 (id 'jodhpur'), field 'admin_1'",
           "is not a field of this record type")


def test_bad_enum_value(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][0]["category"] = "sam"
    _fails(write_data(edit), "field 'category'", "'sam' is not one of")


def test_generic_term_must_be_a_class_label(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["records"][1]["generic_terms"] = ["chopper"]
    _fails(write_data(edit), "record 1 (id 'ka-226')", "field 'generic_terms'",
           "'chopper' is not a class label")


def test_class_term_in_two_classes(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["weapons.json"]["classes"][1]["terms"].append("Air Defence System")
    _fails(write_data(edit), "class term 'Air Defence System' is listed under both "
           "'air-defence' and 'helicopter'")


def test_company_needs_a_country(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["organizations.json"]["records"][1]["country"] = None
    _fails(write_data(edit), "organizations.json: record 1 (id 'HAL')", "field 'country'",
           "missing")


def test_org_actor_must_exist(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["organizations.json"]["records"][1]["actor"] = "Tata"
    _fails(write_data(edit), "record 1 (id 'HAL'), field 'actor'", "'Tata' is neither")


def test_missing_header(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        del data["places.json"]["header"]
    _fails(write_data(edit), "places.json: missing 'header'")


def test_header_needs_sources(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["states.json"]["header"]["sources"] = []
    _fails(write_data(edit), "states.json: header, field 'sources'", "is empty")


def test_missing_section(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        del data["weapons.json"]["classes"]
    _fails(write_data(edit), "weapons.json: top-level 'classes' must be a list")


def test_invalid_json_names_line_and_column(write_data: Writer) -> None:
    folder = write_data(lambda data: None)
    (folder / "places.json").write_text('{\n  "header": {,\n}', encoding="utf-8")
    message = _fails(folder, "places.json: line 2 column 14: invalid JSON")
    assert re.search(r"fix: correct the syntax there$", message)


def test_missing_file(write_data: Writer) -> None:
    folder = write_data(lambda data: None)
    (folder / "weapons.json").unlink()
    _fails(folder, "weapons.json: cannot be read", "fix: put weapons.json in")


def test_theatre_terms_need_the_theatre(write_data: Writer) -> None:
    """Terms read as an organisation only where an article is set in its country, so a
    record without a country cannot have them."""
    def edit(data: Data) -> None:
        data["organizations.json"]["records"][0]["theatre_terms"] = ["the allies"]
    _fails(write_data(edit), "organizations.json: record 0 (id 'NATO')",
           "field 'theatre_terms'", "needs the field 'country'")


def test_members_must_be_state_codes(write_data: Writer) -> None:
    """A partnership's events go to its members, so each must be a state of states.json."""
    def edit(data: Data) -> None:
        data["organizations.json"]["records"][0]["members"] = ["AUS", "Atlantis"]
    _fails(write_data(edit), "organizations.json: record 0 (id 'NATO')",
           "field 'members'", "'Atlantis'", "are not state codes")


@pytest.mark.parametrize(("sites", "fragments"), [
    ((["https://kremlin.ru"], []), ("field 'official_sites'", "not a bare host name")),
    ((["kremlin.ru"], ["kremlin.ru"]), ("record 'IND'", "is also claimed by 'RUS'")),
])
def test_official_site_is_one_bare_host_of_one_state(
        write_data: Writer, sites: tuple[list[str], list[str]], fragments: tuple[str, ...]) -> None:
    def edit(data: Data) -> None:
        for record, hosts in zip(data["states.json"]["records"], sites, strict=True):
            record["official_sites"] = hosts
    _fails(write_data(edit), "states.json", *fragments)


def test_site_state_reads_the_host_and_the_domains_above_it(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["states.json"]["records"][0]["official_sites"] = ["kremlin.ru"]
    gz = load_directory(write_data(edit))
    russia = gz.state_by_code("RUS")
    assert gz.site_state("http://en.kremlin.ru/events/president/news/1") is russia
    assert gz.site_state("https://kremlin.ru") is russia
    assert gz.site_state("https://notkremlin.ru/x") is None
    assert gz.site_state("https://kremlin.ru.example.com/x") is None


def test_place_holder_must_be_a_state_or_organisation(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][0]["held_by"] = [{"actor": "Rebels", "from": "2014"}]
    _fails(write_data(edit), "places.json: record 0 (id 'jodhpur'), held_by item 0",
           "field 'actor'", "'Rebels' is neither a state nor an organisation id")


def test_place_holder_on_a_day(write_data: Writer) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][0]["held_by"] = [
            {"actor": "RUS", "from": "2014-03", "to": "2015"}]
    place = load_directory(write_data(edit)).places[0]
    days = [dt.date(2014, 2, 1), dt.date(2014, 3, 1), dt.date(2015, 12, 31), dt.date(2016, 1, 1)]
    assert [place.holder_on(day) for day in days] == [None, "RUS", "RUS", None]
