"""CSV files with a ``text`` column: one article per row.

Optional columns (names matched case-insensitively): ``id``, ``date`` or ``published``,
``title``, ``url``, ``source``, ``author``. A row's id is its ``id`` value when there is such
a column, else ``<file stem>-<first column value>`` (the guardian-sample corpus numbers its
rows in an unnamed first column), else ``<file stem>-<row number>``. A row's origin is
``<path>:<line>``, the line where the row starts.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator

from factwire.ingest.build import DocMeta, build_article, meta_date, text_field
from factwire.ingest.options import IngestOptions
from factwire.model import Article, Rejected

DATE_KEYS = ("published", "date")
_CONTENT = frozenset({"text", "date", "published", "title", "url", "source", "author"})


def read_csv(text: str, *, origin: str, stem: str, options: IngestOptions,
             published: dt.date | None,
             damaged: bool = False) -> Iterator[Article | Rejected]:
    """Every row of a CSV text as an article or a rejection (never raises).

    ``damaged`` says the file had bytes that did not decode; each row whose text holds a
    replacement character gets a note with their count.

    Python's csv module refuses fields over 128 KiB by default; the limit is raised
    (process-wide, as the module only has a global one) to ``max_doc_bytes``.
    """
    if csv.field_size_limit() < options.max_doc_bytes:
        csv.field_size_limit(min(options.max_doc_bytes, sys.maxsize))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield Rejected(origin, f"has no readable CSV header ({exc or 'no rows'}): the first "
                       "row must name the columns, one of them 'text'", 1)
        return
    names = [name.strip().lower() for name in header]
    if "text" not in names:
        shown = ", ".join(repr(n) for n in header) or "none"
        yield Rejected(origin, f"has no 'text' column (columns: {shown}): name the column "
                       "holding the article text 'text'", 1)
        return
    start = reader.line_num + 1
    number = read = 0
    try:
        for row in reader:
            number += 1
            if len(row) != len(names) and any(cell.strip() for cell in row):
                read += 1
                yield Rejected(origin, _misshapen(row, names), start)
            elif any(cell.strip() for cell in row):
                read += 1
                record = dict(zip(names, row, strict=False))
                yield _row(record, row, number, start, origin=origin, stem=stem,
                           options=options, published=published, damaged=damaged)
            start = reader.line_num + 1
    except csv.Error as exc:
        yield Rejected(origin, f"CSV cannot be parsed from here on ({exc}); rows after this "
                       "line were not read: fix the quoting or the field", start)
        return
    if read == 0:
        yield Rejected(origin, "CSV has a header but no rows: add the articles, one per row")


def _misshapen(row: list[str], names: list[str]) -> str:
    """Why a row with the wrong number of fields is refused rather than read in pieces."""
    lines = sum(cell.count("\n") for cell in row) + 1
    return (f"row has {len(row)} field(s) over {lines} line(s) where the header has "
            f"{len(names)}: a field probably holds an unescaped quote or comma; put each "
            'field with commas or quotes in double quotes and double the quotes inside ("")')


def _row(record: dict[str, str], row: list[str], number: int, line: int, *, origin: str,
         stem: str, options: IngestOptions, published: dt.date | None,
         damaged: bool) -> Article | Rejected:
    if "id" in record and record["id"].strip():
        doc_id = record["id"].strip()
    elif row and row[0].strip() and next(iter(record), "text") not in _CONTENT:
        doc_id = f"{stem}-{row[0].strip()}"
    else:
        doc_id = f"{stem}-{number}"
    text = record.get("text", "")
    date, notes = meta_date(record, DATE_KEYS, f"row {number}")
    if damaged and "\ufffd" in text:
        notes += (f"invalid encoding: {text.count(chr(0xFFFD))} character(s) of this row's "
                  "text replaced with U+FFFD; re-save the file as UTF-8 or set "
                  "IngestOptions.encoding",)
    meta = DocMeta(
        id=doc_id, origin=origin, line=line, source=text_field(record, "source"),
        url=text_field(record, "url"), title=text_field(record, "title"),
        author=text_field(record, "author"), date=date, published=published,
        notes=notes)
    return build_article(text, meta, options)
