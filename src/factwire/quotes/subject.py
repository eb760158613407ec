"""Who a speech verb's subject is: the entity just before the verb, or right after it when
the clause is inverted ('"...," said X'), preferring a person to an organisation or state
and the head of a title chain to its parts; never a name inside a quotation.
"""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft, EntityTable
from factwire.model import Span
from factwire.nlp.sentences import text_of
from factwire.quotes.clause import oblique
from factwire.quotes.names import person_after, person_before
from factwire.quotes.nominal import described_before, nominal_after, nominal_before
from factwire.quotes.patterns import clause_subject
from factwire.quotes.refer import refers_to, surname_of

AFTER_TOKENS = 14  # "said Amnesty's Middle East campaign director Samah Hadid"
SPEAKER_KINDS = ("person", "organization", "country")


def subject_of(doc: Any, verb: Any, table: EntityTable, inside: list[Span],
                sent: Any) -> tuple[str | None, Span | None]:
    """The entity that is the subject of ``verb``: just before it, or right after (inversion)."""
    lo = max(sent.start_char, verb.idx - 120, *(q.end for q in inside if q.end <= verb.idx))
    candidates_before = _nearest_by_preference(
        [(sp, d) for sp, d in table.in_range(lo, verb.idx)
         if d.kind in SPEAKER_KINDS and not in_quotes(sp, inside) and not oblique(doc, sp)])
    hi_tok = min(sent.end, verb.i + AFTER_TOKENS)
    hi = doc[hi_tok - 1].idx + len(doc[hi_tok - 1].text) if hi_tok > verb.i + 1 else verb.idx
    after = [(sp, d) for sp, d in table.in_range(verb.idx + len(verb.text), hi)
             if d.kind in SPEAKER_KINDS and not in_quotes(sp, inside)]
    if inverted(doc, verb, inside):
        people = [(sp, d) for sp, d in after if d.kind == "person"
                  and table.text[sp.end : sp.end + 2] not in ("’s", "'s")]  # "X's aide"
        if people:
            return people[0][1].key, people[0][0]
        named = person_after(doc, verb, table, sent.end)
        if named is not None:
            return named
        described = nominal_after(doc, verb, table, sent.end)
        if described[0] is not None and described[1] is not None:
            head = doc.char_span(described[1].start, described[1].end, alignment_mode="expand")
            if head is not None and head.end < sent.end and doc[head.end].text == ",":
                named = person_after(doc, doc[head.end], table, sent.end)
                if named is not None:  # "said a local pharmacist, Ismael,"
                    return named
            return described
        owners = [m for m in after if m not in people and m[1].kind == "person"]
        if [m for m in after if m not in owners]:  # not "said X's aide" for X
            sp, d = head_of_chain(doc, [m for m in after if m not in owners])
            return d.key, sp
    if _dependent(doc, verb, sent):
        clause = clause_subject(doc, sent, verb.idx, table, inside)  # "X did Y, adding '…'"
        if clause.key is not None:
            return clause.key, clause.span
    subject = _described_or_adjacent(doc, verb, table, sent, inside)
    if subject is not None:
        return subject
    if candidates_before and candidates_before[0][1].kind == "person":
        sp, d = candidates_before[0]
        return _re_resolve(doc, sp, table, inside) or (d.key, sp)
    nominal = nominal_before(doc, verb, table, sent.start)
    if nominal[0] is not None:
        return nominal
    near = doc[min(verb.i + 3, len(doc) - 1)].idx
    if after and not candidates_before and after[0][0].start <= near:
        sp, d = head_of_chain(doc, after)  # "…, says the ministry": not "said X hit Y"
        return d.key, sp
    if candidates_before:
        sp, d = candidates_before[0]
        return d.key, sp
    return None, None


def _dependent(doc: Any, verb: Any, sent: Any) -> bool:
    """A speech verb whose subject is the sentence's own: a participle after a comma ("X did
    Y, adding", "…, instead saying") or the second of two coordinated verbs ("X said A, but
    said B"), where the nearest name before the verb is only part of the first clause."""
    j = verb.i - 1
    while j > sent.start and doc[j].pos_ == "ADV":
        j -= 1
    if j <= sent.start:
        return False
    if verb.tag_ == "VBG":
        return bool(doc[j].text == ",")
    return bool(doc[j].lower_ in ("and", "but") and verb.tag_ in ("VBD", "VBZ")
                and doc[j - 1].text == ",")


def governed(tok: Any) -> bool:
    """"timid about asserting itself", "accused of saying": a gerund after a preposition
    reports no words of the sentence's speaker."""
    return bool(tok.tag_ == "VBG" and tok.i > 0
                and tok.nbor(-1).lower_ in ("about", "of", "from", "for", "against", "at"))


def _described_or_adjacent(doc: Any, verb: Any, table: EntityTable, sent: Any,
                           inside: list[Span]) -> tuple[str, Span] | None:
    """The mention right before the verb; but "Tonroe's commanding officer said" and "a
    spokesperson for the MoD said" are the described person, not the person or office named
    inside the description ("the ministry said" stays the ministry named before)."""
    subject = _adjacent_subject(doc, verb, table, sent, inside)
    if subject is not None and table.drafts[subject[0]].kind == "person":
        return subject
    key, span = described_before(doc, verb, table, sent.start)
    if key is None or span is None or (
            subject is not None and table.drafts[key].kind != "person"):
        return subject
    return key, span


