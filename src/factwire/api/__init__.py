"""The public Python API: the same functions the CLI calls.

- extraction: :func:`extract_text` (one string), :func:`extract_documents` (files, folders);
- a database: :func:`open` (``factwire.open``) returns a :class:`Database` whose methods
  return typed rows (:mod:`factwire.api.results`) with ``.to_pandas()``;
- the query functions themselves (``events``, ``transfers``, ``timeline``, ``actors``,
  ``who``, ``quotes``, ``search``, ``plover_rows``) take an open store and return dicts;
- name resolution (:mod:`factwire.api.resolve`) and place coordinates
  (:func:`place_coordinates`), shared with the CLI and the web layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from factwire.api.database import Database, open
from factwire.api.places import LatLon, place_coordinates
from factwire.api.queries import (
    actors,
    events,
    plover_rows,
    quotes,
    search,
    timeline,
    transfers,
    who,
)
from factwire.api.resolve import Match, NoMatchError
from factwire.api.results import (
    ActorRow,
    EventRow,
    QuoteRow,
    Rows,
    SearchHit,
    TimelineRow,
    TransferRow,
    WhoRow,
)
from factwire.model import Article, Extraction, Rejected


def extract_documents(
    paths: Sequence[str], *, published: date | None = None, model: str | None = None,
    workers: int = 1,
) -> Iterator[Extraction | Rejected]:
    """Read every document under ``paths`` and extract it; rejected documents are yielded too.

    ``workers`` > 1 spreads batches over that many processes (results keep input order).
    """
    from factwire.runner import extract_stream  # noqa: PLC0415  (heavy: loads spaCy)

    yield from extract_stream(paths, published=published, model=model, workers=workers)


def extract_text(
    text: str, *, published: date | None = None, id: str | None = None, model: str | None = None
) -> Extraction:
    """Extract one article given as a string (for notebooks and tests)."""
    from factwire.ingest import read_text  # noqa: PLC0415
    from factwire.runner import get_pipeline  # noqa: PLC0415

    article: Article = read_text(text, id=id, published=published)
    return get_pipeline(model).run(article)


__all__ = ["ActorRow", "Database", "EventRow", "LatLon", "Match", "NoMatchError", "QuoteRow",
           "Rows", "SearchHit", "TimelineRow", "TransferRow", "WhoRow", "actors", "events",
           "extract_documents", "extract_text", "open", "place_coordinates", "plover_rows",
           "quotes", "search", "timeline", "transfers", "who"]
