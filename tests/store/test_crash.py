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


def _signal(process: subprocess.Popen[bytes], sig: signal.Signals) -> bool:
    """Send ``sig`` to the ingest and its workers; False once the run has ended."""
    if process.poll() is not None:
        return False
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return False
    return True


def _kill_when(process: subprocess.Popen[bytes], db: str, target: int, rng: random.Random,
               deadline: float) -> None:
    """SIGKILL the ingest (and its workers) once ``target`` articles are stored.

    The run is paused (SIGSTOP) while the store is counted, so however slow a count is on a
    busy machine, the run cannot finish between the count and the kill.
    """
    with open_store(db, migrate=False) as store:
        while time.monotonic() < deadline and _signal(process, signal.SIGSTOP):
            reached = counts(store, ["article"])["article"] >= target
            _signal(process, signal.SIGCONT)
            time.sleep(rng.uniform(0, 0.005) if reached else 0.01)
            if reached:  # the kill lands anywhere inside the next transaction
                break
    _signal(process, signal.SIGKILL)
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
    # Targets in the first half leave the run articles to store after every kill.
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
