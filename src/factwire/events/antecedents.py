"""What an agentive "it" or "its" stands for: the state or organisation an earlier clause,
the previous sentence, or the verb that asks or thanks it names ("Turkey said it will send
troops", "urged Turkey to delay its offensive", "thanked Oslo for its decision")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factwire.entities.table import Draft, EntityTable
from factwire.nlp.types import Token

if TYPE_CHECKING:
    from factwire.events.frames import Sentence

# "it" as a subject and "its" as a possessor ("Russia said its deliveries of ...") stand for
# a state or organisation named before them
AGENTIVE_IT = frozenset({("it", "nsubj"), ("it", "nsubjpass"), ("its", "poss")})


def recipient_it(tok: Token) -> bool:
    """"it" or "them" as the first of two objects ("selling it arms", "sold it S-400s"), or
    given something "with" ("providing them with rockets"): a recipient, so a state or
    organisation named before it, but not its own verb's subject."""
    return tok.lower_ in ("it", "them") and tok.dep_ in ("dative", "dobj") and any(
        (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with" and tok.lower_ == "them"))
        and c.left_edge.i == tok.i + 1 for c in tok.head.children)  # the thing given straight
    # after it, not a misparsed object later ("fighting it out ... in Deir ez-Zor province")


def _own_subject(tok: Token) -> Token | None:
    """The subject of the clause ``tok`` is an object in, through conjoined and controlled
    verbs ("The UK must stop appeasing Turkey and selling it arms": the UK)."""
    cur = tok.head
    for _ in range(4):
        subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return None
        cur = cur.head
    return None


def agentive(tok: Token) -> bool:
    """"it" as a subject always; "its" only on an event word ("its supply of arms", "its
    troops"): on anything else ("strikes on its capital") it may be any state named before."""
    if tok.lower_ != "its":
        return True
    from factwire.events.frames import has_aux  # noqa: PLC0415 (frames imports this module)
    from factwire.events.lexicon import load_lexicon  # noqa: PLC0415 (lexicon imports specs)

    words = load_lexicon().trigger_words
    if any(c.dep_ == "amod" and c.lower_ in _INTENDED for c in tok.head.children):
        return True  # "its planned military action": an act someone intends is an event
    if any(c.dep_ == "acl" and c.lemma_.lower() in words and has_aux(c, ("to",))
           for c in tok.head.children):
        return True  # "its decision to hand over jets": what it decided is an event
    return tok.head.lower_ in words or tok.head.lemma_.lower() in words


_INTENDED = frozenset({"planned", "threatened", "promised", "proposed", "announced",
                       "intended", "vowed", "pledged"})


def actor_antecedent(sent: Sentence, tok: Token, table: EntityTable) -> Draft | None:
    """What an agentive "it" or "its" stands for: a state or organisation that is the subject of an
    earlier clause of its sentence ("Turkey ... announced it will send troops"), else the
    first one the previous sentence names ("The ministry bought six submarines. It will
    also buy ..."). Under a verb of asking, the one asked ("urged Turkey to delay its
    offensive")."""
    asked = _asked(sent, tok, table)
    if asked is not None:
        return asked
    if recipient_it(tok):
        return _recipient(sent, tok, table)
    for prev in reversed(list(tok.sent[: tok.i - tok.sent.start])):
        if prev.dep_ in ("nsubj", "nsubjpass"):
            hit = table.at(sent.span_of(prev)) or next(
                (table.at(sent.span_of(c)) for c in prev.lefts if table.at(sent.span_of(c))), None)
            if hit is not None and _acts(table.drafts[hit]):
                return table.drafts[hit]
    before = table.text.rfind(". ", 0, max(sent.offset - 2, 0))
    window = table.in_range(before + 2 if before >= 0 else 0, sent.offset)
    return next((d for _sp, d in window if _acts(d)), None)


def _recipient(sent: Sentence, tok: Token, table: EntityTable) -> Draft | None:
    """The nearest state or organisation before a recipient "it" in its sentence, other
    than its clause's subject (who would be "itself")."""
    subject = _own_subject(tok)
    own = table.at(sent.span_of(subject)) if subject is not None else None
    for prev in reversed(list(tok.sent[: tok.i - tok.sent.start])):
        hit = table.at(sent.span_of(prev))
        if hit is not None and hit != own and _acts(table.drafts[hit]):
            return table.drafts[hit]
    return None


def _asked(sent: Sentence, tok: Token, table: EntityTable) -> Draft | None:
    """The object of the verb that controls the clause holding ``tok`` ("urged Turkey [to
    delay its ...]"), when it is a state or organisation."""
    for head in list(tok.ancestors)[:4]:
        if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "VERB":
            head = head.head  # "thanked the Netherlands for its decision": the one thanked
        elif head.dep_ != "xcomp" or head.head.pos_ != "VERB":
            continue
        for obj in head.head.children:
            hit = table.at(sent.span_of(obj)) if obj.dep_ == "dobj" else None
            if hit is not None and _acts(table.drafts[hit]):
                return table.drafts[hit]
        return None
    return None


def _acts(d: Draft) -> bool:
    return d.kind in ("country", "organization") and bool(d.actor)
