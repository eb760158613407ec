"""Schema checks of the gazetteer files: each parser turns raw JSON into typed records or raises.

The checks are those a hand-edited data file gets wrong: missing or mistyped fields, unknown
ISO codes, malformed dates, repeated ids, and one alias claimed by two records without the
header saying which one a lookup should prefer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from factwire.gazetteer.fields import ISO3, SLUG, Fields
from factwire.gazetteer.normalize import norm
from factwire.gazetteer.schema import (
    ORG_KINDS,
    PLACE_KINDS,
    STATE_STATUSES,
    WEAPON_CATEGORIES,
    Header,
    Hold,
    Organization,
    OrgKind,
    Place,
    PlaceKind,
    State,
    StateStatus,
    Weapon,
    WeaponCategory,
    WeaponClass,
)
from factwire.model import DataError


@dataclass(frozen=True, slots=True)
class Document:
    """A data file split into its header and its (still raw) record lists."""

    header: Header
    sections: Mapping[str, list[object]]


def read_document(file: str, raw: object, sections: Iterable[str]) -> Document:
    """Check the top-level shape ``{"header": {...}, "records": [...], ...}`` and the header."""
    if not isinstance(raw, Mapping):
        raise DataError(f"{file}: expected a JSON object at the top; "
                        "fix: write {\"header\": {...}, \"records\": [...]}")
    wanted = tuple(sections)
    lists: dict[str, list[object]] = {}
    for name in wanted:
        value = raw.get(name)
        if not isinstance(value, list):
            raise DataError(f"{file}: top-level {name!r} must be a list of records, got "
                            f"{type(value).__name__}; fix: add \"{name}\": [...]")
        lists[name] = value
    extra = sorted(set(raw) - {"header", *wanted})
    if extra:
        raise DataError(f"{file}: unknown top-level key {extra[0]!r}; "
                        f"fix: keep only 'header' and {list(wanted)}")
    return Document(_header(file, raw.get("header")), lists)


def _header(file: str, raw: object) -> Header:
    if raw is None:
        raise DataError(f"{file}: missing 'header'; fix: add \"header\": {{\"version\": ..., "
                        "\"description\": ..., \"sources\": [...]}")
    fields = Fields(file, None, raw, section="header")
    fields.unknown(("version", "description", "sources", "ambiguous", "notes"))
    ambiguous: list[tuple[str, str | None]] = []
    entries = fields.raw.get("ambiguous", [])
    if not isinstance(entries, list):
        fields.fail("ambiguous", "expected a list", "write [{\"alias\": ..., \"default\": ...}]")
    for index, entry in enumerate(entries):
        item = Fields(file, index, entry, section="header.ambiguous entry")
        item.unknown(("alias", "default"))
        ambiguous.append((item.text("alias"), item.opt_text("default")))
    return Header(
        file=file,
        version=fields.text("version"),
        description=fields.text("description"),
        sources=fields.texts("sources", required=True),
        ambiguous=tuple(ambiguous),
    )


def check_ids(file: str, ids: Iterable[str]) -> None:
    """Ids identify records across the system: a repeat would silently shadow a record."""
    seen: dict[str, int] = {}
    for index, record_id in enumerate(ids):
        if record_id in seen:
            raise DataError(f"{file}: record {index}, field 'id': {record_id!r} repeats the id "
                            f"of record {seen[record_id]}; fix: give each record its own id")
        seen[record_id] = index


def check_aliases(header: Header, claims: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Map each normalised surface form to the ids claiming it, refusing undeclared clashes.

    ``claims`` yields (record id, surface form). A form claimed by two ids must appear in
    ``header.ambiguous`` with a default that is one of them (or null); an ambiguous entry
    nobody shares is stale and is reported too, so the list stays true.
    """
    owners: dict[str, list[str]] = defaultdict(list)
    shown: dict[str, str] = {}
    for record_id, surface in claims:
        key = norm(surface)
        if not key:
            raise DataError(f"{header.file}: record {record_id!r} has a name or alias "
                            f"{surface!r} with no letters or digits; fix: remove it")
        if record_id not in owners[key]:
            owners[key].append(record_id)
        shown.setdefault(key, surface)
    declared = {norm(alias): default for alias, default in header.ambiguous}
    written = {norm(alias): alias for alias, _ in header.ambiguous}
    for key, ids in owners.items():
        if len(ids) > 1 and key not in declared:
            raise DataError(
                f"{header.file}: alias {shown[key]!r} is claimed by records {ids[0]!r} and "
                f"{ids[1]!r}; fix: remove it from one of them, or list it in header.ambiguous "
                f"as {{\"alias\": {shown[key]!r}, \"default\": <one of the ids or null>}}")
    for key, default in declared.items():
        ids = owners.get(key, [])
        if len(ids) < 2:
            raise DataError(f"{header.file}: header.ambiguous lists {written[key]!r} but only "
                            f"{ids} claim it; fix: remove the entry")
        if default is not None and default not in ids:
            raise DataError(f"{header.file}: header.ambiguous default {default!r} for "
                            f"{written[key]!r} "
                            f"is not one of the records claiming it {ids}; fix: pick one")
    return {key: tuple(ids) for key, ids in owners.items()}


