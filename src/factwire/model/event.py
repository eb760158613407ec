"""Events of EVENTS.md section 2 with their codes, arguments, time and evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from factwire.model.span import Span

EventKind = Literal[
    "meeting", "visit", "call", "agreement", "arms_transfer", "joint_production",
    "exercise", "deployment", "sanction", "threat", "other",
]
EVENT_KINDS: tuple[EventKind, ...] = (
    "meeting", "visit", "call", "agreement", "arms_transfer", "joint_production",
    "exercise", "deployment", "sanction", "threat", "other",
)
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
