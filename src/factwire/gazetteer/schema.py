"""Typed, frozen records of the gazetteer data files.

Each class mirrors one record of a JSON file in ``data/``; the validators in
:mod:`factwire.gazetteer.validate` build them, so code that holds one can trust every field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

OrgKind = Literal["intergovernmental", "non_state_armed", "political", "company", "ngo",
                  "state_organ"]
ORG_KINDS: tuple[OrgKind, ...] = (
    "intergovernmental", "non_state_armed", "political", "company", "ngo", "state_organ",
)

WeaponCategory = Literal[
    "air_defence", "combat_aircraft", "helicopter", "transport_aircraft", "uav", "missile",
    "artillery", "armoured_vehicle", "tank", "ship", "submarine", "small_arms", "radar",
    "engine", "other",
]
WEAPON_CATEGORIES: tuple[WeaponCategory, ...] = (
    "air_defence", "combat_aircraft", "helicopter", "transport_aircraft", "uav", "missile",
    "artillery", "armoured_vehicle", "tank", "ship", "submarine", "small_arms", "radar",
    "engine", "other",
)

PlaceKind = Literal["city", "region", "base", "sea", "other"]
PLACE_KINDS: tuple[PlaceKind, ...] = ("city", "region", "base", "sea", "other")

StateStatus = Literal["un_member", "un_observer", "partially_recognised"]
STATE_STATUSES: tuple[StateStatus, ...] = ("un_member", "un_observer", "partially_recognised")

RoleGroup = Literal["head_of_state", "head_of_government", "defence", "foreign", "deputy",
                    "org_head", "other"]
ROLE_GROUPS: tuple[RoleGroup, ...] = (
    "head_of_state", "head_of_government", "defence", "foreign", "deputy", "org_head", "other",
)


@dataclass(frozen=True, slots=True)
class Header:
    """The header every data file starts with: which version, what it is, where facts came from.

    ``ambiguous`` pairs an alias that several records may claim with the id single-answer
    lookups return for it (``None``: the lookup refuses to guess).
    """

    file: str
    version: str
    description: str
    sources: tuple[str, ...]
    ambiguous: tuple[tuple[str, str | None], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class State:
    """A sovereign state (or one that news treats as such) keyed by ISO 3166-1 alpha-3."""

    id: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]
    status: StateStatus
    ship_prefixes: tuple[str, ...] = field(default=())  # "USS", "HMS": its navy's ship names
    official_sites: tuple[str, ...] = field(default=())  # web hosts that speak for it

    @property
    def canonical(self) -> str:
        return f"state:{self.id}"


@dataclass(frozen=True, slots=True)
class Organization:
    """An intergovernmental, non-state, political or commercial organisation.

    ``id`` is its canonical short name; ``actor`` is the EVENTS.md actor key it reduces to
    (an organ such as the UN Security Council acts for ``UN``).
    """

    id: str
    actor: str
    name: str
    aliases: tuple[str, ...]
    kind: OrgKind
    headquarters: str | None
    country: str | None
    metonyms: tuple[str, ...] = field(default=())
    # Common nouns that name this organisation only in articles set in its own country ("the
    # Kurds" in an article about Syria are the YPG; in one about Iraq they are not).
    theatre_terms: tuple[str, ...] = field(default=())
    # A partnership that acts through its states, with no body of its own ("AUKUS", "the
    # Quad"): events it takes part in are its members' (ISO codes).
    members: tuple[str, ...] = field(default=())

    @property
    def canonical(self) -> str:
        return f"org:{self.id}"


@dataclass(frozen=True, slots=True)
class RoleDef:
    """A canonical role string, its group and the other ways news names it."""

    role: str
    group: RoleGroup
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One term of one person in one role, with its bounds at the precision the data gives.

    ``start``/``end`` are the ISO strings of the data file (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``); ``start_date``/``end_date`` are the earliest and latest days they allow.
    """

    person: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    actor: str
    role: str
    title: str | None
    start: str
    end: str | None
    start_date: dt.date
    end_date: dt.date | None
    acting: bool = False

    @property
    def canonical(self) -> str:
        return f"person:{self.person}"

    def holds_on(self, day: dt.date) -> bool:
        """Whether this term covers ``day`` (inclusive at both ends; open end is current)."""
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True, slots=True)
class Weapon:
    """A weapon system, platform or named ship, with the names news uses for it.

    ``generic_terms`` are labels of :class:`WeaponClass` records ("frigate"), so a class noun
    in the text ("naval frigates") can be matched against systems of that class.
    """

    id: str
    designation: str
    aliases: tuple[str, ...]
    category: WeaponCategory
    country: str
    generic_terms: tuple[str, ...]
    partners: tuple[str, ...] = field(default=())

    @property
    def canonical(self) -> str:
        return f"weapon:{self.id}"


@dataclass(frozen=True, slots=True)
class WeaponClass:
    """A generic class of systems ("naval frigates", "air defense system") and its category.

    Text that names only a class ("five frigates") still lets an event name its system.
    """

    label: str
    category: WeaponCategory
    terms: tuple[str, ...]

    @property
    def canonical(self) -> str:
        return f"class:{self.label}"


@dataclass(frozen=True, slots=True)
class Hold:
    """An actor holding a place against the government of its state (an armed group, or a
    state occupying it), from ``start`` to ``end`` (open end: still holds it)."""

    actor: str
    start: dt.date
    end: dt.date | None = None

    def on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place (city, region, base, sea) and the state it belongs to, if one; who
    holds it in fact when that is not its state (news aims threats at the holder)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: PlaceKind
    admin1: str | None = None
    note: str | None = None
    held_by: tuple[Hold, ...] = ()

    @property
    def canonical(self) -> str:
        return f"place:{self.id}"

    def holder_on(self, day: dt.date) -> str | None:
        """The actor key holding the place on ``day`` (``None``: its own state, or unknown)."""
        return next((h.actor for h in self.held_by if h.on(day)), None)
