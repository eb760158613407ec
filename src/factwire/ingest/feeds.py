"""RSS and Atom feed files through feedparser: each item becomes an article.

An item's text is its full content when the feed carries it, else its summary (both HTML).
Items are numbered from 1 in file order; an item's id is ``<feed stem>-<n>`` (guids are
often long URLs, and the URL is kept in ``Article.url`` anyway) and its origin
``<path>#<n>``. A feed with no items is one ``Rejected``.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from factwire.ingest.build import DocMeta, build_article
from factwire.ingest.decode import too_big
from factwire.ingest.htmlpage import fragment_text
from factwire.ingest.options import IngestOptions
from factwire.model import Article, Rejected

_PROLOGUE = re.compile(rb"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*",
                       re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>/]", re.IGNORECASE)


def is_feed(data: bytes) -> bool:
    """Whether the XML root element is an RSS, Atom or RDF (RSS 1.0) feed."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    prologue = _PROLOGUE.match(head)
    start = prologue.end() if prologue else 0
    return _ROOT.match(head, start) is not None


def read_feed(data: bytes, *, origin: str, stem: str, options: IngestOptions,
              published: dt.date | None) -> Iterator[Article | Rejected]:
    """Every item of a feed as an article or a rejection (never raises)."""
    parsed = feedparser.parse(data)
    entries: list[Any] = list(parsed.get("entries", []))
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f" (the parser said: {problem})" if parsed.get("bozo") and problem else ""
        yield Rejected(origin, f"feed has no items{detail}: check that this is an RSS or "
                       "Atom feed with <item> or <entry> elements")
        return
    feed_title = _text(parsed.get("feed", {}), "title")
    for number, entry in enumerate(entries, start=1):
        yield _item(entry, number, origin=origin, stem=stem, source=feed_title,
                    options=options, published=published)


def _item(entry: Mapping[str, Any], number: int, *, origin: str, stem: str,
          source: str | None, options: IngestOptions,
          published: dt.date | None) -> Article | Rejected:
    where = f"{origin}#{number}"
    html = _body(entry)
    if not html:
        return Rejected(where, "feed item has neither content nor a summary: the feed "
                        "carries only links; fetch the pages and read them as HTML")
    size = len(html.encode("utf-8", errors="replace"))
    if size > options.max_doc_bytes:
        return Rejected(where, too_big("feed item", size, options.max_doc_bytes,
                                       "max_doc_bytes"))
    meta = DocMeta(
        id=f"{stem}-{number}", origin=where, source=source, url=_text(entry, "link"),
        title=_text(entry, "title"), author=_text(entry, "author"),
        date=_date(entry), published=published)
    return build_article(fragment_text(html), meta, options)


def _body(entry: Mapping[str, Any]) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, Mapping) else None
        if isinstance(value, str) and value.strip():
            return value
    for key in ("summary", "description"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _text(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(entry: Mapping[str, Any]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
