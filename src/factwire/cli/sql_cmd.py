"""``factwire sql``: one read-only query, printed in the usual formats (like sqlite-utils query)."""

from __future__ import annotations

import click

from factwire.cli.db_cmds import db_option
from factwire.cli.output import format_option, resolve_format, write_rows
from factwire.store import open_store
from factwire.store.sql import run_sql


@click.command(epilog="""\b
Examples:
  factwire sql "SELECT kind, count(*) AS n FROM events_v GROUP BY kind ORDER BY n DESC"
  factwire sql "SELECT name, role, count(*) AS events FROM event_participants_v
                WHERE entity_kind = 'person' GROUP BY name, role ORDER BY events DESC"
  factwire sql "SELECT * FROM transfers_v WHERE designation LIKE :s" -p s 'S-400%'
  factwire sql "SELECT quote, speaker FROM quotes_v" --format csv > quotes.csv

\b
Views (facts only; columns in docs/data.md):
  events_v, event_participants_v, transfers_v, quotes_v, event_sources_v
""")
@click.argument("statement", metavar="SQL")
@db_option
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A value for :NAME in the query (never pasted into the SQL text).")
@format_option()
def sql(statement: str, db: str | None, params: tuple[tuple[str, str], ...],
        fmt: str | None) -> None:
    """Run a read-only SQL query (SELECT / WITH) on the database and print the rows.

    The database is opened read-only (SQLite `mode=ro`, a PostgreSQL READ ONLY
    transaction): a statement that would write is refused with exit status 2.
    Query the views above rather than the tables: they hold the facts without the
    bookkeeping consolidation keeps, and stay stable across versions.
    """
    with open_store(db, create=False) as store:
        columns, rows = run_sql(store, statement, dict(params))
    write_rows(rows, resolve_format(fmt), columns=columns)
