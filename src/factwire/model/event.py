"""Events of EVENTS.md section 2 with their codes, arguments, time and evidence."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from factwire.model.span import Span

# Event kinds are defined by their specs (``factwire.events.spec``), not listed here.
EventKind = str
Modality = Literal["asserted", "future", "hypothetical", "negated"]
MODALITIES: tuple[Modality, ...] = ("asserted", "future", "hypothetical", "negated")

ArgValue = tuple[str, ...] | str


@dataclass(frozen=True, slots=True)
class Plover:
    """PLOVER coding: event type, mode and contexts."""

    type: str
    mode: str | None = None
    context: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised time: ISO dates at the text's precision, plus the text they came from.

    ``start``/``end`` are ``None`` when the expression cannot be resolved (for example a
    relative date in an article whose publication date is unknown); ``text`` is then kept.
    """

    start: str | None
    end: str | None
    text: str | None = None
    span: Span | None = None

    @property
    def from_publication(self) -> bool:
        """Dated by the article's publication, not by a phrase of its text (a meeting the
        text reports without a date): see :func:`publication_time`."""
        return self.text == PUBLICATION_DATE and self.span is None


# The ``text`` of a time taken from the article's publication date rather than its words.
PUBLICATION_DATE = "(date of publication)"


def publication_time(published: str) -> TimeValue:
    """The time of an event its article reports without a date: the publication day."""
    return TimeValue(published, None, PUBLICATION_DATE)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money in the currency the text names (ISO 4217 where known)."""

    amount: float
    currency: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event as one article reports it, merged over all its mentions."""

    id: str
    kind: EventKind
    plover: Plover
    cameo: str | None
    args: Mapping[str, ArgValue]
    evidence: tuple[Span, ...]
    time: TimeValue | None = None
    status: str | None = None
    quantity: int | None = None
    value: Money | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    trigger: Span | None = None
    arg_spans: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    producer: str | None = None

    def grounded(self) -> Iterator[tuple[str, str, Span]]:
        """``(role, value, span)`` for every grounded argument: an entity id or literal text."""
        for role, spans in self.arg_spans.items():
            value = self.args.get(role)
            values = (value,) if isinstance(value, str) else tuple(value or ())
            for v, span in zip(values, spans, strict=False):
                yield role, v, span
