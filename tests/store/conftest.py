"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL.

The PostgreSQL server is started once per session by ``factwire.store.tempserver`` (Debian's
``postgresql`` package: ``initdb`` into a temporary folder, loopback only, run as the
``postgres`` user when the tests run as root); each test gets a fresh database on it.
Where the server cannot be started, the PostgreSQL half of the tests is skipped with the
reason, and the SQLite half still runs.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the `factory` helper module

from factwire.store import Store, open_store
from factwire.store.tempserver import TempPostgres, unavailable

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempPostgres]:
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    with TempPostgres() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file path, or a new PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "factwire.db")
    server: TempPostgres = request.getfixturevalue("pg_server")
    return server.create_database(f"test_{next(_numbers)}")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as opened:
        yield opened
