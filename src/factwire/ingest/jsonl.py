"""JSON Lines: one document per line, as crawlers and other pipelines write them.

Fields: ``id``, ``text`` or ``html``, ``published`` (or ``date``), ``url``, ``title``,
``source``, ``author``. A line that is not a JSON object with a text is one ``Rejected``
with its line number; the other lines are read as usual. Blank lines are not documents and
are passed over.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from factwire.ingest.build import DocMeta, build_article, meta_date, text_field
from factwire.ingest.decode import check_text_bytes, decode, too_big
from factwire.ingest.htmlpage import html_article
from factwire.ingest.options import IngestOptions
from factwire.model import Article, InputError, Rejected

DATE_KEYS = ("published", "date")


def read_jsonl(data: bytes, *, origin: str, stem: str, options: IngestOptions,
               published: dt.date | None) -> Iterator[Article | Rejected]:
    """Every line of ``data`` as an article or a rejection (never raises)."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        yield _line(raw, number, origin=origin, stem=stem, options=options,
                    published=published)


def _line(raw: bytes, number: int, *, origin: str, stem: str, options: IngestOptions,
          published: dt.date | None) -> Article | Rejected:
    if len(raw) > options.max_doc_bytes:
        return Rejected(origin, too_big("line", len(raw), options.max_doc_bytes,
                                        "max_doc_bytes"), number)
    try:
        check_text_bytes(raw, origin, line=number)
        decoded = decode(raw, options, origin, line=number)
    except InputError as exc:
        return Rejected(origin, exc.reason, number)
    try:
        record = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        return Rejected(origin, f"malformed JSON ({exc.msg} at column {exc.colno}): fix or "
                        "remove the line; each line must be one JSON object", number)
    if not isinstance(record, dict):
        return Rejected(origin, f"line holds a JSON {type(record).__name__}, not an object "
                        'such as {"id": ..., "text": ...}', number)
    text = record.get("text")
    html = record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str)
                                                             and html.strip()):
        fields = ", ".join(sorted(map(str, record))) or "none"
        return Rejected(origin, f"has neither a non-empty 'text' nor an 'html' string field "
                        f"(fields: {fields}): add the article text", number)
    date, notes = meta_date(record, DATE_KEYS, f"line {number}")
    meta = DocMeta(
        id=text_field(record, "id") or f"{stem}-{number}", origin=origin,
        line=number, source=text_field(record, "source"), url=text_field(record, "url"),
        title=text_field(record, "title"), author=text_field(record, "author"), date=date,
        published=published, notes=decoded.notes + notes)
    if isinstance(text, str) and text.strip():
        return build_article(text, meta, options)
    assert isinstance(html, str)
    return html_article(html, meta, options)
