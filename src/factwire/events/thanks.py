"""Transfers told as thanks: "Zelenskyy thanked Norway for the NASAMS air defense systems".

Readouts of leaders who receive arms rarely say "Norway delivered"; they thank the giver
for what it gave. The one thanked supplied the systems the "for" phrase names, to the state
of the one who thanks. A "for" phrase that is a deed ("for sending NASAMS to Ukraine") is
read by the rules of its verb; this module takes only the things thanked for.
"""

from __future__ import annotations

from typing import Any

from factwire.events.context import SentenceContext, actor_drafts, subjects_up
from factwire.events.draft import EventDraft
from factwire.events.frames import mentions_of
from factwire.events.systems import delivered


def thanked_transfers(ctx: SentenceContext, kind: str) -> list[EventDraft]:
    """One delivered transfer per weapon thanked for, from the one thanked to the state of
    the one who thanks."""
    words = set(ctx.lex.kind(kind).words("thank_words"))
    out: list[EventDraft] = []
    for tok in ctx.sent.tokens:
        givers, things = _thanked(ctx, tok) if tok.lemma_ in words else ([], [])
        if not givers or not things:
            continue
        takers = [d for d in actor_drafts(subjects_up(ctx, tok))
                  if d.actor_key and d.actor_key != givers[0].actor_key]
        if not takers:
            continue
        out.extend(delivered(ctx, kind, tok, weapon, givers[0], takers[0]) for weapon in things)
    return out


def _thanked(ctx: SentenceContext, tok: Any) -> tuple[list[Any], list[Any]]:
    """Who is thanked and the weapons named in what they are thanked for: "thanked Norway
    for the NASAMS", "grateful to Germany for the Patriot battery"."""
    if tok.pos_ == "VERB":
        whom = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.pos_ == "ADJ":
        whom = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj"]
    else:
        return [], []
    givers = actor_drafts([d for w in whom for d in mentions_of(ctx.sent, w, ctx.table)])
    objects = [o for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "for"
               and _no_verb_between(c, tok)  # "for its support ..., in particular for
               for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
               and not _deed(o)]
    # the NASAMS"; not "the decision to allocate funds for the purchase of ammunition"
    things = [d for o in objects for d in ctx.entities_in(o, ("weapon",)) if not d.generic]
    return givers, things


def _no_verb_between(tok: Any, top: Any) -> bool:
    """Whether the heads from ``tok`` up to ``top`` are all other than verbs."""
    head = tok.head
    while head.i != top.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _deed(noun: Any) -> bool:
    """A "for" object that is a decision or deed with its own verb ("its decision to
    transfer F-16 jets"): the verb under it tells the transfer."""
    return any(t.pos_ == "VERB" for t in noun.subtree if t.i != noun.i)
