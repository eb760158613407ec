"""HTML body extraction quality and speed on the article-extraction benchmark.

Usage (from the repository root)::

    .venv/bin/python bench/html_extraction.py [--corpus DIR] [--limit N] [--bootstrap N]

The corpus is ``corpora/article-extraction-benchmark`` of the shared folder (181 gzipped
pages and ``ground-truth.json``). The metric is the benchmark's own (its ``evaluate.py``):
texts are split into ``\\w+`` tokens, each text becomes a multiset of 4-token shingles, and
per page TP/FP/FN are the shingle counts in both / only in the prediction / only in the
gold ``articleBody``, normalised to sum to 1. Precision is the mean over pages that
predicted something, recall the mean over pages whose gold is not empty, and F1 is computed
from those two means. The ± is 1.96 standard deviations over bootstrap resamples of pages.

Rows: trafilatura in each ``html_mode`` without fallback (the library alone), and the
factwire HTML reader as it runs (the default mode with fallback, the repeated headline
dropped, furniture removed, the sentence check; a rejected page counts as empty).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tabulate import tabulate

from factwire.ingest import IngestOptions, extract_html
from factwire.ingest.build import DocMeta
from factwire.ingest.htmlpage import html_article
from factwire.ingest.options import HTML_MODES
from factwire.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTWIRE_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpora" / "article-extraction-benchmark"
_TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]
Extractor = Callable[[str], str]


@dataclass
class Row:
    """Per-page results of one setting."""

    name: str
    extract: Extractor
    counts: list[Counts]
    seconds: float = 0.0


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles; a text shorter than ``n`` is one shingle."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_counts(gold: str, predicted: str) -> Counts:
    """TP, FP, FN of shingles for one page, normalised to sum to 1."""
    true, pred = shingles(gold), shingles(predicted)
    tp = float(sum((true & pred).values()))
    fp = float(sum(pred.values())) - tp
    fn = float(sum(true.values())) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: Sequence[Counts]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pages, as the benchmark averages them."""
    p = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def intervals(counts: Sequence[Counts], rounds: int,
              seed: int = 0) -> tuple[float, float, float]:
    """1.96 standard deviations of P, R and F1 over bootstrap resamples of the pages."""
    if rounds < 2:
        return 0.0, 0.0, 0.0
    rng = random.Random(seed)
    samples = [scores([counts[rng.randrange(len(counts))] for _ in counts])
               for _ in range(rounds)]
    return tuple(1.96 * statistics.stdev(s[k] for s in samples)  # type: ignore[return-value]
                 for k in range(3))


def paired_difference(counts: Sequence[Counts], other: Sequence[Counts], rounds: int,
                      seed: int = 0) -> tuple[float, float]:
    """F1 of ``counts`` minus F1 of ``other`` on the same pages, with 1.96 standard
    deviations over paired bootstrap resamples (as the benchmark's --bootstrap-differences)."""
    delta = scores(counts)[2] - scores(other)[2]
    if rounds < 2:
        return delta, 0.0
    rng = random.Random(seed)
    diffs = []
    for _ in range(rounds):
        picks = [rng.randrange(len(counts)) for _ in counts]
        diffs.append(scores([counts[i] for i in picks])[2] - scores([other[i] for i in picks])[2])
    return delta, 1.96 * statistics.stdev(diffs)


def _library(mode: str) -> Extractor:
    def run(html: str) -> str:
        found = extract_html(html, mode=mode, fallback=False)  # type: ignore[arg-type]
        return found.text if found else ""
    return run


def _reader(options: IngestOptions) -> Extractor:
    def run(html: str) -> str:
        result = html_article(html, DocMeta(id="page", origin="bench"), options)
        return result.text if isinstance(result, Article) else ""
    return run


def load(corpus: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(page id, html, gold body) for every page of the benchmark, sorted by id."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        with gzip.open(corpus / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
            pages.append((key, f.read(), truth[key].get("articleBody", "")))
    return pages


def run(pages: list[tuple[str, str, str]], rows: list[Row]) -> None:
    """Every setting on every page; the order of settings rotates per page so that no
    setting always runs first (cold caches) and timing stays fair."""
    for _, html, _ in pages[:5]:  # warm-up: imports, lxml and trafilatura caches
        for row in rows:
            row.extract(html)
    for index, (_, html, gold) in enumerate(pages):
        shift = index % len(rows)
        for row in rows[shift:] + rows[:shift]:
            start = time.perf_counter()
            predicted = row.extract(html)
            row.seconds += time.perf_counter() - start
            row.counts.append(page_counts(gold, predicted))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--bootstrap", type=int, default=1000, help="resamples for the ±")
    args = parser.parse_args(argv)
    if not (args.corpus / "ground-truth.json").is_file():
        print(f"{args.corpus}: no ground-truth.json; give --corpus", file=sys.stderr)
        return 2
    pages = load(args.corpus, args.limit)
    rows = [Row(f"trafilatura {mode}", _library(mode), []) for mode in HTML_MODES]
    reader = IngestOptions()
    rows.append(Row(f"factwire reader ({reader.html_mode}+fallback, cleaned)",
                    _reader(reader), []))
    run(pages, rows)
    baseline = next(row for row in rows if row.name == "trafilatura default")
    table = []
    for row in rows:
        (p, r, f1), (pe, re_, fe) = scores(row.counts), intervals(row.counts, args.bootstrap)
        delta, de = paired_difference(row.counts, baseline.counts, args.bootstrap)
        table.append([row.name, f"{p:.3f} ± {pe:.3f}", f"{r:.3f} ± {re_:.3f}",
                      f"{f1:.3f} ± {fe:.3f}", f"{delta:+.3f} ± {de:.3f}",
                      f"{1000 * row.seconds / len(pages):.1f}"])
    print(f"{len(pages)} pages; Python {platform.python_version()}, {os.cpu_count()} cores")
    print(tabulate(table, headers=["setting", "precision", "recall", "F1",
                                   "F1 vs default (paired)", "ms/page"], tablefmt="github"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
