"""Incremental consolidation: placing each new report into the consolidated events.

Every event keeps its matching state (family, anchor dates, actor set, places; see
:class:`factwire.dedup.Group`) in ``event_match``, apart from the facts, so a new report
is first compared with the events of its family by that state alone. Only when it fits
some are their reports read back and grouped again together with it
(:func:`factwire.dedup.cluster`); the groups are written back, reusing event ids where
members stay together, and only events whose members changed are recomputed. An undated
report sorts last in any grouping, so it simply joins the best event of its family
(:func:`factwire.dedup.choose`). Nothing else in the database is touched.

The result does not depend on ingest order when reports are dated, except in one case: an
undated report that joined an event is not moved when a later, better-fitting event of the
same family appears (see docs/store.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.dedup import (
    Group,
    Merged,
    Report,
    SourceArg,
    SourceValues,
    choose,
    cluster,
    fits,
    merge,
)
from factwire.dedup.cluster import groups_match
from factwire.dedup.keys import rule_for
from factwire.model.keys import actor_key
from factwire.store import schema as t

es, ev, art, mt = t.event_source, t.event, t.article, t.event_match


MAX_MERGE_ROUNDS = 50  # merging only shrinks the family, but bound it anyway


def _ids(name: str) -> sa.BindParameter[Any]:
    return sa.bindparam(name, expanding=True)


# Statements are built once: executing a prebuilt statement with parameters skips
# SQLAlchemy's per-call construction, which dominated the cost of an ingest.
_REPORTS = (sa.select(es.c.id, art.c.content_hash, es.c.local_id, es.c.kind, es.c.family,
                      es.c.actor_set, es.c.place_key, es.c.t_lo, es.c.t_hi, es.c.t_precision,
                      es.c.event_id).join(art, art.c.id == es.c.article_id))
_REPORT_BY_ID = _REPORTS.where(es.c.id == sa.bindparam("source_id"))
_REPORTS_OF = _REPORTS.where(es.c.event_id.in_(_ids("event_ids")))
_CANDIDATES = (sa.select(ev.c.id, mt.c.anchor_lo, mt.c.anchor_hi, mt.c.anchor_precision,
                         mt.c.actor_set, mt.c.place_keys, ev.c.n_reports)
               .join(mt, mt.c.event_id == ev.c.id)
               .where(mt.c.family == sa.bindparam("family"))
               .order_by(sa.nulls_last(mt.c.anchor_lo), ev.c.id))
_CANDIDATES_NEAR = _CANDIDATES.where(sa.or_(mt.c.anchor_lo.is_(None), sa.and_(
    mt.c.anchor_lo <= sa.bindparam("until"), mt.c.anchor_hi >= sa.bindparam("since"))))
_STATE = (sa.select(ev.c.id, ev.c.kind, mt.c.family, mt.c.anchor_lo, mt.c.anchor_hi,
                    mt.c.anchor_precision, mt.c.actor_set, mt.c.place_keys, ev.c.n_reports)
          .join(mt, mt.c.event_id == ev.c.id).where(ev.c.id == sa.bindparam("target")))
_ARTICLES_OF = (sa.select(es.c.event_id, art.c.content_hash).distinct()
                .join(art, art.c.id == es.c.article_id)
                .where(es.c.event_id.in_(_ids("event_ids"))))
_TAKEN = (sa.select(es.c.event_id).join(art, art.c.id == es.c.article_id)
          .where(art.c.content_hash == sa.bindparam("content_hash"), es.c.event_id.is_not(None)))
_EXISTING = sa.select(ev.c.id).where(ev.c.id.in_(_ids("event_ids")))
_ASSIGN = (sa.update(es).where(es.c.id.in_(_ids("source_ids")))
           .values(event_id=sa.bindparam("target")))
_UPDATE_EVENT = sa.update(ev).where(ev.c.id == sa.bindparam("target"))
_UPDATE_MATCH = sa.update(mt).where(mt.c.event_id == sa.bindparam("target"))
_DELETE_MATCH = sa.delete(mt).where(mt.c.event_id.in_(_ids("event_ids")))
_DELETE_EVENTS = sa.delete(ev).where(ev.c.id.in_(_ids("event_ids")))
_INSERT_EVENT = sa.insert(ev).returning(ev.c.id)
_INSERT_MATCH = sa.insert(mt)
_SOURCES_OF = (sa.select(es, art.c.content_hash, art.c.published)
               .join(art, art.c.id == es.c.article_id)
               .where(es.c.event_id == sa.bindparam("target")).order_by(es.c.id))
_DELETE_ARGS = sa.delete(t.event_argument).where(
    t.event_argument.c.event_id == sa.bindparam("target"))
_SOURCE_ARGS = (sa.select(t.source_argument.c.source_id, t.source_argument.c.role,
                          t.source_argument.c.value, t.article_entity.c.entity_id,
                          t.article_entity.c.actor, t.article_entity.c.country,
                          t.article_entity.c.kind)
                .outerjoin(t.article_entity,
                           t.article_entity.c.id == t.source_argument.c.article_entity_id)
                .where(t.source_argument.c.source_id.in_(_ids("source_ids")))
                .order_by(t.source_argument.c.source_id, t.source_argument.c.role,
                          t.source_argument.c.position))


def consolidate(conn: Connection, source_ids: Sequence[int]) -> set[int]:
    """Place the reports ``source_ids`` (just written); return the events they changed.

    Analysts' corrections (:mod:`factwire.store.corrections`) anchored in those events are
    applied again at the end, so a corrected value outlives every regrouping.
    """
    from factwire.store.corrections import apply_corrections  # noqa: PLC0415  (imports us)

    touched: set[int] = set()
    for source_id in source_ids:
        placed = _settle(conn, _place(conn, source_id))
        touched |= placed | _merge_neighbours(conn, placed)
    changed = _alive(conn, touched)
    for event_id in sorted(changed):
        refresh_event(conn, event_id)
    apply_corrections(conn, touched)  # recomputed fields lost them; gone ids moved
    return _alive(conn, changed)


def _alive(conn: Connection, event_ids: Iterable[int]) -> set[int]:
    return set(conn.execute(_EXISTING, {"event_ids": sorted(event_ids)}).scalars())


def _settle(conn: Connection, event_ids: set[int]) -> set[int]:
    """Update the matching state of the events that still exist; return them."""
    alive = _alive(conn, event_ids)
    for event_id in sorted(alive):
        update_state(conn, event_id)
    return alive


def _merge_neighbours(conn: Connection, event_ids: set[int]) -> set[int]:
    """Merge changed events with events of their family that now fit them as groups.

    A report can make its event fit another that no single report bridges (two partial
    views of one congress); :func:`factwire.dedup.cluster` merges such groups, and this
    gives the incremental path the same result. Returns the events changed.
    """
    changed: set[int] = set()
    todo = sorted(event_ids)
    for _ in range(MAX_MERGE_ROUNDS):
        if not todo:
            break
        event_id = todo.pop(0)
        state = conn.execute(_STATE, {"target": event_id}).first()
        if state is None:
            continue
        rows = [r for r in _candidates(conn, state.family, state.anchor_lo, state.anchor_hi,
                                       rule_for(state.kind).slack) if r.id != event_id]
        articles = _articles(conn, [event_id, *(r.id for r in rows)])
        group = _stored(0, state.family, state, articles.get(event_id, set()))
        matches = [r.id for i, r in enumerate(rows, 1) if groups_match(
            group, _stored(i, state.family, r, articles.get(r.id, set())))]
        if not matches:
            continue
        members: dict[int, list[Report]] = {eid: [] for eid in [event_id, *matches]}
        for member, owner in _reports(conn, _REPORTS_OF, {"event_ids": list(members)}):
            if owner is not None:
                members[owner].append(member)
        moved = _settle(conn, _write_groups(
            conn, cluster([m for ms in members.values() for m in ms]), members))
        changed |= moved | set(members)
        todo = sorted(set(todo) | moved)
    return changed


def _candidates(conn: Connection, family: str, lo: dt.date | None, hi: dt.date | None,
                slack_days: int) -> list[Any]:
    """Events of ``family`` whose anchor comes within ``slack_days`` of [lo, hi] (all of
    the family when the dates are unknown), in a stable order."""
    if lo is None or hi is None:
        return list(conn.execute(_CANDIDATES, {"family": family}))
    slack = dt.timedelta(days=slack_days)
    return list(conn.execute(_CANDIDATES_NEAR, {"family": family, "until": hi + slack,
                                                "since": lo - slack}))


def _articles(conn: Connection, event_ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for event_id, content_hash in conn.execute(_ARTICLES_OF, {"event_ids": event_ids}):
        out.setdefault(event_id, set()).add(content_hash)
    return out


def _reports(conn: Connection, statement: sa.Select[Any],
             params: dict[str, Any]) -> list[tuple[Report, int | None]]:
    rows = conn.execute(statement, params).all()
    return [(Report(ref=r.id, article=r.content_hash, local_id=r.local_id, kind=r.kind,
                    family=r.family, actors=frozenset(json.loads(r.actor_set)),
                    place=r.place_key, lo=r.t_lo, hi=r.t_hi, precision=r.t_precision),
             r.event_id) for r in rows]


def _place(conn: Connection, source_id: int) -> set[int]:
    """Put one report into an event; return the ids of events whose members changed."""
    [(report, _)] = _reports(conn, _REPORT_BY_ID, {"source_id": source_id})
    rows = _candidates(conn, report.family, report.lo, report.hi, rule_for(report.kind).slack)
    groups = [_stored(i, report.family, row) for i, row in enumerate(rows)]
    if report.lo is None:
        return _attach(conn, report, rows, groups)
    fitting = [row.id for row, group in zip(rows, groups, strict=True) if fits(report, group)]
    if not fitting:
        return _assign(conn, [report.ref], _new_event(conn, report))
    members: dict[int, list[Report]] = {eid: [] for eid in fitting}
    for member, event_id in _reports(conn, _REPORTS_OF, {"event_ids": fitting}):
        if event_id is not None:
            members[event_id].append(member)
    groups_now = cluster([report, *(m for ms in members.values() for m in ms)])
    return _write_groups(conn, groups_now, members)


def _stored(index: int, family: str, row: Any, articles: set[str] | None = None) -> Group:
    """A group from the matching state an event keeps (its reports are not read)."""
    return Group(index, family, size=row.n_reports, articles=articles or set(),
                 actors=set(json.loads(row.actor_set)), places=set(json.loads(row.place_keys)),
                 lo=row.anchor_lo, hi=row.anchor_hi, precision=row.anchor_precision)


def _attach(conn: Connection, report: Report, rows: Sequence[Any],
            groups: list[Group]) -> set[int]:
    """An undated report joins the best event of its family, or starts one."""
    taken = set(conn.execute(_TAKEN, {"content_hash": report.article}).scalars())
    for row, group in zip(rows, groups, strict=True):
        if row.id in taken:
            group.articles.add(report.article)  # one report per article and event
    index = choose(report, groups)
    event_id = rows[index].id if index is not None else _new_event(conn, report)
    return _assign(conn, [report.ref], event_id)


def _write_groups(conn: Connection, groups: list[list[Report]],
                  members: dict[int, list[Report]]) -> set[int]:
    """Write regrouped reports back, keeping the id of the old event each group overlaps most."""
    old = {eid: {m.ref for m in ms} for eid, ms in members.items()}
    used: set[int] = set()
    changed: set[int] = set()
    for group in groups:
        refs = {m.ref for m in group}
        overlap = sorted((-len(refs & old[eid]), eid) for eid in old
                         if eid not in used and refs & old[eid])
        event_id = overlap[0][1] if overlap else _new_event(conn, group[0])
        used.add(event_id)
        if refs != old.get(event_id):
            changed |= _assign(conn, [m.ref for m in group
                                      if m.ref not in old.get(event_id, set())], event_id)
    gone = sorted(set(old) - used)
    if gone:
        conn.execute(_DELETE_MATCH, {"event_ids": gone})
        conn.execute(_DELETE_EVENTS, {"event_ids": gone})
    return changed | set(gone)


def _assign(conn: Connection, refs: Iterable[int], event_id: int) -> set[int]:
    refs = sorted(refs)
    if refs:
        conn.execute(_ASSIGN, {"source_ids": refs, "target": event_id})
    return {event_id}


def update_state(conn: Connection, event_id: int) -> None:
    """Recompute an event's matching state from its reports (cheap: no arguments read)."""
    reports = [r for r, _ in _reports(conn, _REPORTS_OF, {"event_ids": [event_id]})]
    group = Group.of(reports)
    conn.execute(_UPDATE_MATCH, {
        "target": event_id, "anchor_lo": group.lo, "anchor_hi": group.hi,
        "anchor_precision": group.precision, "actor_set": json.dumps(sorted(group.actors)),
        "place_keys": json.dumps(sorted(group.places))})
    conn.execute(_UPDATE_EVENT, {"target": event_id, "n_reports": group.size})


