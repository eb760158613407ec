"""office_holders.json: people, their terms in office, and the canonical role vocabulary.

The file lists people (``records``), each with one or more ``terms``; the loader flattens them
into one :class:`OfficeHolder` per term. Besides the generic checks, terms of the same role
for the same actor must not overlap, because ``holder_at`` has to name one person per day.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Collection

from factwire.gazetteer.fields import SLUG, Fields, date_bounds
from factwire.gazetteer.normalize import slug
from factwire.gazetteer.schema import ROLE_GROUPS, OfficeHolder, RoleDef, RoleGroup
from factwire.gazetteer.validate import Document, check_aliases
from factwire.model import DataError

_TERM_FIELDS = ("role", "title", "country", "actor", "start", "end", "acting", "note")


def parse_roles(doc: Document) -> tuple[RoleDef, ...]:
    """The ``roles`` section: canonical role strings, their groups and aliases."""
    roles: list[RoleDef] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(doc.sections["roles"]):
        f = Fields(doc.header.file, index, raw, section="role")
        role = f.text("role")
        f.named(role)
        f.unknown(("role", "group", "aliases"))
        group: RoleGroup = f.choice("group", ROLE_GROUPS)  # type: ignore[assignment]
        aliases = f.texts("aliases")
        for name in (role, *aliases):
            owner = seen.setdefault(name.casefold(), role)
            if owner != role:
                f.fail("aliases", f"{name!r} already names role {owner!r}",
                       "give each role name to one role only")
        roles.append(RoleDef(role=role, group=group, aliases=aliases))
    return tuple(roles)


def parse_holders(doc: Document, codes: Collection[str], org_ids: Collection[str],
                  roles: Collection[RoleDef]) -> tuple[OfficeHolder, ...]:
    """People with their terms, flattened to one record per term and checked for overlaps."""
    canonical = {r.role for r in roles}
    alias_of = {a.casefold(): r.role for r in roles for a in r.aliases}
    holders: list[OfficeHolder] = []
    people: list[str] = []
    for index, raw in enumerate(doc.sections["records"]):
        f = Fields(doc.header.file, index, raw)
        name = f.text("name")
        person = f.opt_text("id") or slug(name)
        if not SLUG.match(person):
            f.fail("id", f"{person!r} is not a lower-case slug", "write it like 'sergei-shoigu'")
        f.named(person)
        f.unknown(("id", "name", "aliases", "terms"))
        people.append(person)
        aliases = f.texts("aliases")
        terms = f.raw.get("terms")
        if not isinstance(terms, list) or not terms:
            f.fail("terms", "expected a non-empty list of terms", "add \"terms\": [{...}]")
        for term_index, term in enumerate(terms):
            t = Fields(doc.header.file, term_index, term, section=f"{f.where}, term")
            holders.append(_term(t, person, name, aliases, codes, org_ids, canonical, alias_of))
    _check_people(doc.header.file, people)
    check_aliases(doc.header, (
        (h.person, form) for h in holders for form in (h.name, *h.aliases)))
    _check_overlaps(doc.header.file, holders)
    return tuple(holders)


def _term(t: Fields, person: str, name: str, aliases: tuple[str, ...], codes: Collection[str],
          org_ids: Collection[str], canonical: Collection[str],
          alias_of: dict[str, str]) -> OfficeHolder:
    t.unknown(_TERM_FIELDS)
    role = t.text("role")
    if role not in canonical:
        fix = (f"write the canonical role {alias_of[role.casefold()]!r} and put {role!r} in "
               "'title'" if role.casefold() in alias_of else "use a role the roles section lists")
        t.fail("role", f"{role!r} is not a canonical role", fix)
    actor = t.text("actor")
    if actor not in codes and actor not in org_ids:
        t.fail("actor", f"{actor!r} is neither a state code nor an organisation id",
               "use an ISO alpha-3 code from states.json or an id from organizations.json")
    country = t.code("country", codes, optional=True)
    if country is None and actor in codes:
        country = actor
    start = t.date("start")
    end = t.date("end", optional=True)
    assert start is not None
    if end is not None and end[2] < start[1]:
        t.fail("end", f"{end[0]} is before start {start[0]}", "check both dates")
    return OfficeHolder(
        person=person, name=name, aliases=aliases, country=country, actor=actor, role=role,
        title=t.opt_text("title"), start=start[0], end=end[0] if end else None,
        start_date=start[1], end_date=end[2] if end else None, acting=t.flag("acting"),
    )


def _check_people(file: str, people: list[str]) -> None:
    seen: dict[str, int] = {}
    for index, person in enumerate(people):
        if person in seen:
            raise DataError(f"{file}: record {index}, field 'id': person {person!r} repeats "
                            f"record {seen[person]}; fix: merge the two records' terms, or "
                            "give namesakes distinct ids (e.g. 'kim-yong-chol-1945')")
        seen[person] = index


def _check_overlaps(file: str, holders: list[OfficeHolder]) -> None:
    """Two holders of one role for one actor on one day make ``holder_at`` guess."""
    by_seat: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
    for holder in holders:
        by_seat[(holder.actor, holder.role)].append(holder)
    for (actor, role), terms in by_seat.items():
        terms.sort(key=lambda h: (h.start_date, h.end_date is None))
        for prev, nxt in itertools.pairwise(terms):
            if prev.end is None:
                raise DataError(f"{file}: {prev.name} ({role}, {actor}) has no end date but "
                                f"{nxt.name} starts {nxt.start}; fix: give {prev.name}'s term "
                                "its end date")
            if _bounds(prev.end)[0] > _bounds(nxt.start)[1]:
                raise DataError(f"{file}: terms overlap for {role} of {actor}: {prev.name} "
                                f"({prev.start} to {prev.end}) and {nxt.name} (from "
                                f"{nxt.start}); fix: correct the dates, or mark a caretaker "
                                "term with its real end")


def _bounds(iso: str) -> tuple[dt.date, dt.date]:
    bounds = date_bounds(iso)
    assert bounds is not None, iso  # every date was parsed when its term was read
    return bounds
