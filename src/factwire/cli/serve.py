"""``factwire serve``: the web pages and the REST API over a database, with uvicorn."""

from __future__ import annotations

import click

from factwire.store import open_store
from factwire.store.url import ENV_VAR
from factwire.web.state import DEFAULT_MAX_UPLOAD


@click.command(epilog="""\b
Examples:
  factwire serve --db seed.db                      # http://127.0.0.1:8000/events
  factwire serve --db postgresql://me@localhost/factwire --port 8080
  factwire serve --db news.db --token-file ~/.factwire-token
  curl -H "Authorization: Bearer $(cat ~/.factwire-token)" -H 'Content-Type: text/plain' \\
       --data-binary @article.txt 'http://127.0.0.1:8000/api/v1/articles?published=2018-12-13'
""")
@click.option("--db", envvar=ENV_VAR, default=None, metavar="PATH|URL",
              help=f"SQLite file or postgresql:// URL. Default: ${ENV_VAR}, else ./factwire.db.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; put a TLS proxy in front "
                   "before exposing it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the write token. Without it the server is "
                   "read-only.")
@click.option("--max-upload", type=click.IntRange(min=1), default=DEFAULT_MAX_UPLOAD,
              show_default=True, help="Largest article upload in bytes.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Keep recent event lists of a SQLite database until its next commit.")
def serve(db: str | None, host: str, port: int, token_file: str | None,
          max_upload: int, cache: bool) -> None:
    """Browse events, articles, actors, transfers and quotes, and query /api/v1.

    Pages: /events (filters, facets, downloads), /events/ID (the evidence, highlighted),
    /articles/ID, /actors/KEY (timeline and counterparts), /transfers, /quotes, /search.
    The API's schema is at /api/v1/openapi.json. Everything is served from the package:
    nothing is fetched from elsewhere at run time.
    """
    import uvicorn  # noqa: PLC0415  (only this command needs the server)

    from factwire.web.app import create_app  # noqa: PLC0415
    from factwire.web.security import read_token  # noqa: PLC0415

    token = read_token(token_file) if token_file else None
    with open_store(db, create=False) as store:
        app = create_app(store, token=token, max_upload=max_upload, cache=cache)
        mode = "writes need the token" if token else "read-only"
        click.echo(f"factwire serving {store.target.display()} on http://{host}:{port}/ "
                   f"({mode}); Ctrl+C stops it", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