def parse_states(doc: Document) -> tuple[State, ...]:
    """states.json: one record per state, keyed by ISO alpha-3."""
    states: list[State] = []
    for index, raw in enumerate(doc.sections["records"]):
        f = Fields(doc.header.file, index, raw)
        code = f.pattern("id", ISO3, "three upper-case letters (ISO 3166-1 alpha-3)")
        f.named(code)
        f.unknown(("id", "name", "official_name", "aliases", "demonyms", "capital",
                   "metonyms", "status", "ship_prefixes", "official_sites"))
        status: StateStatus = f.choice("status", STATE_STATUSES)  # type: ignore[assignment]
        states.append(State(
            id=code, name=f.text("name"), official_name=f.text("official_name"),
            aliases=f.texts("aliases"), demonyms=f.texts("demonyms", required=True),
            capital=f.text("capital"), metonyms=f.texts("metonyms"), status=status,
            ship_prefixes=f.texts("ship_prefixes"), official_sites=f.texts("official_sites"),
        ))
    check_ids(doc.header.file, (s.id for s in states))
    _check_one_state(doc.header.file, states, "ship_prefixes")
    _check_sites(doc.header.file, states)
    check_aliases(doc.header, (
        (s.id, form) for s in states
        for form in (s.name, s.official_name, *s.aliases, *s.demonyms, *s.metonyms)))
    return tuple(states)


_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _check_sites(file: str, states: Collection[State]) -> None:
    """An official site is a bare lower-case host ("whitehouse.gov") of one state only."""
    for state in states:
        for site in state.official_sites:
            if not _HOST.match(site):
                raise DataError(f"{file}: record {state.id!r}, field 'official_sites': {site!r} "
                                "is not a bare host name; write it like 'whitehouse.gov'")
    _check_one_state(file, states, "official_sites")


def _check_one_state(file: str, states: Iterable[State], field: str) -> None:
    """A ship prefix or an official site names one state: "INS" for two navies, or one host
    for two governments, would make every such name a guess."""
    owner: dict[str, str] = {}
    for state in states:
        for value in getattr(state, field):
            if value in owner:
                raise DataError(f"{file}: record {state.id!r}, field {field!r}: {value!r} "
                                f"is also claimed by {owner[value]!r}; fix: keep it on one state")
            owner[value] = state.id


def parse_organizations(doc: Document, codes: Collection[str]) -> tuple[Organization, ...]:
    """organizations.json: organisations keyed by their canonical short name."""
    orgs: list[Organization] = []
    for index, raw in enumerate(doc.sections["records"]):
        f = Fields(doc.header.file, index, raw)
        org_id = f.text("id")
        f.named(org_id)
        f.unknown(("id", "actor", "name", "aliases", "kind", "headquarters", "country",
                   "metonyms", "theatre_terms", "members"))
        kind: OrgKind = f.choice("kind", ORG_KINDS)  # type: ignore[assignment]
        country = f.code("country", codes, optional=kind != "company")
        orgs.append(Organization(
            id=org_id, actor=f.opt_text("actor") or org_id, name=f.text("name"),
            aliases=f.texts("aliases"), kind=kind, headquarters=f.opt_text("headquarters"),
            country=country, metonyms=f.texts("metonyms"), theatre_terms=f.texts("theatre_terms"),
            members=f.texts("members"),
        ))
        unknown = [m for m in orgs[-1].members if m not in codes]
        if unknown:
            raise DataError(f"{doc.header.file}: record {index} (id {org_id!r}), field "
                            f"'members': {unknown} are not state codes; fix: use ISO alpha-3 "
                            "codes of states.json")
        if orgs[-1].theatre_terms and country is None:
            raise DataError(f"{doc.header.file}: record {index} (id {org_id!r}), field "
                            "'theatre_terms': needs the field 'country' (the theatre where the "
                            "terms name this organisation); fix: add it or drop the terms")
    check_ids(doc.header.file, (o.id for o in orgs))
    ids = {o.id for o in orgs}
    for index, org in enumerate(orgs):
        if org.actor not in ids and org.actor not in codes:
            raise DataError(f"{doc.header.file}: record {index} (id {org.id!r}), field 'actor': "
                            f"{org.actor!r} is neither an organisation id nor a state code; "
                            "fix: name the organisation or state it acts for")
    check_aliases(doc.header, (
        (o.id, form) for o in orgs for form in (o.id, o.name, *o.aliases, *o.metonyms)))
    return tuple(orgs)


