"""Running the real pipeline on short texts written for the event tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.runner.pipeline import Pipeline

ANCHOR = dt.date(2018, 12, 13)  # a Thursday

# The ``events_of`` fixture: text (and publication date) to summarised events
Run = Callable[..., list[dict[str, Any]]]


def summarise(result: Extraction) -> list[dict[str, Any]]:
    """Events with entity ids replaced by actor keys (or names for places and weapons)."""
    ents = {e.id: e for e in result.entities}
    out = []
    for ev in result.events:
        row: dict[str, Any] = {"kind": ev.kind, "status": ev.status, "modality": ev.modality}
        for role, value in ev.args.items():
            if isinstance(value, str):
                row[role] = value
            else:
                row[role] = sorted({(ents[v].actor or ents[v].name) for v in value})
        row["time"] = (ev.time.start, ev.time.end) if ev.time else None
        row["quantity"] = ev.quantity
        row["value"] = (ev.value.amount, ev.value.currency) if ev.value else None
        row["plover"] = ev.plover.type
        row["cameo"] = ev.cameo
        out.append(row)
    return out


def kind(rows: list[dict[str, Any]], name: str, *roles: str) -> list[tuple[Any, ...]]:
    """The given roles of each summarised event of kind ``name``, in order."""
    return [tuple(r.get(role) for role in roles) for r in rows if r["kind"] == name]


@pytest.fixture(scope="session")
def rules_pipeline(pipeline: Pipeline) -> Pipeline:
    """The real pipeline with the rule detectors alone: these tests check what the rules
    find; the learned scorer, which may drop a low-scoring event, is tested in
    test_learned.py and, on the gold, by the gates."""
    from factwire.events.extract import EventExtractor

    components = [EventExtractor(("rules",)) if c.name == EventExtractor.name else c
                  for c in pipeline.components]
    return Pipeline(pipeline.nlp, components, tuple(pipeline.producer[1:]))


@pytest.fixture(scope="session")
def events_of(rules_pipeline: Pipeline) -> Callable[..., list[dict[str, Any]]]:
    def run(text: str, published: dt.date | None = ANCHOR) -> list[dict[str, Any]]:
        return summarise(rules_pipeline.run(read_text(text, id="t", published=published)))
    return run

