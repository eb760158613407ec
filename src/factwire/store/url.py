"""Where the database is: ``--db``, ``FACTWIRE_DB`` or ``./factwire.db``, as a SQLAlchemy URL.

Users give either a file path (SQLite, the embedded default) or a ``postgresql://`` URL; this
module turns both into one URL form and checks what can be checked before connecting, so a
typo fails with a message naming the flag rather than a driver traceback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from factwire.model import ConfigError

ENV_VAR = "FACTWIRE_DB"
DEFAULT_PATH = "factwire.db"


@dataclass(frozen=True, slots=True)
class DbTarget:
    """A resolved database: its URL, dialect and, for SQLite, the file path."""

    url: URL
    dialect: str
    path: Path | None

    def display(self) -> str:
        """The target for messages: a path, or the URL with its password masked."""
        if self.path is not None:
            return str(self.path)
        plain = self.url.set(drivername=self.url.get_backend_name())  # as the user wrote it
        return plain.render_as_string(hide_password=True)


def resolve_db(db: str | None = None) -> DbTarget:
    """Resolve ``db`` (or ``$FACTWIRE_DB``, or ``./factwire.db``) into a :class:`DbTarget`."""
    raw = db if db else os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" not in raw:
        path = Path(raw).expanduser()
        return DbTarget(URL.create("sqlite+pysqlite", database=str(path)), "sqlite", path)
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ConfigError(f"--db {raw!r} is not a database URL ({exc}); give a file path "
                          "or postgresql://user@host:port/dbname") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConfigError(f"--db {raw!r}: give SQLite a file path (the ingest and the "
                              "queries run in different processes and must share the file)")
        path = Path(url.database).expanduser()
        return DbTarget(url.set(drivername="sqlite+pysqlite", database=str(path)),
                        "sqlite", path)
    if backend in ("postgresql", "postgres"):
        return DbTarget(url.set(drivername="postgresql+psycopg"), "postgresql", None)
    raise ConfigError(f"--db {url.render_as_string(hide_password=True)!r}: unsupported "
                      f"database {backend!r}; use a file path (SQLite) or postgresql://...")


def check_sqlite_path(path: Path, *, create: bool) -> None:
    """Fail early, naming ``--db``, when the SQLite file cannot be opened or created."""
    if path.is_dir():
        raise ConfigError(f"--db {path}: is a folder; give a file path such as "
                          f"{path / DEFAULT_PATH}")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise ConfigError(f"--db {path}: the file is not readable and writable by this "
                              "user; fix its permissions or choose another path")
        return
    if not create:
        raise ConfigError(f"--db {path}: no database there; run `factwire ingest PATH... "
                          f"--db {path}` first, or point --db (or ${ENV_VAR}) at an existing one")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise ConfigError(f"--db {path}: {parent} {what}; create the folder or choose another path")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"--db {path}: the folder {parent} is not writable by this user; "
                          "choose another path")
