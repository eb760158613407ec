"""Detail records for one event, one article or one actor: what a page or ``/api/v1`` shows.

:mod:`factwire.api.queries` answers list questions (which events match these filters); this
module answers "everything about this one thing", with the character offsets that let a
reader see the evidence: every source sentence of an event with the span of each argument,
every entity, event trigger and quote of an article. Rows are plain JSON-ready dicts; a
missing id gives ``None``.

Quantities and amounts of money have no stored span (the store keeps their values only), so
they are found again, at read time, in the event's own supporting sentences by the same
finders extraction used (:mod:`factwire.values`), and marked only where the value matches.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.api import queries
from factwire.store import schema as t
from factwire.store.corrections import corrections_by_event
from factwire.store.engine import Store
from factwire.values.money import find_money
from factwire.values.quantity import find_quantities

ACTING = ("person", "country", "organization")
MARK_KINDS = ("trigger", "actor", "system", "place", "time", "quantity", "value", "detail")
"""The classes of highlighted spans, in the order of priority when two overlap."""


def mark_class(role: str, entity_kind: str | None) -> str:
    """Which mark an argument's mention gets: by what fills it, then by its role."""
    if entity_kind in ACTING:
        return "actor"
    if entity_kind == "weapon" or role == "system":
        return "system"
    if entity_kind == "location" or role == "place":
        return "place"
    if role.endswith("time"):
        return "time"
    return "detail"


def event_record(store: Store, event_id: int) -> dict[str, Any] | None:
    """One consolidated event: its record, its arguments and every source with evidence."""
    e = t.event
    with store.read() as conn:
        row = conn.execute(sa.select(e).where(e.c.id == event_id)).first()
        if row is None:
            return None
        record = _event_fields(row._mapping)
        record["system"] = _entity_ref(conn, row.system_id)
        record["place"] = _entity_ref(conn, row.place_id)
        record["arguments"] = _event_arguments(conn, event_id)
        record["people"] = queries.people_of(record["arguments"])
        record["corrected"] = corrections_by_event(conn, [event_id]).get(event_id)
        record["sources"] = _event_sources(conn, event_id)
    return record


def _event_fields(r: Any) -> dict[str, Any]:
    amount = r["value_amount"]
    return {
        "id": r["id"], "kind": r["kind"], "date": r["time_start"],
        "end": r["time_end"] if r["time_end"] != r["time_start"] else None,
        "status": r["status"], "modality": r["modality"], "quantity": r["quantity"],
        "value": int(amount) if amount is not None and float(amount).is_integer() else amount,
        "currency": r["value_currency"], "order_time": r["order_time"],
        "delivery_times": r["delivery_times"], "plover_type": r["plover_type"],
        "plover_mode": r["plover_mode"], "plover_context": r["plover_context"],
        "cameo": r["cameo"], "confidence": r["confidence"], "n_sources": r["n_sources"],
        "n_reports": r["n_reports"], "first_reported": _iso(r["first_reported"]),
        "last_reported": _iso(r["last_reported"]),
        "conflicts": json.loads(r["conflicts"] or "{}"),
    }


def _entity_ref(conn: Connection, entity_id: int | None) -> dict[str, Any] | None:
    if entity_id is None:
        return None
    en = t.entity
    r = conn.execute(sa.select(en.c.key, en.c.name, en.c.kind, en.c.actor, en.c.category)
                     .where(en.c.id == entity_id)).first()
    return dict(r._mapping) if r is not None else None


def _event_arguments(conn: Connection, event_id: int) -> list[dict[str, Any]]:
    ea, en = t.event_argument, t.entity
    rows = conn.execute(sa.select(ea.c.role, ea.c.actor, ea.c.value, ea.c.support,
                                  en.c.key, en.c.name, en.c.kind)
                        .outerjoin(en, en.c.id == ea.c.entity_id)
                        .where(ea.c.event_id == event_id)
                        .order_by(ea.c.role, sa.desc(ea.c.support), en.c.name, ea.c.value))
    return [dict(r._mapping) for r in rows]


def _event_sources(conn: Connection, event_id: int) -> list[dict[str, Any]]:
    """Each article's report of the event, with its sentences and argument marks."""
    es, a = t.event_source, t.article
    reports = conn.execute(
        sa.select(es, a.c.doc_id, a.c.title, a.c.url, a.c.origin, a.c.published, a.c.text)
        .join(a, a.c.id == es.c.article_id).where(es.c.event_id == event_id)
        .order_by(sa.nulls_last(a.c.published), a.c.doc_id, es.c.local_id)).all()
    return [_source(conn, r._mapping) for r in reports]


