"""Queries over the store: the Python API behind ``factwire events``, ``transfers`` and the rest.

Every function takes an open :class:`~factwire.store.Store` and keyword filters and returns
rows as plain dicts (JSON-ready values), in a stable order. With ``sources=True`` each row
also lists the articles and sentences that support it. Filters are checked before any SQL
runs; a malformed one raises :class:`~factwire.store.QueryError` naming the parameter and
its CLI flag. Matching rules (see docs/store.md):

- an actor is matched by its key (``RUS``, ``NATO``) or by a whole word of a name
  (``Shoigu`` finds "Sergei Shoigu"); three capital letters match the key only;
- a weapon system or place by a whole word of any name an article gave it, or its key.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.dedup.keys import iso_interval, rule_for
from factwire.events.spec import all_specs, kinds
from factwire.model.keys import slug
from factwire.store import schema as t
from factwire.store.engine import Store
from factwire.store.errors import QueryError
from factwire.store.search import search_articles


def statuses() -> tuple[str, ...]:
    """Every status any kind's ladder names, in spec order."""
    return tuple(dict.fromkeys(st for s in all_specs() for st in s.statuses))


ACTOR_ROLES_EXCLUDED = ("place", "system")
CHUNK = 500

EVENT_COLUMNS = ("id", "date", "end", "kind", "who", "system", "place", "status", "quantity",
                 "value", "currency", "modality", "plover_type", "plover_mode", "cameo",
                 "n_sources", "confidence", "conflicts")
WIDE_COLUMNS = frozenset({"end", "currency", "modality", "plover_mode", "cameo", "confidence"})
TRANSFER_COLUMNS = ("id", "supplier", "recipient", "designation", "category", "number",
                    "order_date", "delivery_dates", "status", "value", "currency", "n_sources",
                    "conflicts")
TIMELINE_COLUMNS = ("date", "kind", "what", "status", "n_sources", "id")
ACTOR_COLUMNS = ("id", "name", "kind", "actor", "country", "articles", "events")
QUOTE_COLUMNS = ("speaker", "actor", "role", "said_as", "quote", "published", "title", "url",
                 "article")
PLOVER_COLUMNS = ("event_id", "date", "end_date", "source_actor", "target_actor", "event_type",
                  "mode", "context", "cameo", "kind", "place", "status", "modality",
                  "n_sources", "urls")


def events(store: Store, *, kind: str | None = None, actor: str | None = None,
           between: Sequence[str] | None = None, system: str | None = None,
           place: str | None = None, since: str | None = None, until: str | None = None,
           status: str | None = None, limit: int | None = None,
           sources: bool = False) -> list[dict[str, Any]]:
    """Consolidated events matching every filter given, in date order."""
    query = _event_query(kind=kind, actor=actor, between=between, system=system, place=place,
                         since=since, until=until, status=status, limit=limit)
    return _run_event_query(store, query, _event_row, sources)


def transfers(store: Store, *, supplier: str | None = None, recipient: str | None = None,
              system: str | None = None, status: str | None = None, since: str | None = None,
              until: str | None = None, limit: int | None = None,
              sources: bool = False) -> list[dict[str, Any]]:
    """The arms-transfer register in the manner of SIPRI's: one row per consolidated deal."""
    query = _event_query(kind="arms_transfer", system=system, since=since, until=until,
                         status=status, limit=limit,
                         roles={"supplier": supplier, "recipient": recipient})
    return _run_event_query(store, query, _transfer_row, sources)


def _run_event_query(store: Store, query: Any,
                     row: Callable[[Any, list[dict[str, Any]]], dict[str, Any]],
                     sources: bool) -> list[dict[str, Any]]:
    """Rows of consolidated events with their arguments (and sources when asked)."""
    with store.read() as conn:
        rows = conn.execute(query).all()
        args = _arguments(conn, [r.id for r in rows])
        out = [row(r, args.get(r.id, [])) for r in rows]
        if sources:
            _attach_sources(conn, out)
    return out


def timeline(store: Store, *, between: Sequence[str], kind: str | None = None,
             since: str | None = None, until: str | None = None, limit: int | None = None,
             sources: bool = False) -> list[dict[str, Any]]:
    """What happened between two actors, oldest first, one line per event."""
    rows = events(store, between=between, kind=kind, since=since, until=until, limit=limit,
                  sources=sources)
    return [{"date": r["date"], "kind": r["kind"], "what": _what(r), "status": r["status"],
             "n_sources": r["n_sources"], "id": r["id"],
             **({"sources": r["sources"]} if sources else {})} for r in rows]


