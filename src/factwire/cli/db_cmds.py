"""Database commands: ``ingest`` and the queries (``events`` ... ``search``).

Each command is a thin shell over :mod:`factwire.store` and :mod:`factwire.api.queries`;
every one takes ``--db`` (a file path or ``postgresql://`` URL, else ``$FACTWIRE_DB``,
else ``./factwire.db``). ``factwire --help`` does not import this module, so its imports
(SQLAlchemy, pyarrow) cost nothing until a database command runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from factwire.api import queries
from factwire.cli.output import engine_options, format_option, resolve_format, write_rows
from factwire.events.spec import kinds
from factwire.store import IngestSettings, open_store
from factwire.store import ingest as run_ingest
from factwire.store.url import ENV_VAR

F = TypeVar("F", bound=Callable[..., Any])
SHOWN_REJECTIONS = 20


def db_option(func: F) -> F:
    return click.option(
        "--db", envvar=ENV_VAR, default=None, metavar="PATH|URL",
        help=f"SQLite file or postgresql://user@host:port/db URL. Default: ${ENV_VAR}, "
             "else ./factwire.db.")(func)


def sources_option(func: F) -> F:
    return click.option("--sources", is_flag=True,
                        help="Add the articles and sentences behind every row.")(func)


def limit_option(func: F) -> F:
    return click.option("--limit", type=click.IntRange(min=1), default=None,
                        help="Show at most this many rows.")(func)


def modality_option(func: F) -> F:
    return click.option(
        "--modality", metavar="WHICH", default=None,
        help="all, or one or more of asserted, future, hypothetical, negated "
             "(comma-separated). Default: asserted,future; negated and hypothetical events "
             "are hidden.")(func)


def date_options(func: F) -> F:
    func = click.option("--until", metavar="DATE",
                        help="Only up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")(func)
    return click.option("--since", metavar="DATE",
                        help="Only from this date (YYYY, YYYY-MM or YYYY-MM-DD).")(func)


@contextlib.contextmanager
def _store(db: str | None, *, create: bool = False, lock_timeout: float = 30.0) -> Iterator[Any]:
    with open_store(db, create=create, lock_timeout=lock_timeout) as store:
        yield store


def _emit(rows: list[dict[str, Any]], fmt: str | None, columns: Sequence[str],
          sources: bool) -> None:
    """Print rows; a terminal table keeps the columns a reader scans (``--format csv`` or
    ``json`` give them all)."""
    fmt = resolve_format(fmt)
    if fmt == "table":
        columns = [c for c in columns if c not in queries.WIDE_COLUMNS]
    if sources and fmt in ("table", "csv"):
        glue = "\n" if fmt == "table" else " | "
        rows = [{**r, "sources": glue.join(_source_line(s) for s in r["sources"])} for r in rows]
    write_rows(rows, fmt, columns=[*columns, "sources"] if sources else columns)


def _source_line(s: dict[str, Any]) -> str:
    where = s["url"] or s["origin"] or s["article"]
    return f"{s['published'] or '?'} {where}: {s['sentence']}"


@click.command(epilog="""\b
Examples:
  factwire ingest ../shared/corpora/guardian-sample/ --workers 2
  factwire ingest archive/ --engine ray --address auto --db postgresql://me@db/factwire
  factwire ingest out.jsonl --from-json --db postgresql://me@localhost/factwire
  FACTWIRE_DB=news.db factwire ingest feeds/ && factwire events --kind meeting
