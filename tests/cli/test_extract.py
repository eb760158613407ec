"""``factwire extract`` as a user runs it: formats, bad documents, exit status, help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factwire", "extract", *args],
                          capture_output=True, text=True, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("inputs")
    (d / "good.txt").write_text(
        'Russian Defense Minister Sergei Shoigu met his Indian counterpart in New Delhi. '
        '"Our cooperation is very strong," Shoigu said.\n')
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03PNG\x00" * 10)
    (d / "feed.jsonl").write_text(
        '{"id": "a", "text": "India and Russia held talks in Moscow on Monday."}\n'
        '{"id": "b", "text": \n'
        '{"id": "c", "text": "The United States imposed sanctions on Iran."}\n')
    return d


def test_good_and_bad_documents_together(inputs: Path) -> None:
    proc = run(str(inputs), "--published", "2018-12-13", "--format", "jsonl")
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(d["doc"]["id"] for d in docs) == ["a", "c", "good"]
    assert proc.returncode == 1  # some documents rejected: 1, whatever their number
    assert "3 document(s) rejected; see the messages above." in proc.stderr
    assert "empty.txt" in proc.stderr and "binary" in proc.stderr
    assert "feed.jsonl:2" in proc.stderr
    assert "Traceback" not in proc.stderr
    good = next(d for d in docs if d["doc"]["id"] == "good")
    assert good["quotes"][0]["text"] == "Our cooperation is very strong"
    assert good["doc"]["published"] == "2018-12-13"


def test_json_format_is_one_array(inputs: Path) -> None:
    proc = run(str(inputs / "good.txt"), "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and data[0]["factwire"] == "1.1"


def test_table_format_from_stdin() -> None:
    proc = run("-", "--format", "table", stdin="Vladimir Putin met Narendra Modi in Sochi.\n")
    assert proc.returncode == 0
    assert "Vladimir Putin" in proc.stdout and "meeting" in proc.stdout


def test_bad_date_names_the_option() -> None:
    proc = run("x.txt", "--published", "13/12/2018")
    assert proc.returncode == 2
    assert "--published" in proc.stderr and "YYYY-MM-DD" in proc.stderr


def test_unknown_model_says_how_to_fix(inputs: Path) -> None:
    proc = run(str(inputs / "good.txt"), "--model", "no_such_model")
    assert proc.returncode == 2
    assert "no_such_model" in proc.stderr and "pip install" in proc.stderr


def test_help_teaches() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    for word in ("--published", "--format", "--model", "exit status", "Examples"):
        assert word in proc.stdout


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    for i in range(20):
        (tmp_path / f"doc{i:02d}.txt").write_text(
            f"Vladimir Putin met Narendra Modi in Sochi on day {i}. "
            f'"We agreed on {i} things," Putin said.\n')
    one = run(str(tmp_path), "--format", "jsonl")
    two = run(str(tmp_path), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [json.loads(x)["doc"]["id"] for x in two.stdout.splitlines()] == [
        f"doc{i:02d}" for i in range(20)]
