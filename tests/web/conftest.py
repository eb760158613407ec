"""A real SQLite database for the web tests: the seed article and a hostile one, ingested
through the real pipeline (spaCy included) once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factwire.store import IngestSettings, ingest, open_store
from factwire.web.app import create_app

TOKEN = "test-token-0123456789abcdef"
# written for these tests: markup in the title line and in the body must show as text
HOSTILE = """Evil headline <script>window.pwned = 1; alert("title")</script>

KYIV - Ukraine's defence minister met his Polish counterpart in Warsaw on Tuesday to \
discuss air defence cooperation, officials said, quoting the memo \
"<script>document.title = 'pwned'; alert(1)</script>" in full.

A second note read <img src=x onerror=alert(2)> and nothing more.

"We will not be intimidated by threats," the Ukrainian minister said after the meeting.
"""


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "web.db"
    with open_store(str(db)) as store:
        import datetime as dt

        ingest(store, [str(seed_path)], IngestSettings(published=dt.date(2018, 12, 13)))
        ingest(store, [str(hostile)], IngestSettings(published=dt.date(2019, 3, 5)))
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with open_store(str(web_db), create=False) as store:
        yield TestClient(create_app(store, token=TOKEN))


@pytest.fixture()
def write_client(web_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A client over a copy of the database, for tests that add articles."""
    copy = tmp_path / "copy.db"
    shutil.copy(web_db, copy)
    for extra in ("-wal", "-shm"):
        if Path(f"{web_db}{extra}").exists():
            shutil.copy(f"{web_db}{extra}", f"{copy}{extra}")
    with open_store(str(copy), create=False) as store:
        yield TestClient(create_app(store, token=TOKEN, max_upload=20_000))


@pytest.fixture()
def readonly_client(web_db: Path) -> Iterator[TestClient]:
    with open_store(str(web_db), create=False) as store:
        yield TestClient(create_app(store))
