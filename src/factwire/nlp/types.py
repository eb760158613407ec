"""spaCy's own types under short names, so run state is typed without importing spaCy widely."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

SpacySpan = Span

__all__ = ["Doc", "SpacySpan", "Token"]
