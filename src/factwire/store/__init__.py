"""The database: one schema in SQLite (default) or PostgreSQL, with migrations, ingest and
incremental consolidation.

    >>> from factwire.store import open_store, ingest, IngestSettings
    >>> with open_store("news.db") as store:
    ...     summary = ingest(store, ["out.jsonl"], IngestSettings(from_json=True))

Queries over a store live in :mod:`factwire.api.queries`.
"""

from factwire.store.consolidate import reconsolidate
from factwire.store.engine import Store, open_store, upgrade
from factwire.store.errors import QueryError, StoreError
from factwire.store.ingest import IngestSettings, IngestSummary, ingest
from factwire.store.snapshot import counts, snapshot
from factwire.store.url import DbTarget, resolve_db
from factwire.store.writer import WriteResult, write_extraction, write_rejected

__all__ = [
    "DbTarget",
    "IngestSettings",
    "IngestSummary",
    "QueryError",
    "Store",
    "StoreError",
    "WriteResult",
    "counts",
    "ingest",
    "open_store",
    "reconsolidate",
    "resolve_db",
    "snapshot",
    "upgrade",
    "write_extraction",
    "write_rejected",
]