def parse_weapons(doc: Document, codes: Collection[str]
                  ) -> tuple[tuple[Weapon, ...], tuple[WeaponClass, ...]]:
    """weapons.json: systems (``records``) and generic class nouns (``classes``)."""
    classes = _weapon_classes(doc)
    labels = {c.label for c in classes}
    weapons: list[Weapon] = []
    for index, raw in enumerate(doc.sections["records"]):
        f = Fields(doc.header.file, index, raw)
        weapon_id = f.pattern("id", SLUG, "a lower-case slug such as 's-400'")
        f.named(weapon_id)
        f.unknown(("id", "designation", "aliases", "category", "country", "generic_terms",
                   "partners"))
        category: WeaponCategory = f.choice("category", WEAPON_CATEGORIES)  # type: ignore[assignment]
        partners = f.texts("partners")
        for partner in partners:
            if partner not in codes:
                f.fail("partners", f"{partner!r} is not a state in states.json",
                       "use ISO alpha-3 codes that states.json defines")
        generic = f.texts("generic_terms", required=True)
        for term in generic:
            if term not in labels:
                f.fail("generic_terms", f"{term!r} is not a class label",
                       f"use labels from the 'classes' section, e.g. {sorted(labels)[:4]}")
        weapons.append(Weapon(
            id=weapon_id, designation=f.text("designation"), aliases=f.texts("aliases"),
            category=category, country=str(f.code("country", codes)),
            generic_terms=generic, partners=partners,
        ))
    check_ids(doc.header.file, (w.id for w in weapons))
    check_aliases(doc.header, (
        (w.id, form) for w in weapons for form in (w.designation, *w.aliases)))
    return tuple(weapons), classes


def _weapon_classes(doc: Document) -> tuple[WeaponClass, ...]:
    classes: list[WeaponClass] = []
    for index, raw in enumerate(doc.sections["classes"]):
        f = Fields(doc.header.file, index, raw, section="class")
        label = f.pattern("label", SLUG, "a lower-case slug such as 'frigate'")
        f.named(label)
        f.unknown(("label", "category", "terms"))
        category: WeaponCategory = f.choice("category", WEAPON_CATEGORIES)  # type: ignore[assignment]
        classes.append(WeaponClass(label=label, category=category,
                                   terms=f.texts("terms", required=True)))
    check_ids(f"{doc.header.file} classes", (c.label for c in classes))
    seen: dict[str, str] = {}
    for cls in classes:
        for term in cls.terms:
            other = seen.setdefault(norm(term), cls.label)
            if other != cls.label:
                raise DataError(f"{doc.header.file}: class term {term!r} is listed under both "
                                f"{other!r} and {cls.label!r}; fix: keep it in one class")
    return tuple(classes)


def _holds(f: Fields, actors: Collection[str]) -> tuple[Hold, ...]:
    """A place's ``held_by`` list: ``{"actor": key, "from": date, "to": date or null}``."""
    raw = f.raw.get("held_by", [])
    if not isinstance(raw, list):
        f.fail("held_by", "expected a list", 'write [{"actor": "YPG", "from": "2012-07"}]')
    holds: list[Hold] = []
    for index, item in enumerate(raw):
        h = Fields(f.file, None, item)
        h.where = f"{f.where}, held_by item {index}"
        h.unknown(("actor", "from", "to"))
        actor = h.text("actor")
        if actor not in actors:
            h.fail("actor", f"{actor!r} is neither a state nor an organisation id",
                   "use an ISO3 code from states.json or an id from organizations.json")
        start = h.date("from") or h.fail("from", "missing", 'add "from": "YYYY-MM-DD"')
        end = h.date("to", optional=True)
        holds.append(Hold(actor=actor, start=start[1], end=end[2] if end else None))
    return tuple(holds)


def parse_places(doc: Document, codes: Collection[str],
                 actors: Collection[str] = ()) -> tuple[Place, ...]:
    """places.json: cities, regions, bases and seas, each in one state or none; ``actors``
    (organisation ids) may hold a place besides the states of ``codes``."""
    places: list[Place] = []
    holders = frozenset({*codes, *actors})  # who may hold a place: read once, not per record
    for index, raw in enumerate(doc.sections["records"]):
        f = Fields(doc.header.file, index, raw)
        place_id = f.pattern("id", SLUG, "a lower-case slug such as 'jodhpur'")
        f.named(place_id)
        f.unknown(("id", "name", "aliases", "country", "kind", "admin1", "note", "held_by"))
        kind: PlaceKind = f.choice("kind", PLACE_KINDS)  # type: ignore[assignment]
        places.append(Place(
            id=place_id, name=f.text("name"), aliases=f.texts("aliases"),
            country=f.code("country", codes, optional=True), kind=kind,
            admin1=f.opt_text("admin1"), note=f.opt_text("note"),
            held_by=_holds(f, holders),
        ))
    check_ids(doc.header.file, (p.id for p in places))
    check_aliases(doc.header, ((p.id, form) for p in places for form in (p.name, *p.aliases)))
    return tuple(places)
