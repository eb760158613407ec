"""Threats and warnings of sanctions or force (THREATEN)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, subjects_up
from factwire.events.draft import EventDraft
from factwire.events.spec import LexiconEntry

KIND = "threat"
LEXICON_FIELDS = ("verbs", "nouns", "sanction_cues", "force_cues")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, nouns = set(entry.words("verbs")), set(entry.words("nouns"))
    for tok in ctx.sent.sdoc:
        if tok.pos_ == "VERB" and tok.lemma_ in verbs:
            frame = ctx.frame(tok)
            sources = actor_drafts(frame.subjects)
            targets = _against(ctx, tok) or actor_drafts(
                [*frame.objects, *frame.prep("against", "to")])
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns:
            frame = ctx.frame(tok)
            sources = actor_drafts([*frame.prep("from", "by"), *frame.modifiers])
            targets = actor_drafts([*frame.prep("to", "against")])
            if frame.verb.lemma_ in ("receive", "get", "face") and not targets:
                targets = actor_drafts(frame.subjects) or subjects_up(ctx, frame.verb)
            elif not sources:
                sources = actor_drafts(frame.subjects)
        else:
            continue
        if not sources or not targets or sources[0].key == targets[0].key:
            continue
        draft = ctx.draft(KIND, tok, frame)
        draft.modality = "negated" if draft.modality == "negated" else "asserted"
        draft.add("source", [sources[0].key])
        draft.add("target", [targets[0].key])
        draft.variant, draft.literals["subject"] = _subject(ctx, entry)
        return [draft]
    return []


def _against(ctx: SentenceContext, verb: object) -> list[Draft]:
    """"threatened to launch an operation against the YPG": the target of what is threatened."""
    out: list[Draft] = []
    for tok in getattr(verb, "subtree", ()):
        if tok.dep_ == "prep" and tok.lower_ in ("against", "on") and tok.head is not verb:
            for pobj in tok.children:
                if pobj.dep_ == "pobj":
                    out.extend(actor_drafts(ctx.frame(pobj).modifiers + [
                        d for d in ctx.entities_in(pobj, ("country", "organization", "person"))]))
    return out


def _subject(ctx: SentenceContext, entry: LexiconEntry) -> tuple[str | None, str]:
    """What is threatened, from whole-word cues in the sentence."""
    text = " " + " ".join(t.lower_ for t in ctx.sent.sdoc) + " "
    if any(f" {c} " in text for c in entry.words("sanction_cues")):
        return "restrict", "sanctions"
    if any(f" {c} " in text for c in entry.words("force_cues")):
        return "violence", "military force"
    return None, "unspecified"
