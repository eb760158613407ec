"""The same app on PostgreSQL: the detail records and the list endpoints agree with SQLite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factwire.store import IngestSettings, ingest, open_store
from factwire.store.tempserver import TempPostgres, unavailable
from factwire.web.app import create_app

pytestmark = [pytest.mark.shared, pytest.mark.slow]
SEED = "000_5e2a7a06ba9dce6f"


@pytest.fixture(scope="module")
def pg_client(seed_path: Path) -> Iterator[TestClient]:
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    with TempPostgres() as server:
        url = server.create_database("web_test")
        with open_store(url) as store:
            ingest(store, [str(seed_path)], IngestSettings(published=dt.date(2018, 12, 13)))
            yield TestClient(create_app(store))


def test_postgres_serves_the_seed(pg_client: TestClient, client: TestClient) -> None:
    seed = pg_client.get("/api/v1/events").json()
    assert seed["total"] == 12  # the seed's twelve events
    for row in seed["data"]:  # each with its evidence sentence
        event = pg_client.get(f"/api/v1/events/{row['id']}").json()
        assert all(source["sentences"] for source in event["sources"])
    for url in ("/api/v1/events?pair=IND,RUS&limit=500", "/api/v1/transfers",
                "/api/v1/actors/RUS", "/api/v1/actors/person:sergei-shoigu"):
        pg, lite = pg_client.get(url).json(), client.get(url).json()
        assert pg == lite, url
    [row] = pg_client.get("/api/v1/events", params={"system": "S-400"}).json()["data"]
    pg_event = pg_client.get(f"/api/v1/events/{row['id']}").json()
    [lite_row] = client.get("/api/v1/events", params={"system": "S-400"}).json()["data"]
    assert pg_event == client.get(f"/api/v1/events/{lite_row['id']}").json()
    assert pg_client.get(f"/api/v1/articles/{SEED}").json()["quotes"] == \
        client.get(f"/api/v1/articles/{SEED}").json()["quotes"]
    hits = pg_client.get("/api/v1/search", params={"q": "Triumph"}).json()["data"]
    assert [h["article"] for h in hits] == [SEED]
    assert "<svg id=\"network\"" in pg_client.get("/actors/RUS").text
