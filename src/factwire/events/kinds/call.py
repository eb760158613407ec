"""Calls: leaders speak by telephone or video link (CONSULT / phone)."""

from __future__ import annotations

from typing import Any

from factwire.events.context import SentenceContext, actor_drafts, distinct_actor_keys
from factwire.events.draft import EventDraft

KIND = "call"
_CARRIERS = frozenset({"speak", "talk", "hold", "have", "call", "phone", "telephone", "discuss"})


_NOUNS = frozenset({"call", "calls", "conversation", "conversations", "talk", "talks",
                    "conference", "videoconference"})


def _phone_modifier(tok: Any, cues: set[str]) -> bool:
    return tok.lower_ == "videoconference" or any(
        c.lower_ in cues for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def detect(ctx: SentenceContext) -> list[EventDraft]:
    cues = set(ctx.lex.kind(KIND)["cues"])
    words = ctx.lower_words() | {t.lemma_ for t in ctx.sent.sdoc}
    if not (cues & words) and "videoconference" not in words:
        return []
    for tok in ctx.sent.sdoc:
        if tok.pos_ == "NOUN" and tok.lower_ in _NOUNS and _phone_modifier(tok, cues):
            pass  # "his phone call with Erdogan", "a phone conversation between X and Y"
        elif tok.pos_ != "VERB" or tok.lemma_ not in _CARRIERS:
            continue
        frame = ctx.frame(tok)
        people = actor_drafts([*frame.subjects, *frame.modifiers, *frame.objects,
                               *frame.prep("with", "to", "between")])
        if len(distinct_actor_keys(people)) < 2:
            continue
        draft = ctx.draft(KIND, tok, frame)
        draft.add("participants", [d.key for d in people])
        return [draft]
    return []
