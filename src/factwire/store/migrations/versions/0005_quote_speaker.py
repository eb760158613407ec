"""Quote speakers as the text gives them: the speaker's mention span and role.

Adds nullable ``speaker_start``, ``speaker_end`` and ``speaker_role`` to ``quote``. Rows
written before this revision keep NULL there: their extraction did not record them, and
re-extracting an article is the only honest way to fill them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = (("speaker_start", sa.Integer), ("speaker_end", sa.Integer), ("speaker_role", sa.Text))


def upgrade() -> None:
    with op.batch_alter_table("quote") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quote") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
