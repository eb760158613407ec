"""Calls: leaders speak by telephone or video link (CONSULT / phone)."""

from __future__ import annotations

import re

from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    distinct_actor_keys,
    own_prep,
    subjects_up,
    told_within,
    topic_of,
)
from factwire.events.draft import EventDraft
from factwire.nlp.types import Token

KIND = "call"
LEXICON_FIELDS = ("verbs", "nouns", "cues", "readout_verbs")
_CARRIERS = frozenset({"speak", "talk", "hold", "have", "call", "phone", "telephone", "discuss"})


_NOUNS = frozenset({"call", "calls", "conversation", "conversations", "talk", "talks",
                    "conference", "videoconference"})


def _phone_modifier(tok: Token, cues: set[str]) -> bool:
    return tok.lower_ == "videoconference" or any(
        c.lower_ in cues for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def phoned(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the noun ``tok`` names a call ("a telephone conversation", "phone calls", "a
    call with Erdogan")."""
    return _phone_modifier(tok, set(ctx.lex.kind(KIND).words("cues"))) or _call_with(tok)


def _call_with(tok: Token) -> bool:
    """"following a call with Turkey's leader": a call held with someone is by telephone
    (a call "for" or "to" something is an appeal)."""
    return tok.pos_ == "NOUN" and tok.lower_ in ("call", "calls") and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def by_phone(ctx: SentenceContext) -> bool:
    """Whether the sentence says the talk was by telephone or video (the kind's cues), or
    the article is the readout of a call ("Readout of X's Call with Y": "X spoke with Y")."""
    return bool(set(ctx.lex.kind(KIND).words("cues")) & ctx.words) or (
        "videoconference" in ctx.words) or _readout_of_call(ctx)


_CALL_TITLE = re.compile(r"\b(?:call|conversation) with\b|\b(?:phone|telephone)\b", re.I)


# Words that put a conversation in a room: then it is part of a meeting, not a call.
_IN_PERSON = frozenset({"met", "meet", "meeting", "meets", "summit", "sidelines", "visit",
                        "visiting", "visited", "dinner", "lunch", "conference", "hosted"})


def _spoke_with(ctx: SentenceContext, tok: Token) -> bool:
    """"Macron spoke to Trump on Tuesday night": one state's leader speaking to another's,
    with no place and no meeting around it, is a call (news writes calls so)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ctx.lex.kind(KIND).words("readout_verbs"):
        return False
    if any(t.dep_ == "prep" and t.lower_ in ("in", "at", "during", "after", "before") and (
            _in_a_room(t)) for t in tok.subtree):
        return False  # "spoke to him in Paris", "with X at the summit", "after their
        # meeting"; not "after the missile attacks", "in the wake of the attack"
    frame = ctx.frame(tok)
    subjects = actor_drafts(frame.subjects)
    sides = [*subjects, *actor_drafts(frame.prep("to", "with"))]
    people = {d.country for d in sides if d.kind == "person"}
    sides = [d for d in sides if d.kind != "country" or d.country not in people]  # "X,
    # the head of Ukraine's presidential office": the state his title names is his own
    speaker = any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children)  # a leader's
    # own statement: "I spoke with President Zelenskyy"
    return all(d.kind == "person" or (speaker and d in subjects)
               for d in sides) and len(distinct_actor_keys(sides)) == 2


def _in_a_room(prep: Token) -> bool:
    """A phrase that puts the talk in a place or a gathering: a named place ("in Paris") or
    a meeting word ("at the summit", "after their meeting")."""
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lower_ in _IN_PERSON or (
        o.lemma_ in _IN_PERSON) for o in prep.children if o.dep_ == "pobj") or (
        prep.lower_ in ("in", "at") and not any(o.dep_ == "pobj" and o.lower_ in _TIMES
                                                for o in prep.children))


# What an "in" phrase may name besides a place: a time or a sequel, no room
_TIMES = frozenset({"wake", "aftermath", "morning", "afternoon", "evening", "night", "days",
                    "weeks", "months", "call", "conversation"})


def _readout_of_call(ctx: SentenceContext) -> bool:
    """Whether the article's title (or first line) names a call it reports: its sentences
    that "spoke with" someone (the kind's ``readout_verbs``) tell that call."""
    title = ctx.article.title or ctx.article.text[:200].split("\n", 1)[0]
    return _CALL_TITLE.search(title) is not None


def detect(ctx: SentenceContext) -> list[EventDraft]:
    cues = set(ctx.lex.kind(KIND).words("cues"))
    phone = by_phone(ctx) or any(_call_with(t) for t in ctx.sent.tokens)
    speaking = set(ctx.lex.kind(KIND).words("readout_verbs")) & ctx.words  # words and lemmas
    if not phone and (not speaking or _IN_PERSON & ctx.words):
        return []  # a plain "spoke with" in a sentence about a meeting is part of it
    for tok in ctx.sent.tokens:
        if not phone and not _spoke_with(ctx, tok):
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in _NOUNS and (
                _phone_modifier(tok, cues) or _call_with(tok)):
            pass  # "his phone call with Erdogan", "a phone conversation between X and Y"
        elif tok.pos_ != "VERB" or tok.lemma_ not in _CARRIERS:
            continue
        frame = ctx.frame(tok)
        callers = actor_drafts([*frame.subjects, *frame.modifiers]) or subjects_up(
            ctx, tok) or told_within(ctx, tok)  # "a call with X in which Y agreed"
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj":  # "In a phone conversation with the
            partners = actor_drafts(  # Guardian, he described Syria": its own partners only
                own_prep(ctx, [tok], "with", "to", "between"))
        else:
            partners = actor_drafts([*frame.objects, *frame.prep("with", "to", "between")])
        if not partners:  # the parse hung "with X" elsewhere: the people after the verb
            after = ctx.sent.span_of(tok).end
            partners = [d for d in ctx.sentence_entities(("person",))
                        if min(d.mentions).start >= after]
        partners = [p for p in partners if p not in callers]
        if not callers and len(partners) >= 2:
            callers, partners = partners[:1], partners[1:]
        if not partners and len(distinct_actor_keys(callers)) >= 2:
            callers, partners = callers[:1], callers[1:]  # "X and Y spoke by phone"
        out = []
        for partner in partners:  # a call is between two parties: one event per partner
            draft = ctx.draft(KIND, tok, frame)
            draft.add("participants", [d.key for d in callers[:1]] + [partner.key])
            if (about := topic_of(ctx, tok, frame.verb)) is not None:
                draft.literals["topic"] = about  # "spoke by phone about Syria"
            if len(distinct_actor_keys([ctx.table.drafts[k] for k in draft.keys(
                    "participants")])) == 2:
                out.append(draft)
        if out:
            return out
    return []
