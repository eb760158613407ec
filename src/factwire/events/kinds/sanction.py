"""Sanctions imposed by one actor on another (SANCTION).

Sanctions that only "could" or "would" follow are a threat, not a sanction (EVENTS.md: the
warning happened); they are emitted as ``threat`` with mode ``restrict``.
"""

from __future__ import annotations

from factwire.events.context import SentenceContext, actor_drafts
from factwire.events.draft import EventDraft

KIND = "sanction"
LEXICON_FIELDS = ("verbs", "nouns", "light")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, nouns = set(entry.words("verbs")), set(entry.words("nouns"))
    light = set(entry.words("light"))
    for tok in ctx.sent.sdoc:
        if tok.pos_ == "VERB" and tok.lemma_ in verbs:
            frame = ctx.frame(tok)
            targets = actor_drafts([*frame.objects, *frame.subjects[:0]])
            imposers = actor_drafts(frame.subjects)
            if tok.tag_ == "VBN" and not imposers:
                imposers, targets = actor_drafts(frame.prep("by")), actor_drafts(frame.subjects)
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns:
            frame = ctx.frame(tok)
            targets = actor_drafts(frame.prep("on", "against"))
            if frame.verb is tok or frame.verb.lemma_ in light:
                imposers = actor_drafts([*frame.subjects, *frame.modifiers])
            else:  # no verb imposes them: "EU sanctions on X", "sanctions on X by Y"
                imposers = actor_drafts([*frame.prep("by"), *frame.modifiers])
                if not targets:
                    continue
        else:
            continue
        draft = ctx.draft(KIND, tok, frame)
        if not imposers or (not targets and draft.modality != "hypothetical"):
            continue
        if draft.modality == "hypothetical":
            draft.kind = "threat"
            draft.modality = "asserted"
            draft.variant = "restrict"
            draft.add("source", [imposers[0].key])
            draft.add("target", [t.key for t in targets[:1]])
            draft.literals["subject"] = "sanctions"
        else:
            draft.add("imposer", [imposers[0].key])
            draft.add("target", [t.key for t in targets[:1]])
        return [draft]
    return []
