"""Resolution: from the mentions detectors found to the events of one article.

Independent of how mentions were detected: dates are attached, mentions of one event are
merged, missing key roles are completed from the article (mentions still missing a key actor
are left out), listed packages are split into transfers, trained scorers (if any) set each
finished event's confidence, and each event is coded and grounded in the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from factwire.entities.table import EntityTable
from factwire.events.codes import code
from factwire.events.complete import complete
from factwire.events.detect import EventScorer
from factwire.events.draft import EventDraft
from factwire.events.grounding import ground
from factwire.events.listing import continued_packages, listed_transfers
from factwire.events.merge import merge_all, yield_to_rules
from factwire.events.spec import get_spec
from factwire.events.timing import assign_time
from factwire.model import ArgValue, Event, Modality, Span, publication_time
from factwire.nlp.types import Doc

_MODALITIES: tuple[Modality, ...] = ("asserted", "future", "hypothetical", "negated")


def resolve(drafts: list[EventDraft], doc: Doc, table: EntityTable,
            published: dt.date | None, scorers: Sequence[EventScorer] = ()) -> list[Event]:
    """The article's events, in order of first mention."""
    for d in drafts:
        start = d.sentence.span.start
        line = table.text.rfind("\n", 0, start) + 1
        assign_time(d, published, Span(line, start) if line < start else None, table.text)
    merged = complete(merge_all(yield_to_rules(drafts, table), table), table)
    listed = [*listed_transfers(doc, merged, table, published),
              *continued_packages(doc, merged, table)]
    _count_from_list(merged, listed)
    final = merge_all(merged + listed, table)
    for d in final:
        _date_by_publication(d, published)
    for scorer in scorers:
        final = scorer.rescore(final, table)
    return [to_event(d, table) for d in final]


def _count_from_list(drafts: list[EventDraft], listed: list[EventDraft]) -> None:
    """A list item's count is the system's: in "16 M299 Hellfire Missile Launchers, 300
    AGM-114R Hellfire missiles" the sentence's nearest count (16) belongs to the launchers,
    and the item says 300; the drafts then merge as one transfer."""
    for item in listed:
        for d in drafts:
            if (d.kind == item.kind and d.keys("system") == item.keys("system")
                    and d.sentence.span.overlaps(item.sentence.span)):
                d.quantity = item.quantity


def _date_by_publication(d: EventDraft, published: dt.date | None) -> None:
    """An asserted meeting, call or visit the text gives no date for is dated by the
    article's publication (the spec's ``dated_by_publication``), with no span: the date is
    the report's, not a phrase of the text."""
    if d.time is None and published is not None and d.modality == "asserted" and get_spec(
            d.kind).dated_by_publication:
        d.time = publication_time(published.isoformat())


def to_event(d: EventDraft, table: EntityTable) -> Event:
    """The immutable event of a finished draft: arguments as the spec types them, coded."""
    spec = get_spec(d.kind)
    plover, cameo = code(d, table)
    args: dict[str, ArgValue] = {}
    for role, keys in d.roles.items():
        if keys:
            args[role] = tuple(keys)
    for name, value in d.literals.items():
        found = spec.role(name)
        if found is not None and found.is_literal and value:
            args[name] = value
    modality: Modality = next((m for m in _MODALITIES if m == d.modality), "asserted")
    trigger, spans = ground(d, args, table)
    return Event(
        id="", kind=d.kind, plover=plover, cameo=cameo, args=args, evidence=tuple(d.evidence),
        time=d.time, status=d.status, quantity=d.quantity, value=d.value, modality=modality,
        confidence=round(d.confidence, 3), trigger=trigger, arg_spans=spans,
        producer=d.producer or None,
    )
