"""Read-only SQL over a store, for ``factwire sql`` (and anyone with a question the CLI lacks).

Two locks keep a query from changing anything, so neither alone has to be perfect: the
statement must start as a query does (SELECT, WITH, VALUES, EXPLAIN), and it runs on a
connection the database itself holds read-only (SQLite opened with ``mode=ro`` and
``query_only``; a PostgreSQL transaction ``READ ONLY``). Whatever gets past the first
(``WITH d AS (DELETE ...) SELECT ...``) the second refuses, and the refusal reads as one.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from factwire.store.engine import Store
from factwire.store.errors import QueryError

MAX_STATEMENT = 100_000
READ_START = re.compile(r"\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*\(*\s*(select|with|values|explain)\b",
                        re.IGNORECASE | re.DOTALL)
REFUSED = ("factwire sql is read-only: {what}. Change data with `factwire ingest` (or "
           "another command that writes); query it with SELECT, e.g. "
           "factwire sql \"SELECT kind, count(*) FROM events_v GROUP BY kind\"")


class ReadOnlyError(QueryError):
    """A statement that would write, refused before or by the database."""


def check_statement(statement: str) -> None:
    """Refuse what is not a single query before any database sees it."""
    if len(statement) > MAX_STATEMENT:
        raise QueryError(f"SQL: {len(statement)} characters; at most {MAX_STATEMENT}")
    if not statement.strip():
        raise QueryError("SQL is empty: give a query, e.g. \"SELECT * FROM events_v LIMIT 5\"")
    if READ_START.match(statement) is None:
        first = statement.strip().split(None, 1)[0][:20]
        raise ReadOnlyError(REFUSED.format(what=f"a {first.upper()} statement was refused"))


@contextmanager
def read_only(store: Store) -> Iterator[Connection]:
    """A connection that cannot write, in a transaction that is rolled back at the end."""
    if store.target.path is not None:
        uri = store.target.path.resolve().as_uri() + "?mode=ro"

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(uri, uri=True, timeout=store.lock_timeout)
            conn.execute("PRAGMA query_only = 1")
            return conn

        engine = sa.create_engine("sqlite://", creator=connect, poolclass=sa.pool.NullPool)
    else:
        engine = sa.create_engine(store.target.url, poolclass=sa.pool.NullPool,
                                  connect_args={"connect_timeout": 10, "options":
                                                "-c default_transaction_read_only=on"})
    try:
        with store.errors("reading"), engine.connect() as conn, conn.begin() as tx:
            if store.dialect == "postgresql":
                conn.execute(sa.text("SET TRANSACTION READ ONLY"))
            yield conn
            tx.rollback()
    finally:
        engine.dispose()


def run_sql(store: Store, statement: str,
            params: Mapping[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one query read-only; return its column names and rows (JSON-ready values)."""
    check_statement(statement)
    with read_only(store) as conn:
        try:
            result = conn.execute(sa.text(statement), dict(params or {}))
        except DBAPIError as exc:
            raise _refusal(exc) from exc
        except SQLAlchemyError as exc:  # a :name without a value, and the like
            raise QueryError(f"SQL: {str(exc).splitlines()[0]}") from exc
        if not result.returns_rows:
            raise ReadOnlyError(REFUSED.format(what="the statement returns no rows"))
        columns = list(result.keys())
        rows = [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in result]
    return columns, rows


def _refusal(exc: DBAPIError) -> QueryError:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    low = detail.lower()
    if (getattr(exc.orig, "sqlstate", None) == "25006" or "read-only" in low
            or "readonly" in low or "query_only" in low):
        return ReadOnlyError(REFUSED.format(what=f"the database refused a write ({detail})"))
    return QueryError(f"SQL: {detail}")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value
