"""One way to print rows, shared by every subcommand (like sqlite-utils' --csv and --nl)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TextIO, TypeVar

import click
from tabulate import tabulate

FORMATS = ("table", "json", "jsonl", "csv")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(*, default: str | None = None,
                  choices: Sequence[str] = FORMATS) -> Callable[[F], F]:
    """The shared ``--format`` option: ``table`` on a terminal and ``jsonl`` otherwise."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default,
        help="Output format. Default: table on a terminal, jsonl when piped.",
    )


def resolve_format(fmt: str | None, stream: TextIO | None = None) -> str:
    if fmt is not None:
        return fmt
    out = stream or sys.stdout
    return "table" if out.isatty() else "jsonl"


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_rows(rows: Iterable[Mapping[str, Any]], fmt: str, out: TextIO | None = None,
               columns: Sequence[str] | None = None) -> int:
    """Write flat rows in ``fmt``; returns how many were written."""
    stream = out or sys.stdout
    data = [dict(r) for r in rows]
    cols = list(columns) if columns else _columns(data)
    if fmt == "json":
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "jsonl":
        for r in data:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for r in data:
            writer.writerow({k: _cell(r.get(k)) for k in cols})
        stream.write(buf.getvalue())
    else:
        table = [[_cell(r.get(c)) for c in cols] for r in data]
        stream.write(tabulate(table, headers=cols, tablefmt="simple", maxcolwidths=60) + "\n")
    return len(data)


def _columns(data: list[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for r in data:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols
