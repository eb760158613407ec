"""The CI gate: extraction on the seed and the development gold set must not fall below
``gold/floor.json``. A failure prints the failing scores and the whole report."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from factwire.eval import check_floor, load_floor, load_gold, run_extraction, score

pytestmark = [pytest.mark.slow, pytest.mark.shared]

REPO = Path(__file__).resolve().parents[2]
FLOOR = REPO / "gold" / "floor.json"


@pytest.fixture(scope="module")
def pipeline_ready() -> None:
    """The gate needs the runner; a broken import is reported as a skip with its reason."""
    try:
        runner = importlib.import_module("factwire.runner")
    except ImportError as exc:
        pytest.skip(f"factwire.runner cannot be imported yet ({exc}); the gate runs once it can")
    if not hasattr(runner, "extract_stream"):
        pytest.skip("factwire.runner has no extract_stream yet; the gate runs once it has")


@pytest.mark.parametrize("section", ["seed", "dev"])
def test_scores_stay_above_floor(section: str, shared_dir: Path, pipeline_ready: None) -> None:
    gold = shared_dir / "spec" / "seed.gold.json" if section == "seed" else REPO / "gold" / "dev"
    docs = load_gold(gold)
    predictions, problems = run_extraction(docs, shared_dir)
    report = score(docs, predictions)
    failures = check_floor(report.metrics(), load_floor(FLOOR, section))
    assert failures == [], "\n".join([*failures, *problems, "", report.table()])
