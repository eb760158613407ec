"""Words per second of factwire extraction against plain spaCy, on the same text, in one process.

    .venv/bin/python bench/speed.py [--limit N] [--repeat 2] [--shared ../shared]

The baseline is ``nlp.pipe`` with every component of the same model (tagger, parser, NER, ...).
factwire runs its full extraction (entities, quotes, events) on the same cleaned articles.
Prints both rates, their ratio (factwire / spaCy; above 1.0 means factwire is faster) and the
peak memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    args = ap.parse_args()
    folder = Path(args.shared) / "corpora" / "guardian-sample"
    if not folder.is_dir():
        print(f"{folder} is absent: the benchmark needs ../shared/corpora/guardian-sample")
        return 1

    import spacy  # noqa: PLC0415  (after argument parsing: --help stays fast)

    from factwire.ingest import read_inputs  # noqa: PLC0415
    from factwire.model import Article  # noqa: PLC0415
    from factwire.runner.pipeline import get_pipeline  # noqa: PLC0415

    articles = [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]
    if args.limit:
        articles = articles[: args.limit]
    texts = [a.text for a in articles]
    pipeline = get_pipeline()
    baseline = spacy.load(_model_name())
    words = _count_words(baseline, texts)
    print(f"articles: {len(texts)}  words: {words}  model: {_model_name()}")

    best_spacy = best_fw = float("inf")
    for _ in range(args.repeat):
        best_spacy = min(best_spacy, _time(lambda: list(baseline.pipe(texts, batch_size=32))))
        best_fw = min(best_fw, _time(lambda: list(pipeline.run_many(articles, batch_size=32))))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    spacy_wps, fw_wps = words / best_spacy, words / best_fw
    print(f"spaCy nlp.pipe (all components): {spacy_wps:10.0f} words/s  ({best_spacy:.2f} s)")
    print(f"factwire extraction:             {fw_wps:10.0f} words/s  ({best_fw:.2f} s)")
    print(f"ratio factwire/spaCy: {fw_wps / spacy_wps:.2f}")
    print(f"peak memory (RSS): {peak_mb:.0f} MiB")
    return 0


def _model_name() -> str:
    from factwire.nlp.loader import model_name  # noqa: PLC0415

    return model_name(None)


def _count_words(nlp: Any, texts: list[str]) -> int:
    return sum(sum(1 for t in doc if not (t.is_punct or t.is_space))
               for doc in nlp.tokenizer.pipe(texts))


def _time(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
