"""Attributing quotations to speakers through speech verbs, pronouns and titles.

Patterns, in the order tried: a speech verb after the quote in its sentence ('"...," Shoigu said';
'"...," said a Russian Defense Ministry statement'), a speech verb before it ('He said he was
confident that "..."'; 'X said: "..."'; 'according to X'), and finally the speaker of the
quotation just before, when the quote stands alone in its sentence (a continued quotation).
"""

from __future__ import annotations

import bisect
from typing import Any, ClassVar

from factwire.entities.table import Draft, EntityTable
from factwire.model import Quote, Span
from factwire.nlp.component import DocState
from factwire.quotes.find import RawQuote, find_quotes

SPEECH_LEMMAS = frozenset({
    "say", "tell", "add", "state", "note", "warn", "insist", "declare", "stress", "announce",
    "write", "tweet", "claim", "argue", "explain", "reply", "comment", "conclude", "continue",
    "urge", "emphasise", "emphasize", "assert", "remark", "acknowledge", "admit", "vow",
    "pledge", "promise", "caution", "accuse", "deny", "describe", "call", "predict",
})
_WINDOW = 10
_SPEAKER_KINDS = ("person", "organization", "country")


class QuoteAttributor:
    """Finds quotations and their speakers; speakers are entity keys until the table freezes."""

    name: ClassVar[str] = "quotes.attribute.v1"
    requires: ClassVar[tuple[str, ...]] = ("entities.coref", "doc.sents", "token.lemma")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        table: EntityTable = state.entities
        raws = find_quotes(state.article.text)
        inside = [q.outer for q in raws]
        previous: tuple[str | None, int] = (None, -1)
        starts = [s.start_char for s in doc.sents]
        for n, raw in enumerate(raws, 1):
            speaker, speaker_span = _attribute(doc, raw, table, inside)
            sent_index = bisect.bisect_right(starts, raw.outer.start)
            if speaker is None and previous[0] is not None and sent_index - previous[1] <= 1 \
                    and not _has_speech_verb(doc, raw, inside):
                speaker = previous[0]
            if speaker is not None:
                previous = (speaker, sent_index)
            state.quotes.append(Quote(
                id=f"Q{n}", text=raw.span.text(state.article.text), span=raw.span,
                speaker=speaker, speaker_span=speaker_span,
            ))
        state.assigned.add("quotes")


def _tokens_outside(doc: Any, start_char: int, end_char: int, inside: list[Span]) -> list[Any]:
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    if span is None:
        return []
    return [t for t in span if not any(q.start <= t.idx < q.end for q in inside)]


def _has_speech_verb(doc: Any, raw: RawQuote, inside: list[Span]) -> bool:
    sent = _sentence_of(doc, raw)
    if sent is None:
        return False
    toks = _tokens_outside(doc, sent.start_char, sent.end_char, inside)
    return any(t.lemma_ in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX") for t in toks)


def _sentence_of(doc: Any, raw: RawQuote) -> Any:
    first = doc.char_span(raw.outer.start, raw.outer.start + 1, alignment_mode="expand")
    last = doc.char_span(raw.outer.end - 1, raw.outer.end, alignment_mode="expand")
    if first is None or last is None:
        return None
    return doc[first.sent.start : last.sent.end]


def _attribute(doc: Any, raw: RawQuote, table: EntityTable,
               inside: list[Span]) -> tuple[str | None, Span | None]:
    sent = _sentence_of(doc, raw)
    if sent is None:
        return None, None
    after = _tokens_outside(doc, raw.outer.end, sent.end_char, inside)[:_WINDOW]
    for tok in after:
        if _is_speech(tok) or tok.lower_ == "according":
            found = _speaker_near(doc, tok, table, inside, sent)
            if found[0] is not None:
                return found
    before = _tokens_outside(doc, sent.start_char, raw.outer.start, inside)
    for tok in reversed(before[-3 * _WINDOW:]):
        if _is_speech(tok) or (tok.lower_ == "according" and tok.i + 1 < len(doc)):
            found = _speaker_near(doc, tok, table, inside, sent)
            if found[0] is not None:
                return found
    return None, None


def _is_speech(tok: Any) -> bool:
    return bool(tok.lemma_ in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")) or tok.lower_ in (
        "said", "says")


def _speaker_near(doc: Any, verb: Any, table: EntityTable, inside: list[Span],
                  sent: Any) -> tuple[str | None, Span | None]:
    """The entity that is the subject of ``verb``: just before it, or right after (inversion)."""
    lo = max(sent.start_char, verb.idx - 80)
    candidates_before = [(sp, d) for sp, d in table.in_range(lo, verb.idx)
                         if d.kind in _SPEAKER_KINDS and not _in_quotes(sp, inside)]
    hi_tok = min(sent.end, verb.i + 8)
    hi = doc[hi_tok - 1].idx + len(doc[hi_tok - 1].text) if hi_tok > verb.i + 1 else verb.idx
    after = [(sp, d) for sp, d in table.in_range(verb.idx + len(verb.text), hi)
             if d.kind in _SPEAKER_KINDS and not _in_quotes(sp, inside)]
    inverted = verb.i > 0 and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote)
    if after and (inverted or not candidates_before):
        sp, d = _head_of_chain(doc, after)
        return d.key, sp
    if candidates_before:
        sp, d = candidates_before[-1]
        return d.key, sp
    return None, None


def _head_of_chain(doc: Any, mentions: list[tuple[Span, Draft]]) -> tuple[Span, Draft]:
    """In "a Russian Defense Ministry statement" the organ, not its country, is the speaker."""
    chosen = mentions[0]
    for nxt in mentions[1:]:
        gap = doc.text[chosen[0].end : nxt[0].start]
        if gap.strip() == "" and chosen[1].kind == "country":
            chosen = nxt
        else:
            break
    return chosen


def _in_quotes(span: Span, inside: list[Span]) -> bool:
    return any(q.start <= span.start and span.end <= q.end for q in inside)
