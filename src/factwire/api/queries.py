"""Queries over the store: the Python API behind ``factwire events``, ``transfers`` and the rest.

Every function takes an open :class:`~factwire.store.Store` and keyword filters and returns
rows as plain dicts (JSON-ready values), in a stable order. With ``sources=True`` each row
also lists the articles and sentences that support it. Filters are checked before any SQL
runs; a malformed one raises :class:`~factwire.store.QueryError` naming the parameter and
its CLI flag. Names are resolved by :mod:`factwire.api.resolve` (keys, ISO codes, gazetteer aliases,
accents and transliterations folded); a name that matches nothing raises
:class:`~factwire.api.resolve.NoMatchError` with the closest names. Negated and
hypothetical events are left out unless ``modality`` asks for them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.api.resolve import Match, resolve_actor, resolve_entity, resolve_names
from factwire.dedup.keys import iso_interval, rule_for
from factwire.events.spec import all_specs, kinds
from factwire.gazetteer import load_gazetteer
from factwire.model.event import MODALITIES
from factwire.store import schema as t
from factwire.store.corrections import corrections_by_event
from factwire.store.engine import Store
from factwire.store.errors import QueryError
from factwire.store.search import search_articles


def statuses() -> tuple[str, ...]:
    """Every status any kind's ladder names, in spec order."""
    return tuple(dict.fromkeys(st for s in all_specs() for st in s.statuses))


ACTOR_ROLES_EXCLUDED = ("place", "system")
CHUNK = 500
# shown unless asked otherwise: what reportedly happened or is announced to happen
DEFAULT_MODALITIES = ("asserted", "future")

EVENT_COLUMNS = ("id", "date", "end", "kind", "who", "people", "system", "place", "status",
                 "quantity", "value", "currency", "modality", "plover_type", "plover_mode",
                 "cameo", "n_sources", "confidence", "conflicts", "corrected")
WIDE_COLUMNS = frozenset({"end", "currency", "plover_mode", "cameo", "confidence"})
TRANSFER_COLUMNS = ("id", "supplier", "recipient", "designation", "category", "number",
                    "order_date", "delivery_dates", "status", "value", "currency", "modality",
                    "n_sources", "conflicts", "corrected")
TIMELINE_COLUMNS = ("date", "kind", "what", "people", "status", "modality", "n_sources", "id",
                    "corrected")
ACTOR_COLUMNS = ("id", "name", "kind", "actor", "country", "articles", "events")
WHO_COLUMNS = ("actor", "name", "events", "n_people", "people")
QUOTE_COLUMNS = ("speaker", "actor", "role", "said_as", "quote", "published", "title", "url",
                 "article")
PLOVER_COLUMNS = ("event_id", "date", "end_date", "source_actor", "target_actor", "event_type",
                  "mode", "context", "cameo", "kind", "place", "status", "modality",
                  "n_sources", "urls", "corrected")


def events(store: Store, *, kind: str | None = None, actor: str | None = None,
           between: Sequence[str] | None = None, system: str | None = None,
           place: str | None = None, since: str | None = None, until: str | None = None,
           status: str | None = None, modality: str | Sequence[str] | None = None,
           limit: int | None = None, sources: bool = False) -> list[dict[str, Any]]:
    """Consolidated events matching every filter given, in date order.

    ``modality``: None shows asserted and future events; ``"all"``, or one or more of
    asserted, future, hypothetical, negated (a list or a comma-separated string).
    """
    filters = dict(kind=kind, actor=actor, between=between, system=system, place=place,
                   since=since, until=until, status=status, modality=modality, limit=limit)
    return _run_event_query(store, filters, _event_row, sources)


def transfers(store: Store, *, supplier: str | None = None, recipient: str | None = None,
              system: str | None = None, status: str | None = None, since: str | None = None,
              until: str | None = None, modality: str | Sequence[str] | None = None,
              limit: int | None = None, sources: bool = False) -> list[dict[str, Any]]:
    """The arms-transfer register in the manner of SIPRI's: one row per consolidated deal."""
    filters = dict(kind="arms_transfer", system=system, since=since, until=until,
                   status=status, modality=modality, limit=limit,
                   roles={"supplier": supplier, "recipient": recipient})
    return _run_event_query(store, filters, _transfer_row, sources)


def _run_event_query(store: Store, filters: dict[str, Any],
                     row: Callable[[Any, list[dict[str, Any]]], dict[str, Any]],
                     sources: bool) -> list[dict[str, Any]]:
    """Rows of consolidated events with their arguments (and sources when asked)."""
    _check_plain_filters(filters)
    with store.read() as conn:
        rows = conn.execute(_event_query(conn, **filters)).all()
        ids = [r.id for r in rows]
        args = _arguments(conn, ids)
        out = [row(r, args.get(r.id, [])) for r in rows]
        corrected = corrections_by_event(conn, ids)
        for r in out:
            r["corrected"] = corrected.get(r["id"])
        if sources:
            _attach_sources(conn, out)
    return out


def timeline(store: Store, *, between: Sequence[str], kind: str | None = None,
             since: str | None = None, until: str | None = None,
             modality: str | Sequence[str] | None = None, limit: int | None = None,
             sources: bool = False) -> list[dict[str, Any]]:
    """What happened between two actors, oldest first, one line per event."""
    rows = events(store, between=between, kind=kind, since=since, until=until,
                  modality=modality, limit=limit, sources=sources)
    return [{"date": r["date"], "kind": r["kind"], "what": _what(r), "people": r["people"],
             "status": r["status"], "modality": r["modality"], "n_sources": r["n_sources"],
             "id": r["id"], "corrected": r["corrected"],
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
    query = query.order_by(sa.desc("events"), sa.desc("articles"), en.c.name, en.c.id)
    query = query.limit(_limit(limit)) if limit is not None else query
    with store.read() as conn:
        if name:
            query = query.where(en.c.id.in_(sorted(
                resolve_names(conn, name, flag="--name", kinds=kinds).entity_ids)))
        if actor:
            found = resolve_actor(conn, actor, flag="--actor")
            query = query.where(sa.or_(en.c.actor.in_(sorted(found.keys)),
                                       en.c.id.in_(sorted(found.entity_ids))))
        return [dict(r._mapping) for r in conn.execute(query)]


def who(store: Store, *, actor: str | None = None,
        limit: int | None = None) -> list[dict[str, Any]]:
    """Actors (states, organisations) with the people stored as acting for them, by how many
    events each takes part in: "who met whom" names people, not only state codes."""
    ea, en = t.event_argument, t.entity
    key = sa.func.coalesce(en.c.actor, en.c.country)
    n_events = sa.func.count(ea.c.event_id.distinct())
    with store.read() as conn:
        wanted = (resolve_actor(conn, actor, flag="--actor").keys if actor else None)
        counts: dict[str, int] = {r[0]: r[1] for r in conn.execute(
            sa.select(ea.c.actor, n_events).where(ea.c.actor.is_not(None),
                                                  ea.c.role.not_in(ACTOR_ROLES_EXCLUDED))
            .group_by(ea.c.actor))}
        people = conn.execute(
            sa.select(key.label("key"), en.c.name, n_events.label("n"))
            .select_from(en.outerjoin(ea, ea.c.entity_id == en.c.id))
            .where(en.c.kind == "person", key.is_not(None))
            .group_by(key, en.c.name).order_by(sa.desc("n"), en.c.name)).all()
        names: dict[str, str] = {r[0]: r[1] for r in conn.execute(
            sa.select(en.c.actor, sa.func.min(en.c.name)).where(
                en.c.kind.in_(("country", "organization")), en.c.actor.is_not(None))
            .group_by(en.c.actor))}
    by_key: dict[str, list[str]] = {}
    for p in people:
        by_key.setdefault(p.key, []).append(p.name)
    keys = sorted(set(counts) | set(by_key), key=lambda k: (-counts.get(k, 0), k))
    rows = [{"actor": k, "name": _actor_name(k, names), "events": counts.get(k, 0),
             "n_people": len(by_key.get(k, [])), "people": by_key.get(k, [])}
            for k in keys if wanted is None or k in wanted]
    return rows[:_limit(limit)] if limit is not None else rows


def _actor_name(key: str, stored: dict[str, str]) -> str | None:
    gz = load_gazetteer()
    state = gz.state_by_code(key)
    if state is not None and state.id == key:
        return state.name
    org = next((o for o in gz.organizations if o.actor == key), None)
    return org.name if org is not None else stored.get(key)


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
    if contains:
        query = query.where(sa.func.lower(q.c.text).contains(contains.lower(), autoescape=True))
    if since:
        query = query.where(a.c.published >= _date(since, "since")[0])
    if until:
        query = query.where(a.c.published <= _date(until, "until")[1])
    query = query.order_by(sa.desc(a.c.published), a.c.doc_id, q.c.char_start)
    query = query.limit(_limit(limit)) if limit is not None else query
    with store.read() as conn:
        for flag, value, prefer in (("--speaker", speaker, "name"), ("--actor", actor, "key")):
            if value:
                found = resolve_actor(conn, value, flag=flag,
                                      prefer="name" if prefer == "name" else "key")
                query = query.where(_speaker_is(found))
        return [_jsonable(dict(r._mapping)) for r in conn.execute(query)]


def _speaker_is(found: Match) -> sa.ColumnElement[bool]:
    """The quote's speaker is one of the entities found, or acts for one of the keys."""
    ae = t.article_entity
    keys = sorted(found.keys)
    return sa.or_(ae.c.entity_id.in_(sorted(found.entity_ids)), ae.c.actor.in_(keys),
                  sa.and_(ae.c.actor.is_(None), ae.c.country.in_(keys)))


def search(store: Store, text: str, *, limit: int | None = 20) -> list[dict[str, Any]]:
    """Full-text search over stored articles, best match first, with a snippet."""
    if not text or not text.strip():
        raise QueryError("TEXT is empty: give words to search for, e.g. factwire search 'S-400'")
    with store.read() as conn:
        rows = search_articles(conn, store.dialect, text, _limit(limit) if limit else 20)
    return [_jsonable(r) for r in rows]


def plover_rows(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """One PLOVER/POLECAT-style row per consolidated event (``events`` filters apply; every
    modality unless ``modality`` is given, since the rows carry their modality)."""
    filters.setdefault("modality", "all")
    rows = events(store, sources=True, **filters)
    return [{
        "event_id": r["id"], "date": r["date"], "end_date": r["end"],
        "source_actor": r["source_actor"], "target_actor": r["target_actor"],
        "event_type": r["plover_type"], "mode": r["plover_mode"],
        "context": r["plover_context"], "cameo": r["cameo"], "kind": r["kind"],
        "place": r["place"], "status": r["status"], "modality": r["modality"],
        "n_sources": r["n_sources"],
        "urls": " ".join(dict.fromkeys(s["url"] or s["origin"] for s in r["sources"])),
        "corrected": r["corrected"],
    } for r in rows]


def _check_plain_filters(filters: dict[str, Any]) -> None:
    """Malformed filters fail before the database is opened (no resolution needed)."""
    kind, between = filters.get("kind"), filters.get("between")
    if kind is not None and kind not in kinds():
        raise QueryError(f"kind={kind!r} (--kind): use one of {', '.join(kinds())}")
    if between is not None and (len(between) != 2 or not all(x and x.strip() for x in between)):
        raise QueryError(f"between={list(between)!r} (--between): give exactly two actors, "
                         "e.g. --between IND RUS")
    status = filters.get("status")
    if status and status not in statuses():
        raise QueryError(f"status={status!r} (--status): use one of {', '.join(statuses())}")
    for name in ("since", "until"):
        if filters.get(name):
            _date(filters[name], name)
    if filters.get("limit") is not None:
        _limit(filters["limit"])
    modality_filter(filters.get("modality"))


def modality_filter(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """The modalities to show: None means every one (``all``); default asserted and future."""
    if value is None:
        return DEFAULT_MODALITIES
    parts = [value] if isinstance(value, str) else list(value)
    words = [w.strip().lower() for p in parts for w in p.split(",") if w.strip()]
    if "all" in words:
        return None
    if not words or any(w not in MODALITIES for w in words):
        raise QueryError(f"modality={value!r} (--modality): use all, or one or more of "
                         f"{', '.join(MODALITIES)} (comma-separated)")
    return tuple(dict.fromkeys(words))


def _event_query(conn: Connection, *, kind: str | None = None, actor: str | None = None,
                 between: Sequence[str] | None = None, system: str | None = None,
                 place: str | None = None, since: str | None = None, until: str | None = None,
                 status: str | None = None, modality: str | Sequence[str] | None = None,
                 limit: int | None = None,
                 roles: dict[str, str | None] | None = None) -> sa.Select[Any]:
    e = t.event
    system_e, place_e = t.entity.alias("system_entity"), t.entity.alias("place_entity")
    query = (sa.select(e, system_e.c.name.label("system_name"),
                       system_e.c.category.label("system_category"),
                       place_e.c.name.label("place_name"))
             .outerjoin(system_e, system_e.c.id == e.c.system_id)
             .outerjoin(place_e, place_e.c.id == e.c.place_id))
    if kind is not None:
        query = query.where(e.c.kind == kind)
    for flag, value in [*(("--between", x) for x in between or ()), ("--actor", actor)]:
        if value:
            query = query.where(_has_actor(resolve_actor(conn, value, flag=flag)))
    for role, value in (roles or {}).items():
        if value:
            found = resolve_actor(conn, value, flag=f"--{role}")
            query = query.where(_has_actor(found, role=role))
    for role, value in (("system", system), ("place", place)):
        if value:
            found = resolve_entity(conn, value, role=role, flag=f"--{role}")
            query = query.where(_has_entity(role, found))
    if since:
        query = query.where(e.c.date_hi >= _date(since, "since")[0])
    if until:
        query = query.where(e.c.date_lo <= _date(until, "until")[1])
    if status:
        query = query.where(e.c.status == status)
    shown = modality_filter(modality)
    if shown is not None:
        query = query.where(e.c.modality.in_(shown))
    query = query.order_by(sa.nulls_last(e.c.date_lo), e.c.kind, e.c.id)
    return query.limit(_limit(limit)) if limit is not None else query


def _has_actor(found: Match, *, role: str | None = None) -> sa.ColumnElement[bool]:
    """Some actor argument (in ``role``, if given) is one of the keys or entities found."""
    ea = t.event_argument
    match = sa.or_(ea.c.actor.in_(sorted(found.keys)),
                   ea.c.entity_id.in_(sorted(found.entity_ids)))
    where = [ea.c.event_id == t.event.c.id, match,
             ea.c.role == role if role else ea.c.role.not_in(ACTOR_ROLES_EXCLUDED)]
    return sa.exists(sa.select(1).select_from(ea).where(*where))


def _has_entity(role: str, found: Match) -> sa.ColumnElement[bool]:
    """An argument in ``role`` is one of the entities found."""
    ea = t.event_argument
    return sa.exists(sa.select(1).select_from(ea).where(
        ea.c.event_id == t.event.c.id, ea.c.role == role,
        ea.c.entity_id.in_(sorted(found.entity_ids))))


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
        "people": people_of(args),
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
            "currency": r.value_currency, "modality": r.modality, "n_sources": r.n_sources,
            "conflicts": _conflicts(r.conflicts)}


def people_of(args: list[dict[str, Any]]) -> list[str]:
    """The people among the actors, with whom they act for: ``Sergei Shoigu (RUS)``."""
    out: list[str] = []
    for a in args:
        if a["kind"] == "person" and a["name"] and a["role"] not in ACTOR_ROLES_EXCLUDED:
            label = f"{a['name']} ({a['actor']})" if a["actor"] else a["name"]
            if label not in out:
                out.append(label)
    return out


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


__all__ = ["ACTOR_COLUMNS", "DEFAULT_MODALITIES", "EVENT_COLUMNS", "PLOVER_COLUMNS",
           "QUOTE_COLUMNS", "TIMELINE_COLUMNS", "TRANSFER_COLUMNS", "WHO_COLUMNS",
           "WIDE_COLUMNS", "actors", "events", "modality_filter", "plover_rows", "quotes",
           "search", "timeline", "transfers", "who"]