def actors(store: Store, *, kind: str | None = None, name: str | None = None,
           actor: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Resolved entities (people, states, organisations by default) by how often they appear."""
    kinds = (kind,) if kind else ("person", "country", "organization")
    if kind is not None and kind not in ("person", "country", "organization", "location",
                                         "weapon", "other"):
        raise QueryError(f"kind={kind!r} (--kind): use person, country, organization, "
                         "location, weapon or other")
    en, ae, ea = t.entity, t.article_entity, t.event_argument
    n_articles = (sa.select(sa.func.count(ae.c.article_id.distinct()))
                  .where(ae.c.entity_id == en.c.id).scalar_subquery())
    n_events = (sa.select(sa.func.count(ea.c.event_id.distinct()))
                .where(ea.c.entity_id == en.c.id).scalar_subquery())
    query = sa.select(en.c.id, en.c.name, en.c.kind, en.c.actor, en.c.country,
                      n_articles.label("articles"), n_events.label("events")
                      ).where(en.c.kind.in_(kinds))
    if name:
        query = query.where(_word_match(en.c.name, name))
    if actor:
        query = query.where(sa.func.upper(en.c.actor) == actor.strip().upper())
    query = query.order_by(sa.desc("events"), sa.desc("articles"), en.c.name, en.c.id)
    query = query.limit(_limit(limit)) if limit is not None else query
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def quotes(store: Store, *, speaker: str | None = None, actor: str | None = None,
           contains: str | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    """Direct quotations with their speaker and article, newest first."""
    q, ae, en, a = t.quote, t.article_entity, t.entity, t.article
    query = (sa.select(sa.func.coalesce(en.c.name, ae.c.name).label("speaker"),
                       ae.c.actor, ae.c.role, q.c.speaker_role.label("said_as"),
                       q.c.text.label("quote"), a.c.published, a.c.title,
                       a.c.url, a.c.doc_id.label("article"), q.c.speaker_start, q.c.speaker_end)
             .join(a, a.c.id == q.c.article_id)
             .outerjoin(ae, ae.c.id == q.c.speaker_id).outerjoin(en, en.c.id == ae.c.entity_id))
    if speaker:
        query = query.where(sa.or_(_word_match(ae.c.name, speaker),
                                   _word_match(en.c.name, speaker)))
    if actor:
        query = query.where(sa.func.upper(ae.c.actor) == actor.strip().upper())
    if contains:
        query = query.where(sa.func.lower(q.c.text).contains(contains.lower(), autoescape=True))
    if since:
        query = query.where(a.c.published >= _date(since, "since")[0])
    if until:
        query = query.where(a.c.published <= _date(until, "until")[1])
    query = query.order_by(sa.desc(a.c.published), a.c.doc_id, q.c.char_start)
    query = query.limit(_limit(limit)) if limit is not None else query
    with store.read() as conn:
        return [_jsonable(dict(r._mapping)) for r in conn.execute(query)]


def search(store: Store, text: str, *, limit: int | None = 20) -> list[dict[str, Any]]:
    """Full-text search over stored articles, best match first, with a snippet."""
    if not text or not text.strip():
        raise QueryError("TEXT is empty: give words to search for, e.g. factwire search 'S-400'")
    with store.read() as conn:
        rows = search_articles(conn, store.dialect, text, _limit(limit) if limit else 20)
    return [_jsonable(r) for r in rows]


def plover_rows(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """One PLOVER/POLECAT-style row per consolidated event (``events`` filters apply)."""
    rows = events(store, sources=True, **filters)
    return [{
        "event_id": r["id"], "date": r["date"], "end_date": r["end"],
        "source_actor": r["source_actor"], "target_actor": r["target_actor"],
        "event_type": r["plover_type"], "mode": r["plover_mode"],
        "context": r["plover_context"], "cameo": r["cameo"], "kind": r["kind"],
        "place": r["place"], "status": r["status"], "modality": r["modality"],
        "n_sources": r["n_sources"],
        "urls": " ".join(dict.fromkeys(s["url"] or s["origin"] for s in r["sources"])),
    } for r in rows]


def _event_query(*, kind: str | None = None, actor: str | None = None,
                 between: Sequence[str] | None = None, system: str | None = None,
                 place: str | None = None, since: str | None = None, until: str | None = None,
                 status: str | None = None, limit: int | None = None,
                 roles: dict[str, str | None] | None = None) -> sa.Select[Any]:
    e = t.event
    system_e, place_e = t.entity.alias("system_entity"), t.entity.alias("place_entity")
    query = (sa.select(e, system_e.c.name.label("system_name"),
                       system_e.c.category.label("system_category"),
                       place_e.c.name.label("place_name"))
             .outerjoin(system_e, system_e.c.id == e.c.system_id)
             .outerjoin(place_e, place_e.c.id == e.c.place_id))
    if kind is not None:
        if kind not in kinds():
            raise QueryError(f"kind={kind!r} (--kind): use one of {', '.join(kinds())}")
        query = query.where(e.c.kind == kind)
    if between is not None:
        if len(between) != 2 or not all(x and x.strip() for x in between):
            raise QueryError(f"between={list(between)!r} (--between): give exactly two actors, "
                             "e.g. --between IND RUS")
        query = query.where(*(_has_actor(x) for x in between))
    if actor:
        query = query.where(_has_actor(actor))
    for role, value in (roles or {}).items():
        if value:
            query = query.where(_has_actor(value, role=role))
    for role, value in (("system", system), ("place", place)):
        if value:
            query = query.where(_has_entity(role, value))
    if since:
        query = query.where(e.c.date_hi >= _date(since, "since")[0])
    if until:
        query = query.where(e.c.date_lo <= _date(until, "until")[1])
    if status:
        known = statuses()
        if status not in known:
            raise QueryError(f"status={status!r} (--status): use one of {', '.join(known)}")
        query = query.where(e.c.status == status)
    query = query.order_by(sa.nulls_last(e.c.date_lo), e.c.kind, e.c.id)
    return query.limit(_limit(limit)) if limit is not None else query


def _word_match(column: sa.ColumnElement[Any], value: str) -> sa.ColumnElement[bool]:
    """``value`` is the whole of ``column`` or whole words of it (case-insensitive)."""
    v, col = " ".join(value.lower().split()), sa.func.lower(column)
    return sa.or_(col == v, col.startswith(v + " ", autoescape=True),
                  col.endswith(" " + v, autoescape=True),
                  col.contains(" " + v + " ", autoescape=True))


def _has_actor(value: str, *, role: str | None = None) -> sa.ColumnElement[bool]:
    ea, en = t.event_argument, t.entity
    v = value.strip()
    match: sa.ColumnElement[bool] = sa.func.upper(ea.c.actor) == v.upper()
    if not re.fullmatch(r"[A-Z]{3}", v):
        match = sa.or_(match, _word_match(en.c.name, v))
    where = [ea.c.event_id == t.event.c.id, match]
    where.append(ea.c.role == role if role else ea.c.role.not_in(ACTOR_ROLES_EXCLUDED))
    return sa.exists(sa.select(1).select_from(ea.outerjoin(en, en.c.id == ea.c.entity_id))
                     .where(*where))


def _has_entity(role: str, value: str) -> sa.ColumnElement[bool]:
    """An argument in ``role`` named ``value`` by any article (aliases count) or keyed so."""
    ea, en, ae = t.event_argument, t.entity, t.article_entity
    alias = sa.exists(sa.select(1).where(ae.c.entity_id == en.c.id, _word_match(ae.c.name, value)))
    match = sa.or_(_word_match(en.c.name, value), en.c.key.endswith(":" + slug(value)), alias)
    return sa.exists(sa.select(1).select_from(ea.join(en, en.c.id == ea.c.entity_id))
                     .where(ea.c.event_id == t.event.c.id, ea.c.role == role, match))


def _date(value: str, name: str) -> tuple[dt.date, dt.date]:
    parsed = iso_interval(value) if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.strip()) else None
    if parsed is None:
        raise QueryError(f"{name}={value!r} (--{name}): not a date; use YYYY, YYYY-MM or "
                         "YYYY-MM-DD, e.g. --since 2018-01")
    return parsed[0], parsed[1]


def _limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise QueryError(f"limit={limit!r} (--limit): give a whole number of rows, 1 or more")
    return limit


def _arguments(conn: Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    ea, en = t.event_argument, t.entity
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(sa.select(ea.c.event_id, ea.c.role, ea.c.actor, ea.c.value,
                                      ea.c.support, en.c.name, en.c.kind)
                            .outerjoin(en, en.c.id == ea.c.entity_id)
                            .where(ea.c.event_id.in_(ids[start:start + CHUNK]))
                            .order_by(ea.c.event_id, ea.c.role, sa.desc(ea.c.support),
                                      ea.c.actor, en.c.name))
        for r in rows:
            out.setdefault(r.event_id, []).append(dict(r._mapping))
    return out


def _parties(kind: str, args: list[dict[str, Any]]) -> tuple[str | None, str | None, str]:
    """Source actor, target actor and a "who" line (``RUS -> IND`` or ``IND, RUS``)."""
    def keys(role: str | None) -> list[str]:  # role None: every actor argument
        out: list[str] = []
        for a in args:
            if a["value"] is not None or (a["role"] != role if role else
                                          a["role"] in ACTOR_ROLES_EXCLUDED):
                continue
            key = a["actor"] or a["name"]
            if key and key not in out:
                out.append(key)
        return out

    rule = rule_for(kind)
    if len(rule.directed) >= 2:
        source, target = (";".join(keys(r)) or None for r in rule.directed[:2])
        return source, target, f"{source or '?'} -> {target or '?'}"
    if rule.directed:
        source = ";".join(keys(rule.directed[0])) or None
        return source, None, source or "?"
    every = sorted(keys(rule.symmetric if rule.symmetric != "*" else None))
    return (every[0] if every else None), (";".join(every[1:]) or None), ", ".join(every)


def _event_row(r: Any, args: list[dict[str, Any]]) -> dict[str, Any]:
    source, target, who = _parties(r.kind, args)
    reported = r.first_reported.isoformat() if r.first_reported else None
    return {
        "id": r.id, "date": r.time_start or (f"~{reported}" if reported else None),
        "end": r.time_end if r.time_end != r.time_start else None, "kind": r.kind, "who": who,
        "source_actor": source, "target_actor": target, "system": r.system_name,
        "place": r.place_name, "status": r.status, "quantity": r.quantity,
        "value": _number(r.value_amount), "currency": r.value_currency, "modality": r.modality,
        "plover_type": r.plover_type, "plover_mode": r.plover_mode,
        "plover_context": r.plover_context, "cameo": r.cameo, "n_sources": r.n_sources,
        "confidence": r.confidence, "conflicts": _conflicts(r.conflicts),
        "order_time": r.order_time, "delivery_times": r.delivery_times,
        "system_category": r.system_category,
    }


def _transfer_row(r: Any, args: list[dict[str, Any]]) -> dict[str, Any]:
    supplier, recipient, _ = _parties("arms_transfer", args)
    return {"id": r.id, "supplier": supplier, "recipient": recipient,
            "designation": r.system_name, "category": r.system_category,
            "number": r.quantity, "order_date": r.order_time,
            "delivery_dates": r.delivery_times, "status": r.status,
            "value": _number(r.value_amount),
            "currency": r.value_currency, "n_sources": r.n_sources,
            "conflicts": _conflicts(r.conflicts)}


def _number(value: float | None) -> int | float | None:
    """Money as a whole number where it is one (5000000000, not 5e+09)."""
    return int(value) if value is not None and float(value).is_integer() else value


def _conflicts(raw: str) -> str | None:
    """``quantity: 5 (3) / 6 (1)`` (value, then how many articles give it), or None."""
    data: dict[str, dict[str, int]] = json.loads(raw or "{}")
    parts = [f"{field}: " + " / ".join(f"{v} ({n})" for v, n in counts.items())
             for field, counts in sorted(data.items())]
    return "; ".join(parts) or None


def _what(r: dict[str, Any]) -> str:
    bits = [r["who"]]
    if r["system"]:
        bits.append(r["system"] + (f" x{r['quantity']}" if r["quantity"] else ""))
    if r["place"]:
        bits.append(f"in {r['place']}")
    if r["modality"] != "asserted":
        bits.append(f"({r['modality']})")
    return " ".join(bits)


def _attach_sources(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add ``sources``: every article and sentence behind each row, oldest article first."""
    es, a, sp = t.event_source, t.article, t.source_span
    ids = [r["id"] for r in rows]
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), CHUNK):
        query = (sa.select(es.c.event_id, a.c.doc_id, a.c.title, a.c.url, a.c.origin,
                           a.c.published, sp.c.char_start, sp.c.char_end, sp.c.sentence)
                 .join(a, a.c.id == es.c.article_id).outerjoin(sp, sp.c.source_id == es.c.id)
                 .where(es.c.event_id.in_(ids[start:start + CHUNK]))
                 .order_by(es.c.event_id, sa.nulls_last(a.c.published), a.c.doc_id,
                           sp.c.char_start))
        for r in conn.execute(query):
            found.setdefault(r.event_id, []).append(_jsonable({
                "article": r.doc_id, "title": r.title, "url": r.url, "origin": r.origin,
                "published": r.published, "span": [r.char_start, r.char_end],
                "sentence": r.sentence}))
    for row in rows:
        row["sources"] = found.get(row["id"], [])


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}


__all__ = ["ACTOR_COLUMNS", "EVENT_COLUMNS", "PLOVER_COLUMNS", "QUOTE_COLUMNS",
           "TIMELINE_COLUMNS", "TRANSFER_COLUMNS", "WIDE_COLUMNS", "actors", "events",
           "plover_rows", "quotes", "search", "timeline", "transfers"]
