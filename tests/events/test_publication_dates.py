"""An asserted meeting, call or visit its text gives no date for is dated by the article's
publication (issue 8, 2026-12-05, sixth part); one with a date keeps it, and a future,
hypothetical or other kind of event is not dated so."""

from __future__ import annotations

import pytest

from factwire.ingest import read_text
from factwire.model import publication_time
from factwire.runner.pipeline import Pipeline

from .conftest import ANCHOR, Run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "kind", "time"), [
    ("Chile's foreign minister met his Peruvian counterpart in Lima.", "meeting",
     (ANCHOR.isoformat(), None)),
    ("The presidents of Chile and Peru spoke by phone.", "call", (ANCHOR.isoformat(), None)),
    ("The Chilean president visited Lima.", "visit", (ANCHOR.isoformat(), None)),
    # the text's own date wins
    ("The Chilean president visited Lima on Monday.", "visit", ("2018-12-10", "2018-12-10")),
])
def test_undated_report_takes_the_publication_day(events_of: Run, text: str, kind: str,
                                                  time: tuple[str, str | None]) -> None:
    rows = [r for r in events_of(text) if r["kind"] == kind]
    assert [r["time"] for r in rows] == [time]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Chilean president will visit Lima.", "visit"),  # not yet happened
    ("Chile sold 12 F-16 jets to Peru.", "arms_transfer"),  # a deal: dated by its own terms
    ("Chilean troops are in Bolivia.", "deployment"),
])
def test_other_reports_stay_undated(events_of: Run, text: str, kind: str) -> None:
    rows = [r for r in events_of(text) if r["kind"] == kind]
    assert rows and all(r["time"] is None for r in rows)


def test_publication_time_says_where_it_came_from(rules_pipeline: Pipeline) -> None:
    result = rules_pipeline.run(read_text("The Chilean president visited Lima.", id="t",
                                          published=ANCHOR))
    [visit] = [e for e in result.events if e.kind == "visit"]
    assert visit.time == publication_time(ANCHOR.isoformat())
    assert visit.time is not None and visit.time.from_publication and visit.time.span is None
