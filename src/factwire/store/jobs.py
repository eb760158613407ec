"""Work items of an ingest and the function that turns one into extractions.

:func:`run_job` is what the worker processes run, so everything here is picklable and
imports the NLP pipeline only when a job needs it. Three kinds of job exist:

- :class:`JsonJob`: one document of ``factwire extract --format jsonl`` output (no NLP);
- :class:`ArticleJob`: an article already read, to run through the pipeline (the text is
  known up front, so a stored article is skipped before any NLP work);
- :class:`PathJob`: a whole input path handed to ``factwire.api.extract_documents`` (used
  while the reader that yields articles one by one is not available).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factwire.model import Article, Extraction, FactwireError, Rejected, from_json

JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


@dataclass(frozen=True, slots=True)
class JsonJob:
    origin: str
    line: int | None
    text: str


@dataclass(frozen=True, slots=True)
class ArticleJob:
    article: Article


@dataclass(frozen=True, slots=True)
class PathJob:
    path: str


AnyJob = JsonJob | ArticleJob | PathJob | Rejected


def run_job(job: AnyJob, published: dt.date | None = None,
            model: str | None = None) -> list[Extraction | Rejected]:
    """Extract one job; failures become :class:`Rejected` with the reason, never a crash."""
    if isinstance(job, Rejected):
        return [job]
    if isinstance(job, JsonJob):
        return [_from_json_line(job, published)]
    if isinstance(job, ArticleJob):
        article = job.article
        if article.published is None and published is not None:
            article = dataclasses.replace(article, published=published)
        try:
            return [_pipeline(model).run(article)]
        except Exception as exc:  # one bad document must not end a long run
            return [Rejected(article.origin or article.id, f"extraction failed: {_why(exc)}")]
    return _extract_path(job.path, published, model)


def _extract_path(path: str, published: dt.date | None,
                  model: str | None) -> list[Extraction | Rejected]:
    from factwire.api import extract_documents  # imported here: it loads spaCy

    out: list[Extraction | Rejected] = []
    try:
        out.extend(extract_documents([path], published=published, model=model))
    except Exception as exc:  # keep what was extracted before the failure
        out.append(Rejected(path, f"extraction failed: {_why(exc)}"))
    return out


def _why(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, FactwireError) else f"{type(exc).__name__}: {exc}"


@functools.cache
def _pipeline(model: str | None) -> Any:
    runner = importlib.import_module("factwire.runner")
    return runner.get_pipeline(model)


def _from_json_line(job: JsonJob, published: dt.date | None) -> Extraction | Rejected:
    try:
        data = json.loads(job.text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        extraction = from_json(data)
    except (ValueError, FactwireError) as exc:
        return Rejected(job.origin, f"not factwire extract output: {_why(exc)}", job.line)
    article = dataclasses.replace(extraction.article, origin=_origin(job))
    if article.published is None and published is not None:
        article = dataclasses.replace(article, published=published)
    return dataclasses.replace(extraction, article=article)


def _origin(job: JsonJob) -> str:
    return job.origin if job.line is None else f"{job.origin}:{job.line}"


def expand_json(paths: Sequence[str]) -> Iterator[JsonJob | Rejected]:
    """One job per document in JSON Lines (or JSON) files under ``paths`` (``-``: stdin)."""
    for raw in paths:
        if raw == "-":
            yield from _json_lines("<stdin>", sys.stdin.read())
            continue
        path = Path(raw)
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix in JSON_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        for file in files:
            yield from _json_file(file)


def _json_file(file: Path) -> Iterator[JsonJob | Rejected]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(str(file), f"cannot read the file: {exc}")
        return
    if file.suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield Rejected(str(file), f"not JSON: {exc}")
            return
        docs = data if isinstance(data, list) else [data]
        for i, doc in enumerate(docs, 1):
            yield JsonJob(str(file), i if isinstance(data, list) else None, json.dumps(doc))
        return
    yield from _json_lines(str(file), text)


def _json_lines(origin: str, text: str) -> Iterator[JsonJob]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield JsonJob(origin, number, line)


def pipeline_jobs(paths: Sequence[str], published: dt.date | None) -> Iterator[AnyJob]:
    """Articles to extract: one job per article where the reader exists, else per path."""
    reader = _article_reader()
    if reader is None:
        yield from (PathJob(p) for p in paths)
        return
    for doc in reader(list(paths)):
        yield ArticleJob(doc) if isinstance(doc, Article) else doc


def _article_reader() -> Callable[[list[str]], Iterable[Article | Rejected]] | None:
    """``factwire.ingest.read_paths`` when the ingest stage provides it."""
    try:
        module = importlib.import_module("factwire.ingest")
    except ImportError:
        return None
    reader = getattr(module, "read_paths", None)
    return reader if callable(reader) else None