""")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extraction processes, or Ray actors with --engine ray (the NLP step is "
                   "CPU-bound; one writer commits).")
@engine_options
@click.option("--from-json", is_flag=True,
              help="PATHs are JSON Lines written by `factwire extract --format jsonl`: store "
                   "them without running the NLP again.")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Publication date of the documents (YYYY-MM-DD), as for `factwire extract`: "
                   "relative dates such as 'on Thursday' resolve against it. With --from-json "
                   "it only dates documents that have no date.")
@click.option("--force", is_flag=True,
              help="Extract articles that are already stored again and replace them (after "
                   "an upgrade, or to correct their metadata). A new --published date "
                   "replaces an article without --force.")
@click.option("--lock-timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait while another process writes to the database.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr. Default: on when stderr is a terminal.")
@format_option()
def ingest(paths: tuple[str, ...], db: str | None, workers: int, engine: str,
           address: str | None, from_json: bool, published: dt.datetime | None, force: bool,
           lock_timeout: float, progress: bool | None, fmt: str | None) -> None:
    """Read articles into the database, extract them and consolidate their events.

    Everything `factwire extract` reads (files, folders, JSON Lines, feeds) can be
    ingested. Each article is committed whole, with its entities, events and quotes, so the
    command is safe to interrupt: run it again and it continues where it stopped.
    Re-ingesting adds nothing (articles are recognised by a hash of their text), unless
    --force or a different --published date asks for the stored article to be replaced.
    Documents that cannot be read are stored with the reason and counted.
    """
    if address is not None and engine != "ray":
        raise click.UsageError("--address names a Ray cluster: add --engine ray")
    settings = IngestSettings(workers=workers, from_json=from_json,
                              published=published.date() if published else None, force=force,
                              engine=engine, address=address)
    show = sys.stderr.isatty() if progress is None else progress
    with _store(db, create=True, lock_timeout=lock_timeout) as store, \
            contextlib.ExitStack() as stack:
        bar: list[Any] = []

        def start(total: int) -> None:
            if show:
                bar.append(stack.enter_context(click.progressbar(
                    length=total, label="ingesting", file=sys.stderr)))

        summary = run_ingest(store, list(paths), settings, on_start=start,
                             progress=lambda n: bar[0].update(n) if bar else None)
    rate = summary.read / summary.seconds if summary.seconds > 0 else 0.0
    for note in summary.notes:
        click.echo(f"warning: {note}", err=True)
    for rejection in summary.rejections[:SHOWN_REJECTIONS]:
        click.echo(f"rejected: {rejection}", err=True)
    click.echo(f"ingested {summary.read} documents in {summary.seconds:.1f} s "
               f"({rate:.1f} per second) into {store.target.display()}", err=True)
    write_rows(summary.rows(), resolve_format(fmt), columns=["what", "count"])
    if summary.rejected:
        more = len(summary.rejections) - SHOWN_REJECTIONS
        click.echo(f"{summary.rejected} document(s) rejected"
                   + (f" ({more} more than listed above)" if more > 0 else "")
                   + "; `factwire rejected` lists them all", err=True)
        sys.exit(1)


@click.command(epilog="""\b
Examples:
  factwire events --kind meeting --between India Russia
  factwire events --actor Shoigu --since 2018 --sources
  factwire events --between RUS TUR --modality all
  factwire events --system S400 --status delivered --format csv > s400.csv
""")
@db_option
@click.option("--kind", help="Event kind: " + ", ".join(kinds()) + ".")
@click.option("--actor", help="An actor key (RUS, NATO), a state (Russia, RU) or a person "
              "(Shoigu, Erdogan).")
@click.option("--between", nargs=2, metavar="A B", default=None,
              help="Events involving both actors, e.g. --between IND RUS or --between "
                   "India Russia.")
@click.option("--system", help="A weapon system or platform, e.g. S-400.")
@click.option("--place", help="Where it happened, e.g. Sochi.")
@click.option("--status", help="planned, approved, ordered, delivered, cancelled, proposed, "
              "agreed, signed, discussed or ongoing.")
@modality_option
@date_options
@limit_option
@sources_option
@format_option()
def events(db: str | None, sources: bool, fmt: str | None, **filters: Any) -> None:
    """List consolidated events: one row per real-world event, however many articles report it.

    `people` names the persons taking part; `n_sources` counts the articles behind each
    event; `conflicts` shows where they disagree (a quantity, a date), with how many
    articles give each value; `corrected` lists analysts' corrections (`factwire correct`).
    Names are forgiving: keys, ISO codes, aliases and spellings without accents all work,
    and a name that matches nothing exits 1 with the closest names.
    """
    with _store(db) as store:
        rows = queries.events(store, sources=sources, **filters)
    _emit(rows, fmt, queries.EVENT_COLUMNS, sources)


@click.command(epilog="""\b
Examples:
  factwire transfers --recipient IND
  factwire transfers --supplier RUS --system S-400 --sources
""")
@db_option
@click.option("--supplier", help="Supplier actor key or name, e.g. RUS.")
@click.option("--recipient", help="Recipient actor key or name, e.g. IND.")
@click.option("--system", help="Weapon designation, e.g. S-400.")
@click.option("--status", help="planned, approved, ordered, delivered or cancelled.")
@modality_option
@date_options
@limit_option
@sources_option
@format_option()
def transfers(db: str | None, sources: bool, fmt: str | None, **filters: Any) -> None:
    """The arms-transfer register, in the manner of SIPRI's: supplier, recipient,
    designation, category, number, order date, delivery dates, status, value and the number
    of sources for every consolidated deal."""
    with _store(db) as store:
        rows = queries.transfers(store, sources=sources, **filters)
    _emit(rows, fmt, queries.TRANSFER_COLUMNS, sources)


@click.command(epilog="""\b
Examples:
  factwire actors --limit 20
  factwire actors --kind weapon
  factwire actors --actor RUS --kind person
