"""Visits: a leader or delegation goes to another state (CONSULT / visit)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts
from factwire.events.draft import EventDraft
from factwire.events.frames import key_of
from factwire.gazetteer import load_gazetteer

KIND = "visit"


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, nouns = set(entry["verbs"]), set(entry["nouns"])
    out: list[EventDraft] = []
    for tok in ctx.sent.sdoc:
        is_verb = tok.pos_ == "VERB" and tok.lemma_ in verbs
        is_noun = tok.pos_ == "NOUN" and tok.lower_ in nouns
        if not (is_verb or is_noun):
            continue
        frame = ctx.frame(tok)
        targets = frame.objects if tok.lemma_ == "visit" and is_verb else frame.prep("to", "in")
        hosts_by_modifier = [m for m in frame.modifiers if m.kind == "country"]
        if is_noun and not targets and hosts_by_modifier:
            targets = hosts_by_modifier  # "a UK state visit"
        visitors = actor_drafts([*frame.subjects, *[m for m in frame.modifiers
                                                     if m not in hosts_by_modifier]])
        host = _host(ctx, targets)
        if not visitors or host is None:
            continue
        if {key_of(v) for v in visitors} == {key_of(host)}:
            continue
        draft = ctx.draft(KIND, tok, frame)
        draft.add("visitor", [visitors[0].key])
        draft.add("host", [host.key])
        place = next((t for t in targets if t.kind == "location"), None)
        if place is not None:
            draft.add("place", [place.key])
        out.append(draft)
    return out


def _host(ctx: SentenceContext, targets: list[Draft]) -> Draft | None:
    """The state visited: a country named, or the country of the place visited."""
    for t in targets:
        if t.kind == "country":
            return t
    for t in targets:
        if t.kind == "location" and t.country:
            key = f"state:{t.country}"
            state = ctx.table.drafts.get(key)
            if state is None:
                record = load_gazetteer().state_by_code(t.country)
                if record is None:
                    continue
                state = ctx.table.get_or_add(key, "country", record.name, country=record.id,
                                             actor=record.id, canonical=key)
            if not state.mentions:
                ctx.table.add_implied(key, min(t.mentions))
            return state
    return None
