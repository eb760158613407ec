"""Alembic environment: factwire runs migrations itself, on a connection it already holds.

The caller (``factwire.store.engine.migrate``) opens a write transaction (``BEGIN IMMEDIATE``
in SQLite, an advisory lock in PostgreSQL) and passes the connection in
``config.attributes["connection"]``, so two processes opening an old database at once
cannot both migrate it, and a failed migration rolls back whole.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from factwire.store.schema import NAMING


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("factwire migrations run through factwire.store.open_store(), "
                           "which passes a connection; the alembic CLI is not supported")
    context.configure(
        connection=connection,
        target_metadata=sa.MetaData(naming_convention=NAMING),
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
