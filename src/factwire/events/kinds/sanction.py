"""Sanctions imposed by one actor on another (SANCTION).

Sanctions that only "could" or "would" follow are a threat, not a sanction (EVENTS.md: the
warning happened); they are emitted as ``threat`` with mode ``restrict``.
"""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, one_per_actor
from factwire.events.draft import EventDraft
from factwire.events.frames import agents_of, has_aux
from factwire.events.spec import LexiconEntry
from factwire.nlp.types import Token

KIND = "sanction"
LEXICON_FIELDS = ("verbs", "nouns", "light", "measure_kinds")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, nouns = set(entry.words("verbs")), set(entry.words("nouns"))
    light = set(entry.words("light"))
    for tok in ctx.sent.tokens:
        if tok.pos_ == "VERB" and tok.lemma_ in verbs:
            frame = ctx.frame(tok)
            targets = actor_drafts([*frame.objects, *frame.subjects[:0]])
            imposers = actor_drafts(frame.subjects)
            if tok.tag_ == "VBN" and not imposers:
                imposers, targets = actor_drafts(frame.prep("by")), actor_drafts(frame.subjects)
        elif tok.pos_ == "NOUN" and (tok.lower_ in nouns or _named_measures(tok, entry)):
            # "the EU's five sanctions packages against X": the package's phrases are its
            frame = ctx.frame(tok.head if tok.dep_ == "compound" else tok)
            if (placed := _placed(tok, light)) is not None:
                frame = ctx.frame(placed)  # "the sanctions imposed by the EU on Russia"
            targets = actor_drafts(frame.prep("on", "against")) or actor_drafts(
                frame.prep("of") if tok.lower_ in _CLOSURES else [])  # "the blockade of Qatar"
            if placed is not None:
                imposers = actor_drafts(agents_of(ctx.sent, placed, ctx.table))
            elif frame.verb == tok or frame.verb.lemma_ in light:
                imposers = actor_drafts([*frame.subjects, *frame.modifiers])
            else:  # no verb imposes them: "EU sanctions on X", "sanctions on X by Y"
                imposers = actor_drafts([*frame.prep("by"), *frame.modifiers])
                if not targets:
                    continue
        else:
            continue
        if imposers and not targets and not _aimed(tok):
            targets = _lone_other_state(ctx, imposers)
        draft = ctx.draft(KIND, tok, frame)
        if not imposers or (not targets and draft.modality != "hypothetical"):
            continue
        if draft.modality == "hypothetical" and (_urged(frame.verb) or _supposed(frame.verb)):
            continue  # "the package should be approved soon": a demand, not a warning; "if
            # the US imposes a tariff, the importer pays": a case supposed, not a warning
        if draft.modality == "hypothetical":
            draft.kind = "threat"
            draft.modality = "asserted"
            draft.variant = "restrict"
            draft.add("source", [imposers[0].key])
            draft.add("target", [t.key for t in targets[:1]])
            draft.literals["subject"] = "sanctions"
        else:
            draft.add("imposer", [d.key for d in one_per_actor(imposers)])  # "Saudi Arabia
            # and the UAE have led a blockade": both impose it
            draft.add("target", [t.key for t in targets[:1]])
        return [draft]
    return []


# Measures that close a state off: what they are "of" is their target, not their owner
_CLOSURES = frozenset({"blockade", "embargo", "boycott"})


def _placed(tok: Token, light: set[str]) -> Token | None:
    """The participle that says who imposed the noun's sanctions on whom ("sanctions
    placed by the US on Iran")."""
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_ in light), None)


def _named_measures(tok: Token, entry: LexiconEntry) -> bool:
    """"imposed punitive measures against Moscow": measures of the kinds sanctions are."""
    return tok.lower_ == "measures" and any(
        c.dep_ == "amod" and c.lower_ in entry.words("measure_kinds") for c in tok.children)


def _urged(verb: Token) -> bool:
    return has_aux(verb, ("should", "must", "ought"))


def _supposed(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for c in verb.children)


def _lone_other_state(ctx: SentenceContext, imposers: list[Draft]) -> list[Draft]:
    """The target a sentence implies when it names one state besides the imposer:
    "Casting Cuba as a malign influence, he said the US had reimposed sanctions"."""
    own = {d.actor for d in imposers}
    others = {d.actor: d for d in ctx.sentence_entities(("country",))
              if d.actor and d.actor not in own}
    return list(others.values()) if len(others) == 1 else []


def _aimed(tok: Token) -> bool:
    """Whether the sanctions say whom they hit, actor or not ("on third-party countries")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against")
               for t in (tok, tok.head) for c in t.children)
