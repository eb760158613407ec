"""One way to print rows, shared by every subcommand (like sqlite-utils' --csv and --nl)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TextIO, TypeVar

import click
from tabulate import tabulate

from factwire.store.export import spreadsheet_safe

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


# control and format characters (C0, C1, bidi, zero-width) would reorder or hide table text
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                          "\u2060-\u206f\ufeff]")


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def printable(text: str) -> str:
    """``text`` for a terminal: invisible and control characters written as ``\\uXXXX``."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _shown(value: Any) -> Any:
    value = _cell(value)
    return printable(value) if isinstance(value, str) else value


def _csv_cell(value: Any) -> Any:
    value = _cell(value)
    return spreadsheet_safe(value) if isinstance(value, str) else value


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
            writer.writerow({k: _csv_cell(r.get(k)) for k in cols})
        stream.write(buf.getvalue())
    else:
        table = [[_shown(r.get(c)) for c in cols] for r in data]
        stream.write(tabulate(table, headers=cols, tablefmt="simple", maxcolwidths=60) + "\n")
    return len(data)


def _columns(data: list[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for r in data:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols


def engine_options(func: F) -> F:
    """``--engine local|ray`` and ``--address``, the same on ``extract`` and ``ingest``."""
    func = click.option(
        "--address", default=None, metavar="auto|ray://HOST:10001",
        help="Ray cluster to join with --engine ray (default: start one on this machine "
             "with --workers CPUs).")(func)
    return click.option(
        "--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
        help="local: this machine's processes. ray: an actor pool on a Ray cluster "
             "(lost workers are retried); Ray is imported only for this.")(func)
