"""A database's content without its surrogate ids: what "the same database" means.

Two stores hold the same data when their snapshots are equal, whatever the dialect, the
order articles arrived in, or how many interrupted runs came before. Rows are keyed by
natural identities (an article's content hash, an entity's key, a consolidated event by the
set of reports it holds) and the ingest-run log is left out: it records how the data came
in, not what it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.store import schema as t
from factwire.store.engine import Store

Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(store: Store) -> Snapshot:
    """Every table's rows as sorted tuples of natural values."""
    with store.read() as conn:
        articles = _map(conn, t.article.c.id, t.article.c.content_hash)
        entities = _map(conn, t.entity.c.id, t.entity.c.key)
        ae = t.article_entity
        locals_ = {r.id: (articles[r.article_id], r.local_id)
                   for r in conn.execute(sa.select(ae.c.id, ae.c.article_id, ae.c.local_id))}
        sources = {r.id: (articles[r.article_id], r.local_id) for r in conn.execute(
            sa.select(t.event_source.c.id, t.event_source.c.article_id,
                      t.event_source.c.local_id))}
        events: dict[int, tuple[tuple[str, str], ...]] = {}
        for r in conn.execute(sa.select(t.event_source.c.id, t.event_source.c.event_id)):
            if r.event_id is not None:
                events[r.event_id] = tuple(sorted((*events.get(r.event_id, ()), sources[r.id])))
        refs = {"article_id": articles, "entity_id": entities, "article_entity_id": locals_,
                "speaker_id": locals_, "source_id": sources, "event_id": events,
                "system_id": entities, "place_id": entities}
        return {name: _rows(conn, getattr(t, name), refs) for name in t.DATA_TABLES
                if name != "ingest_run"}


def _map(conn: Connection, key: sa.Column[Any], value: sa.Column[Any]) -> dict[int, Any]:
    return {row[0]: row[1] for row in conn.execute(sa.select(key, value))}


def _rows(conn: Connection, table: sa.Table,
          refs: dict[str, dict[int, Any]]) -> list[tuple[Any, ...]]:
    columns = [c for c in table.c if c.name != "run_id" and (c.name != "id" or table is t.event)]
    names = ["event_id" if c.name == "id" else c.name for c in columns]  # an event is its reports
    rows = [tuple(_natural(n, row[i], refs) for i, n in enumerate(names))
            for row in conn.execute(sa.select(*columns))]
    return sorted(rows, key=repr)


def _natural(name: str, value: Any, refs: dict[str, dict[int, Any]]) -> Any:
    if value is None:
        return None
    if name in refs:
        return refs[name].get(value, ("dangling", value))
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def counts(store: Store, tables: Iterable[str] = t.DATA_TABLES) -> dict[str, int]:
    """Row counts per table (for summaries and benchmarks)."""
    with store.read() as conn:
        return {name: int(conn.execute(sa.select(sa.func.count()).select_from(
            getattr(t, name))).scalar_one()) for name in tables}
