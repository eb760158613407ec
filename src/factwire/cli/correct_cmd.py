"""``factwire correct``: an analyst's fix to a consolidated event, kept across re-ingest.

A thin shell over :mod:`factwire.store.corrections`; the correction is written in one
transaction under the store's single-writer rule, like ``ingest``, and only into an
existing database.
"""

from __future__ import annotations

import getpass
import os

import click

from factwire.cli.db_cmds import db_option
from factwire.cli.output import format_option, resolve_format, write_rows
from factwire.store import open_store
from factwire.store.corrections import SCALAR_FIELDS, Change, listing, record

AUTHOR_ENV = "FACTWIRE_AUTHOR"


def _default_author() -> str:
    try:
        return os.environ.get(AUTHOR_ENV) or getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


@click.command(epilog="""\b
Examples:
  factwire correct 12 --set supplier=IND --set recipient=RUS --reason "reversed in the text"
  factwire correct 7 --set kind=visit --author ann --reason "a visit, not a meeting"
  factwire correct 9 --delete --reason "a hypothetical read as a fact"
  factwire correct --merge 3 4 --reason "the same deal, two dates"
  factwire correct --list
""")
@click.argument("event_id", type=int, required=False)
@db_option
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Set a field: " + ", ".join(sorted(SCALAR_FIELDS)) + ", or an actor "
                   "role (supplier, recipient, participants...) to keys or names, "
                   "comma-separated. Repeat for several fields.")
@click.option("--delete", is_flag=True, help="Remove the event from every output.")
@click.option("--merge", nargs=2, type=int, metavar="A B", default=None,
              help="Merge event B into event A.")
@click.option("--author", default=_default_author, show_default=f"${AUTHOR_ENV} or login",
              help="Who makes the correction.")
@click.option("--reason", default=None, help="Why (required for a correction).")
@click.option("--list", "show", is_flag=True, help="List every correction and where it "
              "applies now.")
@click.option("--lock-timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait while another process writes to the database.")
@format_option()
def correct(event_id: int | None, db: str | None, sets: tuple[str, ...], delete: bool,
            merge: tuple[int, int] | None, author: str, reason: str | None, show: bool,
            lock_timeout: float, fmt: str | None) -> None:
    """Correct a consolidated event: set a field, delete it, or merge two events.

    Each correction is stored as its own record, with author and reason, and anchored to
    the articles and sentences behind the event, not to its id: ids change when events
    are consolidated again, the reports do not. So a correction is applied again after
    every `ingest` (new articles, --force) and every re-consolidation, and every output
    shows it in its `corrected` column. `--list` shows each one's status: `unresolved`
    when none of its articles is stored any more.
    """
    if show:
        with open_store(db) as store, store.read() as conn:
            rows = listing(conn)
        write_rows(rows, resolve_format(fmt), columns=[
            "id", "action", "field", "value", "event_id", "status", "author", "reason",
            "created_at"])
        return
    changes = _changes(event_id, sets, delete, merge, author, reason or "")
    with open_store(db, lock_timeout=lock_timeout) as store, store.write() as conn:
        ids = [record(conn, change) for change in changes]
    click.echo(f"recorded correction(s) {', '.join(f'#{i}' for i in ids)}", err=True)


def _changes(event_id: int | None, sets: tuple[str, ...], delete: bool,
             merge: tuple[int, int] | None, author: str, reason: str) -> list[Change]:
    """The corrections asked for, or a usage error (exit 2) saying what to give."""
    asked = sum((bool(sets), delete, merge is not None))
    if asked != 1:
        raise click.UsageError("give exactly one of --set, --delete or --merge (or --list)")
    if merge is not None:
        if event_id is not None:
            raise click.UsageError("--merge A B takes the two event ids itself; drop EVENT_ID")
        return [Change("merge", merge[0], author, reason, other=merge[1])]
    if event_id is None:
        raise click.UsageError("EVENT_ID is missing: `factwire events` lists the ids")
    if delete:
        return [Change("delete", event_id, author, reason)]
    out = []
    for item in sets:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise click.UsageError(f"--set {item!r}: write FIELD=VALUE, e.g. --set supplier=IND")
        out.append(Change("set", event_id, author, reason, field=field.strip(), value=value))
    return out
