"""Export rows: every consolidated event (and transfer, quote, PLOVER row) in one typed schema.

The listing functions in :mod:`factwire.api.queries` choose *which* events (their filters
are the CLI's); this module reads *everything* an analyst needs about them, in the types the
writers of :mod:`factwire.store.export` expect: ``datetime.date`` for dates, lists for lists.
Dates follow one rule (docs/data.md): ``start``/``end`` hold only dates the articles give;
an event they do not date has empty ``start``/``end``, ``date_precision`` ``none``,
``dated_from`` ``publication``, and ``first_reported`` is the best date there is.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.dedup.keys import DAY, MONTH, YEAR, iso_interval, rule_for
from factwire.store import schema as t
from factwire.store.corrections import corrections_by_event
from factwire.store.engine import Store
from factwire.store.export import Schema

CHUNK = 500
NOT_PARTICIPANTS = ("system", "place")
PRECISION = {DAY: "day", MONTH: "month", YEAR: "year"}
SUBJECT_ROLES = ("subject", "focus", "name", "topic")

DATES = ("start:date", "end:date", "date_precision", "dated_from", "first_reported:date",
         "last_reported:date")
EVIDENCE = ("n_sources:int", "article_ids:list", "urls:list", "sentence", "sentence_article",
            "sentence_start:int", "sentence_end:int")

EVENTS = Schema.of(
    "event_id:int", "kind", *DATES, "modality", "status", "confidence:float",
    "source_actors:list", "target_actors:list", "actors:list", "participants:people",
    "system", "system_category", "place", "quantity:int", "value:float", "currency",
    "order_date", "delivery_dates:list", "subject", "plover_type", "plover_mode",
    "plover_context:list", "cameo", "conflicts", "corrected:list", *EVIDENCE)
TRANSFERS = Schema.of(
    "event_id:int", "suppliers:list", "recipients:list", "designation", "category",
    "number:int", "order_date", "delivery_dates:list", "status", "value:float", "currency",
    *DATES, "modality", "confidence:float", "participants:people", "conflicts",
    "corrected:list", *EVIDENCE)
PLOVER = Schema.of(
    "event_id:int", *DATES, "source_actors:list", "target_actors:list", "event_type", "mode",
    "context:list", "cameo", "kind", "place", "status", "modality", "confidence:float",
    "corrected:list", *EVIDENCE)
QUOTES = Schema.of(
    "quote_id:int", "quote", "speaker", "speaker_actor", "speaker_role", "said_as",
    "published:date", "article_id", "url", "title", "char_start:int", "char_end:int",
    "speaker_start:int", "speaker_end:int")


def ids_of(rows: Iterable[Any]) -> list[int]:
    """Event ids from listing rows (dicts, or objects with an ``id``)."""
    return [int(r["id"] if isinstance(r, Mapping) else r.id) for r in rows]


def event_rows(store: Store, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Rows of :data:`EVENTS` for the events ``ids``, in the order given."""
    with store.read() as conn:
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start:start + CHUNK])
            args = _arguments(conn, chunk)
            sources = _sources(conn, chunk)
            fixes = corrections_by_event(conn, chunk)
            for r in conn.execute(_EVENTS.where(t.event.c.id.in_(chunk))):
                found[r.id] = _event_row(r, args.get(r.id, []), sources.get(r.id, []))
                found[r.id]["corrected"] = fixes.get(r.id, [])
    return [found[i] for i in ids if i in found]


_SYSTEM, _PLACE = t.entity.alias("system_entity"), t.entity.alias("place_entity")
_EVENTS = (sa.select(t.event, _SYSTEM.c.name.label("system_name"),
                     _SYSTEM.c.category.label("system_category"),
                     _PLACE.c.name.label("place_name"))
           .outerjoin(_SYSTEM, _SYSTEM.c.id == t.event.c.system_id)
           .outerjoin(_PLACE, _PLACE.c.id == t.event.c.place_id))


def _arguments(conn: Connection, ids: list[int]) -> dict[int, list[Any]]:
    ea, en = t.event_argument, t.entity
    out: dict[int, list[Any]] = {}
    query = (sa.select(ea.c.event_id, ea.c.role, ea.c.actor, ea.c.value, ea.c.support,
                       en.c.name, en.c.kind)
             .outerjoin(en, en.c.id == ea.c.entity_id).where(ea.c.event_id.in_(ids))
             .order_by(ea.c.event_id, ea.c.role, sa.desc(ea.c.support), ea.c.actor, en.c.name,
                       ea.c.value))
    for r in conn.execute(query):
        out.setdefault(r.event_id, []).append(r)
    return out


def _sources(conn: Connection, ids: list[int]) -> dict[int, list[Any]]:
    """Every article and sentence behind each event, oldest article first."""
    es, a, sp = t.event_source, t.article, t.source_span
    query = (sa.select(es.c.event_id, a.c.doc_id, a.c.url, a.c.published, sp.c.char_start,
                       sp.c.char_end, sp.c.sentence)
             .join(a, a.c.id == es.c.article_id).outerjoin(sp, sp.c.source_id == es.c.id)
             .where(es.c.event_id.in_(ids))
             .order_by(es.c.event_id, sa.nulls_last(a.c.published), a.c.doc_id,
                       sp.c.char_start))
    out: dict[int, list[Any]] = {}
    for r in conn.execute(query):
        out.setdefault(r.event_id, []).append(r)
    return out


