"""Accords known by their names ("the Iran nuclear deal", "the Minsk agreements") and
partnerships founded by their members ("the leaders announced AUKUS"): agreements whose
parties the text takes as read, from the agreement kind's ``known`` table and the
gazetteer's memberships."""

from __future__ import annotations

from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    implied_state,
    partnership_members,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import mentions_of
from factwire.nlp.types import Token

KIND = "agreement"


def known_accord(ctx: SentenceContext, tok: Token) -> EventDraft | None:
    """An agreement known by its name, whose parties the text takes as read ("the Iran
    nuclear deal", "the JCPOA"): the parties come from the lexicon's ``known`` table."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    table = ctx.lex.kind(KIND).labels("known")
    mods = [m for m in tok.lefts if m.dep_ in ("amod", "compound")]
    heads = dict.fromkeys((tok.lemma_.lower(), tok.lower_.rstrip("s"), tok.lower_))
    names = [tok.lower_] + [f"{m.lower_} {h}" for m in mods for h in heads] + [
        " ".join([*(m.lower_ for m in mods), h]) for h in heads]  # "good friday agreement"
    hit = next((table[n] for n in names if n in table), None)
    if hit is None:
        return None
    span = ctx.sent.span_of(tok)
    states = [implied_state(ctx, iso, span) for iso in hit.split()]
    parties = [s for s in states if s is not None]
    if len(parties) < 2 or _others_sign(ctx, tok, set(hit.split())):
        return None
    draft = ctx.draft(KIND, tok, ctx.frame(tok))
    draft.status = "agreed"
    draft.modality = "asserted"  # a standing agreement, whatever the clause wishes for it
    named = ctx.sent.sdoc[mods[0].i : tok.i + 1].text if mods else tok.text
    draft.literals["subject"] = named_kind(tok) or named  # "the Minsk agreements"
    draft.add("parties", [p.key for p in parties])
    return draft


def _others_sign(ctx: SentenceContext, tok: Token, known: set[str]) -> bool:
    """"India and Japan signed a nuclear agreement": the states that sign or reach it name
    their own accord, not the one the name usually means (the Iran deal)."""
    frame = ctx.frame(tok)
    if frame.verb.lemma_ not in ctx.lex.kind(KIND).labels("brokers"):
        return False
    states = {d.actor for d in actor_drafts(frame.subjects) if d.actor}
    return bool(states) and not states & known


def founded_accord(ctx: SentenceContext, tok: Token) -> EventDraft | None:
    """A partnership announced, formed or launched is an agreement among its members ("the
    leaders announced AUKUS", "when the Quad was launched"): the gazetteer names them."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ctx.lex.kind(KIND).words("founding_verbs"):
        return None
    founded = [d for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
               for d in mentions_of(ctx.sent, c, ctx.table)]
    members = next((m for d in founded if len(m := partnership_members(d)) >= 2), ())
    span = ctx.sent.span_of(tok)
    parties = [s for iso in members if (s := implied_state(ctx, iso, span)) is not None]
    if len(parties) < 2:
        return None
    draft = ctx.draft(KIND, tok, ctx.frame(tok))
    draft.status = "agreed"
    draft.literals["subject"] = next(d.name for d in founded if partnership_members(d))
    draft.add("parties", [p.key for p in parties])
    return draft


def named_kind(tok: Token) -> str | None:
    """What the deal's own modifiers say it is about ("the nuclear deal", "a ceasefire
    agreement"), when no phrase states its subject; a bare "deal" says nothing."""
    named = tok.text[:1].isupper()  # "a Reciprocal Defense Procurement Agreement": its name
    mods = [m for m in tok.lefts if m.dep_ in ("amod", "compound") and (
        m.pos_ != "PROPN" or named)
            and m.lower_ not in ("new", "old", "latest", "final", "possible", "same", "other")]
    if not mods:
        return None  # each modifier with its own words: "10-year", not "year"
    words = " ".join([*(tok.doc[m.left_edge.i : m.i + 1].text for m in mods), tok.text])
    return words if named else words.lower()
