"""Corrections through the REST API, unknown names in the error shape, and the modality
filter passed to the query layer (the same rules as the CLI)."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient


def _transfer(client: TestClient) -> dict[str, object]:
    rows = client.get("/api/v1/events", params={"kind": "arms_transfer"}).json()["data"]
    return dict(next(r for r in rows if r["value"]))  # the $5 billion S-400 deal


def test_a_correction_needs_a_token(write_client: TestClient, readonly_client: TestClient,
                                    token: str) -> None:
    event = _transfer(write_client)
    body = {"action": "set", "field": "status", "value": "delivered", "author": "ann",
            "reason": "the article says delivered"}
    url = f"/api/v1/events/{event['id']}/corrections"
    assert write_client.post(url, json=body).status_code == 401
    wrong = write_client.post(url, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "forbidden"
    assert readonly_client.post(url, json=body, headers={
        "Authorization": f"Bearer {token}"}).status_code == 403


def test_a_correction_is_applied_and_shown(write_client: TestClient, token: str) -> None:
    event = _transfer(write_client)
    assert event["status"] != "delivered"
    auth = {"Authorization": f"Bearer {token}"}
    answer = write_client.post(f"/api/v1/events/{event['id']}/corrections", headers=auth,
                               json={"action": "set", "field": "status", "value": "delivered",
                                     "author": "ann", "reason": "the article says delivered"})
    assert answer.status_code == 201, answer.text
    after = _transfer(write_client)
    assert after["status"] == "delivered"
    assert "status=delivered" in str(after["corrected"]) and "ann" in str(after["corrected"])


def test_bad_corrections_name_the_field(write_client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    event = _transfer(write_client)
    bad = write_client.post(f"/api/v1/events/{event['id']}/corrections", headers=auth,
                            json={"action": "set", "field": "colour", "value": "red",
                                  "author": "ann", "reason": "why not"})
    assert bad.status_code == 400 and bad.json()["error"]["field"] == "field"
    missing = write_client.post("/api/v1/events/99999/corrections", headers=auth,
                                json={"action": "delete", "author": "ann", "reason": "dup"})
    assert missing.status_code == 404 and missing.json()["error"]["field"] == "event_id"
    no_reason = write_client.post(f"/api/v1/events/{event['id']}/corrections", headers=auth,
                                  json={"action": "delete", "author": "ann", "reason": ""})
    assert no_reason.status_code == 400 and no_reason.json()["error"]["field"] == "reason"


def test_an_unknown_name_is_a_404_with_suggestions(client: TestClient) -> None:
    answer = client.get("/api/v1/events", params={"actor": "Shoigo"})
    assert answer.status_code == 404
    error = answer.json()["error"]
    assert error["code"] == "no_match" and error["field"] == "actor"
    assert "did you mean" in error["message"] and "Shoigu" in error["message"]
    page = client.get("/events", params={"actor": "Shoigo"})
    assert page.status_code == 404 and "did you mean" in page.text


def test_names_and_codes_give_the_same_events(client: TestClient) -> None:
    by_code = client.get("/api/v1/events", params={"pair": "IND,RUS"}).json()["data"]
    by_name = client.get("/api/v1/events", params={"pair": "India,Russia"}).json()["data"]
    assert [r["id"] for r in by_code] == [r["id"] for r in by_name] and by_code


def test_modality_goes_to_the_query_layer(client: TestClient) -> None:
    default = client.get("/api/v1/events").json()["data"]
    every = client.get("/api/v1/events", params={"modality": "all"}).json()["data"]
    assert {r["modality"] for r in default} <= {"asserted", "future"}
    assert len(every) >= len(default)
    asserted = client.get("/api/v1/events", params={"modality": "asserted"}).json()["data"]
    assert asserted and {r["modality"] for r in asserted} == {"asserted"}
    bad = client.get("/api/v1/events", params={"modality": "maybe"})
    assert bad.status_code == 400 and bad.json()["error"]["field"] == "modality"


def test_the_token_is_checked_before_the_body(write_client: TestClient) -> None:
    """Without the token a malformed body is still a 401: nothing is said about the body."""
    answer = write_client.post("/api/v1/events/1/corrections", json={"action": "rename"})
    assert answer.status_code == 401 and answer.json()["error"]["field"] == "authorization"


def test_the_event_page_marks_a_correction(write_client: TestClient, token: str) -> None:
    event = _transfer(write_client)
    page = write_client.get(f"/events/{event['id']}").text
    assert 'class="corrected"' not in page and 'id="corrections"' not in page
    write_client.post(f"/api/v1/events/{event['id']}/corrections",
                      headers={"Authorization": f"Bearer {token}"},
                      json={"action": "set", "field": "status", "value": "delivered",
                            "author": "ann", "reason": "the article says delivered"})
    page = write_client.get(f"/events/{event['id']}").text
    assert 'class="corrected"' in page
    assert "status=delivered by ann: the article says delivered" in page
    listing = write_client.get("/events", params={"kind": "arms_transfer"}).text
    assert 'class="corrected"' in listing


def test_the_event_page_names_the_people(client: TestClient) -> None:
    rows = client.get("/api/v1/events", params={"modality": "all"}).json()["data"]
    with_people = [r for r in rows if r["people"]]
    assert with_people  # the seed's meeting names Shoigu and Sitharaman
    event = with_people[0]
    detail = client.get(f"/api/v1/events/{event['id']}").json()
    assert detail["people"] == event["people"] and detail["corrected"] is None
    page = client.get(f"/events/{event['id']}").text
    assert f'<td id="event-people">{"; ".join(event["people"])}</td>' in page


def test_an_unknown_name_page_links_the_closest_names(client: TestClient) -> None:
    page = client.get("/events", params={"actor": "Shoigo", "kind": "meeting"})
    assert page.status_code == 404 and 'id="did-you-mean"' in page.text
    links = re.findall(r'<ul id="did-you-mean">\s*<li><a href="([^"]+)">([^<]+)</a>', page.text)
    assert links
    href, name = links[0]
    query = parse_qs(urlsplit(html.unescape(href)).query)
    assert query == {"actor": [name], "kind": ["meeting"]} and "Shoigu" in name
    assert client.get(html.unescape(href)).status_code == 200
    pair = client.get("/events", params={"pair": "Russia,Indya"})  # only the bad part changes
    hrefs = re.findall(r'<li><a href="([^"]+)">', pair.text)
    assert pair.status_code == 404 and hrefs
    pairs = [parse_qs(urlsplit(html.unescape(h)).query)["pair"][0] for h in hrefs]
    assert "Russia,India" in pairs and all(p.startswith("Russia,") for p in pairs)
