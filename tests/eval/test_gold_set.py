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
from factwire.eval.agreement import gold_as_prediction
from factwire.eval.gold import GoldDoc
from factwire.eval.match import fold_quote_text, tokens
from factwire.eval.sources import csv_row_text, source_path
from factwire.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold"
FOLDS = ("dev", "devtest", "agreement")  # rule-writing fold, held-out fold, second annotator


def _load(fold: str) -> list[GoldDoc]:
    folder = GOLD / fold
    return load_gold(folder) if any(folder.glob("*.gold.json")) else []


@pytest.fixture(scope="module")
def gold_docs() -> list[GoldDoc]:
    """Every gold file of every fold (the checks below hold for all of them)."""
    return [d for fold in FOLDS for d in _load(fold)]


def test_gold_set_size_and_mix() -> None:
    docs = _load("dev")
    corpora = [d.corpus.split("/")[0] for d in docs if d.corpus]
    assert len(docs) >= 24
    assert corpora.count("defence-press") >= 12
    assert corpora.count("guardian-sample") >= 12
    for doc in [d for fold in FOLDS for d in _load(fold)]:
        assert doc.path.name == f"{doc.id}.gold.json"
        assert doc.published is not None, doc.id


def test_the_devtest_fold_is_kept_apart() -> None:
    """Dev-test gold annotates only fold documents, and no fold document is in gold/dev;
    the second annotator's files re-annotate gold/dev documents only."""
    fold = set(json.loads((GOLD / "folds.json").read_text(encoding="utf-8"))["devtest"])
    assert len(fold) >= 60
    dev, devtest = {d.id for d in _load("dev")}, {d.id for d in _load("devtest")}
    assert devtest <= fold
    assert not dev & fold
    assert {d.id for d in _load("agreement")} <= dev


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


def _org_forms(name: str) -> list[str]:
    """An organisation's name and the gazetteer's other names for it ("Isis" is the Islamic
    State): the scorer matches organisations through the gazetteer too."""
    org = load_gazetteer().organization(name)
    return [name] if org is None else [name, org.id, org.name, *org.aliases]


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
            if all(_absent(s, True, words) for s in q.speakers):  # alternatives: one suffices
                problems.append(f"{doc.id}: speaker {q.speakers!r}")
        problems += [f"{doc.id}: text_must_exclude {s!r} is not in the source"
                     for s in doc.text_must_exclude if s not in text]
        for e in doc.entities:
            forms = _org_forms(e.name) if e.kind == "organization" else [e.name]
            if e.kind != "country" and all(_absent(f, e.kind == "person", words) for f in forms):
                problems.append(f"{doc.id}: entity {e.name!r}")
        for ev in doc.events:
            for role in ("persons", "signatories"):
                problems += [f"{doc.id}: {ev.where}.{role} {v!r}" for v in ev.args.get(role, ())
                             if _absent(v, True, words)]
            places = ev.args.get("place", ())
            if places and all(_absent(v, False, words) for v in places):  # any place matches
                problems.append(f"{doc.id}: {ev.where}.place {places!r}")
    assert problems == []


@pytest.mark.shared
def test_seed_gold_loads(shared_dir: Path) -> None:
    (seed,) = load_gold(shared_dir / "spec" / "seed.gold.json")
    assert (seed.id, seed.published, len(seed.events), len(seed.quotes)) == (
        "000_5e2a7a06ba9dce6f", "2018-12-13", 12, 6)
    assert source_path(seed, shared_dir).name == "000_5e2a7a06ba9dce6f.txt"


@pytest.mark.parametrize("fold", FOLDS)
def test_an_ideal_prediction_scores_one_on_every_gold_file(fold: str) -> None:
    """Every gold event, argument, quote and entity is reachable by the scoring rules (per
    fold: the second annotator's files share their ids with gold/dev)."""
    docs = _load(fold)
    report = score(docs, {d.id: gold_as_prediction(d, "") for d in docs})
    metrics = report.metrics()
    wanted = ("events.f1", "args.accuracy", "args.recall", "quotes.f1", "entities.recall")
    assert {k: metrics[k] for k in wanted} == dict.fromkeys(wanted, 1.0), report.table()


@pytest.mark.shared
def test_an_ideal_prediction_scores_one_on_the_seed(shared_dir: Path) -> None:
    seed = load_gold(shared_dir / "spec" / "seed.gold.json")
    metrics = score(seed, {d.id: gold_as_prediction(d, "") for d in seed}).metrics()
    assert (metrics["events.f1"], metrics["args.accuracy"], metrics["quotes.f1"],
            metrics["entities.recall"]) == (1.0, 1.0, 1.0, 1.0)
