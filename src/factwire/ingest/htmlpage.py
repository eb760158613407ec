"""HTML pages through trafilatura: main text, title, date, author; boilerplate removed.

``html_mode`` picks trafilatura's trade-off. ``precision`` is the default because it scored
best on the article-extraction benchmark (see ``bench/RESULTS.md``) and because for event
extraction a stray navigation line costs more than a missed closing paragraph. When the
chosen mode finds no body, the next more permissive one is tried before giving up, so that
a short page is not lost to a strict setting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError

from factwire.ingest.build import DocMeta, build_article, parse_date
from factwire.ingest.clean import words
from factwire.ingest.decode import Decoded, decode, load_text_file
from factwire.ingest.options import HTML_MODES, HtmlMode, IngestOptions
from factwire.model import Article, Rejected

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "tr", "section", "article", "pre", "ul", "ol", "table", "figure"})


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What trafilatura found on a page (all but ``text`` may be missing)."""

    text: str
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    url: str | None = None
    sitename: str | None = None


def extract_html(html: str, *, mode: HtmlMode = "precision", fallback: bool = True,
                 url: str | None = None, min_words: int = 3) -> HtmlExtract | None:
    """The main text and metadata of a page, or ``None`` when it has no article body.

    A text of fewer than ``min_words`` words (a lone "Home" link) is no body either, so the
    fallback goes on to the next mode and the rejection can say what was missing.
    """
    modes = HTML_MODES[HTML_MODES.index(mode):] if fallback else (mode,)
    # a second round parses with lxml's huge_tree, for pages nested deeper than libxml2's
    # default limit (about 255 levels), whose body the default parser silently drops
    rounds = (False, True) if html.count("<") > _SHALLOW_TAGS else (False,)
    for deep, attempt in [(d, m) for d in rounds for m in modes]:
        doc = trafilatura.bare_extraction(
            _huge_tree(html) if deep else html, url=url, with_metadata=True,
            include_comments=False, date_extraction_params=_DATE_PARAMS,
            favor_precision=attempt == "precision", favor_recall=attempt == "recall")
        text = getattr(doc, "text", None) if doc is not None else None
        if text and len(words(text)) >= min_words:
            return HtmlExtract(
                text=text, title=_str(getattr(doc, "title", None)),
                author=_str(getattr(doc, "author", None)),
                date=parse_date(getattr(doc, "date", None)),
                url=_str(getattr(doc, "url", None)),
                sitename=_str(getattr(doc, "sitename", None)))
    return None


# dates only from the page's markup and metadata: a year in the body ("in 2020") is not
# the publication date, and a guessed one would shift every relative date of the article
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_SHALLOW_TAGS = 255  # fewer tags than this cannot nest beyond libxml2's limit


def _huge_tree(html: str) -> Any:
    """``html`` parsed without libxml2's depth limit (trafilatura accepts the tree)."""
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (ParserError, ValueError):
        return html


_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_CUT_FLOOR = 5000  # non-space characters of page text below which no cut is worth a note
_CUT_SHARE = 10  # a note when the body is under 1/10 of the page text


def _kept_note(html: str, body: str) -> tuple[str, ...]:
    """A note when the body kept is a small part of a large page's text (trafilatura drops
    repeated paragraphs as boilerplate), so that such a cut is never silent."""
    page = len("".join(_SCRIPT.sub(" ", html).split()))
    kept = len("".join(body.split()))
    if page < _CUT_FLOOR or kept * _CUT_SHARE >= page:
        return ()
    return (f"HTML body keeps {kept} of the page's {page} non-space text characters "
            "(repeated paragraphs and boilerplate are dropped): give the text as .txt "
            "if the article is longer",)


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def decode_html(data: bytes, options: IngestOptions, origin: str) -> Decoded:
    """Decode a page with the charset it declares (a byte-order mark still wins)."""
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii", "replace") if declared else None
    return decode(data, options, origin, encoding=encoding)


def html_article(html: str, meta: DocMeta, options: IngestOptions) -> Article | Rejected:
    """An article from a whole HTML page; its metadata fills what ``meta`` does not know."""
    found = extract_html(html, mode=options.html_mode, url=meta.url,
                         min_words=options.min_words)
    if found is None:
        return meta.reject(
            "HTML has no article body (trafilatura found only navigation or boilerplate, "
            "in every mode from html_mode=" f"{options.html_mode!r}): give the article's "
            "text as .txt, or check that the page is an article")
    meta = DocMeta(
        id=meta.id, origin=meta.origin, line=meta.line,
        source=meta.source or found.sitename, url=meta.url or found.url,
        title=meta.title or found.title, author=meta.author or found.author,
        date=meta.date or found.date, published=meta.published,
        notes=meta.notes + _kept_note(html, found.text))
    return build_article(_without_headline(found.text, found.title), meta, options)


def _without_headline(text: str, title: str | None) -> str:
    """Drop a first line that repeats the page title: the headline is ``Article.title``
    already, and a dateline can only be found when the story opens the text."""
    first, _, rest = text.lstrip().partition("\n")
    if title and rest.strip() and _SPACE.sub(" ", first).strip().casefold() == \
            _SPACE.sub(" ", title).strip().casefold():
        return rest
    return text


def read_html(path: Path, options: IngestOptions,
              published: dt.date | None) -> Iterator[Article | Rejected]:
    """One article from an ``.html``/``.htm`` file, gzipped or not (never raises)."""
    decoded = load_text_file(path, options, decode_html)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    meta = DocMeta(id=page_stem(path), origin=str(path), published=published,
                   notes=decoded.notes)
    yield html_article(decoded.text, meta, options)


def page_stem(path: Path) -> str:
    """``a/b.html.gz`` -> ``b``: the name without ``.gz`` and its last extension."""
    name = path.name.removesuffix(".gz").removesuffix(".GZ")
    return name.rsplit(".", 1)[0] if "." in name else name


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item), one line per block element.

    Feed items are too short for trafilatura's boilerplate detection, and they hold only
    the item anyway, so a plain walk over the elements is both faster and safer here.
    """
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for element in root.iter():
        if element.text:
            element.text = _SPACE.sub(" ", element.text)
        if element.tail:
            element.tail = _SPACE.sub(" ", element.tail)
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
        if tag == "br" or tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return str(root.text_content())
