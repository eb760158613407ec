"""Matching state on consolidated events, so a new report is compared without reading members.

Adds the anchor interval (the dates of an event's most precise report), its actor set and
place keys to ``event``; drops the date hull that 0001 used instead. Actor sets become JSON
lists ("Syrian opposition" is one actor key, not two). Existing events are filled in from
their reports here, so a migrated database consolidates new articles with its old events.

Revision ID: 0003
Revises: 0002
Create Date: 2025-11-25
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

event = sa.table("event", sa.column("id", sa.Integer), sa.column("anchor_lo", sa.Date),
                 sa.column("anchor_hi", sa.Date), sa.column("anchor_precision", sa.SmallInteger),
                 sa.column("actor_set", sa.Text), sa.column("place_keys", sa.Text))
source = sa.table("event_source", sa.column("id", sa.Integer), sa.column("event_id", sa.Integer),
                  sa.column("actor_set", sa.Text), sa.column("place_key", sa.Text),
                  sa.column("t_lo", sa.Date), sa.column("t_hi", sa.Date),
                  sa.column("t_precision", sa.SmallInteger))


COLUMNS = (("anchor_lo", sa.Date, None), ("anchor_hi", sa.Date, None),
           ("anchor_precision", sa.SmallInteger, None), ("actor_set", sa.Text, "[]"),
           ("place_keys", sa.Text, "[]"))


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite >= 3.35 drops columns in place): a batch migration would
    # copy and drop the table, and dropping it would fire the ON DELETE actions of its
    # children (event arguments, event sources) and lose them.
    for name, type_, default in COLUMNS:
        op.add_column("event", sa.Column(name, type_, nullable=default is None,
                                         server_default=default))
    op.drop_column("event", "hull_lo")
    op.drop_column("event", "hull_hi")
    bind = op.get_bind()
    rows = bind.execute(sa.select(source)).all()
    for row in rows:  # 0001 joined actor keys with spaces
        if not row.actor_set.startswith("["):
            bind.execute(sa.update(source).where(source.c.id == row.id)
                         .values(actor_set=json.dumps(sorted(row.actor_set.split()))))
    members: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        if row.event_id is not None:
            members[row.event_id].append(row)
    for event_id, reports in sorted(members.items()):
        bind.execute(sa.update(event).where(event.c.id == event_id).values(**_state(reports)))


def _state(reports: list[Any]) -> dict[str, Any]:
    """The same state ``factwire.dedup.Group`` computes, frozen here as of this revision."""
    dated = sorted((r for r in reports if r.t_lo is not None and r.t_hi is not None),
                   key=lambda r: (-r.t_precision, (r.t_hi - r.t_lo).days, r.t_lo))
    first = dated[0] if dated else None
    actors = {a for r in reports for a in (json.loads(r.actor_set) if r.actor_set.startswith("[")
                                           else r.actor_set.split())}
    return {"anchor_lo": first.t_lo if first else None,
            "anchor_hi": first.t_hi if first else None,
            "anchor_precision": first.t_precision if first else None,
            "actor_set": json.dumps(sorted(actors)),
            "place_keys": json.dumps(sorted({r.place_key for r in reports if r.place_key}))}


def downgrade() -> None:
    op.add_column("event", sa.Column("hull_lo", sa.Date))
    op.add_column("event", sa.Column("hull_hi", sa.Date))
    for name, _, _ in reversed(COLUMNS):
        op.drop_column("event", name)
