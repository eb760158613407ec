"""Scale-out figures: ``factwire ingest`` on the local engine and on Ray with 1 and 2 workers.

    .venv/bin/python bench/scale.py [--times N] [--limit K] [--configs local1,ray1,ray2]

The inputs are the Guardian sample and defence-press (whole corpus files, read by the
pipeline only; nothing here looks at their content), each article copied ``--times`` times
with a distinct id and a distinct last line, so that no copy is a duplicate of another.
Each configuration ingests them into a fresh SQLite database. Printed per configuration:
articles/s, words/s, words per CPU-second of all the run's processes (the per-core rate, which
other load on the machine does not change much), the peak memory (RSS) of the driver and of
the largest worker (sampled every 0.2 s with psutil), and the speed-up over the same engine
with one worker. ``ray*`` rows include starting a private Ray runtime (about 6 s).

On a machine shared with other work the absolute rates move from run to run; the ratios
between configurations of one run are what to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = ("guardian-sample", "defence-press")
CONFIGS = {"local1": ("local", 1), "local2": ("local", 2), "ray1": ("ray", 1), "ray2": ("ray", 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--times", type=int, default=1, help="copies of each article (N)")
    ap.add_argument("--limit", type=int, default=0, help="only the first K articles")
    ap.add_argument("--configs", default="local1,ray1,ray2",
                    help=f"comma-separated, from {', '.join(CONFIGS)}")
    args = ap.parse_args()
    configs = args.configs.split(",")
    if unknown := [c for c in configs if c not in CONFIGS]:
        ap.error(f"unknown configuration(s) {unknown}; choose from {', '.join(CONFIGS)}")
    with tempfile.TemporaryDirectory(prefix="factwire-scale-") as tmp:
        inputs, n, words = _copies(Path(args.shared) / "corpora", args.times, args.limit,
                                   Path(tmp))
        print(f"articles: {n} ({args.times} x corpus)  words: {words}  "
              f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
        print(f"{'config':8} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'words/cpu-s':>11} "
              f"{'driver MiB':>10} {'worker MiB':>10} {'vs 1 worker':>11}")
        single: dict[str, float] = {}
        for name in configs:
            engine, workers = CONFIGS[name]
            seconds, driver, worker, cpu = _run(str(inputs), Path(tmp) / f"{name}.db",
                                                engine, workers)
            rate = n / seconds
            if workers == 1:
                single[engine] = rate
            ratio = f"{rate / single[engine]:.2f}" if engine in single else "-"
            print(f"{name:8} {seconds:8.1f} {rate:7.2f} {words / seconds:8.0f} "
                  f"{words / cpu:11.0f} {driver:10.0f} {worker:10.0f} {ratio:>11}", flush=True)
    return 0


def _copies(corpora: Path, times: int, limit: int, tmp: Path) -> tuple[Path, int, int]:
    """The corpora's articles ``times`` over as one JSON Lines file of distinct texts."""
    from factwire.ingest import read_inputs  # noqa: PLC0415
    from factwire.model import Article  # noqa: PLC0415

    articles = [a for a in read_inputs([str(corpora / c) for c in CORPORA])
                if isinstance(a, Article)]
    if limit:
        articles = articles[:limit]
    out = tmp / "inputs" / "copies.jsonl"
    out.parent.mkdir()
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for k in range(times):
            for a in articles:
                text = f"{a.text}\n\nCopy {k}."
                words += len(text.split())
                handle.write(json.dumps({
                    "id": f"{a.id}-copy{k}", "text": text, "title": a.title, "source": a.source,
                    "published": a.published.isoformat() if a.published else None}) + "\n")
    return out, times * len(articles), words


def _run(inputs: str, db: Path, engine: str,
         workers: int) -> tuple[float, float, float, float]:
    """Seconds of one ingest, the peak RSS (MiB) of the driver and of its largest worker, and
    the CPU seconds the driver and its descendants used (a process ending between two
    samples loses its last 0.2 s)."""
    from factwire.store import IngestSettings, ingest, open_store  # noqa: PLC0415

    sampler = _Sampler()
    sampler.start()
    with open_store(str(db)) as store:
        started = time.perf_counter()
        summary = ingest(store, [inputs], IngestSettings(engine=engine, workers=workers))
        seconds = time.perf_counter() - started
    sampler.stop()
    if summary.rejected:
        print(f"  ({summary.rejected} rejected: {summary.rejections[:3]})", file=sys.stderr)
    return seconds, sampler.driver / 2**20, sampler.worker / 2**20, sum(sampler.cpu.values())


class _Sampler(threading.Thread):
    """Peak RSS of this process and of its largest descendant: a pool worker, or a Ray
    actor (a local Ray runtime is started by this process, so its workers descend from it;
    the largest descendant is a worker holding the model, not Ray's own daemons)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.driver = 0.0
        self.worker = 0.0
        self.cpu: dict[int, float] = {}  # CPU seconds used during the run, by process id
        self._stop_event = threading.Event()

    def run(self) -> None:
        import psutil  # noqa: PLC0415

        me = psutil.Process()
        start = {me.pid: sum(me.cpu_times()[:2])}
        while not self._stop_event.wait(0.2):
            self.driver = max(self.driver, me.memory_info().rss)
            self.cpu[me.pid] = sum(me.cpu_times()[:2]) - start[me.pid]
            for proc in me.children(recursive=True):  # pool workers; Ray's whole runtime
                try:
                    self.worker = max(self.worker, proc.memory_info().rss)
                    used = sum(proc.cpu_times()[:2])
                except psutil.Error:
                    continue
                self.cpu[proc.pid] = used - start.setdefault(proc.pid, 0.0)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


if __name__ == "__main__":
    sys.exit(main())
