"""What identifies an event across articles: its kind, key actors, system, place and time.

Every per-article event is reduced to a :class:`Features` value: a ``family`` string that
must match exactly (kind + directed key actors + system + identifying place), an unordered
actor set compared loosely (multilateral meetings are reported with different subsets of
participants), and a time interval with its precision. Entities are reduced to keys that
hold across articles (:func:`entity_key`), so "S-400 Triumf" in one article and "S-400"
in another meet when the gazetteer gave both the canonical id ``weapon:s-400``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from factwire.events.spec import KindSpec, all_specs, spec_of
from factwire.model import ArgValue, Entity, Event
from factwire.model.keys import slug

DAY, MONTH, YEAR, ANCHORED, UNPLACED = 3, 2, 1, 0, -1


@dataclass(frozen=True, slots=True)
class KindRule:
    """How one event kind is matched across articles (roles from EVENTS.md section 2).

    ``slack`` is how many days apart two dated reports of one event may be; undated
    reports are placed ``lookback`` days before (or, when future, ``lookahead`` days after)
    their publication. ``deal`` kinds (transfers, joint production) are dated by their
    order time and an undated report of a deal matches the deal at any date.
    """

    directed: tuple[str, ...] = ()
    symmetric: str | None = None
    system: str | None = None
    place_in_key: bool = False
    slack: int = 3
    lookback: int = 30
    lookahead: int = 120
    deal: bool = False


def _rule(spec: KindSpec) -> KindRule:
    """A kind's matching rule, from its spec's key roles and consolidation settings."""
    c = spec.consolidation
    symmetric = next((r.name for r in spec.roles
                      if r.key and r.is_actor and r.direction == "symmetric"), None)
    return KindRule(
        directed=tuple(r.name for r in spec.roles
                       if r.key and r.is_actor and r.direction == "directed"),
        symmetric="*" if c.actors == "all" else symmetric, system=spec.system_role,
        place_in_key=any(r.key and r.type == "place" for r in spec.roles),
        slack=c.slack, lookback=c.lookback, lookahead=c.lookahead, deal=c.deal)


def rules() -> Mapping[str, KindRule]:
    """Every kind's rule (derived from the specs once per spec load)."""
    return _rules(all_specs())


@functools.cache
def _rules(specs: tuple[KindSpec, ...]) -> Mapping[str, KindRule]:
    return {s.kind: _rule(s) for s in specs}


def rule_for(kind: str) -> KindRule:
    """The rule of ``kind``; a kind without a spec is matched like the fallback kind."""
    table = rules()
    fallback = next((s.kind for s in all_specs() if s.fallback), None)
    return table.get(kind) or table.get(fallback or "", KindRule(symmetric="*"))


def entity_key(entity: Entity) -> str:
    """The cross-article identity of an entity (:attr:`factwire.model.Entity.key`)."""
    return entity.key


@dataclass(frozen=True, slots=True)
class ArgEntity:
    """An event argument resolved across articles: entity key and actor key."""

    key: str
    actor: str | None
    kind: str

    @property
    def match_key(self) -> str:
        """What actor roles compare: the actor key (``RUS``) where there is one."""
        return self.actor or self.key

    @classmethod
    def of(cls, entity: Entity) -> ArgEntity:
        return cls(entity.key, entity.actor_key, entity.kind)


@dataclass(frozen=True, slots=True)
class Features:
    """An event reduced to what consolidation compares."""

    family: str
    actors: frozenset[str]
    place: str | None
    lo: dt.date | None
    hi: dt.date | None
    precision: int


def features(event: Event, resolve: Callable[[str], ArgEntity | None],
             published: dt.date | None) -> Features:
    """Reduce ``event`` (with ``resolve`` mapping its entity ids) to :class:`Features`."""
    rule = rule_for(event.kind)
    directed = [_keys(event.args.get(role), resolve) for role in rule.directed]
    system = _first_key(event.args.get(rule.system), resolve) if rule.system else None
    place = _first_key(event.args.get("place"), resolve)
    if rule.symmetric == "*":
        actors = frozenset(k for role, v in sorted(event.args.items())
                           if role != "place" for k in _keys(v, resolve))
    elif rule.symmetric:
        actors = frozenset(_keys(event.args.get(rule.symmetric), resolve))
    else:
        actors = frozenset()
    spec = spec_of(event.kind)
    by_plover = spec is not None and spec.consolidation.family_by_plover
    parts = [event.kind, event.plover.type if by_plover else "",
             ">".join("+".join(sorted(set(keys))) for keys in directed),
             f"sys={system or ''}", f"place={place or ''}" if rule.place_in_key else ""]
    lo, hi, precision = _interval(rule, event, published)
    return Features("|".join(parts), actors, place, lo, hi, precision)


def _keys(value: ArgValue | None, resolve: Callable[[str], ArgEntity | None]) -> list[str]:
    if value is None or isinstance(value, str):
        return []
    return [arg.match_key for arg in map(resolve, value) if arg is not None]


def _first_key(value: ArgValue | None,
               resolve: Callable[[str], ArgEntity | None]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return f"text:{slug(value)}"
    for ref in value:
        arg = resolve(ref)
        if arg is not None:
            return arg.key
    return None


def _interval(rule: KindRule, event: Event,
              published: dt.date | None) -> tuple[dt.date | None, dt.date | None, int]:
    if rule.deal:
        order = event.args.get("order_time")
        parsed = iso_interval(order) if isinstance(order, str) else None
        return parsed if parsed else (None, None, ANCHORED if published else UNPLACED)
    if event.time is not None and not event.time.from_publication:  # a report's own date
        start = iso_interval(event.time.start) if event.time.start else None
        end = iso_interval(event.time.end) if event.time.end else None
        if start and end:
            return start[0], max(start[1], end[1]), start[2]
        one = start or end
        if one is not None:
            return one
    if published is None:
        return None, None, UNPLACED
    if event.modality == "future":
        return published, published + dt.timedelta(days=rule.lookahead), ANCHORED
    return published - dt.timedelta(days=rule.lookback), published, ANCHORED


def iso_interval(value: str | None) -> tuple[dt.date, dt.date, int] | None:
    """``2018`` / ``2018-10`` / ``2018-10-05`` as (first day, last day, precision)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip()[:10])
    if m is None:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
            return day, day, DAY
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last), MONTH
        return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR
    except ValueError:
        return None
