"""The seed and the development parts of the shared corpora (skipped without ../shared)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factwire.ingest import read_inputs
from factwire.model import Article

pytestmark = pytest.mark.shared


def test_seed(seed_path: Path, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "spec" / "seed.gold.json").read_text(encoding="utf-8"))
    (article,) = read_inputs([str(seed_path)])
    assert isinstance(article, Article)
    assert article.id == "000_5e2a7a06ba9dce6f" == gold["id"]
    assert article.text.startswith("New Delhi:- Russian Defense Minister")
    assert article.text.endswith("and will conclude on Friday.")
    for phrase in gold["text_must_exclude"]:
        assert phrase not in article.text
    assert (article.dateline, article.source) == (gold["dateline"], gold["source"])
    assert article.published is None  # the seed file carries no date of its own
    assert article.notes == ()
    assert "\n\n" not in article.text and article.text.count("\n") == 16


def test_seed_with_publication_date(seed_path: Path) -> None:
    (article,) = read_inputs([str(seed_path)], published=dt.date(2018, 12, 13))
    assert isinstance(article, Article) and article.published == dt.date(2018, 12, 13)


def test_defence_press_sidecar(shared_dir: Path) -> None:
    (article,) = read_inputs([str(shared_dir / "corpora" / "defence-press" / "dsca-01.txt")])
    assert isinstance(article, Article)
    assert (article.id, article.published, article.dateline) == (
        "dsca-01", dt.date(2014, 1, 14), "Washington")
    assert article.title == "Singapore - F-16 Block 52 Upgrade"
    assert article.url is not None and article.url.startswith("http://www.dsca.mil/")
    assert article.source is not None and "DSCA" in article.source
    assert article.text.startswith("WASHINGTON, Jan 14, 2014 – The Defense Security")
    assert "Media/Public Contact" not in article.text
    assert article.text.endswith("does not mean the sale has been concluded.")


def test_guardian_sample_rows(shared_dir: Path) -> None:
    path = shared_dir / "corpora" / "guardian-sample" / "Guardian_SDF_sample.csv"
    results = list(read_inputs([str(path)]))
    articles = {r.id: r for r in results if isinstance(r, Article)}
    assert len(articles) == len(results) == 249
    first = articles["Guardian_SDF_sample-3"]  # a development row
    assert (first.published, first.source, first.origin) == (
        dt.date(2019, 4, 10), "Guardian", f"{path}:2")
