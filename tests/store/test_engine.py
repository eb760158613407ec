"""Opening databases: where they are, and what happens when they cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from factory import seed_like

from factwire.model import ConfigError
from factwire.store import StoreError, open_store, resolve_db, write_extraction
from factwire.store.engine import head_revision
from factwire.store.tempserver import free_port


def test_db_resolves_from_flag_then_environment_then_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTWIRE_DB", raising=False)
    assert resolve_db(None).path == Path("factwire.db")
    monkeypatch.setenv("FACTWIRE_DB", "/tmp/env.db")
    assert resolve_db(None).path == Path("/tmp/env.db")
    assert resolve_db("flag.db").path == Path("flag.db")
    pg = resolve_db("postgresql://me:secret@db.example:5433/fw")
    assert (pg.dialect, pg.path, pg.url.drivername) == ("postgresql", None, "postgresql+psycopg")
    assert pg.display() == "postgresql://me:***@db.example:5433/fw"


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "sqlite://", "sqlite:///:memory:"])
def test_unsupported_db_urls_name_the_flag(bad: str) -> None:
    with pytest.raises(ConfigError, match="--db"):
        resolve_db(bad)


def test_sqlite_is_created_in_wal_mode_at_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(str(path)) as store:
        assert store.revision() == head_revision()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_reading_a_missing_database_says_to_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no database there; run `factwire ingest"):
        open_store(str(tmp_path / "absent.db"), create=False)
    assert not (tmp_path / "absent.db").exists()


def test_unwritable_locations_are_refused_before_connecting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"does not exist; create the folder"):
        open_store(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match=r"is not a folder"):
        open_store(str(blocker / "x.db"))
    with pytest.raises(ConfigError, match=r"is a folder"):
        open_store(str(tmp_path))


def test_a_locked_database_waits_then_names_the_timeout(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    open_store(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        locked = r"locked by another writer \(waited 0.2 s"
        with open_store(str(path), lock_timeout=0.2) as store, \
                pytest.raises(StoreError, match=locked) as info, store.write() as conn:
            write_extraction(conn, seed_like())
        assert info.value.reason == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(str(path)) as store, store.read() as conn:  # nothing was half-written
        assert conn.execute(sa.text("SELECT count(*) FROM article")).scalar() == 0


def test_unreachable_postgresql_says_what_to_check() -> None:
    url = f"postgresql://nobody:pw@127.0.0.1:{free_port()}/factwire"
    with pytest.raises(StoreError, match=r"cannot reach PostgreSQL at "
                       r"postgresql://nobody:\*\*\*@127.0.0.1") as info:
        open_store(url)
    assert info.value.reason == "unreachable"


def test_a_database_from_a_newer_factwire_is_left_untouched(db_url: str) -> None:
    with open_store(db_url) as store, store.write() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match=r"revision 9999, newer than this factwire knows"):
        open_store(db_url)


def test_foreign_tables_without_a_version_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE article (id INTEGER PRIMARY KEY)")
    with pytest.raises(StoreError, match=r"holds factwire tables but no schema version"):
        open_store(str(path))


def test_only_known_sqlite_pragmas_are_accepted(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"journal_mode not supported"):
        open_store(str(tmp_path / "x.db"), sqlite_pragmas={"journal_mode": 1})
