"""Article notes: what reading a document replaced, cut or could not use, kept as data.

Adds ``article.notes`` (a JSON list of strings, NULL when there is none), so that a note
such as "replaced 3 byte(s) that did not decode" is stored with the article it concerns.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("notes", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("notes")
