"""Plain-text files, with or without a ``<stem>.meta.json`` sidecar.

A sidecar (the defence-press corpus has one per text) supplies ``id``, the publication date
(``published_date``, ``published`` or ``date``), ``source``, ``url``, ``title`` and
``author``. A sidecar that cannot be read does not cost the article: its problem goes into
the notes and the text is read without it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from factwire.ingest.build import DocMeta, build_article, meta_date, text_field
from factwire.ingest.decode import decode, load_text_file
from factwire.ingest.options import IngestOptions
from factwire.model import Article, InputError, Rejected

SIDECAR_SUFFIX = ".meta.json"
DATE_KEYS = ("published_date", "published", "date")


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` would be: ``dir/stem.meta.json``."""
    return path.with_name(path.name.removesuffix(path.suffix) + SIDECAR_SUFFIX)


def read_txt(path: Path, options: IngestOptions,
             published: dt.date | None) -> Iterator[Article | Rejected]:
    """One article from a ``.txt`` file (never raises for a bad file)."""
    origin = str(path)
    decoded = load_text_file(path, options, decode)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    meta = DocMeta(id=path.name.removesuffix(path.suffix), origin=origin, published=published,
                   plain=True, notes=decoded.notes)
    side = sidecar_path(path)
    if side.is_file():
        meta = _with_sidecar(meta, side)
    yield build_article(decoded.text, meta, options)


def _with_sidecar(meta: DocMeta, side: Path) -> DocMeta:
    try:
        record = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return meta.with_notes(f"sidecar {side} ignored: cannot be read as JSON ({exc}); "
                               "fix it to get the publication date, source and URL")
    if not isinstance(record, dict):
        return meta.with_notes(f"sidecar {side} ignored: holds {type(record).__name__}, "
                               "not a JSON object")
    date, notes = meta_date(record, DATE_KEYS, f"sidecar {side}")
    return DocMeta(
        id=text_field(record, "id") or meta.id, origin=meta.origin,
        source=text_field(record, "source"), url=text_field(record, "url"),
        title=text_field(record, "title"), author=text_field(record, "author"),
        date=date, published=meta.published, plain=True, notes=meta.notes + notes)


def read_text(text: str, *, id: str | None = None, published: dt.date | None = None,
              source: str | None = None, url: str | None = None, title: str | None = None,
              author: str | None = None, options: IngestOptions | None = None) -> Article:
    """An article from a string, for the Python API; raises :class:`InputError` with the reason
    a reader would have recorded. Without ``id`` the article gets ``text-`` plus the first
    12 hex digits of its content hash, so the same text always gets the same id."""
    meta = DocMeta(id=id or "text", origin="<text>", source=source, url=url, title=title,
                   author=author, published=published, plain=True)
    result = build_article(text, meta, options or IngestOptions())
    if isinstance(result, Rejected):
        raise InputError(result.reason, source=result.origin)
    return result if id else replace(result, id=f"text-{result.content_hash[:12]}")
