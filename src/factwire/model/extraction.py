"""The result of reading one article: the unit every stage passes on and the store keeps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from factwire.model.article import Article
from factwire.model.entity import Entity
from factwire.model.event import Event
from factwire.model.quote import Quote
from factwire.model.span import Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything factwire found in one article; ``producer`` names the components that ran."""

    article: Article
    entities: tuple[Entity, ...] = field(default=())
    events: tuple[Event, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    producer: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str) -> Entity:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

    def spans(self) -> Iterator[tuple[str, Span, str | None]]:
        """Every grounded span with the text it claims (``None`` where it claims no text).

        Used by the property tests: the text at each span must be the claimed mention.
        """
        for ent in self.entities:
            for m in ent.mentions:
                yield f"entity {ent.id}", m.span, m.text
        for q in self.quotes:
            yield f"quote {q.id}", q.span, q.text
            if q.speaker_span is not None:
                yield f"quote {q.id} speaker", q.speaker_span, None
        for ev in self.events:
            for sp in ev.evidence:
                yield f"event {ev.id}", sp, None
            if ev.trigger is not None:
                yield f"event {ev.id} trigger", ev.trigger, None
            names = {e.id: e for e in self.entities}
            for role, value, span in ev.grounded():
                filler = names.get(value)
                claimed = value if filler is None else next(
                    (m.text for m in filler.mentions if m.span == span),
                    f"<a mention of {value}>")
                yield f"event {ev.id} {role}", span, claimed
            if ev.time is not None and ev.time.span is not None:
                yield f"event {ev.id} time", ev.time.span, ev.time.text
