"""Corrections: an analyst's fixes to consolidated events that survive re-consolidation.

A correction (set a field, delete an event, merge two events) is stored as its own record
with author and reason, and anchored to the *reports* behind the event when it was made
(article content hash + report kind + trigger span, else the report's local id). Event ids
are not stable: consolidation regroups reports and re-ingest (``--force``) or a full
re-consolidation makes new events. So every consolidation ends with
:func:`apply_corrections`, which finds each affected correction's event again through its
anchors (the event holding most of them) and applies it: merges first, then field values,
then deletions, each in the order they were made.

A deleted event is removed from ``event`` (its reports stay, unlinked), so no output can
show it; a correction whose reports are all gone is kept as ``unresolved``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.dedup.keys import iso_interval
from factwire.store import schema as t
from factwire.store.consolidate import refresh_event, update_state
from factwire.store.errors import QueryError

ACTIONS = ("merge", "set", "delete")  # the order they are applied in
# field -> event column it writes (actor roles are handled apart: see _set_role)
SCALAR_FIELDS = {"kind": "kind", "status": "status", "modality": "modality",
                 "quantity": "quantity", "date": "time_start", "end": "time_end",
                 "value": "value_amount", "currency": "value_currency", "cameo": "cameo",
                 "plover_type": "plover_type", "plover_mode": "plover_mode"}
MAX_TEXT = 2000

co, ca, es, art, ev = (t.correction, t.correction_anchor, t.event_source, t.article, t.event)


@dataclass(frozen=True, slots=True)
class Change:
    """One correction to record: ``action`` is set (with field and value), delete or merge
    (``other`` is the event merged into ``event_id``)."""

    action: str
    event_id: int
    author: str
    reason: str
    field: str | None = None
    value: str | None = None
    other: int | None = None


def record(conn: Connection, change: Change) -> int:
    """Store ``change`` anchored to the events' current reports, apply it; return its id."""
    _check(change)
    cid = int(conn.execute(sa.insert(co).values(
        created_at=dt.datetime.now(dt.UTC), author=change.author.strip(),
        reason=change.reason.strip(), action=change.action, field=change.field,
        value=change.value, event_id=change.event_id, status="applied").returning(co.c.id)
    ).scalar_one())
    sides = [("target", change.event_id)]
    if change.other is not None:
        sides.append(("other", change.other))
    for side, event_id in sides:
        anchors = _anchors_of(conn, event_id)
        if not anchors:
            raise QueryError(f"EVENT_ID {event_id}: no such event; `factwire events` lists "
                             "their ids")
        conn.execute(sa.insert(ca), [{"correction_id": cid, "side": side, **a}
                                     for a in anchors])
    apply_corrections(conn, {change.event_id, *([change.other] if change.other else [])})
    return cid


def _check(change: Change) -> None:
    from factwire.events.spec import kinds, spec_of  # noqa: PLC0415  (loads the kind specs)

    if not change.author.strip() or not change.reason.strip():
        raise QueryError("--author and --reason are required: say who corrects and why")
    if len(change.reason) > MAX_TEXT or len(change.author) > MAX_TEXT:
        raise QueryError(f"--author and --reason take at most {MAX_TEXT} characters")
    if change.action == "merge" and change.other in (None, change.event_id):
        raise QueryError("--merge A B: give two different event ids")
    if change.action != "set":
        return
    field, value = change.field or "", change.value or ""
    roles = {r.name for s in (spec_of(k) for k in kinds()) if s for r in s.roles if r.is_actor}
    if field not in SCALAR_FIELDS and field not in roles:
        raise QueryError(f"--set {field}=...: not a field; use one of "
                         f"{', '.join(sorted(SCALAR_FIELDS))} or an actor role "
                         f"({', '.join(sorted(roles))})")
    if field in roles:
        _role_keys(field, value)
    else:
        _coerce(field, value)