def _new_event(conn: Connection, first: Report) -> int:
    """A placeholder row for a new event (and its matching state); :func:`refresh_event`
    and :func:`_update_state` fill them in."""
    event_id = int(conn.execute(_INSERT_EVENT, {
        "kind": first.kind, "actors": "", "plover_type": "", "plover_context": "",
        "modality": "asserted", "n_sources": 0, "n_reports": 0, "confidence": 0.0,
        "conflicts": "{}"}).scalar_one())
    conn.execute(_INSERT_MATCH, {"event_id": event_id, "family": first.family})
    return event_id


def refresh_event(conn: Connection, event_id: int) -> Merged:
    """Recompute one consolidated event (fields and arguments) from its reports."""
    rows = conn.execute(_SOURCES_OF, {"target": event_id}).all()
    args = _source_args(conn, [r.id for r in rows])
    merged = merge([_values(r, args.get(r.id, ())) for r in rows], rows[0].kind)
    conn.execute(_UPDATE_EVENT, {"target": event_id, **_event_fields(merged)})
    conn.execute(_DELETE_ARGS, {"target": event_id})
    if merged.args:
        conn.execute(sa.insert(t.event_argument), [
            {"event_id": event_id, "role": x.role, "entity_id": x.entity_id, "actor": x.actor,
             "value": x.value, "support": x.support} for x in merged.args])
    return merged


