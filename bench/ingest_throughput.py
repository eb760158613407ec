"""Ingest throughput (articles per second) into SQLite and PostgreSQL.

    .venv/bin/python bench/ingest_throughput.py            # corpora, real pipeline
    .venv/bin/python bench/ingest_throughput.py --write    # and update bench/RESULTS.md

Three measurements, each on a fresh database:

1. **store only**: ``factwire extract`` output (JSON Lines, made once here) ingested with
   ``--from-json``: writing, entity resolution and consolidation, no NLP;
2. **re-ingest**: the same again into the filled database (every article a duplicate);
3. **full**: ``factwire ingest`` on the corpora (reading, NLP, store) with 1 and 2 workers.

PostgreSQL is a temporary server (``factwire.store.tempserver``) with durable settings
(fsync on, as in production); SQLite runs in WAL mode with ``synchronous=NORMAL`` (the
store's setting). ``--synthetic N`` measures the store alone on N generated extractions
when the NLP pipeline is unavailable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factwire.model import Article, Entity, Event, Extraction, Mention, Plover, Span, to_json
from factwire.store import IngestSettings, IngestSummary, counts, ingest, open_store
from factwire.store.tempserver import TempPostgres, unavailable

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
INPUTS = [SHARED / "seed", SHARED / "corpora" / "guardian-sample",
          SHARED / "corpora" / "defence-press"]
START, END = "<!-- ingest-throughput:start -->", "<!-- ingest-throughput:end -->"


def _timed(db: str, paths: list[str], settings: IngestSettings) -> tuple[IngestSummary, float]:
    with open_store(db) as store:
        started = time.perf_counter()
        summary = ingest(store, paths, settings)
        seconds = time.perf_counter() - started
        events = counts(store, ["event"])["event"]
    print(f"  {db[:60]}: {summary.read} read, {summary.new} new, {events} consolidated "
          f"events, {seconds:.1f} s", file=sys.stderr)
    return summary, seconds


def _extract_once(out: Path) -> tuple[int, float]:
    from factwire.api import extract_documents  # noqa: PLC0415  (loads spaCy)

    started = time.perf_counter()
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for item in extract_documents([str(p) for p in INPUTS]):
            if isinstance(item, Extraction):
                handle.write(json.dumps(to_json(item), ensure_ascii=False) + "\n")
                n += 1
    return n, time.perf_counter() - started


def _synthetic(out: Path, n: int) -> None:
    """Extractions shaped like the pipeline's (10 entities, 4 events, 2 quotes each)."""
    rng = random.Random(5)
    states = ["RUS", "IND", "TUR", "IRN", "CHN", "USA", "FRA", "SYR", "ISR", "PAK"]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            names = rng.sample(states, 6) + [f"Person{rng.randrange(40)}" for _ in range(4)]
            text = " ".join(f"{name} said something about defence number {i}." for name in names)
            ents, at = [], 0
            for k, name in enumerate(names):
                at = text.index(name, at)
                kind = "country" if k < 6 else "person"
                ents.append(Entity(f"E{k}", kind, name, (Mention(Span(at, at + len(name)), name),),
                                   country=names[k % 6], actor=names[k % 6]))
            day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365))
            events = [Event(f"V{j}", "meeting", Plover("CONSULT"), "040",
                            {"participants": (f"E{j}", f"E{j + 1}")}, (Span(0, 20),))
                      for j in range(4)]
            article = Article(f"syn{i}", text, published=day, origin=f"syn{i}")
            handle.write(json.dumps(to_json(Extraction(article, tuple(ents), tuple(events))))
                         + "\n")


def _runs(jsonl: Path, pg: Callable[[str], str] | None, full: bool,
          workers: list[int]) -> list[tuple[str, str, int, float]]:
    rows: list[tuple[str, str, int, float]] = []
    targets = [("SQLite", lambda name: str(Path(tempfile.mkdtemp()) / f"{name}.db"))]
    if pg is not None:
        targets.append(("PostgreSQL", pg))
    for label, make in targets:
        db = make("json")
        first, t1 = _timed(db, [str(jsonl)], IngestSettings(from_json=True))
        rows.append((label, "store only (--from-json)", first.read, t1))
        again, t2 = _timed(db, [str(jsonl)], IngestSettings(from_json=True))
        rows.append((label, "re-ingest (all duplicates)", again.read, t2))
        for n in workers if full else []:
            summary, t = _timed(make(f"full{n}"), [str(p) for p in INPUTS],
                                IngestSettings(workers=n))
            rows.append((label, f"full pipeline, --workers {n}", summary.read, t))
    return rows


def _table(rows: list[tuple[str, str, int, float]], note: str) -> str:
    lines = [f"{START}", "## Ingest throughput", "",
             "Articles per second through `factwire ingest` (`bench/ingest_throughput.py`); "
             "each row starts from an empty database.", "", note, "",
             "| database | what | documents | seconds | documents/s |", "|---|---|---|---|---|"]
    lines += [f"| {db} | {what} | {n} | {s:.1f} | {n / s:.1f} |" for db, what, n, s in rows]
    lines += ["", END]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="store-only run on N generated extractions (no NLP)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="factwire-bench-"))
    jsonl = work / "extracted.jsonl"
    if args.synthetic:
        _synthetic(jsonl, args.synthetic)
        note = f"Data: {args.synthetic} generated extractions (10 entities, 4 events each)."
    else:
        n, seconds = _extract_once(jsonl)
        note = (f"Data: the seed, guardian-sample and defence-press ({n} articles); "
                f"`factwire extract` alone took {seconds:.1f} s ({n / seconds:.1f}/s) in one "
                "process.")
    note += (f" Machine: {platform.machine()}, {os.cpu_count()} cores, load average "
             f"{os.getloadavg()[0]:.1f} at the start (other jobs share the machine: the "
             f"--workers rows are only as good as the cores left free); Python "
             f"{platform.python_version()}; SQLite WAL + synchronous=NORMAL; PostgreSQL "
             "temporary server, fsync on.")
    server = None if args.no_postgres or unavailable() else TempPostgres(durable=True).start()
    try:
        pg = server.create_database if server is not None else None
        rows = _runs(jsonl, pg, not args.synthetic, args.workers)
    finally:
        if server is not None:
            server.stop()
    text = _table(rows, note)
    print(text)
    if args.write:
        results = REPO / "bench" / "RESULTS.md"
        old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
        if START in old and END in old:
            new = old[:old.index(START)] + text + old[old.index(END) + len(END):]
        else:
            new = old.rstrip("\n") + "\n\n" + text + "\n"
        results.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
