"""What every request handler needs: the open store and the server's settings."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from factwire.store.engine import Store
from factwire.web.cache import RowCache

DEFAULT_MAX_UPLOAD = 2_000_000


@dataclass(slots=True)
class AppState:
    store: Store
    token: str | None = None  # None: read-only
    max_upload: int = DEFAULT_MAX_UPLOAD
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    cache: RowCache = field(default_factory=lambda: RowCache(None))


def state(request: Request) -> AppState:
    found: AppState = request.app.state.factwire
    return found
