"""Grounding of event reports: trigger, time expression and argument spans, and the producer.

Adds to ``event_source`` the trigger span, the time expression's span and the detector that
produced the report, and to ``source_argument`` the span of the mention that filled each
argument (factwire JSON 1.1). Existing rows keep NULL: their grounding was never recorded.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SOURCE_COLUMNS = ("trigger_start", "trigger_end", "time_char_start", "time_char_end")
ARGUMENT_COLUMNS = ("char_start", "char_end")


def upgrade() -> None:
    with op.batch_alter_table("event_source") as batch:
        for name in SOURCE_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer))
        batch.add_column(sa.Column("producer", sa.String(64)))
    with op.batch_alter_table("source_argument") as batch:
        for name in ARGUMENT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("source_argument") as batch:
        for name in ARGUMENT_COLUMNS:
            batch.drop_column(name)
    with op.batch_alter_table("event_source") as batch:
        for name in (*SOURCE_COLUMNS, "producer"):
            batch.drop_column(name)
