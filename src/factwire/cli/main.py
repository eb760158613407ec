"""The ``factwire`` command: a thin shell over the same functions as the Python API.

Subcommands are registered here by import path and imported only when run, so ``factwire --help``
stays fast and a server or database driver is loaded only by the command that needs it.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from factwire import __version__
from factwire.model import FactwireError

# name -> (module, attribute, one-line help); the one place commands are registered.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "extract": ("factwire.cli.extract", "extract",
                "Read articles and print entities, events and quotes."),
    "eval": ("factwire.cli.eval_cmd", "eval_command",
             "Score extraction output against gold files."),
    "ingest": ("factwire.cli.db_cmds", "ingest", "Read articles into the database (idempotent)."),
    "events": ("factwire.cli.db_cmds", "events", "List consolidated events with filters."),
    "transfers": ("factwire.cli.db_cmds", "transfers",
                  "The arms-transfer register (SIPRI style)."),
    "actors": ("factwire.cli.db_cmds", "actors", "Actors and how often they appear."),
    "timeline": ("factwire.cli.db_cmds", "timeline", "Events between actors in date order."),
    "quotes": ("factwire.cli.db_cmds", "quotes", "Quotes, filtered by speaker."),
    "search": ("factwire.cli.db_cmds", "search", "Full-text search over stored articles."),
    "who": ("factwire.cli.db_cmds", "who", "Actors with the people acting for them."),
    "correct": ("factwire.cli.correct_cmd", "correct",
                "Correct an event (set a field, delete, merge); survives re-ingest."),
    "rejected": ("factwire.cli.db_cmds", "rejected",
                 "Documents ingest could not read: file, line, reason."),
    "export": ("factwire.cli.export_cmds", "export",
               "Export events, transfers, quotes (csv/tsv/jsonl/json/parquet), ACLED, GDELT."),
    "sql": ("factwire.cli.sql_cmd", "sql", "Run a read-only SQL query on the views."),
    "serve": ("factwire.cli.serve", "serve", "Web pages and a REST API over the database."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module = importlib.import_module(spec[0])
        command = getattr(module, spec[1])
        if not isinstance(command, click.Command):
            raise TypeError(f"{spec[0]}.{spec[1]} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactwireError as exc:
            click.echo(f"Error: {exc}", err=True)
            # 2: a usage error; an error that answers about the data (an unknown name)
            # says so with its own exit_code (1)
            sys.exit(getattr(exc, "exit_code", 2))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factwire")
def cli() -> None:
    """factwire turns defence and diplomacy news into a sourced record of who did what with whom.

    \b
    Typical use:
      factwire extract article.txt --published 2018-12-13 --format json
      factwire ingest feeds/ --db news.db                 # idempotent; --engine ray to scale out
      factwire events --db news.db --between India Russia --kind arms_transfer
      factwire export events --db news.db -o events.parquet
      factwire sql --db news.db "SELECT kind, count(*) FROM events_v GROUP BY kind"
      factwire serve --db news.db                         # web pages and /api/v1
      factwire eval gold/dev --extract                    # score against gold files

    Every fact carries character offsets into the cleaned article text, so each row can be
    traced back to the sentence that supports it. Run `factwire COMMAND --help` for details.
    """


def main() -> None:
    cli(prog_name="factwire")


if __name__ == "__main__":
    main()
