"""Events outside the ten kinds, coded by PLOVER type only (EVENTS.md: ``kind: "other"``).

Expulsions, suspensions, offers and pledges, aid, mobilisations and bare threats are reported
with their source actor (the subject) and, where the text names one, a target. They run after
the ten kinds and skip any verb those already used, so an event is never coded twice.
"""

from __future__ import annotations

from factwire.events.actors import key_of
from factwire.events.context import SentenceContext, actor_drafts, head_chain, subjects_up
from factwire.events.draft import EventDraft
from factwire.events.modality import modality_of

KIND = "other"
LEXICON_FIELDS = ("verbs", "future_verbs")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    """Runs after the other kinds: ``ctx.taken`` holds the trigger offsets they used."""
    entry = ctx.lex.kind(KIND)
    by_lemma = entry.labels("verbs")
    intents = set(entry.words("future_verbs"))
    out: list[EventDraft] = []
    taken = set(ctx.taken)
    for tok in ctx.sent.tokens:
        ptype = by_lemma.get(tok.lemma_)
        if ptype is None and tok.lemma_ in intents and modality_of(tok, tok) == "future":
            ptype = "AGREE"  # "Portugal will support ...": an announced intention
        if ptype is None or tok.pos_ != "VERB" or ctx.sent.offset + tok.idx in taken:
            continue
        if any(ctx.sent.offset + h.idx in taken for h in head_chain(tok)[1:]):
            continue  # "agreed to provide aid": the governing event is the one reported
        taken.add(ctx.sent.offset + tok.idx)
        frame = ctx.frame(tok)
        sources = [d for d in actor_drafts(frame.subjects) or subjects_up(ctx, tok)
                   if key_of(d)]
        if not sources:
            continue  # a source that acts for no state or organisation is not coded
        targets = [d for d in actor_drafts([*frame.objects, *frame.prep(
            "to", "with", "against", "on", "from", "for", "of")])
            if d not in sources and key_of(d) and key_of(d) != key_of(sources[0])]
        if ptype in _RELATIONAL and not targets:
            continue  # "gave birth", "our homes may be broken": no one is acted upon
        draft = ctx.draft(KIND, tok, frame)
        draft.variant = _intent(ptype, draft.modality, ctx)
        draft.add("source", [sources[0].key])
        if targets:
            draft.add("target", [targets[0].key])
        draft.confidence = 0.5
        out.append(draft)
    return out


# PLOVER types that are done to someone: without a target actor the verb is not the event.
_RELATIONAL = frozenset({"SANCTION", "AID", "COOPERATE"})


def _intent(ptype: str, modality: str, ctx: SentenceContext) -> str:
    """PLOVER codes announced help as AGREE and a conditional penalty as THREATEN."""
    words = ctx.lower_words()
    if ptype in ("SANCTION", "MOBILIZE") and modality == "future" and "unless" in words:
        return "THREATEN"
    if ptype in ("AID", "COOPERATE") and modality == "future":
        return "AGREE"
    return ptype
