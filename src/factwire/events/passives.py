"""Who gives and who receives when a transfer is told in a passive or a participle: "X,
trained and armed by Y", "missiles that were provided by Iran", "using a missile, allegedly
supplied by Iran" (the arms-transfer kind's readers of passive voice)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, head_chain
from factwire.events.frames import agents_of, mentions_of
from factwire.nlp.types import Token


def agents(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """Who did it, in a passive or participle: its own "by" phrase, or the one of the
    participle it is coordinated with ("armed and supported by the US")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if tok.dep_ == "conj":
        heads.append(tok.head)
    return actor_drafts([d for head in heads for d in agents_of(ctx.sent, head, ctx.table)])


def passive_recipient(ctx: SentenceContext, tok: Token, system: Draft) -> list[Draft]:
    """Who receives in a passive: the armed ("X was armed by Y", "X, trained and armed by
    Y"), or the owner or user of what was supplied ("X's drones were supplied by Y", "the
    drones used by X were supplied by Y")."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "trained and armed by": the participle the others join
    if tok.lemma_ in ("arm", "armed"):
        holders = [c for c in (*tok.children, *first.children) if c.dep_ == "nsubjpass"]
        if first.dep_ in ("acl", "amod", "appos") or not holders:
            holders.append(first.head if first.head.pos_ in ("NOUN", "PROPN")
                           else described(first))  # "X, until now armed by Y, is"
        holders += [c for h in holders if h.dep_ == "attr" for c in h.head.children
                    if c.dep_ == "nsubj"]  # "X is an adversary trained and armed by Y"
        return actor_drafts([d for h in holders for d in mentions_of(ctx.sent, h, ctx.table)])
    owned = [c for c in tok.children if c.dep_ == "nsubjpass"]
    owners = [p for o in owned for p in o.children if p.dep_ == "poss"]
    thing = described(tok) if tok.dep_ == "advcl" else tok.head
    using = ctx.lex.kind("arms_transfer").words("user_verbs")
    if tok.dep_ in ("relcl", "acl", "advcl") and thing.dep_ == "dobj" and (
            thing.head.lemma_ in using):  # "the Houthis fired missiles that Iran provided"
        owners += users(thing.head)
    owners += [a for o in owned for v in o.children if v.dep_ == "acl"
               for g in v.children if g.dep_ == "agent" for a in g.children]
    return actor_drafts([d for p in owners for d in mentions_of(ctx.sent, p, ctx.table)
                         if d is not system])


def users(verb: Token) -> list[Token]:
    """Who uses what ``verb`` takes: its subject, or for a participle with none the doer of
    the clause it hangs on ("shot down by the Houthis using a missile")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "advcl":
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"] or [
        p for c in verb.head.children if c.dep_ == "agent" for p in c.children]


def described(tok: Token) -> Token:
    """Whom a loosely attached participle phrase describes: the noun just before the comma
    that opens it ("a betrayal of the Kurds, until now armed by Y"), else the subject of
    the nearest clause above it ("X, until now armed by Y, is in danger")."""
    start = min(t.i for t in tok.head.subtree) if tok.head.pos_ == "ADP" else tok.left_edge.i
    if start >= 2 and tok.doc[start - 1].text == "," and tok.doc[start - 2].pos_ in (
            "NOUN", "PROPN"):
        return tok.doc[start - 2]
    for head in head_chain(tok)[1:]:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return tok
