"""Every command in the README runs as written, on a fresh database.

The README's first fence is the set-up: its first line builds ``.venv`` (skipped here: the
tests already run in it) and then extracts and ingests the seed article into ``seed.db``;
its second line runs the test suite (skipped: this is it). Every later ``bash`` fence is run
line by line, and every ``python`` fence as a script, in a sandbox folder that links to the
repository's files and to ``../shared`` as the README assumes, with ``.venv/bin/factwire``
replaced by this interpreter's ``python -m factwire`` on this checkout's ``src``. A command
that needs a server (``serve``) would be skipped; none does yet.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTWIRE_SHARED", ROOT.parent / "shared"))
ENTRY = ".venv/bin/factwire"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
NEEDS_SERVER = re.compile(r"\bfactwire serve\b")
TIMEOUT = 600


def _fences() -> list[tuple[str, str]]:
    return FENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def _setup_commands() -> list[str]:
    """The first fence's first line, minus the set-up script; its second line is the tests."""
    lang, body = _fences()[0]
    assert lang == "bash", "the README must open with the bash set-up fence"
    first, second = body.strip().splitlines()[:2]
    assert "scripts/test.sh" in second
    return [part.strip() for part in first.split("&&")
            if not part.strip().startswith("bash scripts/")]


def _examples() -> list[tuple[str, str]]:
    """(language, command or script) for every later bash line and python fence."""
    out: list[tuple[str, str]] = []
    for lang, body in _fences()[1:]:
        if lang == "bash":
            out += [("bash", line) for line in body.splitlines()
                    if line.strip() and not line.lstrip().startswith("#")]
        elif lang == "python":
            out.append(("python", body))
    return out


def _run(sandbox: Path, lang: str, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    env.pop("FACTWIRE_DB", None)
    if lang == "python":
        script = sandbox / "readme_snippet.py"
        script.write_text(code, encoding="utf-8")
        argv = [sys.executable, str(script)]
    else:
        line = code.replace(ENTRY, f"{sys.executable} -m factwire")
        argv = ["bash", "-c", "set -euo pipefail\n" + line]
    return subprocess.run(argv, cwd=sandbox / "repo", env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out like the checkout and ``../shared``, with the seed ingested."""
    if not SHARED.is_dir():
        pytest.skip(f"the README's examples read {SHARED}, which is absent")
    base = tmp_path_factory.mktemp("readme")
    (base / "repo").mkdir()
    (base / "shared").symlink_to(SHARED)
    for entry in ROOT.iterdir():
        if entry.suffix != ".db" and entry.name not in (".git", ".venv"):
            (base / "repo" / entry.name).symlink_to(entry)
    for command in _setup_commands():
        done = _run(base, "bash", command)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
    assert (base / "repo" / "seed.db").is_file()
    return base


@pytest.mark.parametrize(("lang", "code"), _examples(),
                         ids=[c.splitlines()[0][:60] for _, c in _examples()])
def test_the_readme_example_runs_as_written(sandbox: Path, lang: str, code: str) -> None:
    if NEEDS_SERVER.search(code):
        pytest.skip("starts a server")
    done = _run(sandbox, lang, code)
    assert done.returncode == 0, f"{code}\nexit {done.returncode}\n{done.stderr[-3000:]}"
    assert done.stdout.strip() or ">" in code or " -o " in code, f"{code} printed nothing"
