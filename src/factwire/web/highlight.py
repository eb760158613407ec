"""Highlighted text from character offsets, safely.

The text is cut at every mark boundary into pieces; each piece carries the marks that cover
it. Templates render a piece's text through Jinja's autoescape, so article text (hostile by
assumption) is never concatenated into markup: a ``<script>`` in an article is shown as text.
Overlapping and nested marks are fine (a quote containing a name): the piece inside both
carries both.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of ``[start, end)`` with its CSS class, a tooltip and a link."""

    start: int
    end: int
    cls: str
    title: str = ""
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text covered by the same marks (outermost first)."""

    text: str
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        return " ".join(dict.fromkeys(f"m-{m.cls}" for m in self.marks))

    @property
    def title(self) -> str:
        return "; ".join(m.title for m in self.marks if m.title)

    @property
    def href(self) -> str | None:
        """The innermost mark's link (an event trigger over a name goes to the event)."""
        return next((m.href for m in reversed(self.marks) if m.href), None)


def pieces(text: str, marks: Iterable[Mark], offset: int = 0) -> list[Piece]:
    """``text`` (which starts at ``offset`` in its article) cut into pieces at every mark
    edge. Marks outside the text are clipped; the pieces' texts join back into ``text``."""
    end = offset + len(text)
    kept = sorted({m for m in marks if m.start < end and offset < m.end and m.start < m.end},
                  key=lambda m: (m.start, -m.end, m.cls))
    edges = sorted({offset, end, *(max(m.start, offset) for m in kept),
                    *(min(m.end, end) for m in kept)})
    out: list[Piece] = []
    waiting = iter(sorted(kept, key=lambda m: max(m.start, offset)))
    upcoming = next(waiting, None)
    active: list[Mark] = []
    for lo, hi in itertools.pairwise(edges):  # a sweep: linear in pieces and marks
        while upcoming is not None and max(upcoming.start, offset) <= lo:
            active.append(upcoming)
            upcoming = next(waiting, None)
        active = [m for m in active if m.end > lo]  # every end is an edge: m.end >= hi
        covering = tuple(sorted(active, key=lambda m: (-(m.end - m.start), m.start, m.cls)))
        out.append(Piece(text[lo - offset:hi - offset], covering))
    return out


def marks_from(rows: Iterable[Mapping[str, Any]]) -> list[Mark]:
    """Marks from record dicts with ``start``, ``end``, ``class`` (and ``role``)."""
    return [Mark(int(r["start"]), int(r["end"]), str(r["class"]), str(r.get("role") or ""))
            for r in rows]
