"""Corrections: an analyst's fixes to consolidated events, kept as their own records.

Adds ``correction`` (who, why, what: set a field, delete, or merge two events) and
``correction_anchor`` (the reports each correction is anchored to, by article hash, local id,
kind and trigger span). Event ids change when consolidation reruns; reports do not, so a
correction is found again after re-ingest and re-consolidation (factwire.store.corrections).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("field", sa.String(32)),
        sa.Column("value", sa.Text),
        sa.Column("event_id", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_correction"),
    )
    op.create_index("ix_correction_event_id", "correction", ["event_id"])
    op.create_table(
        "correction_anchor",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("correction_id", sa.Integer, nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.PrimaryKeyConstraint("id", name="pk_correction_anchor"),
        sa.ForeignKeyConstraint(["correction_id"], ["correction.id"], ondelete="CASCADE",
                                name="fk_correction_anchor_correction_id_correction"),
    )
    op.create_index("ix_correction_anchor_correction_id", "correction_anchor",
                    ["correction_id"])
    op.create_index("ix_correction_anchor_content_hash", "correction_anchor", ["content_hash"])


def downgrade() -> None:
    op.drop_table("correction_anchor")
    op.drop_table("correction")
