"""Issue 10 at the command line: notes reach stderr and the database, nothing is lost for one
bad document, and workers do not outlive their parent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner

from factwire.cli.main import cli

SCRUBBED = ("replaced 1 unusable character(s) (lone surrogates or C1 control characters) "
            "with U+FFFD; fix the encoding of the input")


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "India and Russia held talks in Moscow on Monday."}\n'
                    '{"id": "b", "text": "The minister met \\ud800 Putin in Sochi on Monday."}\n'
                    '{"id": "c"\n')
    return path


def test_extract_keeps_every_good_document_and_exits_1(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(feed), "--format", "jsonl"])
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc"]["id"] for d in docs] == ["a", "b"]
    assert docs[1]["doc"]["notes"] == [SCRUBBED]
    assert f"note: {feed}:2: {SCRUBBED}" in result.stderr
    assert "1 document(s) rejected; see the messages above." in result.stderr


def test_ingest_stores_notes_and_shows_them_as_warnings(tmp_path: Path) -> None:
    feed, db = _feed(tmp_path), tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["ingest", str(feed), "--db", str(db), "--format", "json"])
    assert result.exit_code == 1
    assert f"warning: {feed}:2: {SCRUBBED}" in result.stderr
    assert f"rejected: {feed}:3: " in result.stderr
    counts = {r["what"]: r["count"] for r in json.loads(result.stdout)}
    assert (counts["new"], counts["rejected"]) == (2, 1)
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = dict(conn.execute(sa.text("select doc_id, notes from article")).all())
    engine.dispose()
    assert rows == {"a": None, "b": json.dumps([SCRUBBED])}


PARENT = textwrap.dedent("""
    import os
    import time
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from factwire.runner.lifeline import watch_parent

    if __name__ == "__main__":
        pool = ProcessPoolExecutor(2, mp_context=get_context("spawn"),
                                   initializer=watch_parent, initargs=(os.getpid(),))
        futures = [pool.submit(time.sleep, 0.5) for _ in range(4)]
        for future in futures:
            future.result()
        print(" ".join(str(p) for p in pool._processes), flush=True)
        time.sleep(600)
""")


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for init to reap it has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers and all(_alive(p) for p in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


def test_a_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["ingest"])
    assert result.exit_code == 2
    assert "Missing argument 'PATH...'" in result.stderr
