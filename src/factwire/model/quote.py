"""Direct quotations and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from factwire.model.span import Span


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation; ``span`` covers exactly ``text`` (without the quote marks).

    ``speaker_span`` is the mention that names the speaker in the attribution ("he", "Jan
    Nowak", "one diplomat"); ``speaker_role`` is the role as the text gives it there ("the
    Turkish foreign minister", "Capt."), so a reader sees why that speaker was chosen.
    """

    id: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_role: str | None = None
