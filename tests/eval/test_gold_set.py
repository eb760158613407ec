"""The committed gold set itself: well-formed, development documents only, and true to the text.

These checks catch annotation slips (a quote snippet that is not in the article, a misspelt
speaker, a test-part document) that would otherwise silently lower every score.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import pytest

from factwire.eval import load_gold, score
from factwire.eval.gold import GoldDoc, GoldEvent
from factwire.eval.match import fold_quote_text, tokens
from factwire.eval.sources import csv_row_text, source_path

REPO = Path(__file__).resolve().parents[2]
GOLD_DEV = REPO / "gold" / "dev"


@pytest.fixture(scope="module")
def gold_docs() -> list[GoldDoc]:
    return load_gold(GOLD_DEV)


def test_gold_set_size_and_mix(gold_docs: list[GoldDoc]) -> None:
    corpora = [d.corpus.split("/")[0] for d in gold_docs if d.corpus]
    assert len(gold_docs) >= 24
    assert corpora.count("defence-press") >= 12
    assert corpora.count("guardian-sample") >= 12
    for doc in gold_docs:
        assert doc.path.name == f"{doc.id}.gold.json"
        assert doc.published is not None, doc.id


def _dev_part(shared: Path) -> tuple[set[str], set[str]]:
    """The development rows and files that SPLIT.md lists (its test lists are not read)."""
    split = (shared / "corpora" / "SPLIT.md").read_text(encoding="utf-8")
    rows = re.search(r"## guardian-sample: development rows.*?\n\n([\d, ]+)", split)
    files = re.search(r"## defence-press: development files.*?\n\n([\w, -]+)", split)
    assert rows is not None and files is not None, "SPLIT.md changed its layout"
    return set(rows.group(1).split(", ")), set(files.group(1).strip().split(", "))


def _text(doc: GoldDoc, shared: Path) -> str:
    path = source_path(doc, shared)
    return csv_row_text(path, doc.row) if doc.row else path.read_text(encoding="utf-8")


def _published(doc: GoldDoc, shared: Path) -> str:
    path = source_path(doc, shared)
    if doc.row is None:
        meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
        return str(meta["published"])[:10]
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return next(r["date"] for r in csv.DictReader(fh) if r[""] == doc.row)


@pytest.mark.shared
def test_only_development_documents(gold_docs: list[GoldDoc], shared_dir: Path) -> None:
    dev_rows, dev_files = _dev_part(shared_dir)
    for doc in gold_docs:
        if doc.row is not None:
            assert doc.row in dev_rows, f"{doc.id} annotates a row outside the development part"
            assert doc.id == f"{Path(doc.corpus or '').stem}-{doc.row}"
        else:
            assert doc.id in dev_files, f"{doc.id} is not a development file"
            assert doc.corpus == f"defence-press/{doc.id}.txt"
        assert doc.published == _published(doc, shared_dir), doc.id


def _absent(name: str, person: bool, words: set[str]) -> bool:
    """A person needs the last word of the name in the text; anything else every word."""
    wanted = tokens(name)[-1:] if person else tokens(name)
    return not all(w in words for w in wanted)


@pytest.mark.shared
def test_annotations_are_grounded_in_the_text(gold_docs: list[GoldDoc], shared_dir: Path) -> None:
    """Quote snippets occur in the text; speakers, persons, places and entity names do too."""
    problems = []
    for doc in gold_docs:
        text = _text(doc, shared_dir)
        folded, words = fold_quote_text(text), set(tokens(text))

        for q in doc.quotes:
            if fold_quote_text(q.contains) not in folded or not 3 <= len(q.contains.split()) <= 12:
                problems.append(f"{doc.id}: quote snippet {q.contains!r}")
            problems += [f"{doc.id}: speaker {s!r}" for s in q.speakers if _absent(s, True, words)]
        problems += [f"{doc.id}: text_must_exclude {s!r} is not in the source"
                     for s in doc.text_must_exclude if s not in text]
        for e in doc.entities:
            if e.kind != "country" and _absent(e.name, e.kind == "person", words):
                problems.append(f"{doc.id}: entity {e.name!r}")
        for ev in doc.events:
            for role in ("persons", "signatories", "place"):
                problems += [f"{doc.id}: {ev.where}.{role} {v!r}" for v in ev.args.get(role, ())
                             if _absent(v, role != "place", words)]
    assert problems == []


@pytest.mark.shared
def test_seed_gold_loads(shared_dir: Path) -> None:
    (seed,) = load_gold(shared_dir / "spec" / "seed.gold.json")
    assert (seed.id, seed.published, len(seed.events), len(seed.quotes)) == (
        "000_5e2a7a06ba9dce6f", "2018-12-13", 12, 6)
    assert source_path(seed, shared_dir).name == "000_5e2a7a06ba9dce6f.txt"


class _Ideal:
    """Builds the prediction a perfect extractor would write for a gold document."""

    def __init__(self) -> None:
        self.entities: list[dict[str, object]] = []

    def entity(self, kind: str, name: str, country: str | None = None,
               actor: str | None = None) -> str:
        eid = f"E{len(self.entities) + 1}"
        self.entities.append({"id": eid, "kind": kind, "name": name, "country": country,
                              "actor": actor, "mentions": []})
        return eid

    def event(self, n: int, ev: GoldEvent) -> dict[str, object]:
        args: dict[str, list[str] | str] = {
            role: [self.entity("country", k, k, k) for k in keys] for role, keys in ev.keys.items()}
        a = ev.args
        first_role = next(iter(ev.keys))  # people act in the first key role, as in real output
        args[first_role] = [*args[first_role],
                            *(self.entity("person", p) for p in a.get("persons", ()))]
        args["signatories"] = [self.entity("person", p) for p in a.get("signatories", ())]
        args["place"] = [self.entity("location", p) for p in a.get("place", ())[:1]]
        system = ev.system or a.get("system", ())
        args["system"] = [self.entity("weapon", s) for s in system[:1]]
        for lit in ("subject", "focus", "topic", "name", "order_time", "delivery_time"):
            if lit in a:
                args[lit] = a[lit]
        start = a.get("start", a.get("time"))
        money = a.get("value_usd", a.get("value"))
        return {"id": f"V{n}", "kind": ev.kind, "args": args,
                "time": {"start": start, "end": a.get("end", start), "text": None},
                "status": a.get("status"), "quantity": a.get("quantity"),
                "modality": a.get("modality", "asserted"),
                "value": None if money is None else {"amount": money[0], "currency": money[1]}}


def _ideal_prediction(doc: GoldDoc) -> dict[str, object]:
    ideal = _Ideal()
    events = [ideal.event(n, ev) for n, ev in enumerate(doc.events, 1)]
    quotes = [{"id": f"Q{n}", "text": f"\u201c{q.contains}\u201d",
               "speaker": ideal.entity("person", q.speakers[0]), "span": [0, 1]}
              for n, q in enumerate(doc.quotes, 1)]
    for e in doc.entities:
        ideal.entity(e.kind, e.name, e.country, e.country)
    return {"doc": {"id": doc.id, "text": ""}, "entities": ideal.entities,
            "events": events, "quotes": quotes}


def test_an_ideal_prediction_scores_one_on_every_gold_file(gold_docs: list[GoldDoc]) -> None:
    """Every gold event, argument, quote and entity is reachable by the scoring rules."""
    report = score(gold_docs, {d.id: _ideal_prediction(d) for d in gold_docs})
    metrics = report.metrics()
    wanted = ("events.f1", "args.accuracy", "args.recall", "quotes.f1", "entities.recall")
    assert {k: metrics[k] for k in wanted} == dict.fromkeys(wanted, 1.0), report.table()


@pytest.mark.shared
def test_an_ideal_prediction_scores_one_on_the_seed(shared_dir: Path) -> None:
    seed = load_gold(shared_dir / "spec" / "seed.gold.json")
    metrics = score(seed, {d.id: _ideal_prediction(d) for d in seed}).metrics()
    assert (metrics["events.f1"], metrics["args.accuracy"], metrics["quotes.f1"],
            metrics["entities.recall"]) == (1.0, 1.0, 1.0, 1.0)
