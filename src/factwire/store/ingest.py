"""``factwire ingest``: documents in, one committed transaction per article.

Extraction (CPU-bound spaCy work) runs through ``factwire.runner.engine``: in this process,
in worker processes started with ``spawn``, or on a Ray actor pool (``engine="ray"``); this
process is the single writer and commits each article, with its entities, events, quotes
and the consolidation update, in one transaction, in input order. So:

- re-ingesting adds nothing (an article whose content hash is stored is skipped, before
  extraction when the text is known up front);
- a kill at any moment loses at most the article being written, and a re-run ends with the
  same database as one uninterrupted run;
- a full disk or a locked database stops the run with a clear message and nothing
  half-written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from factwire.model import Article, Extraction, FactwireError, InputError, Rejected
from factwire.runner.engine import EngineSettings, WorkerError, map_ordered
from factwire.store import schema as t
from factwire.store.consolidate import reconsolidate
from factwire.store.engine import Store
from factwire.store.errors import StoreError
from factwire.store.jobs import AnyJob, ArticleJob, JsonJob, expand_json, run_job, warm_up
from factwire.store.writer import write_extraction, write_rejected

Job = AnyJob
Progress = Callable[[int], None]
Extract = Callable[[Job, dt.date | None, str | None], list[Extraction | Rejected]]
REASON_WIDTH = 120
BATCH = 4  # articles per extraction job: spaCy batches them; small jobs balance workers


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """How to ingest: ``workers`` extraction processes (1 runs in this process), or Ray
    actors with ``engine="ray"`` on the cluster at ``address`` (none: a local one);
    ``from_json`` reads ``factwire extract --format jsonl`` output instead of raw articles;
    ``published`` is passed to the reader (``factwire.ingest.read_inputs``), or with
    ``from_json`` dates the documents that have no date (their times are already resolved)."""

    workers: int = 1
    from_json: bool = False
    published: dt.date | None = None
    model: str | None = None
    force: bool = False  # extract stored articles again and replace them
    engine: str = "local"
    address: str | None = None

    def engine_settings(self) -> EngineSettings:
        return EngineSettings(engine=self.engine, workers=self.workers, address=self.address)


@dataclass(slots=True)
class IngestSummary:
    """What one run did; :meth:`rows` is what ``factwire ingest`` prints."""

    run_id: int
    documents: int = 0
    read: int = 0
    new: int = 0
    duplicate: int = 0
    replaced: int = 0
    rejected: int = 0
    events: int = 0
    quotes: int = 0
    seconds: float = 0.0
    status: str = "running"
    reasons: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)

    def rows(self) -> list[dict[str, Any]]:
        shown = ("read", "new", "duplicate", *(("replaced",) if self.replaced else ()),
                 "rejected", "events", "quotes")
        rows: list[dict[str, Any]] = [{"what": k, "count": getattr(self, k)} for k in shown]
        rows += [{"what": f"rejected: {reason}", "count": n}
                 for reason, n in sorted(self.reasons.items(), key=lambda x: (-x[1], x[0]))]
        return rows


def ingest(store: Store, paths: Sequence[str], settings: IngestSettings = IngestSettings(), *,
           progress: Progress | None = None, on_start: Callable[[int], None] | None = None,
           extract: Extract | None = None) -> IngestSummary:
    """Ingest every document under ``paths`` into ``store`` and return the run's summary.

    ``on_start`` receives the number of documents (for a progress bar) and ``progress``
    how many more are done. ``extract`` replaces the extraction step (``run_job``; it must
    be a picklable top-level function when ``settings.workers > 1``).
    """
    if settings.workers < 1:
        raise FactwireError(f"--workers {settings.workers}: give 1 or more processes")
    settings.engine_settings().check()
    documents = _documents(paths, settings)
    summary = IngestSummary(run_id=_start_run(store, paths, settings), documents=len(documents))
    if on_start is not None:
        on_start(len(documents))
    started = time.monotonic()
    try:
        jobs = _batches(store, documents, summary, progress, settings)
        for job, results in _extracted(jobs, settings, extract or run_job):
            for result in results:
                _write(store, result, summary)
            if progress is not None:
                progress(len(job.articles) if isinstance(job, ArticleJob) else 1)
    except BaseException as exc:
        summary.seconds = time.monotonic() - started
        status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
        _finish_run(store, summary, status, str(exc) or type(exc).__name__)
        raise
    if summary.replaced:
        with store.write() as conn:  # the replaced articles' old reports left their events
            reconsolidate(conn)
    summary.seconds = time.monotonic() - started
    _finish_run(store, summary, "done", None)
    return summary


def _documents(paths: Sequence[str],
               settings: IngestSettings) -> list[Article | Rejected | JsonJob]:
    """Everything to ingest, read up front (cheap next to NLP) so progress has a total."""
    if not paths:
        raise InputError("no PATH given: name files or folders to ingest")
    if settings.from_json:
        return list(expand_json(paths))
    from factwire.ingest import read_inputs  # noqa: PLC0415  (HTML and feed parsers: heavy)

    return list(read_inputs(paths, published=settings.published))


def _batches(store: Store, documents: list[Article | Rejected | JsonJob],
             summary: IngestSummary, progress: Progress | None,
             settings: IngestSettings) -> Iterator[Job]:
    """Jobs in input order; articles already stored count as duplicates, unextracted,
    unless ``--force`` or a new publication date asks for them to be replaced."""
    batch: list[Article] = []
    for doc in documents:
        if not isinstance(doc, Article):
            yield doc
            continue
        with store.read() as conn:
            known = conn.execute(sa.select(t.article.c.id, t.article.c.published).where(
                t.article.c.content_hash == doc.content_hash)).first()
        if known is not None and _replace(settings, doc, known.published):
            with store.write() as conn:  # its entities, reports and quotes go with it
                conn.execute(sa.delete(t.article).where(t.article.c.id == known.id))
            summary.replaced += 1
            known = None
        if known is not None:
            summary.read += 1
            summary.duplicate += 1
            if progress is not None:
                progress(1)
            continue
        batch.append(doc)
        if len(batch) == BATCH:
            yield ArticleJob(tuple(batch))
            batch = []
    if batch:
        yield ArticleJob(tuple(batch))


def _replace(settings: IngestSettings, doc: Article, stored: dt.date | None) -> bool:
    """Whether a stored article is extracted again: on ``--force``, or when the run gives
    it another publication date (relative dates resolve against it)."""
    return settings.force or (settings.published is not None and doc.published != stored)


def _extracted(jobs: Iterator[Job], settings: IngestSettings,
               extract: Extract) -> Iterator[tuple[Job, list[Extraction | Rejected]]]:
    """Results in input order from the chosen engine; the writer stays in this process."""
    bound = _Bound(extract, settings.published, settings.model)
    warm = None if settings.from_json or extract is not run_job else bound.warm
    try:
        yield from map_ordered(bound, jobs, settings.engine_settings(), warm=warm)
    except WorkerError as exc:
        raise StoreError(f"{exc}; articles committed so far are kept", reason="worker") from exc


@dataclass(frozen=True, slots=True)
class _Bound:
    """``extract`` with the run's options bound: the one picklable function every engine
    applies to a job."""

    extract: Extract
    published: dt.date | None
    model: str | None

    def __call__(self, job: Job) -> list[Extraction | Rejected]:
        return self.extract(job, self.published, self.model)

    def warm(self) -> None:
        """Load the pipeline in a worker before its first job (errors wait for that job);
        not used with ``--from-json``, which needs no NLP."""
        warm_up(self.model)


def _write(store: Store, result: Extraction | Rejected, summary: IngestSummary) -> None:
    summary.read += 1
    with store.write() as conn:
        if isinstance(result, Rejected):
            write_rejected(conn, result, run_id=summary.run_id)
        else:
            written = write_extraction(conn, result, run_id=summary.run_id)
            if written.status != "duplicate" and result.article.notes:
                conn.execute(sa.update(t.article).where(
                    t.article.c.content_hash == result.article.content_hash).values(
                    notes=json.dumps(list(result.article.notes), ensure_ascii=False)))
    if isinstance(result, Extraction):
        where = result.article.origin or result.article.id
        summary.notes += [f"{where}: {note}" for note in result.article.notes]
    if isinstance(result, Rejected):
        summary.rejected += 1
        summary.rejections.append(result.describe())
        reason = " ".join(result.reason.split())
        summary.reasons[reason if len(reason) <= REASON_WIDTH
                        else reason[: REASON_WIDTH - 1] + "…"] += 1
    elif written.status == "duplicate":
        summary.duplicate += 1
    else:
        summary.new += 1
        summary.events += written.events
        summary.quotes += written.quotes


def _start_run(store: Store, paths: Sequence[str], settings: IngestSettings) -> int:
    """Log the run, and mark runs of this host whose process is gone as interrupted."""
    host, run = socket.gethostname(), t.ingest_run
    options = {k: (v.isoformat() if isinstance(v, dt.date) else v)
               for k, v in dataclasses.asdict(settings).items()}
    with store.write() as conn:
        stale = conn.execute(sa.select(run.c.id, run.c.pid).where(
            run.c.status == "running", run.c.host == host)).all()
        dead = [r.id for r in stale if r.pid is None or not _alive(r.pid)]
        if dead:
            conn.execute(sa.update(run).where(run.c.id.in_(dead)).values(
                status="interrupted", message="the process stopped before the run finished"))
        return int(conn.execute(sa.insert(run).values(
            started_at=_now(), status="running", host=host, pid=os.getpid(),
            paths=json.dumps(list(paths)), options=json.dumps(options, sort_keys=True),
        ).returning(run.c.id)).scalar_one())


def _finish_run(store: Store, summary: IngestSummary, status: str, message: str | None) -> None:
    summary.status = status
    try:
        with store.write() as conn:
            conn.execute(sa.update(t.ingest_run).where(t.ingest_run.c.id == summary.run_id).values(
                finished_at=_now(), status=status, message=message, n_read=summary.read,
                n_new=summary.new, n_duplicate=summary.duplicate, n_rejected=summary.rejected,
                n_events=summary.events, n_quotes=summary.quotes))
    except StoreError:
        if status == "done":
            raise  # a failed run keeps its first error; this one would only hide it


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


__all__ = ["IngestSettings", "IngestSummary", "Job", "ingest"]
