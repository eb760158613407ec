"""Visits: a leader or delegation goes to another state (CONSULT / visit)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, subjects_up
from factwire.events.draft import EventDraft
from factwire.events.frames import key_of
from factwire.gazetteer import load_gazetteer

KIND = "visit"
LEXICON_FIELDS = ("verbs", "nouns")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, nouns = set(entry.words("verbs")), set(entry.words("nouns"))
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
        if not visitors and is_verb:
            visitors = subjects_up(ctx, tok)  # "received an invitation to visit Turkey"
        if not visitors:
            continue
        mine = {key_of(v) for v in visitors}
        for host, place in _hosts(ctx, targets):  # "touring Washington, Paris and London"
            if {key_of(host)} == mine:
                continue
            draft = ctx.draft(KIND, tok, frame)
            draft.add("visitor", [visitors[0].key])
            draft.add("host", [host.key])
            if place is not None:
                draft.add("place", [place.key])
            out.append(draft)
    return out


def _hosts(ctx: SentenceContext, targets: list[Draft]) -> list[tuple[Draft, Draft | None]]:
    """Each state visited, with the place visited there when the text names a place."""
    out: list[tuple[Draft, Draft | None]] = []
    for t in targets:
        host = t if t.kind == "country" else _state_of_place(ctx, t)
        if host is not None and all(host is not h for h, _ in out):
            out.append((host, t if t.kind == "location" else None))
    return out


def _state_of_place(ctx: SentenceContext, t: Draft) -> Draft | None:
    """The country of a place visited, as a state entity (implied when not named)."""
    if t.kind != "location" or not t.country:
        return None
    key = f"state:{t.country}"
    state = ctx.table.drafts.get(key)
    if state is None:
        record = load_gazetteer().state_by_code(t.country)
        if record is None:
            return None
        state = ctx.table.get_or_add(key, "country", record.name, country=record.id,
                                     actor=record.id, canonical=key)
    if not state.mentions:
        ctx.table.add_implied(key, min(t.mentions))
    return state
