"""``factwire.open()``: a database for Python users, with typed results.

    >>> import factwire
    >>> with factwire.open("seed.db") as db:
    ...     frame = db.events(between=["India", "Russia"]).to_pandas()

Unlike :func:`factwire.store.open_store` (which the ``ingest`` command uses to create a
database), :func:`open` refuses a path where no database exists unless ``create=True``:
a mistyped path should fail, not answer every query with an empty table.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from factwire.api import queries
from factwire.api.results import (
    ActorRow,
    EventRow,
    QuoteRow,
    Rows,
    SearchHit,
    TimelineRow,
    TransferRow,
    WhoRow,
    rows_of,
)
from factwire.model import FactwireError
from factwire.store import Store, open_store, resolve_db


class Database:
    """An open factwire database; every query method takes the CLI's filters as keywords."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def events(self, **filters: Any) -> Rows[EventRow]:
        """Consolidated events (see :func:`factwire.api.queries.events` for the filters)."""
        return rows_of(EventRow, queries.events(self.store, **filters))

    def transfers(self, **filters: Any) -> Rows[TransferRow]:
        return rows_of(TransferRow, queries.transfers(self.store, **filters))

    def timeline(self, between: Sequence[str], **filters: Any) -> Rows[TimelineRow]:
        return rows_of(TimelineRow, queries.timeline(self.store, between=between, **filters))

    def actors(self, **filters: Any) -> Rows[ActorRow]:
        return rows_of(ActorRow, queries.actors(self.store, **filters))

    def who(self, **filters: Any) -> Rows[WhoRow]:
        return rows_of(WhoRow, queries.who(self.store, **filters))

    def quotes(self, **filters: Any) -> Rows[QuoteRow]:
        return rows_of(QuoteRow, queries.quotes(self.store, **filters))

    def search(self, text: str, *, limit: int | None = 20) -> Rows[SearchHit]:
        return rows_of(SearchHit, queries.search(self.store, text, limit=limit))

    def correct(self, event_id: int, *, author: str, reason: str,
                set: dict[str, str] | None = None, delete: bool = False,
                merge_with: int | None = None) -> list[int]:
        """Record corrections to one event, as ``factwire correct`` does; returns their ids.

        ``set={"supplier": "IND"}`` sets fields, ``delete=True`` removes the event,
        ``merge_with=B`` merges event B into ``event_id``.
        """
        from factwire.store.corrections import Change, record  # noqa: PLC0415

        changes = [Change("set", event_id, author, reason, field=k, value=v)
                   for k, v in (set or {}).items()]
        if delete:
            changes.append(Change("delete", event_id, author, reason))
        if merge_with is not None:
            changes.append(Change("merge", event_id, author, reason, other=merge_with))
        if len(changes) != 1 and (delete or merge_with is not None):
            raise FactwireError("correct(): give set=..., delete=True or merge_with=..., "
                                "one kind of correction per call")
        with self.store.write() as conn:
            return [record(conn, c) for c in changes]

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open(path: str | Path, *, create: bool = False) -> Database:
    """Open the factwire database at ``path`` (a SQLite file or a ``postgresql://`` URL).

    A SQLite path where no file exists raises :class:`~factwire.model.FactwireError` unless
    ``create=True`` asks for a new, empty database.
    """
    target = resolve_db(str(path))
    if target.path is not None and not Path(target.path).exists() and not create:
        raise FactwireError(f"{target.path}: no factwire database there; check the path, or "
                            "pass create=True to make an empty one "
                            f"(factwire.open({str(path)!r}, create=True))")
    return Database(open_store(str(path), create=create))


__all__ = ["Database", "open"]
