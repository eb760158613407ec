"""A small cache of event lists for a SQLite database, invalidated by any commit.

Facet counts need every row a filter keeps, so an events page costs one full query even
for its first 50 rows. Analysts page and facet through the same filters again and again;
this cache keeps the last lists, keyed by their filters and by the state of the database
files (size and modification time of the file and its write-ahead log). Every commit, by
this server or by an ingest in another process, changes the log, so a stale list is never
served. PostgreSQL has no such files: there, nothing is cached.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

Signature = tuple[int, ...]


class RowCache:
    """Least-recently-used lists of rows; callers must not change a list they get."""

    def __init__(self, path: Path | None, size: int = 64) -> None:
        self.path, self.size = path, size
        self._data: OrderedDict[Hashable, tuple[Signature, list[dict[str, Any]]]] = \
            OrderedDict()
        self._lock = threading.Lock()

    def signature(self) -> Signature | None:
        if self.path is None:
            return None
        out: list[int] = []
        for name in (str(self.path), f"{self.path}-wal"):
            try:
                st = os.stat(name)
            except FileNotFoundError:
                out += [0, 0]
                continue
            out += [st.st_mtime_ns, st.st_size]
        return tuple(out)

    def get(self, key: Hashable,
            compute: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
        sig = self.signature()
        if sig is None:
            return compute()
        with self._lock:
            hit = self._data.get(key)
            if hit is not None and hit[0] == sig:
                self._data.move_to_end(key)
                return hit[1]
        rows = compute()
        if self.signature() == sig:  # nothing committed meanwhile: the list is current
            with self._lock:
                self._data[key] = (sig, rows)
                self._data.move_to_end(key)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return rows
