"""When a threat is conditional and whose act it answers: the clause that would provoke
it ("if Israel attacked"), who would do that, and acts that are not the source's own threat
(a danger spoken of, a condition, another threat reported).
"""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.actors import key_of
from factwire.events.context import SentenceContext, actor_drafts, subjects_up, without_patrons
from factwire.events.frames import mentions_of
from factwire.events.spec import LexiconEntry

_CONDITION_MARKS = frozenset({"if", "unless"})
_IF_WORDS = _CONDITION_MARKS | {"when"}  # "if and when an attack is launched"


def others_act(ctx: SentenceContext, tok: Any, action: Any, sources: list[Draft]) -> bool:
    """Whether ``action`` is not the source's threat: another actor does it ("a staged
    chemical attack by Syrian rebels", "a further Russian incursion"), it is a condition
    ("warned of a catastrophe if the attack goes ahead") or another threat spoken of
    ("warned that threats of military action would lead to chaos")."""
    between = list(action.ancestors)
    between = between[:between.index(tok)] if tok in between else between
    if any(t.lower_ in _IF_WORDS or any(c.dep_ in ("mark", "advmod") and c.lower_ in _IF_WORDS
                                        for c in t.children)
           or t.lower_ in ctx.lex.kind("threat").words("nouns") for t in between):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "threats of Western military action would lead to chaos": spoken of
    own = {key_of(d) for d in sources}
    doers = [c for c in action.children if c.dep_ in ("amod", "compound", "poss", "nmod",
                                                      "nsubj", "nsubjpass")]
    doers += [p for c in action.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
              for p in c.children]
    return any(key_of(d) not in own for d in actor_drafts(
        [d for c in doers for d in mentions_of(ctx.sent, c, ctx.table)]))


def doers_of(ctx: SentenceContext, condition: Any) -> list[Draft]:
    """Who would do what a condition names, without the patrons named on them ("if
    Turkish-backed militias attack": the militias, not Turkey)."""
    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return ctx.frame(condition).subjects
    agents = [p for c in condition.children if c.dep_ == "agent" for p in c.children]
    agents += [m for p in agents if not actor_drafts(mentions_of(ctx.sent, p, ctx.table))
               for m in p.children if m.dep_ in ("amod", "compound")]  # "if it was hit by
    # Iranian missiles": whose weapons
    return [d for c in [*subjects, *agents]  # "if chemical weapons were used by the regime"
            for d in without_patrons(ctx, c, mentions_of(ctx.sent, c, ctx.table))]


def condition_of(response: Any) -> Any:
    """The clause that would provoke ``response``: "if Israel attacked", "should Greece
    extend" (inverted), attached to the response or, in a loose parse, anywhere in its
    sentence; ``None`` when the response is unconditional ("will respond")."""
    for tok in response.sent:
        if tok == response or (tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "advcl"):
            continue  # "if the Turks overstep", with "overstep" tagged a noun: still a clause
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS]
        subjects = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        inverted = any(c.dep_ == "aux" and c.lower_ == "should" and subjects and c.i < subjects[0]
                       for c in tok.children)
        if marks or inverted:
            return tok
    return None


def _takes_measures(tok: Any, entry: LexiconEntry) -> bool:
    """"would be forced to take countermeasures if they joined", "will take measures of
    reprisal if": steps taken in answer to a condition, a response by other words."""
    return tok.lemma_ in ("take", "adopt") and any(
        c.dep_ == "dobj" and c.lower_ in entry.words("response_nouns") for c in tok.children)


Found = tuple[bool, tuple[Any, list[Draft], list[Draft], None] | None]


def conditional(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Found:
    """"would respond with force if Israel attacked": the one whose act is the condition."""
    condition = condition_of(tok) if tok.pos_ == "VERB" and (tok.lemma_ in entry.words(
        "conditional_verbs") or _takes_measures(tok, entry)) else None
    if condition is None:
        return False, None
    frame = ctx.frame(tok)
    sources = actor_drafts(frame.subjects) or subjects_up(ctx, tok)
    own = {d.key for d in sources}  # "would hit back at Syrian troops if they …"
    doers = [d for c in condition.lefts if c.dep_ in ("compound", "amod", "nmod")
             for d in mentions_of(ctx.sent, c, ctx.table)] if condition.pos_ == "NOUN" else (
        doers_of(ctx, condition))  # a clause the parse read as a noun hangs its
    # subject on it ("if the Turks overstep")
    targets = [d for d in actor_drafts(doers)
               if d.key not in own] or actor_drafts(frame.prep("at", "against")) or [
        d for d in actor_drafts(frame.objects) if d.key not in own]  # "would hit Iran if
    return True, (frame, sources, targets, None)  # it attacked": the one to be hit
