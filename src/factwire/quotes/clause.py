"""The issue's invariant: a named person in the attribution clause outranks any institution.

"Shiraz Maher, director at the International Centre for … (ICSR) at King's College London,
said" names the centre nearer the verb than the man; "said Sam Heller at the Century
Foundation" names it after him. When the speaker read so far is a state or an organisation,
the clause is searched for a person named in it (not a possessor: "Trump's White House said"
is the White House).
"""

from __future__ import annotations

from typing import Any

from factwire.entities.table import EntityTable
from factwire.model import Span
from factwire.quotes.names import first_named

_AFTER_TOKENS = 14


_OBLIQUE_PREPS = frozenset({"about", "to", "with", "for", "from", "of", "on", "at", "against",
                            "into", "over", "towards", "toward", "after", "before", "than"})


def oblique(doc: Any, sp: Span) -> bool:
    """Who the clause is about, never who speaks: the object of a preposition ("Asked about
    X, the ministry said") or a possessive ("Responding to his demands, …")."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].lower_ in ("his", "her", "their", "its"):
        return True
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ", "PROPN") and doc[i].lower_ != "by":
        i -= 1  # "about the Syrian envoy X"
    return i >= 0 and doc[i].lower_ in _OBLIQUE_PREPS


def clause_bounds(doc: Any, verb: Any, inside: list[Span], sent: Any,
                  inverted: bool) -> tuple[int, int]:
    """Character bounds of the words around ``verb`` that say who speaks."""
    if inverted:
        start = verb.idx + len(verb.text)
        last = doc[min(len(doc), sent.end, verb.i + _AFTER_TOKENS) - 1]
        ends = [q.start for q in inside if q.start >= start]
        return start, min([last.idx + len(last.text), *ends])
    starts = [q.end for q in inside if q.end <= verb.idx]
    return max([sent.start_char, *starts]), verb.idx


def person_in_clause(doc: Any, verb: Any, table: EntityTable, inside: list[Span], sent: Any,
                     inverted: bool) -> tuple[str, Span] | None:
    """The first person named in the attribution clause of ``verb``, if any."""
    start, end = clause_bounds(doc, verb, inside, sent, inverted)
    text = table.text
    for sp, d in table.in_range(start, end):
        mention = d.mentions.get(sp)
        if d.kind == "person" and mention is not None and mention.form == "name" and (
                text[sp.end : sp.end + 2] not in ("’s", "'s")) and not oblique(doc, sp):
            return d.key, sp
    return first_named(doc, start, end, table)
