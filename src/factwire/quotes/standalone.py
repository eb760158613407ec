"""Quotations standing alone after a sentence that names their speaker as its subject.

News style introduces a speaker in one sentence ("Munef al-Shami, an opposition leader,
agreed.") and gives the words in the next, with no verb of saying next to them.
"""

from __future__ import annotations

from typing import Any

from factwire.entities.coref import is_subject
from factwire.entities.table import EntityTable
from factwire.model import Span
from factwire.nlp.sentences import sentence_of
from factwire.quotes.names import bare_subjects, person_named_at
from factwire.quotes.patterns import Attribution


def subject_before(doc: Any, raw: Any, table: EntityTable, inside: list[Span]) -> Attribution:
    """A quotation standing alone right after a sentence whose subject is a named person
    ("Munef al-Shami, an opposition leader, agreed. “…”"): that person speaks."""
    prev = sentence_before(doc, raw)
    if prev is None:
        return Attribution(None)
    for sp, d in table.in_range(prev.start_char, prev.end_char):
        mention = d.mentions.get(sp)
        if any(q.start <= sp.start < q.end for q in inside) or mention is None:
            continue
        if d.kind == "person" and mention.form == "name" and is_subject(doc, sp):
            return Attribution(d.key, sp)
        break  # the sentence opens with someone or something else
    runs = bare_subjects(doc, prev.start, prev.end, table, inside)
    if runs and (not table.in_range(prev.start_char, doc[runs[0][0]].idx)):
        found = person_named_at(doc, runs[0][0], runs[0][1], table)
        if found is not None:
            return Attribution(*found)
    return Attribution(None)


def sentence_before(doc: Any, raw: Any) -> Any:
    """The sentence just before a quotation that opens its own sentence, else None. The
    sentencizer often leaves the opening mark at the end of that sentence."""
    mark = doc.char_span(raw.outer.start, raw.outer.start + 1, alignment_mode="expand")
    word = doc.char_span(raw.span.start, raw.span.start + 1, alignment_mode="expand")
    if mark is None or word is None:
        return None
    opened = sentence_of(doc, mark.start)
    sent = sentence_of(doc, word.start)
    if opened.start != sent.start:
        return opened
    if sent.start == 0 or doc.text[sent.start_char : raw.outer.start].strip():
        return None  # the quotation is inside a sentence of its own
    return sentence_of(doc, sent.start - 1)
