"""The store's own errors: a database that cannot be opened, written or queried as asked."""

from __future__ import annotations

from typing import Literal

from factwire.model import FactwireError

StoreFailure = Literal["locked", "full", "unwritable", "unreachable", "schema", "worker", "other"]


class StoreError(FactwireError):
    """A database problem the user can act on (locked, unreachable, full, too new).

    The message names the database (with any password masked) and says what to do next, so
    the CLI prints it as is; ``reason`` lets callers tell the cases apart without parsing.
    """

    def __init__(self, message: str, *, reason: StoreFailure = "other") -> None:
        super().__init__(message)
        self.reason: StoreFailure = reason


class QueryError(FactwireError):
    """A malformed query filter; the message names the parameter and its ``--flag``."""
