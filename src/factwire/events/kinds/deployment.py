"""Deployments: forces or weapons sent to, or stationed in, a place (MOBILIZE)."""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, implied_state
from factwire.events.draft import EventDraft
from factwire.events.frames import key_of
from factwire.values import find_quantities

KIND = "deployment"


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, troops = set(entry["verbs"]), set(entry["troop_nouns"])
    movers, holders = set(entry["movers"]), set(entry["holders"])
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
        elif tok.pos_ == "VERB" and tok.lemma_ in movers:
            frame = ctx.frame(tok)
            moved = [c for c in tok.children if c.dep_ == "nsubj" and _force(ctx, c, troops)]
            deployer = [d for m in moved for d in _owners(ctx, m)]
            place = _place([*frame.prep("in", "into", "to", "at"), *frame.objects], deployer)
        elif tok.pos_ == "NOUN" and tok.lower_ in troops and _stationed(tok):
            frame = ctx.frame(tok)
            moved = [tok]
            deployer = actor_drafts(frame.modifiers)
            if not deployer and tok.dep_ == "dobj" and frame.verb.lemma_ in holders:
                deployer = actor_drafts(frame.subjects)  # "France has 900 troops in Niger"
            place = _place(frame.prep("in", "to", "inside", "into", "from", "across", "near",
                                      "along", "on", "at"), deployer)
        else:
            continue
        if not deployer or place is None:
            continue
        draft = ctx.draft(KIND, tok, frame)
        if moved == [tok] and frame.verb.lemma_ not in holders:
            # a standing force named in passing ("wanted the 2,000 US soldiers in Syria to
            # return") is there whatever the clause around it asks for
            draft.modality = "negated" if _denied(tok) else "asserted"
        draft.add("deployer", [deployer[0].key])
        draft.add("place", [place.key])
        weapons = [d for m in moved for d in ctx.entities_in(m, ("weapon",))]
        if weapons:
            draft.add("system", [weapons[0].key])
            draft.variant = "weapons"
        draft.quantity = _count(ctx, moved)
        return [draft]
    return []


def _denied(tok: Any) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children)


def _force(ctx: SentenceContext, tok: Any, troops: set[str]) -> bool:
    """A subject that is a military force: troops, or a ship, aircraft or other platform."""
    return tok.lower_ in troops or bool(ctx.entities_in(tok, ("weapon",)))


def _owners(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """Whose force ``tok`` is: a state or organ modifying it ("Russian frigates"), else the
    state of a named platform in it ("the carrier USS X" is the United States')."""
    frame = ctx.frame(tok)
    owners = actor_drafts([*frame.modifiers, *frame.prep("of")])
    if owners:
        return owners
    for weapon in ctx.entities_in(tok, ("weapon",)):
        if weapon.canonical and weapon.canonical.startswith("ship:") and weapon.country:
            state = implied_state(ctx, weapon.country, min(weapon.mentions))
            if state is not None:
                return [state]
    return []


_PRESENCE = frozenset({"be", "remain", "station", "base", "keep", "have", "maintain"})


def _stationed(tok: Any) -> bool:
    """"2,000 US troops in Syria": a counted force, or one that is, remains or is kept there."""
    return not (tok.dep_ == "compound" or (tok.head.lower_ in ("with", "alongside", "against")
                                              and tok.dep_ == "pobj"))


def _place(cands: list[Draft], deployer: list[Draft]) -> Draft | None:
    own = {key_of(d) for d in deployer}
    for c in cands:
        if c.kind in ("location", "country") and (c.country or c.actor) not in own:
            return c
    return None


def _count(ctx: SentenceContext, moved: list[Any]) -> int | None:
    for m in moved:
        toks = list(m.subtree)
        span = ctx.sent.span_of_tokens(toks[0], toks[-1])
        head = ctx.sent.span_of(m)
        for q in find_quantities(ctx.table.text, span.start, head.end):
            if q.value is not None and q.span.end <= head.start:
                return q.value
    return None
