"""Invariants every extraction must keep, checked by the fuzz test and ``bench/fuzz.py``."""

from __future__ import annotations

from factwire.model import Extraction, Span


def span_violations(result: Extraction) -> list[str]:
    """Every span that does not lie inside ``doc.text`` or does not cover its own text.

    An empty list means every offset can be trusted to index the stored text.
    """
    text = result.article.text
    bad: list[str] = []

    def check(what: str, span: Span | None, covered: str | None = None) -> None:
        if span is None:
            return
        if not 0 <= span.start <= span.end <= len(text):
            bad.append(f"{what} [{span.start}, {span.end}) outside text of {len(text)}")
        elif covered is not None and text[span.start:span.end] != covered:
            bad.append(f"{what} [{span.start}, {span.end}) covers "
                       f"{text[span.start:span.end]!r}, not {covered!r}")

    for entity in result.entities:
        for mention in entity.mentions:
            check(f"entity {entity.id} mention", mention.span, mention.text)
    for quote in result.quotes:
        check(f"quote {quote.id}", quote.span, quote.text)
        check(f"quote {quote.id} speaker", quote.speaker_span)
    for event in result.events:
        for span in event.evidence:
            check(f"event {event.id} evidence", span)
        if event.time is not None:
            check(f"event {event.id} time", event.time.span)
    return bad
