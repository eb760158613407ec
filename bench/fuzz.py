"""Fuzzing campaign: hostile synthetic inputs through the readers and the whole pipeline.

Every input is generated here from a seeded random source (no corpus text is read), written
as one of the input formats (plain text, HTML, JSON Lines, CSV) or passed to
``extract_text``, then read and extracted. It counts:

- crashes: an exception escaping a reader or ``extract_text`` other than the documented
  ``InputError`` rejection, or a document rejected because a component failed;
- span violations: a span outside ``doc.text`` or not covering its own text
  (:func:`factwire.runner.checks.span_violations`).

Usage: ``.venv/bin/python bench/fuzz.py --inputs 10000 --seed 1`` (figures for
``bench/RESULTS.md``); ``--show`` prints each failure with the input that caused it.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from factwire.api import extract_text
from factwire.ingest import read_inputs
from factwire.model import Article, Extraction, InputError, Rejected
from factwire.runner import get_pipeline
from factwire.runner import pipeline as pipeline_module
from factwire.runner.checks import span_violations

NAMES = ["Vladimir Putin", "Narendra Modi", "Sergei Shoigu", "Jens Stoltenberg", "Modi",
         "the Indian Defence Ministry", "the armed forces", "the US Air Force", "NATO",
         "Russia", "India", "China", "the United States", "Pakistan", "Lockheed Martin"]
VERBS = ["met", "signed a deal with", "called", "visited", "sold 20 F-16 jets to",
         "agreed to buy S-400 missiles from", "warned", "imposed sanctions on", "said of"]
TAILS = ["in Sochi on Monday", "last week", "on 3 December 2018", "for $5.4bn", "", "in 2020",
         "after talks", "by the armed forces", "next year"]
HOSTILE = ["\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\x85", "\x9c", "\u200b", "\u200d",
           "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\u0301", "\U0001f600", "\t",
           "\r", "\r\n", "\u2028", '"', "\u201c", "\u201d", "'", "<", ">", "&", "&amp;", ",",
           "\\", "{", "}", "\n\n", " " * 50, "x" * 300, "=HYPERLINK(\"http://x\")"]
FORMATS = ("text", "txt", "html", "jsonl", "csv")


def sentence(rng: random.Random) -> str:
    subject, obj = rng.choice(NAMES), rng.choice(NAMES)
    text = f"{subject[0].upper()}{subject[1:]} {rng.choice(VERBS)} {obj} {rng.choice(TAILS)}"
    if rng.random() < 0.3:
        text = f'"We will respond," {text} said'
    return text.strip() + rng.choice([".", ".", ".", "", "!", ":", ","])


def mutate(text: str, rng: random.Random) -> str:
    """A few random insertions, deletions, duplications or a truncation."""
    for _ in range(rng.randint(0, 6)):
        where = rng.randint(0, len(text))
        roll = rng.random()
        if roll < 0.5:
            text = text[:where] + rng.choice(HOSTILE) + text[where:]
        elif roll < 0.7:
            text = text[:where] + text[where + rng.randint(1, 20):]
        elif roll < 0.85:
            piece = text[where:where + rng.randint(1, 200)]
            text = text[:where] + piece * rng.randint(2, 5) + text[where:]
        else:
            text = text[:where]  # a truncated summary ends anywhere
    return text


def article_text(rng: random.Random) -> str:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
                  for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.02:
        paragraphs *= rng.randint(10, 60)  # repeated paragraphs
    return mutate("\n\n".join(paragraphs), rng)


def html_page(text: str, rng: random.Random) -> str:
    depth = rng.choice([0, 3, 50, 300, 1000])
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    nested = "<div>" * depth + body + "</div>" * rng.choice([depth, 0, depth // 2])
    year = rng.choice(["", "<footer>2020</footer>", "<time datetime='9999-99-99'>x</time>"])
    return mutate(f"<html><head><title>{text[:40]}</title></head><body>{nested}{year}"
                  "</body></html>", rng) if rng.random() < 0.3 else (
        f"<html><head><title>{text[:40]}</title></head><body>{nested}{year}</body></html>")


def jsonl_file(texts: list[str], rng: random.Random) -> str:
    lines = []
    for i, text in enumerate(texts):
        record = {"id": f"d{i}", "text": text,
                  "published": rng.choice([None, "2018-12-13", "99999-99-99", "yesterday"])}
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        lines.append(mutate(line, rng) if rng.random() < 0.2 else line)
    return "\n".join(lines) + "\n"


def csv_file(texts: list[str], rng: random.Random) -> str:
    rows = ["id,text,published"]
    for i, text in enumerate(texts):
        quoted = '"' + text.replace('"', '""') + '"' if rng.random() < 0.8 else text
        rows.append(f"d{i},{quoted},2018-12-13")
    return mutate("\n".join(rows), rng) if rng.random() < 0.2 else "\n".join(rows)


class Tally:
    """Counts of inputs, outcomes and failures (with the first few failures kept)."""

    def __init__(self, show: bool) -> None:
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []
        self.show = show

    def fail(self, kind: str, detail: str, given: str) -> None:
        self.counts[kind] += 1
        if len(self.failures) < 20:
            self.failures.append(f"{kind}: {detail}\n  input: {given[:300]!r}")
        if self.show:
            print(f"{kind}: {detail}\n  input: {given[:300]!r}", file=sys.stderr)

    def extraction(self, result: Extraction, given: str) -> None:
        self.counts["extracted"] += 1
        for problem in span_violations(result):
            self.fail("span violation", problem, given)


def run_one(rng: random.Random, fmt: str, folder: Path, tally: Tally) -> None:
    """Generate one input in ``fmt``, read and extract it, and count what happened."""
    texts = [article_text(rng) for _ in range(1 if fmt in ("text", "txt", "html") else 2)]
    if fmt == "text":
        try:
            tally.extraction(extract_text(texts[0]), texts[0])
        except InputError:
            tally.counts["rejected"] += 1
        return
    path = folder / f"input.{fmt}"
    content = {"txt": texts[0], "html": html_page(texts[0], rng),
               "jsonl": jsonl_file(texts, rng), "csv": csv_file(texts, rng)}[fmt]
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    docs = list(read_inputs([str(path)]))
    articles = [d for d in docs if isinstance(d, Article)]
    tally.counts["rejected"] += len(docs) - len(articles)
    for item in get_pipeline().run_many(articles):
        if isinstance(item, Rejected):
            tally.fail("crash", item.reason, content)
        else:
            tally.extraction(item, content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rng, tally = random.Random(args.seed), Tally(args.show)
    started = time.perf_counter()
    get_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.inputs):
            fmt = FORMATS[i % len(FORMATS)]
            # every fourth input is parsed in 1,500-character sections, so that the joining
            # of sections is exercised without megabyte inputs
            pipeline_module.SECTION_CHARS = 1_500 if i % 4 == 3 else 100_000
            try:
                run_one(rng, fmt, Path(tmp), tally)
            except Exception:  # a crash is what is being counted
                tally.fail("crash", traceback.format_exc(limit=3), fmt)
            tally.counts[f"inputs ({fmt})"] += 1
            if (i + 1) % 1000 == 0:
                print(f"{i + 1} inputs, {tally.counts['crash']} crashes, "
                      f"{tally.counts['span violation']} span violations, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    print(f"inputs: {args.inputs} (seed {args.seed})")
    for key in sorted(tally.counts):
        print(f"{key}: {tally.counts[key]}")
    print(f"crashes: {tally.counts['crash']}; span violations: {tally.counts['span violation']}")
    print(f"time: {seconds:.0f} s; machine: {platform.machine()}, Python "
          f"{platform.python_version()}, {platform.system()}")
    for failure in tally.failures:
        print(failure)


if __name__ == "__main__":
    main()
