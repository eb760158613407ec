"""Modality from the parse: negation, modal verbs, conditionals and future tense."""

from __future__ import annotations

from factwire.events.frames import has_aux, misread_name
from factwire.events.lexicon import load_lexicon
from factwire.nlp.types import Token
from factwire.time import Tense

_NEG_HEADS = frozenset({"deny", "refuse", "reject", "rule", "fail", "oppose", "decline"})
# Verbs under which an event is asked for, not reported ("demanded that the US cancel").
_DEMAND_HEADS = frozenset({"demand", "urge", "insist", "ask", "call", "want", "press", "request",
                           "threaten"})
_READY = frozenset({"willing", "ready", "prepared", "committed", "set", "due", "eager"})
_FUTURE_LEMMAS = frozenset({"plan", "schedule", "expect", "intend", "prepare", "aim",
                            "invite"})


def modality_of(trigger: Token, verb: Token) -> str:
    """``negated``, ``hypothetical``, ``future`` or ``asserted`` for the clause of ``verb``."""
    lex = load_lexicon().modality
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in _WHEN_PREPS:
        # "refused to meet Bolton during his visit": the visit is the time of the refusal,
        # a fact of its own; only its own words ("his planned visit") make it to come
        return "future" if _future(trigger, trigger, [trigger], lex["future"]) else "asserted"
    heads = [verb, trigger, *(_chain(verb))]
    governors = _governors(verb)
    if any(g.lemma_ in _NEG_HEADS and not _denied(g) for g in governors):
        return "negated"
    if any(g.lemma_ in _DEMAND_HEADS for g in governors):
        return "hypothetical"
    if _negated(heads, verb):
        return "negated"
    if any(_conditional(tok) for tok in heads) or _unrealised(verb) or _unrealised(trigger):
        return "hypothetical"
    for tok in heads:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "aux" and low == "would" and _reported(tok, lex["reporting"]):
                return "future"  # "Russia said deliveries would begin in July": said "will"
            if child.dep_ == "aux" and low in ("could", "would", "might", "may", "should") and (
                    not misread_name(child)):  # not the name in "Theresa May signed"
                return "hypothetical"
    return "future" if _future(trigger, verb, heads, lex["future"]) else "asserted"


def _future(trigger: Token, verb: Token, heads: list[Token], cues: frozenset[str]) -> bool:
    """A scheduled, planned or announced act: "will", "ready to", "plans to", "a planned
    offensive", "the expected autumn offensive"."""
    if trigger.pos_ == "NOUN" and verb.lemma_ not in _UNDER_WAY and any(  # not "began a
            c.dep_ == "amod" and c.lower_ in cues for c in trigger.children):  # scheduled
        return True  # deployment"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _READY:
        return True  # "is willing to withdraw", "ready to contribute"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and has_aux(verb, ("to",)):
        return True  # "Lavrov is to meet his counterpart": arranged
    if verb.dep_ == "advcl" and has_aux(verb, ("to",)) and has_aux(verb.head, _WILL):
        return True  # the purpose of a journey to come: "will fly to Moscow to meet Putin"
    for tok in heads:
        if has_aux(tok, _WILL) or any(c.dep_ == "acomp" and c.lower_ in cues
                                      for c in tok.children):  # "talks are due to be held"
            return True
        if tok.lemma_ in _FUTURE_LEMMAS and tok != trigger and tok.pos_ == "VERB":
            return True
    return verb.tag_ in ("VB",) and any(c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_ in cues)


_WILL = ("will", "shall", "'ll")


_IF = ("if", "unless", "whether")
# Verbs that put a planned act under way or behind ("began / completed a scheduled
# deployment"): the act is no longer to come.
_UNDER_WAY = frozenset({"begin", "start", "commence", "complete", "finish", "conclude", "end",
                        "wrap"})


def _conditional(tok: Token) -> bool:
    """Whether ``tok``'s clause is a condition ("if they attack") or has one ("would send
    troops if the Kurds attacked")."""
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in _IF:
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in child.children):
            return True
    return False


_MODALS = frozenset({"could", "would", "might", "may", "should"})


def _unrealised(verb: Token) -> bool:
    """A deed one warns against ("cautioned Manila against holding drills"), or one named
    as the subject of a modal clause ("sending tanks would escalate the war"): weighed,
    not done."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against":
        return True
    return verb.dep_ in ("csubj", "csubjpass") and any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)


def _reported(verb: Token, reporting: frozenset[str]) -> bool:
    """Whether ``verb``'s clause is what a verb of saying reports ("said [it would send]")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in reporting


def habitual(trigger: Token, verb: Token) -> bool:
    """Whether the clause states a habit ("has repeatedly threatened", "regularly holds
    drills"): generic and habitual statements are not events (EVENTS.md section 3)."""
    adverbs = load_lexicon().modality["habitual"]
    heads = dict.fromkeys((trigger, verb, *_governors(verb)))  # "has repeatedly threatened to"
    return any(child.dep_ == "advmod" and child.lower_ in adverbs
               for tok in heads for child in tok.children)


def _governors(verb: Token) -> list[Token]:
    """Verbs above ``verb`` through clausal links, nearest first (at most three)."""
    out = []
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep",
                            "dobj") or cur.head == cur or _told_as_fact(cur):
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            out.append(cur)
    return out


# Subordinators of a clause that states a fact beside its main clause ("When Macron met
# Trump, he pressed him to ..."): the main verb's demand or modal does not reach into it.
_WHEN_PREPS = frozenset({"during", "after", "following", "since"})
_FACT_MARKS = frozenset({"when", "after", "before", "while", "since", "because", "once"})


def _told_as_fact(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _FACT_MARKS for c in clause.children)


def _chain(verb: Token) -> list[Token]:
    """Verbs that govern ``verb`` through control ("plans to buy", "agreed to develop")."""
    out = []
    cur = verb
    for _ in range(3):
        if cur.dep_ in ("xcomp", "ccomp") and cur.head != cur:
            cur = cur.head
            out.append(cur)
        else:
            break
    return out


def tense_of(verb: Token, modality: str) -> Tense:
    """Tense used to resolve relative dates: future for future modality, else from the tag."""
    if modality == "future":
        return "future"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "shall"):
            return "future"
    # a present or infinitive ("are due to restart on 28 November", "aims to report on
    # 20 September") takes the nearest occurrence: the expression's own default
    return "present" if verb.tag_ in ("VBG", "VB", "VBZ", "VBP") else "past"


def _negated(heads: list[Token], verb: Token) -> bool:
    for tok in heads:
        if tok.lemma_ in _NEG_HEADS and tok != verb:
            return not _denied(tok)
        if _denied(tok):
            return True
    return False


def _denied(tok: Token) -> bool:
    """``tok`` carries a negation: "did not attend"; "has not ruled out attending" is a
    negated negation, which leaves the attending open, not denied."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
