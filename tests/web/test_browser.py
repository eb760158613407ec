"""The pages in a real browser: Debian's chromium driven by Playwright against
`factwire serve` started on loopback. Screenshots of each page go to a folder of the test
run ($FACTWIRE_SCREENSHOTS, else a pytest temporary folder)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, sync_playwright

pytestmark = [pytest.mark.shared, pytest.mark.slow]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED = "000_5e2a7a06ba9dce6f"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: Path, tmp_path_factory: pytest.TempPathFactory,
           token: str) -> Iterator[str]:
    port = _free_port()
    token_file = tmp_path_factory.mktemp("token") / "token"
    token_file.write_text(token + "\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parents[2] / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "factwire", "serve", "--db", str(web_db),
                             "--host", "127.0.0.1", "--port", str(port),
                             "--token-file", str(token_file)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/v1/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, "factwire serve exited"
            assert time.monotonic() < deadline, "factwire serve did not answer in 60 s"
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("FACTWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


def test_browse_from_events_to_actor(server: str, page: Page, shots: Path) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/events")
    assert page.locator("#events-table tbody tr").count() == 14
    page.screenshot(path=str(shots / "events-all.png"), full_page=True)

    page.fill("input[name=pair]", "IND,RUS")
    page.click("#apply-filters")
    page.wait_for_url("**pair=IND%2CRUS**")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 10
    assert all("IND" in w and "RUS" in w for w in rows.locator("td:nth-child(4)").all_inner_texts())
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    rows.filter(has_text="S-400 Triumf").locator("td:first-child a").click()
    page.wait_for_url("**/events/*")
    evidence = page.locator("blockquote.evidence").first
    assert evidence.locator("mark.m-trigger").inner_text() == "contracts"
    assert evidence.locator("mark.m-quantity").inner_text() == "five"
    assert evidence.locator("mark.m-system").is_visible()
    colours = {evidence.locator(f"mark.m-{c}").evaluate(
        "e => getComputedStyle(e).backgroundColor") for c in ("trigger", "quantity", "system")}
    assert len(colours) == 3  # distinct marks
    page.click("#legend input[value=trigger]")  # the static script runs under the CSP
    assert "hide-trigger" in (page.get_attribute("body", "class") or "")
    page.click("#legend input[value=trigger]")
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    page.locator("a.source-link").first.click()
    page.wait_for_url(f"**/articles/{SEED}")
    text = page.locator("#article-text")
    assert text.locator("a.m-person", has_text="Shoigu").count() >= 1
    assert text.locator(".m-quote").count() >= 1
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    text.locator('a.m-country[href="/actors/RUS"]').first.click()
    page.wait_for_url("**/actors/RUS")
    assert page.locator("#timeline circle.dot").count() == 10
    assert page.locator("#network line.edge").count() == 1
    box = page.locator("#network").bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 100
    page.screenshot(path=str(shots / "actor.png"), full_page=True)
    assert errors == []


def test_hostile_article_shows_markup_as_text(server: str, page: Page, shots: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/articles/hostile")
    shown = page.locator("#article-text").inner_text()
    assert "<script>document.title = 'pwned'; alert(1)</script>" in shown
    assert "<img src=x onerror=alert(2)>" in shown
    assert "<script>" in page.locator("h1").inner_text()
    assert page.locator("#article-text img, #article-text script").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.title().startswith("Evil headline <script>")  # the markup, as text
    assert dialogs == []
    page.screenshot(path=str(shots / "hostile.png"), full_page=True)
    for url in ("/events/13", "/search?q=memo", "/quotes?speaker=minister"):
        page.goto(server + url)
        assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
