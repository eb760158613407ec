"""Words per second of factwire extraction against plain spaCy, on the same text, in one process.

    .venv/bin/python bench/speed.py [--limit N] [--repeat 2] [--shared ../shared]

The baseline is ``nlp.pipe`` with every component of the same model (tagger, parser, NER, ...).
A second baseline gives that plain pipeline factwire's matrix product (``factwire.nlp.matmul``)
too, to show how much of the ratio comes from the rest of factwire's work.
factwire runs its full extraction (entities, quotes, events) on the same cleaned articles.
Prints both rates, their ratio (factwire / spaCy; above 1.0 means factwire is faster) and the
peak memory of the process. The runs alternate, and the best of ``--repeat`` counts for each.

Two clocks: wall time, and the CPU time of this process (``time.process_time``). On a machine
shared with other work the wall-time ratio swings with the neighbours' load (1.1 to 2.4 on the
same code); the CPU-time ratio is what the code costs, and is the figure to compare.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from typing import Any

import guardian  # the sibling module: scripts run as `python bench/NAME.py`


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    guardian.add_arguments(ap, limit=0, limit_help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    args = ap.parse_args()
    articles = guardian.articles(args)
    if articles is None:
        return 1

    import spacy  # noqa: PLC0415  (after argument parsing: --help stays fast)

    from factwire.nlp.matmul import use_numpy_matmul  # noqa: PLC0415
    from factwire.runner.pipeline import get_pipeline  # noqa: PLC0415

    texts = [a.text for a in articles]
    pipeline = get_pipeline()
    baseline = spacy.load(_model_name())
    words = _count_words(baseline, texts)
    print(f"articles: {len(texts)}  words: {words}  model: {_model_name()}")

    same_matmul = spacy.load(_model_name())
    use_numpy_matmul(same_matmul)
    spacy_t, fw_t, fair_t = [float("inf")] * 2, [float("inf")] * 2, [float("inf")] * 2
    for _ in range(args.repeat):
        spacy_t = _best(spacy_t, _time(lambda: list(baseline.pipe(texts, batch_size=32))))
        fw_t = _best(fw_t, _time(lambda: list(pipeline.run_many(articles, batch_size=32))))
        fair_t = _best(fair_t, _time(lambda: list(same_matmul.pipe(texts, batch_size=32))))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for clock, k in (("wall", 0), ("cpu", 1)):
        spacy_wps, fw_wps, fair_wps = words / spacy_t[k], words / fw_t[k], words / fair_t[k]
        print(f"[{clock:4}] spaCy nlp.pipe (all components): {spacy_wps:8.0f} words/s "
              f"({spacy_t[k]:.2f} s)  factwire: {fw_wps:8.0f} words/s ({fw_t[k]:.2f} s)  "
              f"ratio factwire/spaCy: {fw_wps / spacy_wps:.2f}  (against spaCy with "
              f"factwire's matrix product: {fw_wps / fair_wps:.2f})")
    print(f"peak memory (RSS): {peak_mb:.0f} MiB")
    return 0


def _model_name() -> str:
    from factwire.nlp.loader import model_name  # noqa: PLC0415

    return model_name(None)


def _count_words(nlp: Any, texts: list[str]) -> int:
    return sum(sum(1 for t in doc if not (t.is_punct or t.is_space))
               for doc in nlp.tokenizer.pipe(texts))


def _time(fn: Any) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _best(best: list[float], new: tuple[float, float]) -> list[float]:
    return [min(b, n) for b, n in zip(best, new, strict=True)]


if __name__ == "__main__":
    sys.exit(main())
