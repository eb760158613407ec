"""The Ray engine gives the local engine's database, retries a killed worker, and a plain
run never imports Ray.

A local Ray runtime (2 CPUs, no dashboard, no other node) is started once for the module; the
engine joins it instead of starting its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import ray
from click.testing import CliRunner
from ray import cloudpickle

from factwire.cli.main import cli
from factwire.model import Extraction, Rejected
from factwire.store import IngestSettings, counts, ingest, jobs, open_store, snapshot
from factwire.store.tempserver import TempPostgres, unavailable

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests

TEXTS = {
    "talks.txt": "Norway's defence minister met his Swedish counterpart in Oslo on Tuesday "
                 "to discuss air defence.\n\n\"We will stand together,\" the minister said "
                 "after the talks.\n",
    "launchers.txt": "Poland signed a contract to buy 48 Patriot launchers from the United "
                     "States, the defence ministry said on Monday.\n",
    "weather.txt": "The weather in the capital was mild this week, and the markets were quiet.\n",
    "drill.txt": "Japan and Australia held a joint naval exercise in the Coral Sea, officials "
                 "said on Friday.\n",
    "call.txt": "Chile's president spoke by telephone with the Peruvian president on Sunday "
                "about the border.\n",
    "empty.txt": "",
}


@pytest.fixture(scope="module")
def ray_runtime() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def test_ray_ingest_gives_the_local_database_and_adds_nothing_twice(
        ray_runtime: None, folder: Path, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "local.db")) as local:
        expected = ingest(local, [str(folder)], IngestSettings())
        wanted = snapshot(local)
    with open_store(str(tmp_path / "ray.db")) as store:
        summary = ingest(store, [str(folder)], IngestSettings(engine="ray", workers=2))
        assert summary.rows() == expected.rows()
        assert (summary.new, summary.rejected) == (5, 1)
        assert snapshot(store) == wanted
        again = ingest(store, [str(folder)], IngestSettings(engine="ray", workers=2))
        assert (again.new, again.duplicate) == (0, 5)
        assert snapshot(store) == wanted
        assert counts(store, ["article", "event", "quote"]) == {"article": 5, "event": 4,
                                                               "quote": 1}


def test_ray_ingest_into_postgresql_gives_the_local_sqlite_database(
        ray_runtime: None, folder: Path, tmp_path: Path) -> None:
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL half skipped: {reason}")
    with open_store(str(tmp_path / "local.db")) as local:
        ingest(local, [str(folder)], IngestSettings())
        wanted = snapshot(local)
    with TempPostgres() as server, open_store(server.create_database("ray")) as store:
        summary = ingest(store, [str(folder)], IngestSettings(engine="ray", workers=2))
        assert (summary.new, summary.rejected) == (5, 1)
        assert snapshot(store) == wanted


class DieOnce:
    """Extract as usual, but the first job to see ``flag`` kills its worker process."""

    def __init__(self, flag: Path) -> None:
        self.flag = flag

    def __call__(self, job: jobs.AnyJob, published: object,
                 model: str | None) -> list[Extraction | Rejected]:
        if isinstance(job, jobs.ArticleJob) and self.flag.exists():
            self.flag.unlink()
            os._exit(1)  # the actor dies mid-run: Ray restarts it and reruns the block
        return jobs.run_job(job, None, model)


def test_a_killed_worker_loses_nothing(ray_runtime: None, folder: Path, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "local.db")) as local:
        ingest(local, [str(folder)], IngestSettings())
        wanted = snapshot(local)
    flag = tmp_path / "die-once"
    flag.touch()
    with open_store(str(tmp_path / "ray.db")) as store:
        summary = ingest(store, [str(folder)], IngestSettings(engine="ray", workers=2),
                         extract=DieOnce(flag))
        assert not flag.exists()  # a worker did die
        assert (summary.new, summary.rejected) == (5, 1)
        assert snapshot(store) == wanted


def test_extract_engine_ray_prints_the_local_output(ray_runtime: None, folder: Path) -> None:
    def run(*extra: str) -> list[dict[str, object]]:
        result = CliRunner().invoke(cli, ["extract", str(folder), "--format", "jsonl",
                                          "--no-progress", *extra])
        assert result.exit_code == 1, result.output  # the empty file is rejected
        return [json.loads(line) for line in result.stdout.splitlines()]

    local = run()
    assert len(local) == 5
    assert run("--engine", "ray", "--workers", "2") == local


def test_address_without_engine_ray_is_a_usage_error(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(folder), "--address", "auto"])
    assert result.exit_code == 2
    assert "--engine ray" in result.stderr


def test_a_plain_run_does_not_import_ray(folder: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from factwire.cli.main import cli\n"
        "for args in (['ingest', '--db', " f"{str(tmp_path / 'x.db')!r}], ['extract']):\n"
        "    try:\n"
        f"        cli.main([*args, {str(folder)!r}, '--no-progress'], standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('ray' in sys.modules, [m for m in sys.modules if m.startswith('ray.')][:3])\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                         check=False, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "False []", out.stderr
