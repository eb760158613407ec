"""Joint production: partners develop or manufacture a system together (COOPERATE)."""

from __future__ import annotations

from factwire.events.context import SentenceContext, actor_drafts, head_chain
from factwire.events.draft import EventDraft
from factwire.nlp.types import Token

KIND = "joint_production"
LEXICON_FIELDS = ("cues", "status_by_verb")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    text = ctx.sent.sdoc.text.lower()
    cue = next((c for c in entry.words("cues") if c in text), None)
    if cue is None:
        return []
    at = text.index(cue)
    trigger = next(t for t in ctx.sent.sdoc if t.idx + len(t.text) > at)
    cue_start = ctx.sent.offset + at
    systems = [d for sp, d in ctx.table.in_range(cue_start, ctx.sent.span.end)
               if d.kind == "weapon"]
    if not systems:
        return []
    frame = ctx.frame(trigger)
    partners = actor_drafts([*frame.subjects, *frame.prep("with", "between")])
    status = _status(trigger, entry.labels("status_by_verb"))
    out: list[EventDraft] = []
    for system in dict.fromkeys(systems):
        draft = ctx.draft(KIND, trigger, frame)
        draft.add("system", [system.key])
        draft.add("partners", [p.key for p in partners])
        draft.status = status
        out.append(draft)
    return out


def _status(trigger: Token, by_verb: dict[str, str]) -> str:
    """The step the governing words report; talks held on production are "discussed"."""
    for head in head_chain(trigger, hops=5):
        if head.lemma_ in by_verb:
            return str(by_verb[head.lemma_])
        for child in head.children:
            if child.lemma_ in ("discussion", "talk", "talks") and child.dep_ in (
                    "nsubjpass", "nsubj", "dobj"):
                return "discussed"
    return "discussed"
