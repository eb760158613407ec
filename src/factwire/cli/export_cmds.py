"""``factwire export``: the stored record as files other tools load (one schema, five formats).

Which rows an export holds is chosen by the same filters, with the same options, as the
listing commands (``export events`` takes every option of ``factwire events``); what each
row holds is :mod:`factwire.api.exports`, documented column by column in docs/data.md.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from factwire.api import exports, queries, shapes
from factwire.cli import db_cmds
from factwire.cli.db_cmds import date_options, db_option, limit_option
from factwire.dedup.keys import iso_interval
from factwire.store import open_store
from factwire.store.errors import QueryError
from factwire.store.export import FORMATS, Schema, write_export

F = TypeVar("F", bound=Callable[..., Any])
NOT_FILTERS = frozenset({"db", "fmt", "sources"})


def filters_of(command: click.Command) -> Callable[[F], F]:
    """Give an export every filter option of a listing command (the same objects, so a
    filter added to ``factwire events`` is an ``export events`` filter too)."""
    def wrap(func: F) -> F:
        params = [p for p in command.params if p.name not in NOT_FILTERS]
        memo: list[click.Parameter] = getattr(func, "__click_params__", [])
        memo.extend(reversed(params))  # click reads decorator params in reverse
        func.__click_params__ = memo  # type: ignore[attr-defined]
        return func
    return wrap


def output_options(default: str, formats: Sequence[str] = FORMATS) -> Callable[[F], F]:
    def wrap(func: F) -> F:
        func = click.option(
            "--format", "fmt", type=click.Choice(list(formats)), default=None,
            help=f"File format (default: from the -o suffix, else {default}).")(func)
        func = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                            default=None, help="Write here instead of standard output.")(func)
        return db_option(func)
    return wrap


def _write(rows: Sequence[dict[str, Any]], schema: Schema, fmt: str | None,
           output: Path | None, default: str, *, header: bool = True) -> None:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    fmt = fmt or (suffix if suffix in FORMATS else default)
    if fmt == "parquet" and output is None:
        raise click.UsageError("-o/--output is required for --format parquet", None)
    if output is None:
        write_export(rows, schema, fmt, sys.stdout, header=header)
        return
    n = write_export(rows, schema, fmt, path=output, header=header)
    click.echo(f"wrote {n} rows to {output}", err=True)


def _event_rows(db: str | None, listing: Callable[..., Iterable[Any]],
                filters: dict[str, Any]) -> list[dict[str, Any]]:
    """Every export column of the events a listing function selects with ``filters``."""
    with open_store(db, create=False) as store:
        return exports.event_rows(store, exports.ids_of(listing(store, **filters)))


@click.group()
def export() -> None:
    """Write the record for other tools: events, transfers, quotes and PLOVER rows in one
    schema (csv, tsv, jsonl, json, parquet; docs/data.md), or shaped like ACLED, GDELT 2.0
    events or a network edge list."""


@export.command("events", epilog="""\b
Examples:
  factwire export events -o events.parquet
  factwire export events --kind meeting --between IND RUS -o meetings.csv
  factwire export events --since 2018 --format jsonl | jq .start
""")
@output_options("jsonl")
@filters_of(db_cmds.events)
def export_events(db: str | None, output: Path | None, fmt: str | None,
                  **filters: Any) -> None:
    """Every consolidated event with its dates, actors, people, coding and sources
    (JSON Lines by default). Takes the filters of `factwire events`."""
    _write(_event_rows(db, queries.events, filters), exports.EVENTS, fmt, output, "jsonl")


@export.command("transfers", epilog="""\b
Examples:
  factwire export transfers -o register.csv
  factwire export transfers --supplier RUS -o register.parquet
""")
@output_options("csv")
@filters_of(db_cmds.transfers)
def export_transfers(db: str | None, output: Path | None, fmt: str | None,
                     **filters: Any) -> None:
    """The SIPRI-style arms-transfer register (CSV by default). Takes the filters of
    `factwire transfers`."""
    rows = exports.transfer_rows(_event_rows(db, queries.transfers, filters))
    _write(rows, exports.TRANSFERS, fmt, output, "csv")


@export.command("plover", epilog="""\b
Examples:
  factwire export plover -o factwire-events.tsv
  factwire export plover --kind visit --format jsonl
