"""The sentence around a token, in O(log n).

spaCy's ``Token.sent`` and ``Span.sent`` scan the whole document on every call, which makes
per-mention look-ups quadratic on long articles. The sentence starts are computed once per
Doc and kept in its ``user_data``.
"""

from __future__ import annotations

import bisect

from factwire.nlp.types import Doc, SpacySpan

_TEXT_KEY = "factwire.text"
_KEY = "factwire.sentence_starts"


def sentence_of(doc: Doc, i: int) -> SpacySpan:
    """The sentence (a Span) holding token ``i`` of ``doc``."""
    starts: list[int] | None = doc.user_data.get(_KEY)
    if starts is None:
        starts = [s.start for s in doc.sents] or [0]
        doc.user_data[_KEY] = starts
    j = max(0, bisect.bisect_right(starts, i) - 1)
    end = starts[j + 1] if j + 1 < len(starts) else len(doc)
    return doc[starts[j] : end]


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access, so a
    loop over quotes that reads it turns a long article quadratic."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text
