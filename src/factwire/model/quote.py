"""Direct quotations and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from factwire.model.span import Span


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation; ``span`` covers exactly ``text`` (without the quote marks)."""

    id: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