def _role_keys(role: str, value: str) -> list[str]:
    """The actor keys a role is set to: codes or names, comma-separated, each one known."""
    from factwire.api.resolve import actor_key_of  # noqa: PLC0415  (gazetteer, pycountry)

    keys: list[str] = []
    for part in (p.strip() for p in value.split(",")):
        found = actor_key_of(part) if part else None
        if found is None:
            raise QueryError(f"--set {role}={value!r}: {part!r} is not an actor key or a state "
                             "or organisation name; give e.g. IND or India")
        keys.append(found[0])
    return keys


def _coerce(field: str, value: str) -> Any:
    """The typed value a field takes, or :class:`QueryError` naming the field."""
    from factwire.events.spec import kinds  # noqa: PLC0415
    from factwire.model.event import MODALITIES  # noqa: PLC0415

    v = value.strip()
    try:
        if field == "quantity":
            return int(v) if v else None
        if field == "value":
            return float(v) if v else None
    except ValueError as exc:
        raise QueryError(f"--set {field}={value!r}: give a number") from exc
    if field in ("date", "end") and v and iso_interval(v) is None:
        raise QueryError(f"--set {field}={value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    if field == "kind" and v not in kinds():
        raise QueryError(f"--set kind={value!r}: use one of {', '.join(kinds())}")
    if field == "modality" and v not in MODALITIES:
        raise QueryError(f"--set modality={value!r}: use one of {', '.join(MODALITIES)}")
    return v or None


def _anchors_of(conn: Connection, event_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(sa.select(art.c.content_hash, es.c.local_id, es.c.kind,
                                  es.c.trigger_start, es.c.trigger_end)
                        .join(art, art.c.id == es.c.article_id)
                        .where(es.c.event_id == event_id).order_by(es.c.id)).all()
    return [dict(r._mapping) for r in rows]


_ANCHORED = (es.c.kind == ca.c.kind) & sa.or_(
    sa.and_(ca.c.trigger_start.is_not(None), es.c.trigger_start == ca.c.trigger_start,
            es.c.trigger_end == ca.c.trigger_end),
    sa.and_(ca.c.trigger_start.is_(None), es.c.local_id == ca.c.local_id))
_HITS = (sa.select(ca.c.correction_id, ca.c.side, es.c.event_id,
                   sa.func.count().label("n"))
         .select_from(ca.join(art, art.c.content_hash == ca.c.content_hash)
                      .join(es, sa.and_(es.c.article_id == art.c.id, _ANCHORED)))
         .where(es.c.event_id.is_not(None))
         .group_by(ca.c.correction_id, ca.c.side, es.c.event_id))


def apply_corrections(conn: Connection, changed: Iterable[int]) -> None:
    """Apply again every correction anchored in, or last applied to, the events ``changed``
    (whose fields consolidation has just recomputed from their reports)."""
    ids = set(changed)
    if not ids or conn.execute(sa.select(co.c.id).limit(1)).first() is None:
        return
    for row in _affected(conn, ids, "merge"):
        ids |= _apply(conn, row)  # a merge recomputes its event: its other fixes go again
    for action in ACTIONS[1:]:
        for row in _affected(conn, ids, action):
            _apply(conn, row)


def _affected(conn: Connection, event_ids: set[int], action: str) -> list[Any]:
    ids = sorted(event_ids)
    hits = _HITS.subquery()
    hit = sa.select(hits.c.correction_id).where(hits.c.event_id.in_(ids))
    return list(conn.execute(sa.select(co).where(
        co.c.action == action, sa.or_(co.c.event_id.in_(ids), co.c.id.in_(hit)))
        .order_by(co.c.id)))


def _where(conn: Connection, correction_id: int) -> dict[str, int]:
    """The event each side of a correction is in now: the one holding most of its anchors."""
    rows = conn.execute(_HITS.where(ca.c.correction_id == correction_id)).all()
    best: dict[str, tuple[int, int]] = {}
    for r in rows:
        if r.side not in best or (-r.n, r.event_id) < (-best[r.side][1], best[r.side][0]):
            best[r.side] = (r.event_id, r.n)
    return {side: event_id for side, (event_id, _) in best.items()}


def _apply(conn: Connection, row: Any) -> set[int]:
    """Apply one correction where its anchors are now; return the events a merge changed."""
    sides = _where(conn, row.id)
    target, touched = sides.get("target"), set[int]()
    if target is not None and row.action == "merge":
        other = sides.get("other")
        if other is not None and other != target:
            touched = {target, other}
            conn.execute(sa.update(es).where(es.c.event_id == other).values(event_id=target))
            conn.execute(sa.delete(t.event_argument).where(
                t.event_argument.c.event_id == other))
            conn.execute(sa.delete(ev).where(ev.c.id == other))
            update_state(conn, target)
            refresh_event(conn, target)
    elif target is not None and row.action == "set":
        _set(conn, target, row.field, row.value)
    elif target is not None and row.action == "delete":
        conn.execute(sa.update(es).where(es.c.event_id == target).values(event_id=None))
        conn.execute(sa.delete(t.event_argument).where(t.event_argument.c.event_id == target))
        conn.execute(sa.delete(ev).where(ev.c.id == target))
    status = "applied" if target is not None else "unresolved"
    conn.execute(sa.update(co).where(co.c.id == row.id).values(
        event_id=target if row.action != "delete" else None, status=status))
    return touched


def _set(conn: Connection, event_id: int, field: str, value: str | None) -> None:
    if field not in SCALAR_FIELDS:
        _set_role(conn, event_id, field, value or "")
        return
    typed = _coerce(field, value or "")
    conn.execute(sa.update(ev).where(ev.c.id == event_id).values(**{SCALAR_FIELDS[field]: typed}))
    if field in ("date", "end"):  # the interval date filters compare with follows
        start, end = conn.execute(sa.select(ev.c.time_start, ev.c.time_end)
                                  .where(ev.c.id == event_id)).one()
        first, last = iso_interval(start), iso_interval(end or start)
        if first is not None:
            conn.execute(sa.update(ev).where(ev.c.id == event_id).values(
                date_lo=first[0], date_hi=max(first[1], last[1]) if last else first[1]))


def _set_role(conn: Connection, event_id: int, role: str, value: str) -> None:
    """The actors in ``role`` become the keys given (comma-separated names or codes)."""
    ea, en = t.event_argument, t.entity
    keys = _role_keys(role, value)
    conn.execute(sa.delete(ea).where(ea.c.event_id == event_id, ea.c.role == role))
    for key in keys:
        entity_id = conn.execute(sa.select(en.c.id).where(
            en.c.kind.in_(("country", "organization")), en.c.actor == key)
            .order_by(en.c.id).limit(1)).scalar()
        conn.execute(sa.insert(ea).values(event_id=event_id, role=role, entity_id=entity_id,
                                          actor=key, value=None, support=0))
    actors = conn.execute(sa.select(ea.c.actor).distinct().where(
        ea.c.event_id == event_id, ea.c.actor.is_not(None))).scalars().all()
    conn.execute(sa.update(ev).where(ev.c.id == event_id).values(
        actors=" ".join(sorted(actors))))


def describe(row: Any) -> str:
    """``#3 supplier=IND by ann: reversed in the text`` (one line per correction)."""
    what = {"set": f"{row.field}={row.value}", "delete": "deleted",
            "merge": "merged"}[row.action]
    return f"#{row.id} {what} by {row.author}: {row.reason}"


def corrections_by_event(conn: Connection, event_ids: Sequence[int]) -> dict[int, list[str]]:
    """What corrections apply to each of ``event_ids``, described, oldest first."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(event_ids), 500):
        for r in conn.execute(sa.select(co).where(co.c.event_id.in_(
                list(event_ids[start:start + 500]))).order_by(co.c.id)):
            out.setdefault(r.event_id, []).append(describe(r))
    return out


def listing(conn: Connection) -> list[dict[str, Any]]:
    """Every correction, newest first, with where it applies now."""
    rows = conn.execute(sa.select(co).order_by(co.c.id.desc())).all()
    return [{"id": r.id, "action": r.action, "field": r.field, "value": r.value,
             "event_id": r.event_id, "status": r.status, "author": r.author,
             "reason": r.reason, "created_at": r.created_at.isoformat()} for r in rows]


__all__ = ["ACTIONS", "SCALAR_FIELDS", "Change", "apply_corrections", "corrections_by_event",
           "describe", "listing", "record"]
