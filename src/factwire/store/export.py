"""File formats for exports: one typed schema, written the same way in every format.

A :class:`Schema` is an ordered list of typed columns. Every writer takes the same rows
(``datetime.date`` for dates, Python lists for lists) and writes the same columns, so an
export reads back alike whatever the format:

- csv / tsv: dates as ``YYYY-MM-DD``; lists (and lists of people) as one JSON array per
  cell; empty cell for unknown; text that a spreadsheet would run as a formula gets a
  leading ``'``;
- jsonl / json: every column on every row (``null`` for unknown), real lists;
- parquet: real types (int64, float64, date32, list<string>, list<struct>), the same
  schema whatever rows there are, even none.

docs/data.md documents the columns field by field.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

FORMATS = ("csv", "tsv", "jsonl", "json", "parquet")
TYPES = ("int", "float", "str", "date", "list", "people")
PERSON_FIELDS = ("name", "role", "actor", "kind")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of TYPES

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: type {self.type!r} is not one of {TYPES}")


class Schema(tuple[Column, ...]):
    """Ordered typed columns: ``Schema.of("event_id:int", "start:date", ...)``."""

    @classmethod
    def of(cls, *specs: str) -> Schema:
        return cls(Column(*spec.split(":")) if ":" in spec else Column(spec, "str")
                   for spec in specs)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def spreadsheet_safe(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula
    (``=HYPERLINK(...)``, ``+``, ``-``, ``@``); plain numbers such as ``-5`` stay as they are."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def json_value(value: Any) -> Any:
    """A value as JSON writes it: dates as ISO text, lists as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return value


def text_cell(value: Any, type_: str) -> str:
    """One csv/tsv cell: the same text whichever of the two formats."""
    if value is None:
        return ""
    if type_ in ("list", "people"):
        return json.dumps(json_value(value), ensure_ascii=False)
    if type_ == "date":
        return str(value.isoformat())
    if type_ == "float":
        return repr(float(value))
    if type_ == "int":
        return str(int(value))
    return spreadsheet_safe(str(value))


def write_text(rows: Iterable[Mapping[str, Any]], schema: Schema, stream: TextIO, *,
               delimiter: str = ",", header: bool = True) -> int:
    """CSV (``delimiter=","``) or TSV (``"\\t"``); returns the number of rows written."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n",
                        quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(schema.names)
    n = 0
    for row in rows:
        writer.writerow([text_cell(row.get(c.name), c.type) for c in schema])
        n += 1
    return n


def write_json(rows: Iterable[Mapping[str, Any]], schema: Schema, stream: TextIO, *,
               lines: bool) -> int:
    """JSON Lines (one object per line) or one JSON array; every column on every row."""
    data = [{c.name: json_value(row.get(c.name)) for c in schema} for row in rows]
    if lines:
        for item in data:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    return len(data)


_PERSON = pa.struct([(f, pa.string()) for f in PERSON_FIELDS])
_ARROW = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "date": pa.date32(),
          "list": pa.list_(pa.string()), "people": pa.list_(_PERSON)}


def arrow_schema(schema: Schema) -> Any:
    return pa.schema([(c.name, _ARROW[c.type]) for c in schema])


def _arrow_value(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ == "int":
        return int(value)
    if type_ == "float":
        return float(value)
    if type_ == "list":
        return [str(v) for v in value]
    if type_ == "people":
        return [{f: p.get(f) for f in PERSON_FIELDS} for p in value]
    if type_ == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return str(value)


def write_typed_parquet(rows: Iterable[Mapping[str, Any]], schema: Schema, path: Path) -> int:
    """A Parquet file with the types of :func:`arrow_schema`; returns the row count."""
    data: dict[str, list[Any]] = {c.name: [] for c in schema}
    for row in rows:
        for c in schema:
            data[c.name].append(_arrow_value(row.get(c.name), c.type))
    table = pa.table(data, schema=arrow_schema(schema))
    pq.write_table(table, str(path))
    return int(table.num_rows)


def write_export(rows: Sequence[Mapping[str, Any]], schema: Schema, fmt: str,
                 stream: TextIO | None = None, path: Path | None = None, *,
                 header: bool = True) -> int:
    """Write ``rows`` in ``fmt`` (one of :data:`FORMATS`) to ``path`` or ``stream``."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet needs a file path")
        return write_typed_parquet(rows, schema, path)
    if stream is None:
        if path is None:
            raise ValueError("give a stream or a path")
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_export(rows, schema, fmt, out, header=header)
    if fmt in ("csv", "tsv"):
        return write_text(rows, schema, stream, delimiter="," if fmt == "csv" else "\t",
                          header=header)
    if fmt in ("jsonl", "json"):
        return write_json(rows, schema, stream, lines=fmt == "jsonl")
    raise ValueError(f"format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_tsv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], stream: TextIO) -> int:
    """TSV of untyped (text) columns, for callers that have names only."""
    return write_text(rows, Schema.of(*columns), stream, delimiter="\t")


# Listing rows (``factwire events`` columns, the web's export links) have names but no
# schema: counts as int64, amounts as float64, everything else as text.
INT_COLUMNS = frozenset({"id", "event_id", "quantity", "number", "n_sources", "articles",
                         "events", "count"})
FLOAT_COLUMNS = frozenset({"value", "confidence", "rank"})


def untyped_schema(columns: Sequence[str]) -> Schema:
    return Schema(Column(c, "int" if c in INT_COLUMNS else "float" if c in FLOAT_COLUMNS
                         else "str") for c in columns)


def write_parquet(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], path: Path) -> int:
    """Parquet of listing rows by column name (see :func:`untyped_schema`); lists and
    nested values become JSON text."""
    text = [{k: json.dumps(json_value(v), ensure_ascii=False, sort_keys=True)
             if isinstance(v, list | tuple | dict) else v for k, v in row.items()}
            for row in rows]
    return write_typed_parquet(text, untyped_schema(columns), path)
