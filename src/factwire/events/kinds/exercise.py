"""Exercises: joint drills (COOPERATE) or one state's drills (MOBILIZE / troops)."""

from __future__ import annotations

import re

from factwire.entities.table import Draft
from factwire.events.actors import key_of
from factwire.events.context import SentenceContext, actor_drafts, implied_state
from factwire.events.draft import EventDraft
from factwire.events.frames import mentions_of
from factwire.gazetteer import load_gazetteer
from factwire.model import Span
from factwire.nlp.types import Token

KIND = "exercise"
LEXICON_FIELDS = ("nouns", "focus_cues")
_SPLIT_CUES = frozenset({"respectively", "simultaneous", "separate", "parallel"})


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    nouns = set(entry.words("nouns"))
    for tok in ctx.sent.tokens:
        war_games = tok.lower_ == "games" and tok.i > 0 and tok.nbor(-1).lower_ == "war"
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lower_ not in nouns and not war_games):
            continue
        if _other_sense(tok, nouns):
            continue
        frame = ctx.frame(tok)
        named = _name_keys(ctx, tok)
        own = [d for d in actor_drafts([*frame.subjects, *frame.modifiers])
               if d.key not in named] or _fleets(
            ctx, _heads(frame.verb, "nsubj", "nsubjpass"))
        partners = actor_drafts(frame.prep("with", "between", "involving")) or _fleets(
            ctx, [p for h in dict.fromkeys((tok, frame.verb)) for p in _with(h)]) or (
            _involved(ctx, tok, frame.verb))
        draft = ctx.draft(KIND, tok, frame)
        places = [p for p in ctx.sentence_entities(("location",))  # "the Balikatan
                  if p.key not in named]  # exercise": a name, no place
        if places:
            draft.add("place", [places[0].key])
        focus = _focus(ctx, entry.words("focus_cues"))
        if focus:
            draft.literals["focus"] = focus
        name = _name(ctx, tok)
        if name:
            draft.literals["name"] = name
        groups = _split(ctx, own, partners)
        out = []
        for members in groups:
            d = draft if len(groups) == 1 else draft.copy(roles={
                k: list(v) for k, v in draft.roles.items() if k != "participants"})
            d.add("participants", [m.key for m in members])
            out.append(d)
        return out
    return []


def _other_sense(tok: Token, nouns: set[str]) -> bool:
    """"an exercise regimen", "a drill bit", "the exercise of power": the noun modifying
    another noun, or taking an "of" object, is no drill of forces."""
    if tok.dep_ == "compound" and tok.head.lower_ not in nouns and tok.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


_INVOLVING = frozenset({"involve", "include", "bring", "gather", "draw"})


def _involved(ctx: SentenceContext, tok: Token, verb: Token) -> list[Draft]:
    """"The exercise involved 17,000 personnel from the US and the Philippines": those
    whose forces the exercise brings in."""
    if verb.lemma_ not in _INVOLVING or tok.dep_ != "nsubj" or tok.head.i != verb.i:
        return []
    people = _heads(verb, "dobj")
    return actor_drafts([*(d for o in people for d in mentions_of(ctx.sent, o, ctx.table)), *(
        d for o in people for p in _heads(o, "prep") if p.lower_ == "from"
        for c in _heads(p, "pobj") for d in mentions_of(ctx.sent, c, ctx.table))])


def _heads(verb: Token, *deps: str) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps]


def _with(head: Token) -> list[Token]:
    return [p for prep in _heads(head, "prep") if prep.lower_ in ("with", "alongside")
            for p in _heads(prep, "pobj")]


def _fleets(ctx: SentenceContext, heads: list[Token]) -> list[Draft]:
    """States whose ships or units take part: "USS Carney took part in ... with ships from
    the Hellenic Navy and the Italian Navy" (a named ship is its navy's; units "from" or
    "of" a navy or state are that state's)."""
    out: list[Draft] = []
    for head in heads:
        for ship in ctx.entities_in(head, ("weapon",)):
            if ship.category == "ship" and ship.country and ship.mentions and (
                    state := implied_state(ctx, ship.country, min(ship.mentions))) is not None:
                out.append(state)
        for prep in _heads(head, "prep"):
            if prep.lower_ in ("from", "of"):
                out += [s for p in _heads(prep, "pobj")
                        for d in ctx.entities_in(p, ("country", "organization"))
                        if d.country and d.mentions
                        and (s := implied_state(ctx, d.country, min(d.mentions))) is not None]
    return out


def _split(ctx: SentenceContext, own: list[Draft], partners: list[Draft]) -> list[list[Draft]]:
    """"exercises with both the US and Russia ... respectively" are two exercises."""
    if len({key_of(p) for p in partners}) > 1 and _SPLIT_CUES & ctx.lower_words():
        return [[*own, p] for p in partners]
    return [[*own, *partners]]


_APPOSITIVE = re.compile(r"([A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,3}), (?:an?|the) [\w -]{0,40}$")


def _unknown_name(ctx: SentenceContext, tok: Token) -> bool:
    """A name the recogniser took for a place or body that no gazetteer knows: before an
    exercise noun it is the exercise's own name ("Balikatan", "Sea Breeze"), not where it
    is held or who takes part."""
    key = ctx.table.at(ctx.sent.span_of(tok))
    d = ctx.table.drafts.get(key) if key is not None else None
    return d is not None and d.kind in ("location", "organization") and not d.country and (
        not d.actor) and load_gazetteer().get(d.canonical or "") is None


def _name_keys(ctx: SentenceContext, tok: Token) -> set[str]:
    return {k for c in tok.lefts if c.dep_ in ("compound", "amod") and _unknown_name(ctx, c)
            if (k := ctx.table.at(ctx.sent.span_of(c))) is not None}


def _name(ctx: SentenceContext, tok: Token) -> str | None:
    """The exercise's own name: "West-2021 ... exercise", "Exercise Talisman Sabre",
    "Northern Edge 2025, a joint exercise"."""
    named = [c for c in tok.lefts if (c.dep_ in ("compound", "nummod", "nmod", "npadvmod")
             and (c.text[:1].isupper() or any(ch.isdigit() for ch in c.text))
             and ctx.table.at(ctx.sent.span_of(c)) is None) or (
                 c.dep_ in ("compound", "amod") and _unknown_name(ctx, c))]
    if named:  # each with its own compounds: "Ulchi Freedom | Shield exercise"
        return " ".join(tok.doc[c.left_edge.i : c.i + 1].text
                        for c in sorted(named, key=lambda c: c.i))
    if tok.text == "Exercise":
        words = []
        for t in tok.doc[tok.i + 1 : tok.i + 5]:
            if not (t.text[:1].isupper() or t.text.isdigit()):
                break
            words.append(t.text)
        if words:
            return " ".join(words)
    m = _APPOSITIVE.search(tok.doc.text[: tok.idx])
    if m is None:
        return None
    key = ctx.table.at(Span(ctx.sent.offset + m.start(1), ctx.sent.offset + m.end(1)))
    if key is not None and ctx.table.drafts[key].kind in ("country", "person"):
        return None  # a state or person in apposition, not the exercise's name
    return m.group(1)


def _focus(ctx: SentenceContext, cues: list[str]) -> str | None:
    """"primarily focuses on counterterrorism operations" -> "counterterrorism operations"."""
    for tok in ctx.sent.tokens:
        if tok.lemma_ in ("focus", "aim", "dedicate", "center", "centre"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "to"):
                    pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        return ctx.text(pobj[0])
    return None