def _event_fields(m: Merged) -> dict[str, Any]:
    return {
        "actors": json.dumps(list(m.actors)), "plover_type": m.plover_type,
        "plover_mode": m.plover_mode, "plover_context": ",".join(m.plover_context),
        "cameo": m.cameo, "time_start": m.time_start, "time_end": m.time_end,
        "date_lo": m.date_lo, "date_hi": m.date_hi, "status": m.status,
        "modality": m.modality, "quantity": m.quantity, "value_amount": m.value_amount,
        "value_currency": m.value_currency, "order_time": m.order_time,
        "delivery_times": ",".join(m.delivery_times) or None, "system_id": m.system_id,
        "place_id": m.place_id, "n_sources": m.n_sources, "n_reports": m.n_reports,
        "first_reported": m.first_reported, "last_reported": m.last_reported,
        "confidence": m.confidence, "conflicts": json.dumps(m.conflicts, sort_keys=True),
    }


def _source_args(conn: Connection, source_ids: list[int]) -> dict[int, list[SourceArg]]:
    out: dict[int, list[SourceArg]] = {}
    if not source_ids:
        return out
    for r in conn.execute(_SOURCE_ARGS, {"source_ids": source_ids}):
        actor = actor_key(r.kind, r.actor, r.country)
        out.setdefault(r.source_id, []).append(
            SourceArg(r.role, r.entity_id, actor, None if r.entity_id is not None else r.value))
    return out


