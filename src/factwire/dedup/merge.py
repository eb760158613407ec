"""Merging the reports of one real-world event into one consolidated record.

Each field is decided by the sources, counted once per article: the most specific date
(then the one most articles give), the quantity and value most articles give (ties go to
the smaller number, the cautious reading), the status of the latest report, "asserted" as
soon as one article says the event happened. Disagreements are never dropped: every field
where sources differ is listed in ``conflicts`` with how many articles gave each value.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from factwire.dedup.keys import iso_interval, rule_for
from factwire.events.spec import ladder_rank

T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True, slots=True)
class SourceArg:
    """One argument as one report gives it: an entity (id and actor key) or a literal."""

    role: str
    entity_id: int | None = None
    actor: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class SourceValues:
    """The fields of one report that merging reads."""

    article: str
    published: dt.date | None
    plover_type: str
    plover_mode: str | None
    plover_context: tuple[str, ...]
    cameo: str | None
    time_start: str | None
    time_end: str | None
    status: str | None
    quantity: int | None
    value_amount: float | None
    value_currency: str | None
    modality: str
    confidence: float
    args: tuple[SourceArg, ...] = ()


@dataclass(frozen=True, slots=True)
class MergedArg:
    role: str
    entity_id: int | None
    actor: str | None
    value: str | None
    support: int


@dataclass(frozen=True, slots=True)
class Merged:
    """A consolidated event's fields, every one traceable to the reports it came from."""

    plover_type: str
    plover_mode: str | None
    plover_context: tuple[str, ...]
    cameo: str | None
    time_start: str | None
    time_end: str | None
    date_lo: dt.date | None
    date_hi: dt.date | None
    status: str | None
    modality: str
    quantity: int | None
    value_amount: float | None
    value_currency: str | None
    order_time: str | None
    delivery_times: tuple[str, ...]
    system_id: int | None
    place_id: int | None
    actors: tuple[str, ...]
    args: tuple[MergedArg, ...]
    n_sources: int
    n_reports: int
    first_reported: dt.date | None
    last_reported: dt.date | None
    confidence: float
    conflicts: dict[str, dict[str, int]]


def votes(pairs: Iterable[tuple[T, str]]) -> dict[T, int]:
    """How many distinct articles give each value (one vote per article and value)."""
    seen: dict[T, set[str]] = defaultdict(set)
    for value, article in pairs:
        seen[value].add(article)
    return {value: len(articles) for value, articles in seen.items()}


def winner(counts: dict[T, int], tie: Callable[[T], Any]) -> T | None:
    """The value with most votes; ``tie`` orders equally supported values (smallest wins)."""
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], tie(v)))


def merge(reports: Sequence[SourceValues], kind: str = "other") -> Merged:
    """Merge the reports of one event of ``kind`` (``reports`` must not be empty).

    A deal (arms transfer, joint production) is dated by its order: its reports date
    different steps (order, deliveries), which are kept apart rather than called conflicts.
    """
    conflicts: dict[str, dict[str, int]] = {}
    order_time, delivery_times = _deal_times(reports, conflicts)
    if rule_for(kind).deal:
        time_start, time_end = order_time, None
    else:
        time_start, time_end = _merge_time(
            [((r.time_start, r.time_end), r.article) for r in reports
             if r.time_start or r.time_end], "time", conflicts)
    quantity = _pick([(r.quantity, r.article) for r in reports if r.quantity is not None],
                     "quantity", conflicts, tie=lambda q: q)
    money = _pick([((r.value_amount, r.value_currency), r.article) for r in reports
                   if r.value_amount is not None and r.value_currency],
                  "value", conflicts, tie=lambda m: (m[0], m[1]))
    ptype = winner(votes((r.plover_type, r.article) for r in reports), tie=str) or "OTHER"
    typed = [r for r in reports if r.plover_type == ptype]
    args = _merge_args(reports)
    published = [r.published for r in reports if r.published is not None]
    interval = _span(time_start, time_end)
    return Merged(
        plover_type=ptype,
        plover_mode=winner(votes((r.plover_mode, r.article) for r in typed
                                 if r.plover_mode), tie=str),
        plover_context=tuple(sorted({c for r in typed for c in r.plover_context})),
        cameo=winner(votes((r.cameo, r.article) for r in reports if r.cameo), tie=str),
        time_start=time_start, time_end=time_end,
        date_lo=interval[0] if interval else min(published, default=None),
        date_hi=interval[1] if interval else max(published, default=None),
        status=_status(reports, conflicts), modality=_modality(reports),
        quantity=quantity,
        value_amount=money[0] if money else None, value_currency=money[1] if money else None,
        order_time=order_time, delivery_times=delivery_times,
        system_id=_top_entity(args, "system"), place_id=_top_entity(args, "place"),
        actors=tuple(sorted({a.actor for a in args if a.actor and a.role != "place"})),
        args=args,
        n_sources=len({r.article for r in reports}), n_reports=len(reports),
        first_reported=min(published, default=None), last_reported=max(published, default=None),
        confidence=_confidence(reports), conflicts=conflicts,
    )


def _pick(pairs: list[tuple[T, str]], name: str, conflicts: dict[str, dict[str, int]],
          tie: Callable[[T], Any]) -> T | None:
    counts = votes(pairs)
    if len(counts) > 1:
        conflicts[name] = {_label(v): n for v, n in sorted(counts.items(), key=lambda x: tie(x[0]))}
    return winner(counts, tie)


