"""factwire: a sourced, queryable record of who did what with whom in defence and diplomacy news.

The public Python API lives in :mod:`factwire.api`; the data model every stage shares lives in
:mod:`factwire.model`. ``factwire.open(path)`` opens a database for queries::

    import factwire
    with factwire.open("seed.db") as db:
        print(db.events(between=["India", "Russia"]).to_pandas())
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factwire.api.database import Database

__version__ = "0.1.0"
SCHEMA_VERSION = "1.1"


def open(path: str | Path, *, create: bool = False) -> Database:
    """Open the factwire database at ``path``; a missing one is an error unless ``create``.

    Imported on call, so ``import factwire`` (and ``factwire --help``) stay light.
    """
    from factwire.api.database import open as open_database  # noqa: PLC0415

    return open_database(path, create=create)


__all__ = ["SCHEMA_VERSION", "__version__", "open"]
