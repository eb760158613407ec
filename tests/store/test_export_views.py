"""Migration 0007: matching state in its own table (kept in step by consolidation), views
that go away and come back with a downgrade and upgrade, in SQLite and PostgreSQL."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import command
from factory import seed_like

from factwire.store import Store, open_store, reconsolidate, snapshot, upgrade, write_extraction
from factwire.store import schema as t
from factwire.store.engine import _alembic_config
from factwire.store.schema import VIEWS


def _views(store: Store) -> set[str]:
    with store.read() as conn:
        return set(sa.inspect(conn).get_view_names())


def _match_rows(store: Store) -> list[tuple[object, ...]]:
    m = t.event_match
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(
            sa.select(m.c.event_id, m.c.family, m.c.anchor_lo, m.c.actor_set)
            .order_by(m.c.event_id))]


def test_every_event_has_one_matching_row_through_reconsolidation(store: Store) -> None:
    with store.write() as conn:
        write_extraction(conn, seed_like())
    with store.read() as conn:
        events = conn.execute(sa.select(t.event.c.id).order_by(t.event.c.id)).scalars().all()
    with store.read() as conn:
        actors = conn.execute(sa.select(t.event.c.actors).order_by(t.event.c.id)).scalars()
        assert [json.loads(a) for a in actors] == [["IND", "RUS"], ["IND", "RUS"]]
    rows = _match_rows(store)
    assert [r[0] for r in rows] == events and len(events) == 2
    assert {r[1] for r in rows} == {"meeting|||sys=|",
                                    "arms_transfer||RUS>IND|sys=weapon:s-400|"}
    before = snapshot(store)
    with store.write() as conn:
        assert reconsolidate(conn) == 2
    assert snapshot(store) == before  # event_match included, keyed by the events' reports


def test_downgrade_restores_the_columns_and_upgrade_moves_them_again(db_url: str) -> None:
    with open_store(db_url) as store:
        with store.write() as conn:
            write_extraction(conn, seed_like())
        assert _views(store) >= set(VIEWS)
        moved = _match_rows(store)
        cfg = _alembic_config()
        with store.write() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        assert store.revision() == "0006"
        assert not _views(store) & set(VIEWS)
        with store.read() as conn:
            back = conn.execute(sa.text(
                "SELECT id, family, anchor_lo, actor_set FROM event ORDER BY id")).all()
            tables = set(sa.inspect(conn).get_table_names())
        assert "event_match" not in tables
        assert [(r[0], r[1], str(r[2]), r[3]) for r in back] == [
            (r[0], r[1], str(r[2]), r[3]) for r in moved]
        upgrade(store)
        assert store.revision() == "0008"
        assert _match_rows(store) == moved
        assert _views(store) >= set(VIEWS)
