"""dateparser against factwire's time rules on the hand-worked table of tests/time.

    .venv/bin/python bench/dateparser_vs_rules.py

Every row of ``tests/time/test_resolve_table.py`` (expression, publication date, tense,
expected start and end, worked out by hand from EVENTS.md "Time") is given to both:
factwire's ``resolve`` and ``dateparser.parse`` (with the publication date as its
``RELATIVE_BASE``, and ``PREFER_DATES_FROM`` past or future from the tense). A row counts as
right for dateparser when it returns a day inside the expected interval (it gives one
datetime and no precision, so "In October" right means some day of October) or returns
nothing where nothing is expected; factwire must give the exact start and end. Prints both
counts and the rows dateparser gets wrong; this decides whether dateparser earns its place
(docs/dependencies.md).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import dateparser

from factwire.dedup.keys import iso_interval
from factwire.time import resolve

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "time"))

from test_resolve_table import ROWS  # noqa: E402  (the hand-worked table, in the tests)


def _interval(start: str | None, end: str | None) -> tuple[dt.date, dt.date] | None:
    lo, hi = iso_interval(start), iso_interval(end)
    if lo is None and hi is None:
        return None
    return (lo or hi)[0], (hi or lo)[1]  # type: ignore[index]


def _dateparser(expr: str, anchor: dt.date | None, tense: str | None) -> dt.date | None:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if tense == "future" else "past"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    found = dateparser.parse(expr, languages=["en"], settings=settings)
    return found.date() if found else None


def main() -> int:
    ours = theirs = 0
    wrong: list[str] = []
    started = time.perf_counter()
    for expr, anchor, tense, start, end in ROWS:
        value = resolve(expr, anchor, tense=tense)
        ours += (value.start, value.end) == (start, end)
        expected = _interval(start, end)
        got = _dateparser(expr, anchor, tense)
        right = (got is None and expected is None) or (
            got is not None and expected is not None and expected[0] <= got <= expected[1])
        theirs += right
        if not right:
            wrong.append(f"  {expr!r} @ {anchor} ({tense}): expected {start}..{end}, "
                         f"dateparser {got}")
    n = len(ROWS)
    print(f"rows: {n}  ({time.perf_counter() - started:.1f} s)")
    print(f"factwire rules, exact start and end: {ours}/{n}")
    print(f"dateparser, a day inside the expected interval: {theirs}/{n}")
    print("dateparser wrong on:")
    print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