def dating(time_start: str | None, time_end: str | None) -> dict[str, Any]:
    """``start``/``end``/``date_precision``/``dated_from`` from the dates the text gives.

    The end is never before the start: an interval ends at the later of the two ends.
    """
    lo, hi = iso_interval(time_start), iso_interval(time_end)
    if lo is None and hi is None:
        return {"start": None, "end": None, "date_precision": "none",
                "dated_from": "publication"}
    parts = [p for p in (lo, hi) if p is not None]
    start = parts[0][0]
    end = max(p[1] for p in parts)
    return {"start": start, "end": max(start, end),
            "date_precision": PRECISION[min(p[2] for p in parts)], "dated_from": "text"}


def parties(kind: str, args: Sequence[Any]) -> tuple[list[str], list[str], list[str]]:
    """Source actors, target actors and every actor key of an event.

    Directed kinds take them from their roles (supplier -> recipient); for undirected ones
    (a meeting) the source is the first actor key in alphabetical order, the rest targets.
    """
    def keys(role: str | None) -> list[str]:  # None: every actor argument
        out: list[str] = []
        for a in args:
            if a.value is not None or (a.role != role if role else a.role in NOT_PARTICIPANTS):
                continue
            key = a.actor or a.name
            if key and key not in out:
                out.append(key)
        return out

    every = sorted(keys(None))
    rule = rule_for(kind)
    if rule.directed:
        source = keys(rule.directed[0])
        target = keys(rule.directed[1]) if len(rule.directed) > 1 else []
        return source, target, every
    chosen = sorted(keys(rule.symmetric if rule.symmetric not in (None, "*") else None))
    return chosen[:1], chosen[1:], every


def participants(args: Sequence[Any]) -> list[dict[str, Any]]:
    """People, states and organisations named in the event, with their role in it."""
    return [{"name": a.name, "role": a.role, "actor": a.actor, "kind": a.kind}
            for a in args if a.name is not None and a.role not in NOT_PARTICIPANTS]


def evidence(sources: Sequence[Any]) -> dict[str, Any]:
    """Article ids, real URLs (never local paths) and the first supporting sentence."""
    first = next((s for s in sources if s.sentence is not None), None)
    return {"n_sources": len({s.doc_id for s in sources}),
            "article_ids": list(dict.fromkeys(s.doc_id for s in sources)),
            "urls": list(dict.fromkeys(s.url for s in sources if s.url)),
            "sentence": first.sentence if first else None,
            "sentence_article": first.doc_id if first else None,
            "sentence_start": first.char_start if first else None,
            "sentence_end": first.char_end if first else None}


def _event_row(r: Any, args: list[Any], sources: list[Any]) -> dict[str, Any]:
    source, target, every = parties(r.kind, args)
    subject = next((a.value for a in args if a.role in SUBJECT_ROLES and a.value), None)
    return {
        "event_id": r.id, "kind": r.kind, **dating(r.time_start, r.time_end),
        "first_reported": r.first_reported, "last_reported": r.last_reported,
        "modality": r.modality, "status": r.status, "confidence": r.confidence,
        "source_actors": source, "target_actors": target, "actors": every,
        "participants": participants(args), "system": r.system_name,
        "system_category": r.system_category, "place": r.place_name, "quantity": r.quantity,
        "value": r.value_amount, "currency": r.value_currency, "order_date": r.order_time,
        "delivery_dates": [d for d in (r.delivery_times or "").split(",") if d],
        "subject": subject, "plover_type": r.plover_type, "plover_mode": r.plover_mode,
        "plover_context": [c for c in r.plover_context.split(",") if c],
        "cameo": None if r.cameo is None else str(r.cameo), "conflicts": conflicts(r.conflicts),
        **evidence(sources)}


def conflicts(raw: str | None) -> str | None:
    """``quantity: 5 (3) / 6 (1)`` (value, then how many articles give it), or None."""
    data: dict[str, dict[str, int]] = json.loads(raw or "{}")
    parts = [f"{field}: " + " / ".join(f"{v} ({n})" for v, n in counts.items())
             for field, counts in sorted(data.items())]
    return "; ".join(parts) or None


def transfer_rows(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of :data:`TRANSFERS` (SIPRI-style) from event rows of arms transfers."""
    return [{**e, "suppliers": e["source_actors"], "recipients": e["target_actors"],
             "designation": e["system"], "category": e["system_category"],
             "number": e["quantity"]} for e in events]


def plover_rows(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of :data:`PLOVER` (POLECAT-style names) from event rows."""
    return [{**e, "event_type": e["plover_type"], "mode": e["plover_mode"],
             "context": e["plover_context"]} for e in events]


def quote_rows(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
               actor: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of :data:`QUOTES`, oldest article first."""
    q, ae, en, a = t.quote, t.article_entity, t.entity, t.article
    query = (sa.select(q.c.id.label("quote_id"), q.c.text.label("quote"),
                       sa.func.coalesce(en.c.name, ae.c.name).label("speaker"),
                       ae.c.actor.label("speaker_actor"), ae.c.role.label("speaker_role"),
                       q.c.speaker_role.label("said_as"), a.c.published,
                       a.c.doc_id.label("article_id"), a.c.url, a.c.title, q.c.char_start,
                       q.c.char_end, q.c.speaker_start, q.c.speaker_end)
             .join(a, a.c.id == q.c.article_id)
             .outerjoin(ae, ae.c.id == q.c.speaker_id).outerjoin(en, en.c.id == ae.c.entity_id))
    if since is not None:
        query = query.where(a.c.published >= since)
    if until is not None:
        query = query.where(a.c.published <= until)
    if actor:
        query = query.where(sa.func.upper(ae.c.actor) == actor.strip().upper())
    query = query.order_by(sa.nulls_last(a.c.published), a.c.doc_id, q.c.char_start)
    if limit is not None:
        query = query.limit(limit)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
