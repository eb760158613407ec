"""Opening the store: engines for SQLite and PostgreSQL, transactions, errors, migrations.

SQLite runs in WAL mode so queries (and the web API) read while an ingest writes; every
write transaction starts with ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout
instead of failing half-way. PostgreSQL writers take one transaction-scoped advisory lock,
the same single-writer rule. Driver errors are turned into :class:`StoreError` messages that
name the database and say what to do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from factwire.model import ConfigError
from factwire.store.errors import StoreError
from factwire.store.schema import DATA_TABLES
from factwire.store.url import DbTarget, check_sqlite_path, resolve_db

# Any constant works: every factwire writer on one PostgreSQL database takes this lock.
WRITER_LOCK_KEY = 0x66776972  # "fwir"
SQLITE_PRAGMAS_ALLOWED = frozenset({"cache_size", "max_page_count", "mmap_size"})
MIGRATIONS = "factwire.store:migrations"


class Store:
    """An open factwire database; use :meth:`read` and :meth:`write` for transactions."""

    def __init__(self, target: DbTarget, engine: Engine, *, lock_timeout: float) -> None:
        self.target = target
        self.engine = engine
        self.lock_timeout = lock_timeout

    @property
    def dialect(self) -> str:
        return self.target.dialect

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (a consistent snapshot in both SQLite WAL and PostgreSQL)."""
        with self.errors("reading"), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: all or nothing, one writer at a time across processes."""
        with self.errors("writing"), self.engine.connect() as raw:
            conn = raw.execution_options(factwire_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(sa.select(sa.func.pg_advisory_xact_lock(WRITER_LOCK_KEY)))
                yield conn

    @contextlib.contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Translate driver errors raised inside the block into :class:`StoreError`."""
        try:
            yield
        except DBAPIError as exc:
            raise translate(exc, self.target, action, self.lock_timeout) from exc

    def revision(self) -> str | None:
        with self.read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(db: str | None = None, *, create: bool = True, lock_timeout: float = 30.0,
               sqlite_pragmas: Mapping[str, int] | None = None, migrate: bool = True) -> Store:
    """Open (and, with ``create``, create) the database ``db`` and upgrade its schema.

    ``db`` is a file path or ``postgresql://`` URL; ``None`` means ``$FACTWIRE_DB`` or
    ``./factwire.db``. ``lock_timeout`` is how long a writer waits for another writer
    before failing with a clear message. ``sqlite_pragmas`` tunes SQLite (``cache_size``,
    ``mmap_size``, ``max_page_count``); other names are refused.
    """
    if lock_timeout < 0:
        raise ConfigError(f"--lock-timeout {lock_timeout}: give a number of seconds >= 0")
    target = resolve_db(db)
    if target.path is not None:
        check_sqlite_path(target.path, create=create)
        engine = _sqlite_engine(target, lock_timeout, dict(sqlite_pragmas or {}))
    else:
        engine = _postgres_engine(target, lock_timeout)
    store = Store(target, engine, lock_timeout=lock_timeout)
    if migrate:
        try:
            upgrade(store)
        except BaseException:
            store.close()
            raise
    return store


def _sqlite_engine(target: DbTarget, lock_timeout: float, pragmas: dict[str, int]) -> Engine:
    bad = sorted(set(pragmas) - SQLITE_PRAGMAS_ALLOWED)
    if bad:
        raise ConfigError(f"sqlite_pragmas: {', '.join(bad)} not supported; use "
                          f"{', '.join(sorted(SQLITE_PRAGMAS_ALLOWED))}")
    engine = sa.create_engine(target.url, connect_args={"timeout": lock_timeout})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # factwire issues BEGIN itself (see _on_begin)
        cursor = dbapi_conn.cursor()
        for statement in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                          "PRAGMA foreign_keys=ON"):
            cursor.execute(statement)
        for name, value in sorted(pragmas.items()):
            cursor.execute(f"PRAGMA {name}={int(value)}")  # name checked against the allow-list
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("factwire_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_engine(target: DbTarget, lock_timeout: float) -> Engine:
    options = f"-c lock_timeout={int(lock_timeout * 1000)}"
    return sa.create_engine(target.url, pool_pre_ping=True,
                            connect_args={"connect_timeout": 10, "options": options})


def translate(exc: DBAPIError, target: DbTarget, action: str, lock_timeout: float) -> StoreError:
    """One clear message per failure a user can act on; the driver text is kept at the end."""
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    low = detail.lower()
    where = target.display()
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if "locked" in low or sqlstate == "55P03":
        return StoreError(
            f"database {where} is locked by another writer (waited {lock_timeout:g} s while "
            f"{action}): wait for the other ingest to finish, or raise --lock-timeout",
            reason="locked")
    if "disk is full" in low or "no space left" in low or sqlstate == "53100":
        return StoreError(
            f"disk full while {action} {where}: the transaction was rolled back, so nothing "
            "half-written remains; free some space and run the same command again",
            reason="full")
    if target.dialect == "sqlite" and ("unable to open" in low or "readonly" in low):
        return StoreError(
            f"cannot write the SQLite database {where} ({detail}): check that the file and "
            "its folder are writable by this user, or pass another --db", reason="unwritable")
    if target.dialect == "postgresql" and (sqlstate is None or sqlstate.startswith("08")):
        return StoreError(
            f"cannot reach PostgreSQL at {where} ({detail}): is the server running and are "
            "the host, port, user and database in --db (or $FACTWIRE_DB) right?",
            reason="unreachable")
    return StoreError(f"database error while {action} {where}: {detail}", reason="other")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise StoreError("factwire's migrations are missing: reinstall factwire")
    return head


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction; data is never dropped.

    A database written by a newer factwire (an unknown revision) is refused rather than
    touched, and a database that holds factwire tables without a version is refused too.
    """
    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    with store.read() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(sa.inspect(conn).get_table_names())
    if current is not None and current == script.get_current_head() and revision == "head":
        return
    known = {rev.revision for rev in script.walk_revisions()}
    where = store.target.display()
    if current is not None and current not in known:
        raise StoreError(f"database {where} has schema revision {current}, newer than this "
                         f"factwire knows ({', '.join(sorted(known))}): upgrade factwire",
                         reason="schema")
    if current is None and tables & set(DATA_TABLES):
        raise StoreError(f"database {where} holds factwire tables but no schema version: "
                         "it was not created by factwire; use another --db", reason="schema")
    with store.write() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
