"""Work items of an ingest and the function that turns one into extractions.

:func:`run_job` is what the worker processes run, so everything here is picklable and
imports the NLP pipeline only when a job needs it. Two kinds of job exist:

- :class:`JsonJob`: one document of ``factwire extract --format jsonl`` output (no NLP);
- :class:`ArticleJob`: a batch of articles already read by ``factwire.ingest``, extracted
  by ``factwire.runner.stream.run_articles``, the entry ``factwire extract`` and the Ray
  engine use too (a batch that fails is retried article by article there, so that only
  the bad one is rejected). Their texts are known before any NLP work, so articles already
  stored are never extracted again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factwire.model import (
    Article,
    ConfigError,
    Extraction,
    FactwireError,
    Rejected,
    from_json,
)

JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


@dataclass(frozen=True, slots=True)
class JsonJob:
    origin: str
    line: int | None
    text: str


@dataclass(frozen=True, slots=True)
class ArticleJob:
    articles: tuple[Article, ...]


AnyJob = JsonJob | ArticleJob | Rejected


def run_job(job: AnyJob, published: dt.date | None = None,
            model: str | None = None) -> list[Extraction | Rejected]:
    """Extract one job; failures become :class:`Rejected` with the reason, never a crash."""
    if isinstance(job, Rejected):
        return [job]
    if isinstance(job, JsonJob):
        return [_from_json_line(job, published)]
    _load(model)
    try:
        return _extract(job.articles, model)
    except Exception:  # a failure outside the runner's own guard: retry one by one
        return [_one(article, model) for article in job.articles]


def _one(article: Article, model: str | None) -> Extraction | Rejected:
    try:
        return _extract((article,), model)[0]
    except Exception as exc:
        return Rejected(article.origin or article.id, f"extraction failed: {_why(exc)}")


def _extract(articles: tuple[Article, ...], model: str | None) -> list[Extraction | Rejected]:
    from factwire.runner.stream import extract_batch  # noqa: PLC0415  (loads spaCy)

    return extract_batch(articles, model)


def warm_up(model: str | None = None) -> None:
    """Load the pipeline in a worker before its first job; a failure waits for that job,
    which reports it as a stopped run (no document is to blame)."""
    try:
        _load(model)
    except FactwireError:
        return  # not cached: the first job loads again and stops the run with the reason


def _why(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, FactwireError) else f"{type(exc).__name__}: {exc}"


@functools.cache
def _load(model: str | None) -> None:
    """Load this process's NLP pipeline once; failing to load it stops the run (no
    document is to blame, so none is rejected)."""
    from factwire.runner import get_pipeline  # noqa: PLC0415  (loads spaCy)

    try:
        get_pipeline(model)
    except FactwireError:
        raise
    except Exception as exc:
        raise ConfigError(f"the NLP pipeline could not be loaded (model {model or 'default'}): "
                          f"{_why(exc)}; check the installation, or ingest `factwire extract` "
                          "output with --from-json") from exc


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
        if not path.exists():  # one missing path is one rejection, not a refused run
            yield Rejected(raw, "no such file or directory: check the path")
            continue
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
