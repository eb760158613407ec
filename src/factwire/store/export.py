"""File formats for exports that the shared ``cli.output`` does not write: TSV and Parquet.

Parquet columns get fixed types (counts as int64, amounts as float64, everything else as
text, nested values as JSON text) so that a file has the same schema whatever rows it holds,
even none; dates stay ISO text because their precision varies (``2018``, ``2018-10``).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

INT_COLUMNS = frozenset({"id", "event_id", "quantity", "number", "n_sources", "articles",
                         "events", "count"})
FLOAT_COLUMNS = frozenset({"value", "confidence", "rank"})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def spreadsheet_safe(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula
    (``=HYPERLINK(...)``, ``+``, ``-``, ``@``); plain numbers such as ``-5`` stay as they are."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _cell(value: Any) -> str:
    """A TSV cell: the text as stored (the writer quotes tabs, quotes and line breaks),
    formula-safe, empty for unknown."""
    text = _text(value)
    return "" if text is None else spreadsheet_safe(text)


def write_tsv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], stream: TextIO) -> int:
    """Tab-separated values with a header line; returns how many rows were written."""
    writer = csv.writer(stream, dialect="excel-tab", lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
    return n


def parquet_schema(columns: Sequence[str]) -> Any:
    return pa.schema([(c, pa.int64() if c in INT_COLUMNS else
                       pa.float64() if c in FLOAT_COLUMNS else pa.string()) for c in columns])


def write_parquet(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], path: Path) -> int:
    """A Parquet file with the schema of :func:`parquet_schema`; returns the row count."""
    data: dict[str, list[Any]] = {c: [] for c in columns}
    for row in rows:
        for c in columns:
            value = row.get(c)
            if c in INT_COLUMNS:
                data[c].append(None if value is None else int(value))
            elif c in FLOAT_COLUMNS:
                data[c].append(None if value is None else float(value))
            else:
                data[c].append(_text(value))
    table = pa.table(data, schema=parquet_schema(columns))
    pq.write_table(table, str(path))
    return int(table.num_rows)
