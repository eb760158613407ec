"""Grounding: the text that supports each argument of an event.

Each entity argument points at the mention that filled it: the entity's mention inside the
event's evidence nearest the trigger (an argument completed from elsewhere in the article
gets its nearest mention anywhere). A literal argument is grounded where its text occurs in
the evidence. Spans always index ``doc.text`` and hold exactly the mention's text.
"""

from __future__ import annotations

from collections.abc import Mapping

from factwire.entities.table import EntityTable
from factwire.events.draft import EventDraft
from factwire.model import ArgValue, Span


def ground(d: EventDraft, args: Mapping[str, ArgValue],
           table: EntityTable) -> tuple[Span, dict[str, tuple[Span, ...]]]:
    """The trigger span and, per role, the spans of the mentions that fill it."""
    spans: dict[str, tuple[Span, ...]] = {}
    for role, value in args.items():
        if isinstance(value, str):
            found = _literal(d, value, table.text)
            if found is not None:
                spans[role] = (found,)
            continue
        chosen = [_mention(d, key, table) for key in value]
        if all(s is not None for s in chosen):
            spans[role] = tuple(s for s in chosen if s is not None)
    return d.trigger, spans


def _mention(d: EventDraft, key: str, table: EntityTable) -> Span | None:
    draft = table.drafts.get(key)
    if draft is None or not draft.mentions:
        return None
    inside = [s for s in draft.mentions if any(e.start <= s.start and s.end <= e.end
                                                for e in d.evidence)]
    pool = inside or list(draft.mentions)
    return min(pool, key=lambda s: (abs(s.start - d.trigger.start), s.start))


def _literal(d: EventDraft, value: str, text: str) -> Span | None:
    for e in d.evidence:
        at = text.find(value, e.start, e.end)
        if at >= 0:
            return Span(at, at + len(value))
    return None