""")
@output_options("tsv")
@filters_of(db_cmds.events)
def export_plover(db: str | None, output: Path | None, fmt: str | None,
                  **filters: Any) -> None:
    """One PLOVER/POLECAT-style row per consolidated event: dates, source and target
    actors, PLOVER type, mode and context, CAMEO code, sources (TSV by default)."""
    rows = exports.plover_rows(_event_rows(db, queries.events, filters))
    _write(rows, exports.PLOVER, fmt, output, "tsv")


@export.command("quotes", epilog="""\b
Examples:
  factwire export quotes -o quotes.csv
  factwire export quotes --actor RUS --since 2018 --format jsonl
""")
@output_options("jsonl")
@click.option("--actor", help="Speakers acting for this actor key, e.g. RUS.")
@date_options
@limit_option
def export_quotes(db: str | None, output: Path | None, fmt: str | None, actor: str | None,
                  since: str | None, until: str | None, limit: int | None) -> None:
    """Direct quotations with speaker, article and character offsets (by publication date)."""
    lo = _day(since, "since", last=False)
    hi = _day(until, "until", last=True)
    with open_store(db, create=False) as store:
        rows = exports.quote_rows(store, since=lo, until=hi, actor=actor, limit=limit)
    _write(rows, exports.QUOTES, fmt, output, "jsonl")


def _day(value: str | None, name: str, last: bool) -> dt.date | None:
    """The first (or ``last``) day of YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    parsed = iso_interval(value)
    if parsed is None:
        raise QueryError(f"{name}={value!r} (--{name}): not a date; use YYYY, YYYY-MM or "
                         "YYYY-MM-DD, e.g. --since 2018-01")
    return parsed[1] if last else parsed[0]


@export.command("acled", epilog="""\b
Example:
  factwire export acled -o factwire-acled.csv
""")
@output_options("csv")
@filters_of(db_cmds.events)
def export_acled(db: str | None, output: Path | None, fmt: str | None,
                 **filters: Any) -> None:
    """Events as an ACLED-shaped table (event_date, actor1, actor2, event_type, notes ...).
    ACLED has no undated events, so events the articles do not date are left out."""
    events = _event_rows(db, queries.events, filters)
    rows = shapes.acled_rows(events)
    if len(rows) < len(events):
        click.echo(f"{len(events) - len(rows)} undated event(s) left out", err=True)
    _write(rows, shapes.ACLED, fmt, output, "csv")


@export.command("gdelt", epilog="""\b
Example:
  factwire export gdelt -o factwire.export.CSV
""")
@output_options("tsv", ("tsv",))
@click.option("--header", is_flag=True, help="Add a header line (GDELT files have none).")
@filters_of(db_cmds.events)
def export_gdelt(db: str | None, output: Path | None, fmt: str | None, header: bool,
                 **filters: Any) -> None:
    """Events as GDELT 2.0 event records: 61 tab-separated columns, QuadClass and Goldstein
    scale from the CAMEO code, no header line unless asked (the columns are in docs/data.md)."""
    rows = shapes.gdelt_rows(_event_rows(db, queries.events, filters))
    _write(rows, shapes.GDELT, "tsv", output, "tsv", header=header)


@export.command("edges", epilog="""\b
Examples:
  factwire export edges -o edges.csv
  factwire export edges --kind arms_transfer --format json
""")
@output_options("csv")
@filters_of(db_cmds.events)
def export_edges(db: str | None, output: Path | None, fmt: str | None,
                 **filters: Any) -> None:
    """An actor network for Gephi, networkx or igraph: source, target, kind, count of
    events, first and last date."""
    rows = shapes.edge_rows(_event_rows(db, queries.events, filters))
    _write(rows, shapes.EDGES, fmt, output, "csv")
