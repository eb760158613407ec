"""Joint production: partners develop or manufacture a system together (COOPERATE)."""

from __future__ import annotations

import re

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, head_chain
from factwire.events.draft import EventDraft
from factwire.model import Span
from factwire.nlp.types import Token

KIND = "joint_production"
LEXICON_FIELDS = ("cues", "status_by_verb", "company_cues")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    text = ctx.sent.sdoc.text.lower()
    cue = next((c for c in entry.words("cues") if c in text), None)
    if cue is None:
        return []
    at = text.index(cue)
    trigger = next(t for t in ctx.sent.tokens if t.idx + len(t.text) > at)
    cue_start = ctx.sent.offset + at
    systems = _listed(ctx, [(sp, d) for sp, d in ctx.table.in_range(
        cue_start, ctx.sent.span.end) if d.kind == "weapon"])
    if not systems:
        return []
    frame = ctx.frame(trigger)
    partners = actor_drafts([*frame.subjects, *frame.prep("with", "between")])
    if not partners and any(c in text for c in entry.words("company_cues")):
        return []  # "Bell and Boeing via a joint venture": firms, not partner states
    status = _status(trigger, entry.labels("status_by_verb"))
    out: list[EventDraft] = []
    for system in systems:
        draft = ctx.draft(KIND, trigger, frame)
        draft.add("system", [system.key])
        draft.add("partners", [p.key for p in partners])
        draft.status = status
        out.append(draft)
    return out


_LIST_GAP = re.compile(r"^[\w\s-]{0,30}?(,|\band\b)[\w\s-]{0,30}$")


def _listed(ctx: SentenceContext, found: list[tuple[Span, Draft]]) -> list[Draft]:
    """The first system after the cue and those listed with it ("the Ka-226 helicopters,
    the frigates and land systems"); a weapon further on that is not part of the list is
    what the product carries or replaces, not another co-production."""
    out: list[Draft] = []
    last: Span | None = None
    for sp, d in found:
        if last is not None and not _LIST_GAP.match(ctx.table.text[last.end : sp.start]):
            break
        if all(d is not o for o in out):
            out.append(d)
        last = sp
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