def _values(r: Any, args: Sequence[SourceArg]) -> SourceValues:
    return SourceValues(
        article=r.content_hash, published=r.published, plover_type=r.plover_type,
        plover_mode=r.plover_mode,
        plover_context=tuple(c for c in r.plover_context.split(",") if c), cameo=r.cameo,
        time_start=r.time_start, time_end=r.time_end, status=r.status, quantity=r.quantity,
        value_amount=r.value_amount, value_currency=r.value_currency, modality=r.modality,
        confidence=r.confidence, args=tuple(args))


def reconsolidate(conn: Connection) -> int:
    """Recompute every consolidated event from the stored reports, in ingest order.

    For after an upgrade that changes the consolidation rules: the per-article layer is
    kept as it is, so no NLP runs again. Returns the number of events.
    """
    conn.execute(sa.update(es).values(event_id=None))
    conn.execute(sa.delete(mt))
    conn.execute(sa.delete(ev))
    conn.execute(sa.update(t.correction).values(event_id=None, status="unresolved"))
    order = conn.execute(sa.select(es.c.id).join(art, art.c.id == es.c.article_id)
                         .order_by(art.c.id, es.c.id)).scalars().all()
    consolidate(conn, list(order))
    return int(conn.execute(sa.select(sa.func.count()).select_from(ev)).scalar_one())
