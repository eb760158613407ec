"""Scoring extraction output against gold files (EVENTS.md section 5), and the CI gate.

    docs = load_gold("gold/dev")
    report = score(docs, load_predictions("out.jsonl"))
    print(report.table())
    failures = check_floor(report.metrics(), load_floor("gold/floor.json", "dev"))

The rules each number follows are written down in ``docs/eval.md``.
"""

from factwire.eval.gold import GoldDoc, GoldEntity, GoldEvent, GoldQuote, load_gold
from factwire.eval.predictions import check_floor, load_floor, load_predictions
from factwire.eval.report import DocResult, Ratio, Report
from factwire.eval.score import score
from factwire.eval.sources import default_shared, run_extraction

__all__ = [
    "DocResult",
    "GoldDoc",
    "GoldEntity",
    "GoldEvent",
    "GoldQuote",
    "Ratio",
    "Report",
    "check_floor",
    "default_shared",
    "load_floor",
    "load_gold",
    "load_predictions",
    "run_extraction",
    "score",
]