def _label(value: object) -> str:
    if isinstance(value, tuple):
        return " ".join(_label(v) for v in value if v is not None)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _merge_time(pairs: Sequence[tuple[tuple[str | None, str | None], str]], name: str,
                conflicts: dict[str, dict[str, int]]) -> tuple[str | None, str | None]:
    """The most specific date (the finest precision, then the shortest interval: "on
    Tuesday" before "this week"); among those, the one most articles give exactly, then the
    one most articles agree with (their dates overlap it), then the earliest. Dates that do
    not overlap the choice are listed as a conflict."""
    if not pairs:
        return None, None
    counts = votes(pairs)
    spans = {v: _span(*v) for v in counts}
    best_precision = max(_precision(v[0] or v[1]) for v in counts)

    def agreeing(v: tuple[str | None, str | None]) -> int:
        return sum(n for w, n in counts.items() if _overlaps(spans[w], spans[v]))

    def length(v: tuple[str | None, str | None]) -> int:
        span = spans[v]
        return (span[1] - span[0]).days if span else 1 << 30

    chosen = min((v for v in counts if _precision(v[0] or v[1]) == best_precision),
                 key=lambda v: (length(v), -counts[v], -agreeing(v), v[0] or "", v[1] or ""))
    if any(not _overlaps(spans[v], spans[chosen]) for v in counts):
        conflicts[name] = {"/".join(dict.fromkeys(p for p in v if p)): n
                           for v, n in sorted(counts.items(), key=lambda x: x[0][0] or "")}
    return chosen


def _precision(value: str | None) -> int:
    parsed = iso_interval(value)
    return parsed[2] if parsed else 0


def _span(start: str | None, end: str | None) -> tuple[dt.date, dt.date] | None:
    lo, hi = iso_interval(start), iso_interval(end)
    if lo and hi:
        return lo[0], max(lo[1], hi[1])
    one = lo or hi
    return (one[0], one[1]) if one else None


def _overlaps(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """Unparsable dates overlap everything: they cannot be shown to disagree."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _status(reports: Sequence[SourceValues], conflicts: dict[str, dict[str, int]]) -> str | None:
    """The latest report's status: a deal ordered in 2018 and delivered in 2021 is delivered.

    Statuses that advance with time (ordered, then delivered) are progress; a conflict is
    recorded only when a later report gives an earlier stage, or reports of one date differ.
    """
    dated = sorted((r for r in reports if r.status),
                   key=lambda r: (r.published or dt.date.min, ladder_rank(r.status),
                                  r.status or ""))
    if not dated:
        return None
    ranks = [(r.published, ladder_rank(r.status)) for r in dated]
    regress = any(b[1] < a[1] or (a[0] == b[0] and a[1] != b[1])
                  for a, b in itertools.pairwise(ranks))
    if regress:
        conflicts["status"] = dict(sorted(votes((r.status, r.article) for r in dated
                                                if r.status).items()))
    return dated[-1].status


def _modality(reports: Sequence[SourceValues]) -> str:
    modalities = [r.modality for r in reports]
    if "asserted" in modalities:
        return "asserted"
    return winner(votes((r.modality, r.article) for r in reports), tie=str) or "asserted"


def _deal_times(reports: Sequence[SourceValues],
                conflicts: dict[str, dict[str, int]]) -> tuple[str | None, tuple[str, ...]]:
    """Order date (an ``order_time`` argument, else when an "ordered" report dates it) and
    every distinct delivery date (less specific dates that a more specific one refines dropped)."""
    orders = [((a.value, None), r.article) for r in reports for a in r.args
              if a.role == "order_time" and a.value]
    if not orders:
        orders = [((r.time_start, None), r.article) for r in reports
                  if r.status in ("ordered", "signed") and r.time_start]
    order_time, _ = _merge_time(orders, "order_time", conflicts)
    deliveries = {a.value for r in reports for a in r.args if a.role == "delivery_time" and a.value}
    deliveries |= {r.time_start for r in reports if r.status == "delivered" and r.time_start}
    kept = sorted(d for d in deliveries if not any(o != d and o.startswith(d) for o in deliveries))
    return order_time, tuple(kept)


def _merge_args(reports: Sequence[SourceValues]) -> tuple[MergedArg, ...]:
    pairs = [((a.role, a.entity_id, a.actor, a.value), r.article) for r in reports for a in r.args]
    counts = votes(pairs)
    ordered = sorted(counts.items(), key=lambda x: (x[0][0], -x[1], x[0][2] or "",
                                                    x[0][1] or 0, x[0][3] or ""))
    return tuple(MergedArg(role, entity_id, actor, value, n)
                 for (role, entity_id, actor, value), n in ordered)


def _top_entity(args: tuple[MergedArg, ...], role: str) -> int | None:
    for arg in args:  # sorted by role, then support
        if arg.role == role and arg.entity_id is not None:
            return arg.entity_id
    return None


def _confidence(reports: Sequence[SourceValues]) -> float:
    """Independent sources make an event likelier: 1 - prod(1 - best confidence per article)."""
    best: dict[str, float] = {}
    for r in reports:
        best[r.article] = max(best.get(r.article, 0.0), min(max(r.confidence, 0.0), 1.0))
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    return round(min(1.0 - miss, 0.999), 3)
