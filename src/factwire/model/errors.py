"""The one exception tree of factwire.

    FactwireError
     +-- InputError        a document or file that cannot be read (names file and line)
     +-- ConfigError       a bad option, model name or environment setting
     +-- DataError         a gazetteer or lexicon data file that fails its schema check
     +-- SpanError         an offset pair that does not index the text it claims

Every message says where the problem is and how to fix it, so the CLI can print it as is.
"""

from __future__ import annotations


class FactwireError(Exception):
    """Base of every error factwire raises on purpose."""


class InputError(FactwireError):
    """A document that cannot be turned into an Article; carries where it came from."""

    def __init__(self, reason: str, *, source: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {reason}" if where else reason)


class ConfigError(FactwireError):
    """An option or setting that cannot work; the message names it and the fix."""


class DataError(FactwireError):
    """A packaged data file (gazetteer, lexicon) that breaks its schema."""


class SpanError(FactwireError):
    """A span whose offsets fall outside the text or do not cover the claimed mention."""