""")
@db_option
@click.option("--kind", help="person, country, organization, location, weapon or other "
              "(default: people, states and organisations).")
@click.option("--name", help="Whole word(s) of the name, e.g. Shoigu.")
@click.option("--actor", help="Only entities acting for this actor key, e.g. RUS.")
@limit_option
@format_option()
def actors(db: str | None, fmt: str | None, **filters: Any) -> None:
    """Entities resolved across articles, by how many events and articles name them."""
    with _store(db) as store:
        rows = queries.actors(store, **filters)
    _emit(rows, fmt, queries.ACTOR_COLUMNS, False)


@click.command(epilog="""\b
Examples:
  factwire who
  factwire who --actor Russia --format json
""")
@db_option
@click.option("--actor", help="Only this actor (a key, a state or organisation name).")
@limit_option
@format_option()
def who(db: str | None, fmt: str | None, **filters: Any) -> None:
    """Actors (states, organisations) by how many events they take part in, with the people
    stored as acting for them, most active first."""
    with _store(db) as store:
        rows = queries.who(store, **filters)
    _emit(rows, fmt, queries.WHO_COLUMNS, False)


@click.command(epilog="""\b
Examples:
  factwire timeline --between IND RUS
  factwire timeline --between RUS TUR --since 2018 --kind meeting --sources
""")
@db_option
@click.option("--between", nargs=2, required=True, metavar="A B",
              help="The two actors (keys or names), e.g. --between IND RUS.")
@click.option("--kind", help="Only this event kind.")
@modality_option
@date_options
@limit_option
@sources_option
@format_option()
def timeline(db: str | None, sources: bool, fmt: str | None, **filters: Any) -> None:
    """What happened between two actors, oldest first, one line per consolidated event."""
    with _store(db) as store:
        rows = queries.timeline(store, sources=sources, **filters)
    _emit(rows, fmt, queries.TIMELINE_COLUMNS, sources)


@click.command(epilog="""\b
Examples:
  factwire quotes --speaker Shoigu
  factwire quotes --speaker Erdogan --since 2019
  factwire quotes --actor India --contains sanctions --format json
""")
@db_option
@click.option("--speaker", help="Whole word(s) of the speaker's name, accents optional, "
              "e.g. Shoigu or Erdogan.")
@click.option("--actor", help="Speakers acting for this actor (RUS, Russia).")
@click.option("--contains", help="Text the quote contains.")
@date_options
@limit_option
@format_option()
def quotes(db: str | None, fmt: str | None, **filters: Any) -> None:
    """Direct quotations with their speaker and article, newest first."""
    with _store(db) as store:
        rows = queries.quotes(store, **filters)
    _emit(rows, fmt, queries.QUOTE_COLUMNS, False)


@click.command(context_settings={"ignore_unknown_options": True}, epilog="""\b
Examples:
  factwire search S-400
  factwire search '"national dialogue" Sochi'
  factwire search 'sanctions or embargo -Iran' --limit 5
  factwire search -Pakistan S-400
""")
@click.argument("words", nargs=-1, required=True, metavar="TEXT")
@db_option
@limit_option
@format_option()
def search(words: tuple[str, ...], db: str | None, limit: int | None, fmt: str | None) -> None:
    """Full-text search over stored articles. Hits are [bracketed] in the snippet.

    \b
    Syntax (the same in SQLite and PostgreSQL):
      words           every word must occur (words are stemmed: sanctions = sanctioned)
      "two words"     a phrase
      a or b          either word; `or` binds tighter than the spaces between words,
                      so `sanctions or embargo Russia` is (sanctions or embargo) and Russia
      -word           no article containing the word (or -"a phrase")
    A query that starts with -word is a query, not an option: `factwire search -India S-400`
    (a query made only of exclusions is refused: give a word to look for)."""
    with _store(db) as store:
        rows = queries.search(store, " ".join(words), limit=limit or 20)
    _emit(rows, fmt, ("article", "published", "title", "snippet", "url"), False)


@click.command(epilog="""\b
Examples:
  factwire rejected
  factwire rejected --format csv > rejected.csv
""")
@db_option
@limit_option
@format_option()
def rejected(db: str | None, limit: int | None, fmt: str | None) -> None:
    """Documents that ingest could not read, with file, line and reason (newest first)."""
    import sqlalchemy as sa  # noqa: PLC0415

    from factwire.store import schema as t  # noqa: PLC0415

    table = t.rejected_document
    query = sa.select(table.c.origin.label("file"), table.c.line, table.c.reason,
                      table.c.run_id.label("run")).order_by(table.c.id.desc())
    if limit:
        query = query.limit(limit)
    with _store(db) as store, store.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    write_rows(rows, resolve_format(fmt), columns=["file", "line", "reason", "run"])
