"""Articles as factwire reads them, and documents it had to reject."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned news article: every span in factwire indexes into ``text``.

    ``origin`` says where the article came from (a path, ``path:line`` for JSON Lines, or
    ``<stdin>``) so that errors and the store can point back to the input.
    """

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    author: str | None = None
    origin: str = field(default="", compare=False)  # provenance, not content
    notes: tuple[str, ...] = field(default=())

    @property
    def content_hash(self) -> str:
        """Stable identity of the cleaned text, used to make ingest idempotent."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Rejected:
    """A document that could not become an Article, kept with its reason (never silently lost)."""

    origin: str
    reason: str
    line: int | None = None

    def describe(self) -> str:
        where = self.origin + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.reason}"
