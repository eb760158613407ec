"""From input paths to a stream of Extraction | Rejected, in input order.

One process batches articles for spaCy; with ``workers`` > 1, batches go to a pool of worker
processes that each load the pipeline once, and results come back in input order.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from factwire.ingest import read_inputs
from factwire.model import Article, ConfigError, Extraction, Rejected
from factwire.runner.lifeline import watch_parent
from factwire.runner.pipeline import get_pipeline

BATCH = 16
Item = Extraction | Rejected


def extract_stream(paths: Sequence[str], *, published: date | None = None,
                   model: str | None = None, workers: int = 1) -> Iterator[Item]:
    """Read and extract everything under ``paths``; rejected documents are passed through."""
    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    batches = _batches(read_inputs(paths, published=published))
    if workers == 1:
        for batch in batches:
            yield from extract_batch(batch, model)
        return
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_warm,
                                initargs=(model, os.getpid())) as pool:
        pending: list[cf.Future[list[Item]]] = []
        for batch in batches:
            pending.append(pool.submit(extract_batch, batch, model))
            while len(pending) > 2 * workers:  # bounded look-ahead keeps memory flat
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def extract_batch(batch: list[Article | Rejected], model: str | None = None) -> list[Item]:
    """Extract the articles of one batch, keeping rejected documents in their place."""
    articles = [a for a in batch if isinstance(a, Article)]
    results: Iterator[Item] = iter(get_pipeline(model).run_many(articles, batch_size=BATCH))
    return [next(results) if isinstance(item, Article) else item for item in batch]


def _batches(items: Iterable[Article | Rejected]) -> Iterator[list[Article | Rejected]]:
    batch: list[Article | Rejected] = []
    articles = 0
    for item in items:
        batch.append(item)
        articles += isinstance(item, Article)
        if articles >= BATCH:
            yield batch
            batch, articles = [], 0
    if batch:
        yield batch


def _warm(model: str | None, parent: int) -> None:
    """Load the pipeline once per worker, before its first batch; end with the parent."""
    watch_parent(parent)
    get_pipeline(model)
