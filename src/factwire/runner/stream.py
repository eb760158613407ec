"""From input paths to a stream of Extraction | Rejected, in input order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from factwire.ingest import read_inputs
from factwire.model import Article, Extraction, Rejected
from factwire.runner.pipeline import Pipeline, get_pipeline

BATCH = 16


def extract_stream(paths: Sequence[str], *, published: date | None = None,
                   model: str | None = None) -> Iterator[Extraction | Rejected]:
    """Read and extract everything under ``paths``; rejected documents are passed through.

    Articles are batched for spaCy; a rejected document is yielded in its place in the order.
    """
    pipeline = get_pipeline(model)
    pending: list[Article | Rejected] = []
    for item in read_inputs(paths, published=published):
        pending.append(item)
        if sum(isinstance(p, Article) for p in pending) >= BATCH:
            yield from _flush(pipeline, pending)
            pending = []
    yield from _flush(pipeline, pending)


def _flush(pipeline: Pipeline,
           pending: list[Article | Rejected]) -> Iterator[Extraction | Rejected]:
    articles = [p for p in pending if isinstance(p, Article)]
    results = iter(pipeline.run_many(articles))
    for item in pending:
        yield next(results) if isinstance(item, Article) else item
