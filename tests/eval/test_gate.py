"""The CI gate: extraction on the seed and the development gold set must not fall below
``gold/floor.json``. A failure prints the failing scores and the whole report."""

from __future__ import annotations

from pathlib import Path

import pytest

from factwire.eval import check_floor, load_floor, load_gold, run_extraction, score

pytestmark = [pytest.mark.slow, pytest.mark.shared]

REPO = Path(__file__).resolve().parents[2]
FLOOR = REPO / "gold" / "floor.json"


@pytest.mark.parametrize("section", ["seed", "dev", "devtest"])
def test_scores_stay_above_floor(section: str, shared_dir: Path) -> None:
    """``devtest`` is the held-out fold: its floors are per kind, so one kind that collapses
    fails CI even when the total holds."""
    gold = shared_dir / "spec" / "seed.gold.json" if section == "seed" else REPO / "gold" / section
    docs = load_gold(gold)
    predictions, problems = run_extraction(docs, shared_dir)
    report = score(docs, predictions)
    failures = check_floor(report.metrics(), load_floor(FLOOR, section))
    assert failures == [], "\n".join([*failures, *problems, "", report.table()])