def _source(conn: Connection, r: Any) -> dict[str, Any]:
    text: str = r["text"]
    sp = t.source_span
    spans = [(s.char_start, s.char_end) for s in conn.execute(
        sa.select(sp.c.char_start, sp.c.char_end).where(sp.c.source_id == r["id"])
        .order_by(sp.c.char_start))]
    marks = _report_marks(conn, r, text, spans)
    sentences = [{"start": s, "end": e, "text": text[s:e],
                  "marks": [m for m in marks if s <= m["start"] and m["end"] <= e]}
                 for s, e in spans]
    inside = {id(m) for s in sentences for m in s["marks"]}
    return {
        "article": r["doc_id"], "title": r["title"], "url": r["url"], "origin": r["origin"],
        "published": _iso(r["published"]), "kind": r["kind"], "status": r["status"],
        "modality": r["modality"], "time": r["time_start"], "time_text": r["time_text"],
        "quantity": r["quantity"], "value": r["value_amount"], "currency": r["value_currency"],
        "confidence": r["confidence"], "producer": r["producer"], "sentences": sentences,
        "elsewhere": [m for m in marks if id(m) not in inside],
    }


def _report_marks(conn: Connection, r: Any, text: str,
                  spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Every grounded mention of one report: trigger, time, arguments, quantity, value."""
    marks: list[dict[str, Any]] = []

    def add(start: int | None, end: int | None, cls: str, role: str) -> None:
        if start is not None and end is not None and 0 <= start < end <= len(text):
            marks.append({"start": start, "end": end, "class": cls, "role": role,
                          "text": text[start:end]})

    add(r["trigger_start"], r["trigger_end"], "trigger", "trigger")
    add(r["time_char_start"], r["time_char_end"], "time", "time")
    sa_, ae = t.source_argument, t.article_entity
    for arg in conn.execute(sa.select(sa_.c.role, sa_.c.char_start, sa_.c.char_end, ae.c.kind)
                            .outerjoin(ae, ae.c.id == sa_.c.article_entity_id)
                            .where(sa_.c.source_id == r["id"])
                            .order_by(sa_.c.role, sa_.c.position)):
        add(arg.char_start, arg.char_end, mark_class(arg.role, arg.kind), arg.role)
    for start, end in spans:
        if r["quantity"] is not None:
            for q in find_quantities(text, start, end):
                if q.value == r["quantity"]:
                    add(q.span.start, q.span.end, "quantity", "quantity")
        if r["value_amount"] is not None:
            for m in find_money(text, start, end):
                if abs(m.money.amount - float(r["value_amount"])) < 0.5:
                    add(m.span.start, m.span.end, "value", "value")
    return marks


def article_record(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored article (the newest with this id) with its entities, events and quotes."""
    a = t.article
    with store.read() as conn:
        row = conn.execute(sa.select(a).where(a.c.doc_id == doc_id)
                           .order_by(sa.desc(a.c.id)).limit(1)).first()
        if row is None:
            return None
        return {
            "id": row.doc_id, "title": row.title, "url": row.url, "origin": row.origin,
            "source": row.source, "published": _iso(row.published), "dateline": row.dateline,
            "author": row.author, "text": row.text,
            "notes": json.loads(row.notes) if row.notes else [],
            "entities": _article_entities(conn, row.id),
            "events": _article_events(conn, row.id),
            "quotes": _article_quotes(conn, row.id),
        }


def _article_entities(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    ae, en, m = t.article_entity, t.entity, t.mention
    out: dict[int, dict[str, Any]] = {}
    rows = conn.execute(sa.select(ae.c.id, ae.c.local_id, ae.c.kind, ae.c.name, ae.c.actor,
                                  ae.c.role, en.c.key, m.c.char_start, m.c.char_end, m.c.form)
                        .join(en, en.c.id == ae.c.entity_id)
                        .outerjoin(m, m.c.article_entity_id == ae.c.id)
                        .where(ae.c.article_id == article_id)
                        .order_by(ae.c.local_id, m.c.char_start))
    for r in rows:
        entry = out.setdefault(r.id, {"local_id": r.local_id, "kind": r.kind, "name": r.name,
                                      "actor": r.actor, "role": r.role, "key": r.key,
                                      "mentions": []})
        if r.char_start is not None:
            entry["mentions"].append({"start": r.char_start, "end": r.char_end,
                                      "form": r.form})
    return list(out.values())


def _article_events(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    es, sp = t.event_source, t.source_span
    out: dict[int, dict[str, Any]] = {}
    rows = conn.execute(sa.select(es.c.id, es.c.local_id, es.c.event_id, es.c.kind,
                                  es.c.status, es.c.modality, es.c.trigger_start,
                                  es.c.trigger_end, sp.c.char_start, sp.c.char_end)
                        .outerjoin(sp, sp.c.source_id == es.c.id)
                        .where(es.c.article_id == article_id)
                        .order_by(es.c.local_id, sp.c.char_start))
    for r in rows:
        trigger = ([r.trigger_start, r.trigger_end] if r.trigger_start is not None else None)
        entry = out.setdefault(r.id, {"local_id": r.local_id, "event": r.event_id,
                                      "kind": r.kind, "status": r.status,
                                      "modality": r.modality, "trigger": trigger,
                                      "evidence": []})
        if r.char_start is not None:
            entry["evidence"].append([r.char_start, r.char_end])
    return list(out.values())


def _article_quotes(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    q, ae, en = t.quote, t.article_entity, t.entity
    rows = conn.execute(sa.select(q.c.local_id, q.c.text, q.c.char_start, q.c.char_end,
                                  q.c.speaker_start, q.c.speaker_end, q.c.speaker_role,
                                  ae.c.name.label("speaker"), ae.c.actor, en.c.key)
                        .outerjoin(ae, ae.c.id == q.c.speaker_id)
                        .outerjoin(en, en.c.id == ae.c.entity_id)
                        .where(q.c.article_id == article_id).order_by(q.c.char_start))
    return [{"local_id": r.local_id, "text": r.text, "start": r.char_start, "end": r.char_end,
             "speaker": r.speaker, "speaker_key": r.key, "actor": r.actor,
             "said_as": r.speaker_role,
             "speaker_span": ([r.speaker_start, r.speaker_end]
                              if r.speaker_start is not None else None)} for r in rows]


def resolve_actor(store: Store, key: str) -> dict[str, Any] | None:
    """What ``key`` names: an entity key (``person:sergei-shoigu``) or an actor code
    (``RUS``); codes are matched case-insensitively. ``None`` when nothing has it."""
    en = t.entity
    with store.read() as conn:
        row = conn.execute(sa.select(en.c.key, en.c.name, en.c.kind, en.c.actor, en.c.country)
                           .where(en.c.key == key)).first()
        if row is not None and not (row.kind in ("country", "organization") and row.actor
                                    and row.key in (f"state:{row.actor}",
                                                    f"{row.kind}:{row.actor}")):
            return {"mode": "entity", **dict(row._mapping)}
        code = row.actor if row is not None else key.strip().upper()
        named = conn.execute(sa.select(en.c.name).where(
            sa.func.upper(en.c.actor) == code, en.c.kind.in_(("country", "organization")))
            .order_by(sa.case((en.c.kind == "country", 0), else_=1), en.c.id).limit(1)
        ).scalar()
        if named is None and conn.execute(sa.select(en.c.id).where(
                sa.func.upper(en.c.actor) == code).limit(1)).first() is None:
            return None
    return {"mode": "actor", "key": code, "name": named or code, "kind": "actor",
            "actor": code, "country": None}


def actor_record(store: Store, key: str, *, limit: int = 500) -> dict[str, Any] | None:
    """An actor's summary: its events (date order), counterparts, people and their quotes.

    Uses the list queries with the CLI's filters: an actor code as ``--actor``, an entity
    by its name (whole-word match, as ``factwire events --actor "Sergei Shoigu"``).
    """
    who = resolve_actor(store, key)
    if who is None:
        return None
    if who["mode"] == "actor":
        rows = queries.events(store, actor=who["actor"], limit=limit)
        people = queries.actors(store, kind="person", actor=who["actor"], limit=50)
        said = queries.quotes(store, actor=who["actor"], limit=100)
        own = {who["actor"]}
    else:
        rows = queries.events(store, actor=who["name"], limit=limit)
        people = ([{"name": who["name"], "kind": who["kind"], "actor": who["actor"]}]
                  if who["kind"] == "person" else [])
        said = queries.quotes(store, speaker=who["name"], limit=100)
        own = {who["actor"], who["name"]} - {None}
    return {**who, "events": rows, "counterparts": counterparts(rows, own),
            "people": people, "quotes": said}


def counterparts(rows: list[dict[str, Any]], own: set[str]) -> list[dict[str, Any]]:
    """The other actors of each event, with how many events and of which kinds."""
    found: dict[str, dict[str, Any]] = {}
    for r in rows:
        parties = {p for side in (r.get("source_actor"), r.get("target_actor")) if side
                   for p in side.split(";") if p}
        for other in sorted(parties - own):
            entry = found.setdefault(other, {"actor": other, "events": 0, "kinds": {}})
            entry["events"] += 1
            entry["kinds"][r["kind"]] = entry["kinds"].get(r["kind"], 0) + 1
    return sorted(found.values(), key=lambda c: (-c["events"], c["actor"]))


def stored_doc_ids(store: Store, doc_ids: list[str]) -> list[str]:
    """Which of ``doc_ids`` are stored (after an upload: whether it was kept)."""
    a = t.article
    with store.read() as conn:
        found = set(conn.execute(sa.select(a.c.doc_id).where(a.c.doc_id.in_(doc_ids))).scalars())
    return [d for d in doc_ids if d in found]


def with_keys(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``queries.actors`` rows with each entity's ``key`` (the id of its actor page)."""
    en = t.entity
    ids = [r["id"] for r in rows]
    with store.read() as conn:
        keys = dict(conn.execute(sa.select(en.c.id, en.c.key).where(en.c.id.in_(ids))).all())
    return [{**r, "key": keys.get(r["id"])} for r in rows]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


__all__ = ["MARK_KINDS", "actor_record", "article_record", "counterparts",
           "event_record", "mark_class", "resolve_actor", "stored_doc_ids",
           "with_keys"]
