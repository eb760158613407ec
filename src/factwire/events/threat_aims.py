"""The act a threat announces and whom it is aimed at: "vowed to shoot down US missiles"
threatens the United States, "an offensive aimed at Kurdish forces" the YPG, "vowed to
attack Afrin" whoever holds Afrin; and the act's words, kept as the threat's subject.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from factwire.entities.table import Draft
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    capitals_as_states,
    place_holders,
    without_patrons,
)
from factwire.events.frames import mentions_of, relational
from factwire.events.relatives import stands_for
from factwire.events.spec import LexiconEntry

# Participles that make an act of force a threatened one.
THREATENED = frozenset({"threatened", "promised", "vowed", "pledged", "planned"})


def forceful(verb: Any, entry: LexiconEntry, *, nouns_only: bool = False) -> Any:
    """The act of force that ``verb`` commits to: a force verb it governs, or a force noun
    it takes as object ("vowed to strike", "vowed an offensive"); ``None`` when it has none."""
    skipped = answered(verb, entry.words("conditional_verbs"))
    for tok in verb.subtree:
        if tok == verb or tok.i in skipped:
            continue
        if not nouns_only and tok.pos_ == "VERB" and tok.lemma_ in entry.words(
                "force_verbs") and tok.dep_ != "amod":  # "a crushing response": the response
            return tok
        if not nouns_only and acting_against(tok):
            return tok  # "would not hesitate to act against the YPG"
        if tok.pos_ == "NOUN" and tok.lower_ in entry.words("force_nouns") and (
                tok.dep_ != "compound"):  # not "a joint force headquarters"
            return tok
    return None


def acting_against(tok: Any) -> bool:
    """"act against X", "move against X": a general verb made an act of force by its aim."""
    return tok.pos_ == "VERB" and tok.lemma_ in ("act", "move") and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)


def answered(verb: Any, answering: Collection[str]) -> set[int]:
    """Tokens of the act a response answers ("would respond to any US strike on Syrian
    forces"): that act is the other side's, so neither its force nor its aim is threatened."""
    return {t.i for tok in getattr(verb, "subtree", ()) if tok.dep_ == "prep"
            and tok.lower_ == "to" and tok.head.lemma_ in answering for t in tok.subtree}


def provocations(ctx: SentenceContext, verb: Any) -> list[Any]:
    """Hostile acts under ``verb`` told as what would bring the threatened answer: "any
    Israeli attack on Lebanon would be met with a crushing response" (the act is a clause's
    subject); what such an act strikes is not the threat's target, its doer is."""
    hostile = ctx.lex.kind("threat").words("hostile_acts")
    return [t for t in getattr(verb, "subtree", ()) if t != verb and t.lemma_ in hostile
            and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")]


_NOT_THE_ACT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "punct", "advcl",
                          "cc", "conj", "poss", "det"})


def act_text(ctx: SentenceContext, action: Any) -> str:
    """The threatened act as the text says it ("clear Syrian Kurds from his border"),
    without who threatens it or the clauses around it."""
    antecedents = [n for c in action.children if c.dep_ == "dobj" and (n := stands_for(c)) != c]
    if antecedents:  # "missiles, which Russia vowed to shoot down": "shoot down missiles"
        noun = antecedents[0]
        words = [t for t in noun.subtree if t.i <= noun.i]
        verb = [action, *(c for c in action.children if c.dep_ == "prt")]
        return " ".join(t.text for t in (*verb, *words))
    left = [t for c in action.children if c.dep_ not in _NOT_THE_ACT and c.i < action.i
            and c.lower_ not in THREATENED for t in c.subtree]
    shared = not any(c.dep_ == "dobj" for c in action.children)  # "invade and destroy X"
    right = [t for c in action.children if c.i > action.i and (
        c.dep_ not in _NOT_THE_ACT or (shared and c.dep_ in ("cc", "conj"))) for t in c.subtree]
    first = min([action.i, *(t.i for t in left)])
    last = max([action.i, *(t.i for t in right)])
    while last > action.i and action.doc[last].text in (",", ";", ":", "--", "\u2014"):
        last -= 1  # "shoot down drones," in a clause set off by commas
    return str(action.doc[first : last + 1].text)


