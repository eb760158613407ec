"""A new event kind from one module and one data file, with no other file of factwire touched.

The kind lives in a temporary package named in ``$FACTWIRE_KIND_PACKAGES``: its
``__init__.py`` is the rule detector and ``expulsion.json`` its spec. It must be extracted,
merged within the article, coded, grounded, stored, consolidated across two articles,
queried and scored like any packaged kind.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from factwire.api import queries
from factwire.eval.gold import parse_gold
from factwire.eval.score import score
from factwire.events.spec import PACKAGES_ENV, kinds, reload_specs
from factwire.ingest import read_text
from factwire.model import Extraction, to_json
from factwire.runner.pipeline import Pipeline
from factwire.runner.registry import DEFAULT_PIPELINE, build_components
from factwire.store import IngestSettings, ingest, open_store

pytestmark = pytest.mark.slow

SPEC = {
    "kind": "expulsion", "description": "A state expels another state's diplomats.",
    "order": 95, "detector": "fw_expulsion",
    "roles": {"expeller": {"key": True, "type": "actor", "direction": "directed",
                           "plover_source": True},
              "expelled": {"key": True, "type": "actor", "direction": "directed"}},
    "codes": {"plover": {"type": "REDUCE", "mode": "diplomatic", "context": ["diplomatic"]},
              "cameo": "1663"},
    "consolidation": {"slack": 2, "lookback": 10},
    "lexicon": {"verbs": ["expel"]},
}
MODULE = textwrap.dedent('''
    from factwire.events.context import SentenceContext, actor_drafts
    from factwire.events.draft import EventDraft

    KIND = "expulsion"
    LEXICON_FIELDS = ("verbs",)


    def detect(ctx: SentenceContext) -> list[EventDraft]:
        verbs = set(ctx.lex.kind(KIND).words("verbs"))
        out = []
        for tok in ctx.sent.sdoc:
            if tok.lemma_ not in verbs:
                continue
            frame = ctx.frame(tok)
            expellers, expelled = actor_drafts(frame.subjects), actor_drafts(frame.objects)
            if expellers and expelled:
                draft = ctx.draft(KIND, tok, frame)
                draft.add("expeller", [expellers[0].key])
                draft.add("expelled", [expelled[0].key])
                out.append(draft)
        return out
''')
FIRST = ("Norway expelled two Russian diplomats on Monday. Officials in Oslo said "
         "Norway expelled the Russian diplomats after a long inquiry.")
SECOND = "On Monday Norway expelled several Russian diplomats, state radio reported."


@pytest.fixture
def expulsion_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    package = tmp_path / "kinds" / "fw_expulsion"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(MODULE, encoding="utf-8")
    (package / "expulsion.json").write_text(json.dumps(SPEC), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "kinds"))
    monkeypatch.setenv(PACKAGES_ENV, "fw_expulsion")
    reload_specs()
    yield
    monkeypatch.delenv(PACKAGES_ENV)
    sys.modules.pop("fw_expulsion", None)  # the next test's package of that name is another folder
    reload_specs()


def _extract(pipeline: Pipeline, text: str, doc_id: str) -> Extraction:
    fresh = Pipeline(pipeline.nlp, build_components(pipeline.nlp, DEFAULT_PIPELINE),
                     DEFAULT_PIPELINE)
    return fresh.run(read_text(text, id=doc_id, published=dt.date(2026, 3, 3)))


def test_a_new_kind_runs_end_to_end(expulsion_kind: None, pipeline: Pipeline,
                                    tmp_path: Path) -> None:
    assert "expulsion" in kinds()
    first = _extract(pipeline, FIRST, "first")
    [event] = [e for e in first.events if e.kind == "expulsion"]  # two mentions, one event
    names = {e.id: e for e in first.entities}
    assert {r: [names[i].actor_key for i in v] for r, v in event.args.items()
            if not isinstance(v, str)} == {"expeller": ["NOR"], "expelled": ["RUS"]}
    assert len(event.evidence) == 2
    assert (event.plover.type, event.cameo, event.producer) == (
        "REDUCE", "1663", "rules.expulsion.v1")
    assert event.trigger is not None and FIRST[event.trigger.start:event.trigger.end] == "expelled"
    assert event.time is not None and event.time.start == "2026-03-02"
    assert not [e for e in first.events if e.kind == "other"]  # the new kind took the verb

    second = _extract(pipeline, SECOND, "second")
    lines = [json.dumps(to_json(x)) for x in (first, second)]
    (tmp_path / "out.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "kind.db"))
    summary = ingest(store, [str(tmp_path / "out.jsonl")], IngestSettings(from_json=True))
    assert (summary.new, summary.rejected) == (2, 0)
    [row] = queries.events(store, kind="expulsion")  # consolidated across the two articles
    assert (row["who"], row["cameo"]) == ("NOR -> RUS", "1663")
    assert (row["date"], row["n_sources"]) == ("2026-03-02", 2)
    assert queries.events(store, kind="expulsion", between=["NOR", "RUS"])

    gold = parse_gold({"id": "first", "events": [
        {"kind": "expulsion", "expeller": "NOR", "expelled": "RUS", "time": "2026-03-02"}]},
        tmp_path / "first.gold.json")
    tally = score([gold], {"first": to_json(first)}).kind_tallies()["expulsion"]
    assert (tally.tp, tally.fp, tally.fn, tally.args_right) == (1, 0, 0, 1)
