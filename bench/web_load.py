"""Latency of `factwire serve` under a bounded local load: events and search pages.

Builds (once) a database of the Guardian sample and the defence press, starts
`factwire serve` on loopback, then sends ``--requests`` GETs from ``--concurrency`` client
threads, cycling through event pages (filters, a pair, a kind, a second page), search
pages and their /api/v1 twins. Prints p50/p95 per group and, as the in-process baseline,
the same figures for a static file served by the same server (so the ratio says what the
queries and templates cost over the server's own overhead). It runs twice: with
`--no-cache` (every request queries the database) and with the default cache of event
lists (``factwire.web.cache``); the URLs repeat, so the second run shows repeated views.

Usage:
  .venv/bin/python bench/web_load.py --db /tmp/factwire-web-bench.db --build
  .venv/bin/python bench/web_load.py --db /tmp/factwire-web-bench.db --requests 200 --concurrency 4
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
URLS = {
    "events page": ["/events", "/events?pair=USA,RUS", "/events?kind=meeting",
                    "/events?actor=NATO&sort=confidence", "/events?since=2018&limit=100"],
    "search page": ["/search?q=missile", "/search?q=sanctions+Russia",
                    '/search?q="air+defence"', "/search?q=minister+-Turkey"],
    "api": ["/api/v1/events?pair=USA,RUS", "/api/v1/search?q=missile",
            "/api/v1/events?kind=arms_transfer"],
    "static (baseline)": ["/static/style.css"],
}


def build(db: Path) -> None:
    paths = [str(CORPORA / "guardian-sample"), str(CORPORA / "defence-press")]
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "factwire", "ingest", *paths, "--db", str(db),
                    "--format", "table"], check=False)
    print(f"built {db} in {time.monotonic() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(db: Path, port: int, cache: bool) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "factwire", "serve", "--db", str(db),
                             "--port", str(port), "--cache" if cache else "--no-cache"],
                            env={**os.environ})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/style.css").status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("factwire serve did not start in 60 s")


def load(base: str, n: int, concurrency: int) -> dict[str, list[float]]:
    plan = [(group, url) for group, urls in URLS.items() for url in urls]
    jobs = [plan[i % len(plan)] for i in range(n)]
    times: dict[str, list[float]] = defaultdict(list)
    failures = 0

    def one(job: tuple[str, str]) -> tuple[str, float, int]:
        group, url = job
        with httpx.Client(base_url=base, timeout=30) as client:
            t0 = time.perf_counter()
            status = client.get(url).status_code
            return group, (time.perf_counter() - t0) * 1000, status

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for group, ms, status in pool.map(one, jobs):
            times[group].append(ms)
            failures += status != 200
    if failures:
        print(f"warning: {failures} requests did not answer 200")
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/factwire-web-bench.db"))
    ap.add_argument("--build", action="store_true", help="ingest the corpora if --db is absent")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=4)
    args = ap.parse_args()
    if not args.db.exists():
        if not args.build:
            raise SystemExit(f"{args.db} does not exist: add --build to ingest the corpora")
        build(args.db)
    for cache in (False, True):
        run(args.db, args.requests, args.concurrency, cache)


def run(db: Path, requests: int, concurrency: int, cache: bool) -> None:
    port = free_port()
    proc = start(db, port, cache)
    base = f"http://127.0.0.1:{port}"
    try:
        load(base, 30, 2)  # warm-up: connections, template compilation, SQLite cache
        started = time.monotonic()
        times = load(base, requests, concurrency)
        wall = time.monotonic() - started
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(f"\n{'cache on' if cache else 'no cache'}: {requests} requests, concurrency "
          f"{concurrency}, {wall:.1f} s ({requests / wall:.1f}/s) on {platform.machine()} "
          f"with {os.cpu_count()} CPUs")
    base_p50 = statistics.median(times["static (baseline)"])
    print(f"{'group':20} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'p50/static':>11}")
    for group, values in times.items():
        p50 = statistics.median(values)
        print(f"{group:20} {len(values):4d} {p50:8.1f} {pct(values, 0.95):8.1f} "
              f"{p50 / base_p50:11.1f}")

if __name__ == "__main__":
    main()