def targets_of(ctx: SentenceContext, action: Any) -> list[Draft]:
    """Actors an act of force is aimed at: its objects, and whom it is against or from."""
    frame = ctx.frame(action)
    objects = [stands_for(c) for c in action.children if c.dep_ == "dobj"]
    named = actor_drafts([d for c in objects if c.tag_ not in ("WDT", "WP") and c.dep_ == "appos"
                          for d in mentions_of(ctx.sent, c.head, ctx.table)])  # "the YPG,
    # those defenders of Kobane that Turkey has pledged to destroy": whom the noun renames
    owners = [d for c in objects if not relational(c)
              for d in actor_drafts([*ctx.frame(c).modifiers, *ctx.frame(c).prep("inside")])]
    # "shoot down US missiles", "hit military sites inside Belarus"
    if action.lower_ in ANSWERS:  # "a response to any Israeli attack", "revenge for the US
        answered = actor_drafts(frame.prep("to", "for"))  # strike on its base": whom it answers
        if answered:
            return answered
    near = [t for t in action.doc[action.i + 1:action.i + 5] if t.dep_ == "acl"]  # "an
    # offensive into Syria aimed at X": the parse may hang the phrase on the verb above
    aimed = [d for c in {*action.subtree, *near} if c.dep_ == "acl" and c.lemma_ in _AIMING
             for d in (*ctx.frame(c).prep("at", "against"), *ctx.frame(c).objects)] + [
        d for c in action.subtree if c.dep_ == "acl" and c.lemma_ in _TIED
        for d in ctx.frame(c).prep("to", "with", "for")]  # "attack ships linked to Israel",
    # "bound for Israel"
    # "an offensive aimed at X", "launch an operation targeting X"
    aims = capitals_as_states(ctx, [*frame.objects, *frame.prep("against", "on", "from", "at",
                                                                 "inside")])  # "strike London"
    patrons = {d.key for c in action.children if c.dep_ == "dobj"  # "the US-backed force"
               for d in mentions_of(ctx.sent, c, ctx.table)} - {
        d.key for c in action.children if c.dep_ == "dobj"
        for d in without_patrons(ctx, c, mentions_of(ctx.sent, c, ctx.table))}
    aims = [d for d in aims if d.key not in patrons]
    owners = [d for d in owners if d.key not in patrons]
    if action.lemma_ in ctx.lex.kind("deployment").words("verbs"):  # "send troops into
        return place_holders(ctx, frame.prep("into", "to", "in"), held_only=True)  # Manbij"
    return against(ctx, action) or actor_drafts(aimed) or actor_drafts(aims) or owners or (
        place_holders(ctx, aims)) or named  # "vowed to attack Afrin", held by the YPG


_AIMING = frozenset({"aim", "direct", "target"})
_TIED = frozenset({"link", "tie", "belong", "connect", "bind"})


# Acts of force that answer someone: whom they answer is their target.
ANSWERS = frozenset({"response", "retaliation", "reply", "answer", "revenge", "vengeance"})


def against(ctx: SentenceContext, verb: object) -> list[Draft]:
    """"threatened to launch an operation against the YPG": the target of what is threatened."""
    out: list[Draft] = []
    conditions = {t.i for c in getattr(verb, "children", ()) if c.dep_ == "advcl"
                  for t in c.subtree}  # "if soldiers appeared on Ukrainian soil": whose
    # act would bring it, not what is aimed at; nor the act a response answers ("respond
    # to any US strike on Syrian forces": the striker is the target, not the struck)
    conditions |= answered(verb, ctx.lex.kind("threat").words("conditional_verbs"))
    conditions |= {t.i for p in provocations(ctx, verb) for t in p.subtree}
    conditions |= {t.i for c in getattr(verb, "subtree", ()) if c.dep_ == "relcl" and c != verb
                   for t in c.subtree}  # "attack Syrian Kurds, who have been partners in the
    # war against Isis": what describes the target, not another one
    for tok in getattr(verb, "subtree", ()):
        if tok.i in conditions:
            continue
        if tok.dep_ == "prep" and tok.lower_ in ("against", "on"):
            for pobj in tok.children:
                if pobj.dep_ == "pobj":  # whom it is against, not where ("in Syria")
                    out.extend(actor_drafts(mentions_of(ctx.sent, pobj, ctx.table)))
    return out
