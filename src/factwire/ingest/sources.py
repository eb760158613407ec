"""The entry points: paths, directories and stdin to a stream of ``Article | Rejected``.

The format of a file is chosen by its extension; a directory is walked recursively in sorted
order and only files with a known extension are read (hidden files and sidecars are not
inputs); ``-`` reads stdin and sniffs its format. Nothing here raises for a bad document:
every problem is a ``Rejected`` whose reason says what to do.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from factwire.ingest.build import DocMeta, build_article
from factwire.ingest.csvrows import read_csv
from factwire.ingest.decode import check_text_bytes, decode, read_file, read_stream
from factwire.ingest.feeds import is_feed, read_feed
from factwire.ingest.htmlpage import decode_html, html_article, read_html
from factwire.ingest.jsonl import read_jsonl
from factwire.ingest.options import IngestOptions
from factwire.ingest.text import read_txt
from factwire.model import Article, InputError, Rejected

Result = Article | Rejected
STDIN = "-"
STDIN_ORIGIN = "<stdin>"
KNOWN_EXTENSIONS = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".jsonl", ".rss",
                    ".atom", ".xml", ".csv")


def read_inputs(paths: Sequence[str], *, published: dt.date | None = None,
                options: IngestOptions | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Result]:
    """Read every path in order (``-`` is stdin) and yield its articles and rejections.

    ``published`` sets the publication date of every article, over any the input gives.
    ``stdin`` replaces ``sys.stdin`` (for tests and embedding).
    """
    opts = options or IngestOptions()
    for raw in paths:
        if raw == STDIN:
            yield from read_stdin(stdin or sys.stdin.buffer, opts, published)
            continue
        if not raw.strip():
            yield Rejected(repr(raw), "empty path: give a file, a directory or - for stdin")
            continue
        yield from read_path(Path(raw), options=opts, published=published)


def read_path(path: Path, *, options: IngestOptions | None = None,
              published: dt.date | None = None) -> Iterator[Result]:
    """Read one file by its extension, or a directory recursively (a missing path or an
    unknown file type is a ``Rejected``)."""
    opts = options or IngestOptions()
    if path.is_dir():
        yield from _read_dir(path, opts, published)
        return
    if not path.exists():
        yield Rejected(str(path), "no such file or directory: check the path")
        return
    reader = _reader(path)
    if reader is None:
        yield Rejected(str(path), f"unknown file type {_extension(path)!r}: give one of "
                       f"{', '.join(KNOWN_EXTENSIONS)} (or a directory, or - for stdin)")
        return
    yield from reader(path, opts, published)


def _extension(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


Reader = Callable[[Path, IngestOptions, dt.date | None], Iterator[Result]]


def _reader(path: Path) -> Reader | None:
    ext = _extension(path)
    if ext == ".txt":
        return read_txt
    if ext in (".html", ".htm", ".html.gz", ".htm.gz"):
        return read_html
    if ext in (".jsonl", ".rss", ".atom", ".xml", ".csv"):
        return _read_whole
    return None


def _read_whole(path: Path, options: IngestOptions,
                published: dt.date | None) -> Iterator[Result]:
    """Formats that hold many documents: read the (size-limited) file, then split it."""
    origin, stem, ext = str(path), path.stem, _extension(path)
    try:
        data = read_file(path, options)
        check_text_bytes(data, origin)
    except InputError as exc:
        yield Rejected(origin, exc.reason, exc.line)
        return
    if ext == ".jsonl":
        yield from read_jsonl(data, origin=origin, stem=stem, options=options,
                              published=published)
    elif ext == ".csv":
        try:
            decoded = decode(data, options, origin)
        except InputError as exc:
            yield Rejected(origin, exc.reason, exc.line)
            return
        yield from read_csv(decoded.text, origin=origin, stem=stem, options=options,
                            published=published, damaged=bool(decoded.notes))
    elif ext == ".xml" and not is_feed(data):
        yield Rejected(origin, "XML file is not an RSS or Atom feed (its root is not <rss>, "
                       "<feed> or <rdf:RDF>): only feeds are read from .xml files")
    else:
        yield from read_feed(data, origin=origin, stem=stem, options=options,
                             published=published)


def _read_dir(root: Path, options: IngestOptions,
              published: dt.date | None) -> Iterator[Result]:
    found = False
    for item in _walk(root):
        if isinstance(item, Rejected):
            yield item
            continue
        found = True
        yield from read_path(item, options=options, published=published)
    if not found:
        yield Rejected(str(root), "directory holds no file with a known extension "
                       f"({', '.join(KNOWN_EXTENSIONS)}): point to the files to read")


def _walk(root: Path) -> Iterator[Path | Rejected]:
    """Known files under ``root``, sorted, depth first; hidden entries and links skipped.

    A folder that cannot be listed is a ``Rejected`` (``os.walk`` alone would skip it).
    """
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=False):
        yield from _unlisted(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if not name.startswith(".") and _reader(path) is not None:
                yield path
    yield from _unlisted(errors)


def _unlisted(errors: list[OSError]) -> Iterator[Rejected]:
    while errors:
        exc = errors.pop(0)
        yield Rejected(str(exc.filename or "?"), f"folder cannot be listed ({exc.strerror}): "
                       "make it readable or leave it out")


def read_stdin(stream: BinaryIO, options: IngestOptions,
               published: dt.date | None) -> Iterator[Result]:
    """Stdin, sniffed: ``{`` starts JSON Lines, ``<`` a feed or HTML page, else plain text.

    Plain text and HTML from stdin get the id ``stdin-`` plus the first 12 hex digits of
    the content hash, so that two runs on different texts never share an id.
    """
    try:
        data = read_stream(stream, options, STDIN_ORIGIN)
        check_text_bytes(data, STDIN_ORIGIN)
    except InputError as exc:
        yield Rejected(STDIN_ORIGIN, exc.reason, exc.line)
        return
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"{":
        yield from read_jsonl(data, origin=STDIN_ORIGIN, stem="stdin", options=options,
                              published=published)
    elif first == b"<" and is_feed(data):
        yield from read_feed(data, origin=STDIN_ORIGIN, stem="stdin", options=options,
                             published=published)
    else:
        yield _stdin_document(data, html=first == b"<", options=options, published=published)


def _stdin_document(data: bytes, *, html: bool, options: IngestOptions,
                    published: dt.date | None) -> Result:
    try:
        decoded = (decode_html if html else decode)(data, options, STDIN_ORIGIN)
    except InputError as exc:
        return Rejected(STDIN_ORIGIN, exc.reason, exc.line)
    meta = DocMeta(id="stdin", origin=STDIN_ORIGIN, published=published, plain=not html,
                   notes=decoded.notes)
    result = (html_article(decoded.text, meta, options) if html
              else build_article(decoded.text, meta, options))
    if isinstance(result, Article):
        return replace(result, id=f"stdin-{result.content_hash[:12]}")
    return result