def inverted(doc: Any, verb: Any, inside: list[Span]) -> bool:
    """'"…," said X': only punctuation between the quote's end and the verb (not "X, saying")."""
    ends = [q.end for q in inside if q.end <= verb.idx]
    return bool(ends) and text_of(doc)[max(ends) : verb.idx].strip(" ,—–-\n") == ""


_SKIP = frozenset({"also", "however", "then", "later", "has", "had", "have", "once",
                   "earlier", "previously", "again", "further", "separately"})


def _adjacent_subject(doc: Any, verb: Any, table: EntityTable,
                      sent: Any, inside: list[Span]) -> tuple[str, Span] | None:
    """The mention right before the verb, or right before an apposition ("X, the envoy, said")."""
    j = verb.i - 1
    while j > sent.start and (doc[j].lower_ in _SKIP or (doc[j].text == "," and
                              j - 1 > sent.start and doc[j - 1].lower_ in _SKIP)):
        j -= 1
    found = _speaker_at(doc, j, table, inside)
    if found is None and j > sent.start and doc[j].text == ",":
        found = _speaker_at(doc, j - 1, table, inside, kinds=("person",))
    if found is None and j > sent.start and doc[j].text == ",":
        found = _before_apposition(doc, j, table, sent, inside)
    return found


def _before_apposition(doc: Any, comma: int, table: EntityTable, sent: Any,
                       inside: list[Span]) -> tuple[str, Span] | None:
    """"Ann Lee, director of the Fund, said" and "Ann Lee, director of the Fund, the charity,
    said": the name before the first comma of the appositions, not one inside them; the
    nearest named thing when no person stands there."""
    commas: list[int] = []
    k = comma - 1
    while k > sent.start and k > comma - 25 and len(commas) < 2:
        if doc[k].text in ("(", ":", ";"):
            break
        if doc[k].text == ",":
            commas.append(k)
        k -= 1
    for k in commas:
        start = k - 1
        while start > sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start > sent.start and doc[start - 1].lower_ in ("of", "for", "at", "from"):
            continue  # "director of Reprieve": the description's complement
        person = _speaker_at(doc, k - 1, table, inside, kinds=("person",))
        if person is not None:
            return person
    who = next((k for k in range(comma - 1, sent.start + 1, -1)
                if doc[k].lower_ == "who" and doc[k - 1].text == ","), None)
    if who is not None:  # "X, who fought beside Y in the war, said": the relative's antecedent
        person = _speaker_at(doc, who - 2, table, inside, kinds=("person",))
        if person is not None:
            return person
    return _speaker_at(doc, commas[0] - 1, table, inside) if commas else None


def _speaker_at(doc: Any, i: int, table: EntityTable, inside: list[Span],
                kinds: tuple[str, ...] = SPEAKER_KINDS) -> tuple[str, Span] | None:
    if i < 0:
        return None
    tok = doc[i]
    referred = refers_to(doc, tok, table, inside)
    if referred is not None:
        return referred if table.drafts[referred[0]].kind in kinds else None
    key = table.at(Span(tok.idx, tok.idx + len(tok.text)))
    unsure = key is None or table.drafts[key].kind in ("organization", "location")
    if "person" in kinds and unsure:
        found = surname_of(doc, tok, table) if key is None else None
        found = found or person_before(doc, i, table, max(0, i - 3))
        if found is not None or key is None:
            return found
    if key is None or table.drafts[key].kind not in kinds:
        return None
    for sp, d in table.in_range(tok.idx - 200, tok.idx + len(tok.text)):
        if d.key == key and sp.end >= tok.idx:
            return key, sp
    return None


def _re_resolve(doc: Any, sp: Span, table: EntityTable,
                inside: list[Span]) -> tuple[str, Span] | None:
    """A pronoun mention is resolved again, ignoring people named inside quotations."""
    tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return None if tok is None else refers_to(doc, tok[0], table, inside)


def _nearest_by_preference(mentions: list[tuple[Span, Draft]]) -> list[tuple[Span, Draft]]:
    """People first, then organisations, then states; the nearest to the verb first in each."""
    rank = {"person": 0, "organization": 1, "country": 2}
    order = sorted(enumerate(mentions), key=lambda m: (rank.get(m[1][1].kind, 3), -m[0]))
    return [m for _, m in order]


def head_of_chain(doc: Any, mentions: list[tuple[Span, Draft]]) -> tuple[Span, Draft]:
    """In "a Russian Defense Ministry statement" the organ, not its country, is the speaker."""
    chosen = mentions[0]
    for nxt in mentions[1:]:
        gap = text_of(doc)[chosen[0].end : nxt[0].start]
        if gap.strip() == "" and chosen[1].kind == "country":
            chosen = nxt
        else:
            break
    return chosen


def in_quotes(span: Span, inside: list[Span]) -> bool:
    return any(q.start <= span.start and span.end <= q.end for q in inside)
