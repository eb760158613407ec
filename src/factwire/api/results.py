"""Typed query results: one dataclass per listing, in lists that turn into pandas frames.

The query functions (:mod:`factwire.api.queries`) return JSON-ready dicts, which is what the
CLI and the web layer print. Python users get the same rows as dataclasses (attribute
access, completion, types a checker can see) through :class:`factwire.api.Database`, and
``rows.to_pandas()`` gives a DataFrame with one column per field, in field order, even
when there are no rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from factwire.model import FactwireError

T = TypeVar("T")


class Rows(list[T], Generic[T]):
    """A list of result rows that knows its row type (for an empty DataFrame's columns)."""

    def __init__(self, row_type: type[T], rows: Iterable[T] = ()) -> None:
        super().__init__(rows)
        self.row_type = row_type

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one column per field (lists stay Python lists in a cell)."""
        try:
            import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415  (optional)
        except ImportError as exc:
            raise FactwireError("to_pandas() needs pandas: pip install pandas") from exc
        columns = [f.name for f in dataclasses.fields(self.row_type)]  # type: ignore[arg-type]
        return pd.DataFrame([[getattr(r, c) for c in columns] for r in self], columns=columns)


def rows_of(row_type: type[T], dicts: Iterable[Mapping[str, Any]]) -> Rows[T]:
    """Dataclass rows from query dicts (keys the dataclass does not name are left out)."""
    names = [f.name for f in dataclasses.fields(row_type)]  # type: ignore[arg-type]
    return Rows(row_type, (row_type(**{n: d.get(n) for n in names}) for d in dicts))


@dataclass(frozen=True, slots=True)
class EventRow:
    """One consolidated event (``factwire events``)."""

    id: int
    date: str | None
    end: str | None
    kind: str
    who: str
    people: list[str]
    source_actor: str | None
    target_actor: str | None
    system: str | None
    system_category: str | None
    place: str | None
    status: str | None
    quantity: int | None
    value: float | None
    currency: str | None
    modality: str
    plover_type: str
    plover_mode: str | None
    plover_context: str
    cameo: str | None
    n_sources: int
    confidence: float
    conflicts: str | None
    order_time: str | None
    delivery_times: str | None
    corrected: list[str] | None
    sources: list[dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class TransferRow:
    """One arms-transfer deal (``factwire transfers``), in the manner of SIPRI's register."""

    id: int
    supplier: str | None
    recipient: str | None
    designation: str | None
    category: str | None
    number: int | None
    order_date: str | None
    delivery_dates: str | None
    status: str | None
    value: float | None
    currency: str | None
    modality: str
    n_sources: int
    conflicts: str | None
    corrected: list[str] | None
    sources: list[dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One line of a timeline between two actors."""

    date: str | None
    kind: str
    what: str
    people: list[str]
    status: str | None
    modality: str
    n_sources: int
    id: int
    corrected: list[str] | None
    sources: list[dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One resolved entity and how often it appears."""

    id: int
    name: str
    kind: str
    actor: str | None
    country: str | None
    articles: int
    events: int


@dataclass(frozen=True, slots=True)
class WhoRow:
    """One actor with the people acting for it (``factwire who``)."""

    actor: str
    name: str | None
    events: int
    n_people: int
    people: list[str]


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One direct quotation with its speaker and article."""

    speaker: str | None
    actor: str | None
    role: str | None
    said_as: str | None
    quote: str
    published: str | None
    title: str | None
    url: str | None
    article: str
    speaker_start: int | None
    speaker_end: int | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article found by full-text search, with a snippet marking the hits."""

    article: str
    title: str | None
    published: str | None
    url: str | None
    origin: str | None
    snippet: str
    rank: float


__all__ = ["ActorRow", "EventRow", "QuoteRow", "Rows", "SearchHit", "TimelineRow",
           "TransferRow", "WhoRow", "rows_of"]
