"""The PLOVER gold-standard records as a public test: type F1 (source actor right) above the
recorded floor, and the scorer's own arithmetic on records written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factwire.eval.plover_gsr import Record, load_records, score
from factwire.ingest import read_text
from factwire.model import Article, Entity, Event, Extraction, Mention, Plover, Span
from factwire.runner.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]


def _result(kind: str, ptype: str, actor: str, modality: str = "asserted") -> Extraction:
    text = "Xland acted."
    ent = Entity(id="E1", kind="country", name="Xland", actor=actor, country=actor,
                 mentions=(Mention(Span(0, 5), "Xland"),))
    role = {"threat": "source", "sanction": "imposer", "meeting": "participants"}[kind]
    ev = Event(id="V1", kind=kind, plover=Plover(ptype), cameo=None,  # type: ignore[arg-type]
               args={role: ("E1",)}, evidence=(Span(0, 12),),
               modality=modality)  # type: ignore[arg-type]
    return Extraction(article=Article(id="a", text=text), entities=(ent,), events=(ev,))


def test_scoring_needs_type_and_source() -> None:
    records = [Record("1", "THREATEN", "t", ("AAA",), None),
               Record("2", "THREATEN", "t", ("AAA",), None),
               Record("3", "DEMAND", "t", ("AAA",), None),
               Record("4", "SANCTION", "t", ("AAA",), None)]
    results = [_result("threat", "THREATEN", "AAA"),        # right
               _result("threat", "THREATEN", "BBB"),        # wrong source: fp + fn
               _result("sanction", "SANCTION", "AAA"),      # type on a DEMAND record: fp
               _result("sanction", "SANCTION", "AAA", "negated")]  # negated: not counted
    t = score(records, results)
    assert (t["ALL"].tp, t["ALL"].fp, t["ALL"].fn) == (1, 2, 2)
    assert t["THREATEN"].prf() == (0.5, 0.5, 0.5)


@pytest.mark.slow
@pytest.mark.shared
def test_plover_records_above_floor(shared_dir: Path, pipeline: Pipeline) -> None:
    records = load_records(shared_dir / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")
    assert len(records) == 322
    results = [pipeline.run(read_text(r.text, id=r.id, published=r.date)) for r in records]
    floor = json.loads((REPO / "gold" / "floor.json").read_text())["plover_gsr"]["f1"]
    f1 = score(records, results)["ALL"].prf()[2]
    assert f1 >= floor, f"PLOVER GSR type F1 {f1:.3f} is below its floor {floor}"
