"""Character spans: the grounding of every fact in the article text."""

from __future__ import annotations

from dataclasses import dataclass

from factwire.model.errors import SpanError


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open ``[start, end)`` pair of code-point offsets into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise SpanError(f"span [{self.start}, {self.end}) is not a valid offset pair")

    def text(self, source: str) -> str:
        """The covered text; raises when the span runs past the end of ``source``."""
        if self.end > len(source):
            raise SpanError(
                f"span [{self.start}, {self.end}) runs past the text (length {len(source)})"
            )
        return source[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_json(cls, value: list[int] | tuple[int, int]) -> Span:
        return cls(int(value[0]), int(value[1]))

    @classmethod
    def covering(cls, spans: list[Span]) -> Span:
        """The smallest span covering all ``spans`` (which must not be empty)."""
        return cls(min(s.start for s in spans), max(s.end for s in spans))
