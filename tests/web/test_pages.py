"""HTML pages on a real database: escaping of hostile text, CSP, CSRF, exports."""

from __future__ import annotations

import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from factwire.api import exports

pytestmark = [pytest.mark.shared, pytest.mark.slow]
SEED = "000_5e2a7a06ba9dce6f"


def test_every_page_answers_with_a_strict_csp(client: TestClient) -> None:
    for url in ("/", "/events", "/events?pair=IND,RUS", "/events/1", f"/articles/{SEED}",
                "/actors/RUS", "/actors/person:sergei-shoigu", "/transfers", "/quotes",
                "/search?q=Shoigu", "/search", "/ingest"):
        r = client.get(url)
        assert r.status_code == 200, url
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>',
                                                "")


def test_hostile_article_markup_is_text(client: TestClient) -> None:
    page = client.get("/articles/hostile").text
    assert "&lt;script&gt;document.title = &#39;pwned&#39;; alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<img" not in page and "onerror=alert" not in page.replace("&lt;img src=x "
                                                                       "onerror=alert", "")
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title is not None and "&lt;script&gt;" in title.group(1)
    search = client.get("/search", params={"q": "memo"}).text
    assert "&lt;script&gt;" in search and "<script>document" not in search


def test_event_page_marks_each_argument_with_a_legend(client: TestClient) -> None:
    [row] = client.get("/api/v1/events", params={"system": "S-400"}).json()["data"]
    page = client.get(f"/events/{row['id']}").text
    assert '<mark class="hl m-trigger" title="trigger">contracts</mark>' in page
    assert '<mark class="hl m-quantity" title="quantity">five</mark>' in page
    assert '<mark class="hl m-system" title="system">S-400 Triumph defense systems</mark>' \
        in page
    assert '<mark class="hl m-value" title="value">$5 billion</mark>' in page
    for cls in ("trigger", "actor", "system", "time", "quantity", "value"):
        assert f'class="legend-toggle" value="{cls}"' in page
    assert f'href="/articles/{SEED}"' in page


def test_article_page_links_entities_and_events(client: TestClient) -> None:
    page = client.get(f"/articles/{SEED}").text
    assert re.search(r'<a class="hl m-person" href="/actors/person:sergei-shoigu"[^>]*>'
                     r'Shoigu</a>', page)
    assert re.search(r'<a class="hl [^"]*m-trigger[^"]*" href="/events/\d+"', page)
    assert "m-quote" in page


def test_actor_page_draws_timeline_and_network(client: TestClient) -> None:
    page = client.get("/actors/RUS").text
    timeline = page[page.index('<svg id="timeline"'):]
    assert timeline.count('class="dot"') == 10
    network = page[page.index('<svg id="network"'):]
    assert network.count('class="edge"') == 1 and ">IND</text>" in network


def test_exports_follow_the_filters(client: TestClient) -> None:
    params = {"pair": "IND,USA"}
    rows = list(csv.DictReader(io.StringIO(client.get("/export/events.csv",
                                                      params=params).text)))
    assert sorted(r["kind"] for r in rows) == ["exercise", "threat"]
    tsv = client.get("/export/events.tsv", params=params).text.splitlines()
    assert len(tsv) == 3 and tsv[0].split("\t") == list(exports.EVENTS.names)  # docs/data.md
    assert {r["event_id"] for r in rows} == {  # the same events the API lists for the view
        str(e["id"]) for e in client.get("/api/v1/events", params=params).json()["data"]}
    assert len(json.loads(client.get("/export/events.json", params=params).text)) == 2
    assert len(client.get("/export/events.jsonl", params=params).text.splitlines()) == 2
    table = pq.read_table(io.BytesIO(client.get("/export/events.parquet",
                                                params=params).content))
    assert table.num_rows == 2 and table.column_names == list(exports.EVENTS.names)
    r = client.get("/export/transfers.csv")
    assert r.headers["content-disposition"] == 'attachment; filename="factwire-transfers.csv"'
    assert client.get("/export/events.exe").status_code == 404


def test_form_write_needs_csrf_and_token(write_client: TestClient, token: str) -> None:
    form = write_client.get("/ingest")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert csrf is not None and write_client.cookies.get("factwire_csrf") == csrf.group(1)
    text = "MANILA - The Philippines bought two frigates from South Korea, officials said."
    no_csrf = write_client.post("/ingest", data={"text": text, "token": token})
    assert no_csrf.status_code == 403 and "CSRF" in no_csrf.text
    wrong = write_client.post("/ingest", data={"text": text, "token": "nope",
                                               "csrf": csrf.group(1)})
    assert wrong.status_code == 403
    ok = write_client.post("/ingest", data={"text": text, "token": token,
                                            "csrf": csrf.group(1),
                                            "published": "2020-02-02"},
                           follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"].startswith("/articles/upload-")
    assert "frigates" in write_client.get(ok.headers["location"]).text
