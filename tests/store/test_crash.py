"""Killing ``factwire ingest`` with SIGKILL at random points, then running it again, gives the
same database as one uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from factory import synthetic, write_jsonl

from factwire.store import IngestSettings, counts, ingest, open_store, snapshot

N = 220
UNIQUE = N - N // 9  # every 9th synthetic report is a copy


def _command(inputs: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "factwire", "ingest", str(inputs), "--from-json",
            "--db", db, "--workers", "2", "--no-progress"]


def _articles(db: str) -> int:
    with open_store(db) as store:
        return counts(store, ["article"])["article"]


def _kill_when(process: subprocess.Popen[bytes], db: str, target: int, rng: random.Random,
               deadline: float) -> None:
    """SIGKILL the ingest (and its workers) once ``target`` articles are stored."""
    while process.poll() is None and time.monotonic() < deadline:
        if _articles(db) >= target:
            time.sleep(rng.uniform(0, 0.02))  # land anywhere inside the next transaction
            break
        time.sleep(0.01)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_run(
        tmp_path: Path, db_url: str) -> None:
    inputs = write_jsonl(tmp_path / "reports.jsonl", synthetic(N))
    with open_store(str(tmp_path / "clean.db")) as clean:
        ingest(clean, [str(inputs)], IngestSettings(from_json=True))
        expected = snapshot(clean)
    assert len(expected["article"]) == UNIQUE

    rng = random.Random(20251125)
    open_store(db_url).close()
    killed_midway = 0
    # Targets in the first half leave the run time to reach them before it ends, even on a
    # busy machine where a poll of the store can take longer than storing a few articles.
    for target in sorted(rng.sample(range(5, UNIQUE // 2), 3)):
        process = subprocess.Popen(_command(inputs, db_url), start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _kill_when(process, db_url, target, rng, time.monotonic() + 120)
        stored = _articles(db_url)
        killed_midway += int(process.returncode == -signal.SIGKILL and 0 < stored < UNIQUE)
    assert killed_midway == 3, "every kill should land while the ingest is running"

    done = subprocess.run(_command(inputs, db_url), capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    with open_store(db_url) as store:
        assert snapshot(store) == expected
