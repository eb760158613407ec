"""The :class:`Gazetteer`: checked records plus the indexes every lookup uses.

All indexes are dicts built once in the constructor, so each lookup is a few normalisations
and dict reads; the NLP stage can call them per mention without caching of its own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from urllib.parse import urlsplit

from factwire.gazetteer.index import NameIndex, singulars, trim_tail
from factwire.gazetteer.normalize import norm, strip_possessive
from factwire.gazetteer.schema import (
    ROLE_GROUPS,
    Header,
    OfficeHolder,
    Organization,
    Place,
    RoleDef,
    State,
    Weapon,
    WeaponClass,
)
from factwire.model import InputError

Record = State | Organization | Weapon | Place | WeaponClass | tuple[OfficeHolder, ...]

# Words that may follow a system's name without being part of it ("Kamov-226 helicopters").
_TAIL_WORDS = (
    "system", "systems", "missile", "missiles", "defence", "defense", "air", "class",
    "helicopter", "helicopters", "frigate", "frigates", "fighter", "fighters", "jet", "jets",
    "aircraft", "tank", "tanks", "submarine", "submarines", "drone", "drones", "launcher",
    "launchers", "rocket", "rockets", "battery", "batteries", "unit", "units", "warship",
    "warships", "destroyer", "destroyers", "corvette", "corvettes", "vessel", "vessels",
    "ship", "ships", "interceptor", "interceptors", "complex", "complexes", "platform",
    "platforms", "cruise", "ballistic", "hypersonic", "multirole", "attack", "combat",
    "surface-to-air", "anti-ship", "anti-tank", "carrier", "carriers", "variant", "variants",
)
# Generational suffixes after a name ("Jr.", "III"), lower-cased.
GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def core_name(name: str) -> str | None:
    """A full name without middle initials and generational suffixes ("Ferdinand R. Marcos,
    Jr." and "Ferdinand Marcos Jr." are both "Ferdinand Marcos"); None when nothing is
    dropped or fewer than two words are left."""
    words = [w.rstrip(",") for w in name.split()]
    kept = words[:1] + [w for w in words[1:] if w.lower() not in GENERATIONAL_SUFFIXES
                        and not (len(w.rstrip(".")) == 1 and w[:1].isupper())]
    if len(kept) < 2 or len(kept) == len(words):
        return None
    return " ".join(kept)


def name_variants(name: str) -> Iterator[str]:
    """Other ways to write a full name: its core ("Ferdinand R. Marcos, Jr." is "Ferdinand
    Marcos"), and a two-word name in the other order ("Kishida Fumio", family name first)."""
    core = core_name(name)
    if core:
        yield core
    words = name.split()
    if len(words) == 2:
        yield f"{words[1]} {words[0]}"


def _with_cores(forms: tuple[str, ...]) -> Iterator[str]:
    """Each name form, then its core, so "Carlito Galvez" finds "Carlito Galvez Jr."."""
    for form in forms:
        yield form
        core = core_name(form)
        if core:
            yield core


# Words that may precede a person's name ("Defence Minister Sergei Shoigu").
_HONORIFICS = frozenset(norm(w) for w in (
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Gen", "General", "Adm", "Admiral", "Marshal",
    "Sheikh", "Prince", "Crown", "Emir", "King", "Queen", "Sultan", "Ayatollah", "Chancellor",
    "President", "Premier", "Prime", "Minister", "Foreign", "Defence", "Defense", "Secretary",
    "of", "State", "Vice", "Deputy", "Acting", "former",
))
_GROUP_RANK = {group: rank for rank, group in enumerate(
    ("head_of_state", "head_of_government", "deputy", "defence", "foreign", "org_head", "other"))}


def _day(on: dt.date | str) -> dt.date:
    if isinstance(on, dt.date):
        return on
    try:
        return dt.date.fromisoformat(on)
    except ValueError as exc:
        raise InputError(f"date {on!r} is not YYYY-MM-DD; fix: pass a full ISO date or a "
                         "datetime.date") from exc


class Gazetteer:
    """Every gazetteer record, with case-, punctuation- and spacing-insensitive lookups."""

    def __init__(self, *, headers: Mapping[str, Header], states: Sequence[State],
                 organizations: Sequence[Organization], roles: Sequence[RoleDef],
                 holders: Sequence[OfficeHolder], weapons: Sequence[Weapon],
                 weapon_classes: Sequence[WeaponClass], places: Sequence[Place]) -> None:
        self.headers = dict(headers)
        self.states = tuple(states)
        self.organizations = tuple(organizations)
        self.roles = tuple(roles)
        self.holders = tuple(holders)
        self.weapons = tuple(weapons)
        self.weapon_classes = tuple(weapon_classes)
        self.places = tuple(places)
        self._build_indexes()

    def _build_indexes(self) -> None:
        h = self.headers
        self._codes = {s.id: s for s in self.states}
        self._ship_prefixes = {p: s for s in self.states for p in s.ship_prefixes}
        self._sites = {d: s for s in self.states for d in s.official_sites}
        self._states = NameIndex(
            ((f, s) for s in self.states
             for f in (s.name, s.official_name, *s.aliases, *s.demonyms, *s.metonyms)),
            lambda s: s.id, h.get("states.json"))
        self._demonyms = NameIndex(((f, s) for s in self.states for f in s.demonyms),
                                   lambda s: s.id, h.get("states.json"))
        self._orgs = NameIndex(
            ((f, o) for o in self.organizations for f in (o.id, o.name, *o.aliases, *o.metonyms)),
            lambda o: o.id, h.get("organizations.json"))
        self._weapons = NameIndex(
            ((f, w) for w in self.weapons for f in (w.designation, *w.aliases)),
            lambda w: w.id, h.get("weapons.json"))
        self._classes = NameIndex(
            ((t, c) for c in self.weapon_classes for t in c.terms), lambda c: c.label)
        self._places = NameIndex(
            ((f, p) for p in self.places for f in (p.name, *p.aliases)),
            lambda p: p.id, h.get("places.json"))
        self._index_people()
        self._tables: dict[str, Mapping[str, Record]] = {
            "state": self._codes,
            "org": {o.id: o for o in self.organizations},
            "weapon": {w.id: w for w in self.weapons},
            "class": {c.label: c for c in self.weapon_classes},
            "place": {p.id: p for p in self.places},
            "person": self._terms,
        }
        self._tails = frozenset(norm(w) for w in _TAIL_WORDS) | frozenset(
            norm(word) for c in self.weapon_classes for t in c.terms for word in t.split())

    def _index_people(self) -> None:
        """Terms by person, people by name, and terms by (actor or country, role) seat."""
        terms: dict[str, list[OfficeHolder]] = defaultdict(list)
        for holder in self.holders:
            terms[holder.person].append(holder)
        self._terms = {p: tuple(sorted(t, key=lambda h: h.start_date)) for p, t in terms.items()}
        self._people = NameIndex(
            ((f, t) for t in self._terms.values()
             for f in dict.fromkeys(_with_cores((t[0].name, *t[0].aliases)))),
            lambda t: t[0].person, self.headers.get("office_holders.json"))
        self._roles = {name.casefold(): r for r in self.roles for name in (r.role, *r.aliases)}
        seats: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
        for holder in self.holders:
            for who in {holder.actor, holder.country}:
                if who is not None:
                    seats[(who, holder.role)].append(holder)
        self._seats = {k: tuple(sorted(v, key=lambda h: h.start_date)) for k, v in seats.items()}

    # states -------------------------------------------------------------------------------

    def state(self, text: str) -> State | None:
        """A state by name, alias, demonym or metonym ("the Kremlin" -> Russia); codes go to
        :meth:`state_by_code`, so a word like "can" never turns into Canada."""
        return self._states.one(text)

    def state_by_code(self, iso3: str) -> State | None:
        return self._codes.get(iso3.strip().upper())

    def ship_state(self, prefix: str) -> State | None:
        """The state whose navy prefixes ship names with ``prefix`` ("USS" -> United States)."""
        return self._ship_prefixes.get(prefix)

    def site_state(self, url: str) -> State | None:
        """The state an official site speaks for ("https://www.whitehouse.gov/..." -> United
        States): its host or any domain above it, as ``official_sites`` lists them."""
        host = (urlsplit(url).hostname or "").lower()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            state = self._sites.get(".".join(parts[i:]))
            if state is not None:
                return state
        return None

    def demonym(self, word: str) -> State | None:
        """A state by its adjective or demonym only ("Indian" -> India, "India" -> None)."""
        return self._demonyms.one(word)

    # organisations, weapons, places ----------------------------------------------------------

    def organization(self, text: str) -> Organization | None:
        """An organisation by id, name, alias or metonym ("SDF" -> YPG)."""
        return self._orgs.one(text)

    def weapon(self, text: str) -> Weapon | None:
        """A weapon system by designation or alias, tolerating plurals and class nouns."""
        for shorter in trim_tail(strip_possessive(text), self._tails):
            for form in singulars(shorter):
                found = self._weapons.one(form)
                if found is not None:
                    return found
        return None

    def weapon_class(self, text: str) -> WeaponClass | None:
        """A generic class of systems ("naval frigates" -> the frigate class)."""
        for form in singulars(text):
            found = self._classes.one(form)
            if found is not None:
                return found
        return None

    def place(self, text: str) -> Place | None:
        """A place by name or alias; "Jodhpur, Rajasthan" is read as Jodhpur."""
        found = self._places.one(text)
        if found is None and "," in text:
            found = self._places.one(text.split(",", 1)[0])
        return found

    # people -------------------------------------------------------------------------------

    def people(self, name: str) -> list[OfficeHolder]:
        """Every term of every person the name (full name, variant or surname) can denote."""
        for form in self._name_forms(name):
            found = self._people.all(form)
            if found:
                return sorted((h for terms in found for h in terms),
                              key=lambda h: (h.start_date, h.person))
        return []

    def _name_forms(self, name: str) -> Iterator[str]:
        """The name, then the name with leading titles removed ("Defence Minister Shoigu"),
        then its core without middle initials and suffixes ("Ferdinand R. Marcos, Jr."), then
        a two-word name in the other order ("Kishida Fumio")."""
        words = strip_possessive(name).split()
        yield " ".join(words)
        while len(words) > 1 and norm(words[0]) in _HONORIFICS:
            words.pop(0)
            yield " ".join(words)
        yield from name_variants(" ".join(words))

    def role_name(self, role: str) -> str | None:
        """The canonical role for a role string or alias ("Secretary of Defense")."""
        found = self._roles.get(role.strip().casefold())
        return found.role if found else None

    def holder_at(self, country: str, role: str, on: dt.date | str) -> OfficeHolder | None:
        """Who held ``role`` for ``country`` (ISO3 or organisation id) on day ``on``.

        On a handover day both terms cover the day; the one that started later wins.
        """
        canonical = self.role_name(role)
        if canonical is None:
            return None
        day = _day(on)
        active = [h for h in self._seats.get((country, canonical), ()) if h.holds_on(day)]
        return max(active, key=lambda h: h.start_date) if active else None

    def holders_at(self, country: str, on: dt.date | str) -> list[OfficeHolder]:
        """Every tracked office of ``country`` and its holder on day ``on``, by rank."""
        day = _day(on)
        found = {h for (who, _), terms in self._seats.items() if who == country
                 for h in terms if h.holds_on(day)}
        return sorted(found, key=lambda h: (self._rank(h), h.role))

    def role_of(self, person_name: str, on: dt.date | str,
                country: str | None = None) -> OfficeHolder | None:
        """The office a named person held on ``on`` (their highest, if several).

        ``None`` when nobody by that name held office then, or when the name fits more than
        one office-holding person that day ("Kim") and ``country`` does not settle it.
        """
        day = _day(on)
        active = [h for h in self.people(person_name) if h.holds_on(day)
                  and (country is None or country in (h.country, h.actor))]
        if len({h.person for h in active}) != 1:
            return None
        return min(active, key=lambda h: (self._rank(h), -h.start_date.toordinal()))

    def _rank(self, holder: OfficeHolder) -> int:
        found = self._roles.get(holder.role.casefold())
        return _GROUP_RANK.get(found.group if found else "other", len(ROLE_GROUPS))

    # whole-gazetteer views ------------------------------------------------------------------

    def get(self, canonical: str) -> Record | None:
        """The record behind a canonical id such as ``weapon:s-400`` or ``person:...``."""
        prefix, _, key = canonical.partition(":")
        table = self._tables.get(prefix)
        return table.get(key) if table is not None else None

    def candidates(self, text: str, kind: str) -> tuple[str, ...]:
        """Canonical ids of every record of ``kind`` that claims ``text`` (ambiguity shown)."""
        indexes: dict[str, NameIndex[State] | NameIndex[Organization] | NameIndex[Weapon]
                      | NameIndex[Place]] = {
            "country": self._states, "organization": self._orgs,
            "weapon": self._weapons, "location": self._places,
        }
        if kind == "person":
            return tuple(f"person:{t[0].person}" for t in self._people.all(text))
        index = indexes.get(kind)
        return tuple(r.canonical for r in index.all(text)) if index is not None else ()

    def surface_forms(self, *, include_classes: bool = False,
                      single_word_people: bool = True) -> Iterator[tuple[str, str, str]]:
        """(surface text, entity kind, canonical id) for every name, alias and metonym.

        A form shared by several records appears once per record; :meth:`candidates` and the
        single-answer lookups say which one to prefer. Short all-capital forms ("US", "IS")
        and common words ("Patriot", "May") should be matched case-sensitively by the caller;
        ``single_word_people=False`` leaves out bare surnames ("May", "Ban"), which are
        safer to resolve with :meth:`people` once a full name has been seen.
        """
        for s in self.states:
            for form in dict.fromkeys((s.name, s.official_name, *s.aliases, *s.demonyms,
                                       *s.metonyms)):
                yield form, "country", s.canonical
        for o in self.organizations:
            for form in dict.fromkeys((o.id, o.name, *o.aliases, *o.metonyms)):
                yield form, "organization", o.canonical
        for terms in self._terms.values():
            for form in dict.fromkeys((terms[0].name, *terms[0].aliases)):
                if single_word_people or " " in form.strip():
                    yield form, "person", terms[0].canonical
        for w in self.weapons:
            for form in dict.fromkeys((w.designation, *w.aliases)):
                yield form, "weapon", w.canonical
        if include_classes:
            for c in self.weapon_classes:
                for form in c.terms:
                    yield form, "weapon", c.canonical
        for p in self.places:
            for form in dict.fromkeys((p.name, *p.aliases)):
                yield form, "location", p.canonical

    def actor_key(self, canonical: str) -> str | None:
        """The EVENTS.md actor key of a state or organisation id; a person's depends on the
        date, so ask :meth:`role_of` for theirs."""
        record = self.get(canonical)
        if isinstance(record, State):
            return record.id
        if isinstance(record, Organization):
            return record.actor
        return None

    def counts(self) -> dict[str, int]:
        """Record counts per kind, for the check command and the tests' minimums."""
        return {
            "states": len(self.states), "organizations": len(self.organizations),
            "people": len(self._terms), "office_terms": len(self.holders),
            "states_with_holders": len({h.country for h in self.holders if h.country}),
            "weapons": len(self.weapons), "weapon_classes": len(self.weapon_classes),
            "places": len(self.places),
        }
