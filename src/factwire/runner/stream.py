"""From articles already read to a stream of Extraction | Rejected, in input order.

:func:`run_articles` is the one entry every way of running factwire goes through:
``factwire extract``, the local ``factwire ingest`` and the Ray engine's actors all hand it
articles (and rejected documents, passed through in their place) and get results back in
the same order. spaCy batches the statistical pass; a batch that makes the pipeline fail is
retried article by article, so that only the bad article is rejected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from factwire.model import Article, ConfigError, Extraction, FactwireError, Rejected
from factwire.runner.engine import EngineSettings, map_ordered
from factwire.runner.pipeline import get_pipeline

BATCH = 16
Item = Extraction | Rejected


def run_articles(items: Iterable[Article | Rejected], model: str | None = None,
                 batch_size: int = BATCH) -> Iterator[Item]:
    """Extract ``items`` in order; rejected documents come out unchanged in their place.

    A failure no document is to blame for (the model cannot load) raises; any other
    failure rejects the one article that caused it and the run goes on.
    """
    for batch in batches(items, batch_size):
        yield from _run_batch(batch, model, batch_size)


def _run_batch(batch: list[Article | Rejected], model: str | None,
               batch_size: int) -> list[Item]:
    articles = [a for a in batch if isinstance(a, Article)]
    if not articles:
        return [r for r in batch if isinstance(r, Rejected)]  # no model to load
    pipeline = get_pipeline(model)
    try:
        done: Iterator[Item] = iter(list(pipeline.run_many(articles, batch_size=batch_size)))
    except Exception:  # one bad document must not end a long run: retry one by one
        done = iter([_one(article, model) for article in articles])
    return [next(done) if isinstance(item, Article) else item for item in batch]


def _one(article: Article, model: str | None) -> Item:
    try:
        return next(iter(get_pipeline(model).run_many([article], batch_size=1)))
    except Exception as exc:
        why = str(exc) if isinstance(exc, FactwireError) else f"{type(exc).__name__}: {exc}"
        return Rejected(article.origin or article.id, f"extraction failed: {why}")


def extract_batch(batch: Sequence[Article | Rejected], model: str | None = None) -> list[Item]:
    """One batch through :func:`run_articles` (what a worker process or actor runs)."""
    return list(run_articles(batch, model, batch_size=max(1, len(batch))))


class _BatchExtractor:
    """``extract_batch`` with the model bound: a picklable callable for any engine."""

    def __init__(self, model: str | None) -> None:
        self.model = model

    def __call__(self, batch: list[Article | Rejected]) -> list[Item]:
        return extract_batch(batch, self.model)

    def warm(self) -> None:
        get_pipeline(self.model)


def extract_stream(paths: Sequence[str], *, published: date | None = None,
                   model: str | None = None, workers: int = 1, engine: str = "local",
                   address: str | None = None) -> Iterator[Item]:
    """Read and extract everything under ``paths``; rejected documents are passed through.

    ``engine`` is ``local`` (this process, or ``workers`` spawned processes) or ``ray``
    (an actor pool of ``workers`` on a Ray cluster at ``address``, or a local one).
    """
    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    from factwire.ingest import read_inputs  # noqa: PLC0415  (HTML and feed parsers: heavy)

    settings = EngineSettings(engine=engine, workers=workers, address=address)
    fn = _BatchExtractor(model)
    for _, results in map_ordered(fn, batches(read_inputs(paths, published=published)),
                                  settings, warm=fn.warm):
        yield from results


def batches(items: Iterable[Article | Rejected],
            size: int = BATCH) -> Iterator[list[Article | Rejected]]:
    """``items`` in order, cut after every ``size`` articles."""
    batch: list[Article | Rejected] = []
    articles = 0
    for item in items:
        batch.append(item)
        articles += isinstance(item, Article)
        if articles >= size:
            yield batch
            batch, articles = [], 0
    if batch:
        yield batch
