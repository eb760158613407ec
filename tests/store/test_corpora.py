"""The real pipeline into the store: known answers from the seed, consolidation on written and
real articles (development rows only), and SQLite and PostgreSQL agreeing."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import written_corpus

from factwire.api import queries
from factwire.model import Extraction, to_json
from factwire.store import IngestSettings, Store, ingest, open_store, snapshot
from factwire.store.tempserver import TempPostgres

pytestmark = [pytest.mark.slow, pytest.mark.shared]
SEED_DAY = dt.date(2018, 12, 13)
# Development rows of guardian-sample (SPLIT.md) about Sochi: the January 2018 Syrian
# national dialogue congress (announced, then held), and the November 2017 summit. Rows of
# the test part and of the dev-test fold (gold/folds.json) are not used here.
SOCHI_DEV_ROWS = {"589", "622", "637", "649", "680"}


@pytest.fixture(scope="module")
def pipeline(shared_dir: Path) -> None:
    """Skips only where ../shared is absent (``shared_dir``); a pipeline that cannot load fails."""
    from factwire.runner import get_pipeline  # here: importing it loads spaCy

    get_pipeline()


@pytest.fixture
def seeded(pipeline: None, seed_path: Path, tmp_path: Path) -> Store:
    store = open_store(str(tmp_path / "seed.db"))
    summary = ingest(store, [str(seed_path)], IngestSettings(published=SEED_DAY))
    assert (summary.new, summary.rejected) == (1, 0)
    return store


def test_the_seed_answers_what_its_gold_file_says(seeded: Store, seed_path: Path) -> None:
    [meeting] = queries.events(seeded, kind="meeting", between=["IND", "RUS"])
    assert (meeting["place"], meeting["date"]) == ("New Delhi", "2018-12-13")
    [s400] = queries.transfers(seeded, supplier="RUS", recipient="IND", system="S-400")
    assert (s400["number"], s400["value"], s400["currency"], s400["status"]) == (
        5, 5_000_000_000, "USD", "ordered")
    places = {e["place"] for e in queries.events(seeded, kind="exercise")}
    assert {"Jodhpur", "Kalaikunda"} <= places
    said = " ".join(q["quote"] for q in queries.quotes(seeded, speaker="Shoigu"))
    for phrase in ("unprecedented level of trust between our countries",
                   "Our cooperation spreads to the most sensitive spheres"):
        assert phrase in said
    again = ingest(seeded, [str(seed_path)], IngestSettings(published=SEED_DAY))
    assert (again.read, again.new, again.duplicate) == (1, 0, 1)


def _dev_sochi_csv(shared_dir: Path, folder: Path) -> Path:
    """The development rows about Sochi, copied into a temporary CSV of the same shape."""
    source = shared_dir / "corpora" / "guardian-sample" / "Guardian_SDF_sample.csv"
    out = folder / "sochi-dev.csv"
    csv.field_size_limit(1 << 30)
    with source.open(newline="", encoding="utf-8") as src, \
            out.open("w", newline="", encoding="utf-8") as dst:
        rows = csv.reader(src)
        writer = csv.writer(dst)
        writer.writerow(next(rows))
        writer.writerows(row for row in rows if row[0] in SOCHI_DEV_ROWS)
    return out


def test_the_january_2018_sochi_congress_is_one_event(pipeline: None, shared_dir: Path,
                                                      tmp_path: Path) -> None:
    with open_store(str(tmp_path / "sochi.db")) as store:
        ingest(store, [str(_dev_sochi_csv(shared_dir, tmp_path))], IngestSettings())
        congress = [e for e in queries.events(store, kind="meeting", since="2018-01",
                                              until="2018-01", sources=True)
                    if any("Sochi" in s["sentence"] for s in e["sources"])]
        assert len(congress) == 1, [(e["who"], e["date"]) for e in congress]
        assert {s["article"] for s in congress[0]["sources"]} >= {"sochi-dev-637",
                                                                 "sochi-dev-649"}
        # Known gap: row 622 ("Turkey and Iran are co-sponsoring Putin's Syrian dialogue")
        # now names the co-sponsors as parties, which share only Russia with the reports
        # above (Russia, Syria, the opposition), so it stays a separate event of that month.
        summit = queries.events(store, kind="meeting", since="2017-11", until="2017-11",
                                actor="IRN")
        assert [e["id"] for e in summit] != [congress[0]["id"]]


def test_the_written_corpus_consolidates_through_the_pipeline(pipeline: None,
                                                              tmp_path: Path) -> None:
    with open_store(str(tmp_path / "written.db")) as store:
        for name in sorted(written_corpus.load()):
            raw = (written_corpus.DATA / f"{name}.txt").read_text(encoding="utf-8")
            header, text = raw.split("\n", 1)
            path = tmp_path / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            day = dt.date.fromisoformat(header.removeprefix("published: ").strip())
            ingest(store, [str(path)], IngestSettings(published=day))
        canberra = queries.events(store, kind="meeting", place="Canberra")
        assert [e["n_sources"] >= 3 for e in canberra] == [True]
        [deal] = queries.transfers(store, recipient="IND")
        assert (deal["n_sources"], deal["status"], deal["number"]) == (4, "delivered", 5)


def test_sqlite_and_postgresql_agree_on_real_extractions(
        pipeline: None, seed_path: Path, shared_dir: Path, tmp_path: Path,
        pg_server: TempPostgres) -> None:
    from factwire.api import extract_documents  # here: it loads spaCy

    inputs = [str(seed_path), str(_dev_sochi_csv(shared_dir, tmp_path))]
    extracted = tmp_path / "extracted.jsonl"
    with extracted.open("w", encoding="utf-8") as out:
        for item in extract_documents(inputs, published=None):
            if isinstance(item, Extraction):
                out.write(json.dumps(to_json(item), ensure_ascii=False) + "\n")
    snapshots = []
    for db in (str(tmp_path / "x.db"), pg_server.create_database("real_extractions")):
        with open_store(db) as store:
            first = ingest(store, [str(extracted)], IngestSettings(from_json=True))
            again = ingest(store, [str(extracted)], IngestSettings(from_json=True))
            assert (first.new, again.new, again.duplicate) == (6, 0, 6)
            snapshots.append(snapshot(store))
    assert snapshots[0] == snapshots[1]


def test_the_sochi_rows_are_development_rows_outside_the_dev_test_fold(
        shared_dir: Path) -> None:
    """Rows of SPLIT.md's test part or of the held-out fold would make this test depend on
    documents nobody may read."""
    split = (shared_dir / "corpora" / "SPLIT.md").read_text(encoding="utf-8")
    test_part = split[split.index("## test"):].split(";")[0]
    test_rows = set(re.findall(r"\b(\d+)\b", test_part))
    folds = json.loads((Path(__file__).parents[2] / "gold" / "folds.json").read_text(
        encoding="utf-8"))
    held_out = {doc.rsplit("-", 1)[1] for doc in json.dumps(folds["devtest"]).split('"')
                if doc.startswith("Guardian_SDF_sample-")}
    assert held_out, "gold/folds.json names no Guardian rows"
    assert not SOCHI_DEV_ROWS & (test_rows | held_out)
