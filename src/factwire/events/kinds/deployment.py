"""Deployments: forces or weapons sent to, or stationed in, a place (MOBILIZE)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts
from factwire.events.draft import EventDraft
from factwire.events.frames import key_of
from factwire.nlp.types import Token
from factwire.values import find_quantities

KIND = "deployment"
LEXICON_FIELDS = ("verbs", "nouns", "troop_nouns")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, troops = set(entry.words("verbs")), set(entry.words("troop_nouns"))
    for tok in ctx.sent.sdoc:
        if tok.pos_ == "VERB" and tok.lemma_ in verbs:
            frame = ctx.frame(tok)
            moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.lemma_ == "send" and not any(m.lower_ in troops for m in moved):
                continue
            deployer = actor_drafts(frame.subjects)
            if not deployer:
                deployer = [d for m in moved for d in ctx.frame(m).modifiers]
            place = _place(frame.prep("to", "in", "into", "near", "on", "inside"), deployer)
        elif tok.pos_ == "NOUN" and tok.lower_ in troops and _stationed(tok):
            frame = ctx.frame(tok)
            moved = [tok]
            deployer = actor_drafts(frame.modifiers)
            place = _place(frame.prep("in", "to", "inside", "into", "from", "across", "near",
                                      "along", "on"), deployer)
        else:
            continue
        if not deployer or place is None:
            continue
        draft = ctx.draft(KIND, tok, frame)
        draft.add("deployer", [deployer[0].key])
        draft.add("place", [place.key])
        weapons = [d for m in moved for d in ctx.entities_in(m, ("weapon",))]
        if weapons:
            draft.add("system", [weapons[0].key])
            draft.variant = "weapons"
        draft.quantity = _count(ctx, moved)
        return [draft]
    return []


_PRESENCE = frozenset({"be", "remain", "station", "base", "keep", "have", "maintain"})


def _stationed(tok: Token) -> bool:
    """"2,000 US troops in Syria": a counted force, or one that is, remains or is kept there."""
    return not (tok.dep_ == "compound" or (tok.head.lower_ in ("with", "alongside", "against")
                                              and tok.dep_ == "pobj"))


def _place(cands: list[Draft], deployer: list[Draft]) -> Draft | None:
    own = {key_of(d) for d in deployer}
    for c in cands:
        if c.kind in ("location", "country") and (c.country or c.actor) not in own:
            return c
    return None


def _count(ctx: SentenceContext, moved: list[Token]) -> int | None:
    for m in moved:
        toks = list(m.subtree)
        span = ctx.sent.span_of_tokens(toks[0], toks[-1])
        head = ctx.sent.span_of(m)
        for q in find_quantities(ctx.table.text, span.start, head.end):
            if q.value is not None and q.span.end <= head.start:
                return q.value
    return None
