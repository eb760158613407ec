"""Speakers named by "it", "they" or an institution noun ("the embassy said").

"The Norwegian Refugee Council said … “…,” it said" is the council speaking; "the lawyers
representing her said … “…,” they said" is the lawyers; "the department said" is the
department the article named before. The referent is read from the nearest earlier sentence
that names one, outside quotation marks; a group of people becomes a described speaker
("members of Congress") like any anonymous one.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from factwire.entities.table import Draft, EntityTable
from factwire.model import Span
from factwire.nlp.sentences import sentence_of
from factwire.quotes.nominal import PERSON_NOUNS, described

# Nouns that stand for an institution already named ("the embassy", "the group").
INSTITUTION_NOUNS = frozenset({
    "embassy", "department", "ministry", "group", "organisation", "organization", "agency",
    "council", "monitor", "charity", "office", "company", "firm", "committee", "commission",
    "movement", "coalition", "alliance", "institute", "observatory", "network", "party",
    "statement", "presidency", "militia", "watchdog", "body", "court", "foundation",
})
# Nouns that fit any institution; the others must occur in its name or its mention.
_ANY_INSTITUTION = frozenset({"group", "organisation", "organization", "charity", "company",
                              "firm", "statement", "movement", "body", "watchdog", "monitor"})
# Documents speak for their authors: "the report said" is whoever the article said wrote it
# ("a Pentagon report", "a study by the Henry Jackson Society"), an organ or a state.
DOCUMENT_NOUNS = frozenset({"report", "paper", "study", "letter", "document", "memo",
                            "assessment", "review"})
_BACK = 3  # sentences
_INSTITUTIONS = ("organization", "country")


def institution_or_group(doc: Any, tok: Any, table: EntityTable,
                         inside: list[Span]) -> tuple[str, Span] | None:
    """The institution or group that "it", "they" or "the <institution noun>" stands for."""
    low = tok.lower_
    span = Span(tok.idx, tok.idx + len(tok.text))
    if low == "it":
        found = _nearest(doc, tok, table, inside, lambda sp, d: d.kind in _INSTITUTIONS)
        return (found.key, span) if found is not None else None
    if low == "they":
        return _group(doc, tok, table, inside, span)
    if low in DOCUMENT_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
        found = _nearest(doc, tok, table, inside, lambda sp, d: d.kind in _INSTITUTIONS)
        return (found.key, Span(doc[tok.i - 1].idx, span.end)) if found is not None else None
    if low in INSTITUTION_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
        title = Span(doc[tok.i - 1].idx, span.end)
        found = _nearest(doc, tok, table, inside,
                         lambda sp, d: d.kind == "organization" and _fits(low, sp, d, table))
        return (found.key, title) if found is not None else None
    return None


def _fits(noun: str, sp: Span, draft: Draft, table: EntityTable) -> bool:
    if noun in _ANY_INSTITUTION:
        return True
    words = f"{draft.name} {table.text[sp.start:sp.end]}".lower()
    return noun in words or (noun == "department" and "ministry" in words)


def _sentences_back(doc: Any, tok: Any) -> list[Any]:
    """This sentence up to ``tok``, then the earlier ones, nearest first."""
    sent = sentence_of(doc, tok.i)
    out = [doc[sent.start : tok.i]]
    while len(out) <= _BACK and sent.start > 0:
        sent = sentence_of(doc, sent.start - 1)
        out.append(sent)
    return out


def _nearest(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
             wanted: Any) -> Draft | None:
    """The first wanted mention of the nearest sentence holding one (its subject, usually)."""
    for sent in _sentences_back(doc, tok):
        if len(sent) == 0:
            continue
        hits = [d for sp, d in table.in_range(sent.start_char, sent.end_char)
                if wanted(sp, d) and not any(q.start <= sp.start < q.end for q in inside)]
        hits = [d for d in hits if d.kind == "organization"] or hits  # "Norwegian … Council"
        if hits:
            return hits[0] if sent.end != tok.i else hits[-1]
    return None


def _group(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
           span: Span) -> tuple[str, Span] | None:
    """"they": two people named together, a plural description, else an institution."""
    for sent in _sentences_back(doc, tok):
        if len(sent) == 0:
            continue
        outside = [t for t in sent if not any(q.start <= t.idx < q.end for q in inside)]
        people = [(sp, d) for sp, d in table.in_range(sent.start_char, sent.end_char)
                  if d.kind == "person" and not any(q.start <= sp.start < q.end for q in inside)]
        for (a, d), (b, _e) in pairwise(people):
            if table.text[a.end : b.start].strip(" ,") in ("and", "&"):
                return d.key, span  # "Sanders and Feinstein wrote …"
        for t in outside:
            if t.tag_ == "NNS" and t.lemma_ in PERSON_NOUNS and t.text.islower():
                found = described(doc, t.i, table)
                if found[0] is not None:
                    return found[0], span
        orgs = [d for sp, d in table.in_range(sent.start_char, sent.end_char)
                if d.kind == "organization"
                and not any(q.start <= sp.start < q.end for q in inside)]
        if orgs:
            return orgs[0].key, span
        if people:
            return None  # people named, none of them a group: "they" is someone else
    return None
