"""Finding direct quotations: pairs of quote marks whose content is three words or more."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factwire.model import Span

_OPEN = {'"': '"', "“": "”", "«": "»", "„": "“"}
_TRIM_END = ",;: \n\t"
MIN_WORDS = 3
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation: ``span`` covers the words inside the marks; ``outer`` includes the marks."""

    span: Span
    outer: Span
    open_end: bool = False  # closed by the paragraph's end or a new opening mark, not its own


def find_quotes(text: str) -> list[RawQuote]:
    """Every quotation of ``MIN_WORDS`` words or more, in text order.

    A quotation left open at the end of a paragraph is closed there (news style continues a
    speaker's quote in the next paragraph with a new opening mark).
    """
    out: list[RawQuote] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        close = _OPEN.get(ch)
        if close is None or (ch == '"' and _looks_like_inch(text, i)):
            i += 1
            continue
        j = i + 1
        while (j < n and not _closes(text, i, j, close) and text[j] != "\n"
               and not _reopens(text, j, ch)):
            j += 1
        width = _closes(text, i, j, close) if j < n else 0
        closed = width > 0
        end = j if closed or j >= n or text[j] == "\n" else _last_sentence_end(text, i + 1, j)
        inner = _trim(text, i + 1, end)
        if inner is not None and len(_WORD.findall(text[inner.start : inner.end])) >= MIN_WORDS:
            out.append(RawQuote(span=inner, outer=Span(i, min(end + width, n) if closed else end),
                                open_end=not closed))
        i = j + width if closed else j
    return out


def _closes(text: str, i: int, j: int, close: str) -> int:
    """Width of the mark closing the quotation opened at ``i`` found at ``j``, else 0.

    Besides its own mark, a curly quotation may be closed by two single marks ("…,’’ he
    said") or, typed in haste, by one after a stop and before a lower-case word ("…,’ said
    X") when no single quotation was opened inside it.
    """
    if text[j] == close:
        return 1
    if close != "”" or text[j] != "’":
        return 0
    if text.startswith("’’", j):
        return 2
    after = text[j + 1 : j + 3]
    if (text[j - 1] in ",.!?" and len(after) == 2 and after[0] == " " and after[1].islower()
            and "‘" not in text[i:j]):
        return 1
    return 0


def _reopens(text: str, j: int, opening: str) -> bool:
    """A second opening mark before the closing one: the first quotation was never closed
    (a typo, or a quote run into the next); it ends before the new one opens."""
    return opening != _OPEN[opening] and text[j] == opening


def _last_sentence_end(text: str, start: int, j: int) -> int:
    """End of the last full sentence in ``text[start:j]`` (its stop kept), else ``j``."""
    cut = max(text.rfind(". ", start, j), text.rfind("? ", start, j), text.rfind("! ", start, j))
    return cut + 1 if cut > start else j


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return Span(start, end) if end > start else None


def _looks_like_inch(text: str, i: int) -> bool:
    """A straight double quote right after a digit is an inch mark, not a quotation."""
    return i > 0 and text[i - 1].isdigit() and (i + 1 >= len(text) or not text[i + 1].isalpha())
