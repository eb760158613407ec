"""The data model at the centre of factwire: every other stage imports from here."""

from factwire.model.article import Article, Rejected
from factwire.model.entity import ENTITY_KINDS, Entity, EntityKind, Mention, MentionForm
from factwire.model.errors import ConfigError, DataError, FactwireError, InputError, SpanError
from factwire.model.event import (
    MODALITIES,
    ArgValue,
    Event,
    EventKind,
    Modality,
    Money,
    Plover,
    TimeValue,
    publication_time,
)
from factwire.model.extraction import Extraction
from factwire.model.quote import Quote
from factwire.model.serialize import from_json, to_json
from factwire.model.span import Span

__all__ = [
    "ENTITY_KINDS",
    "MODALITIES",
    "ArgValue",
    "Article",
    "ConfigError",
    "DataError",
    "Entity",
    "EntityKind",
    "Event",
    "EventKind",
    "Extraction",
    "FactwireError",
    "InputError",
    "Mention",
    "MentionForm",
    "Modality",
    "Money",
    "Plover",
    "Quote",
    "Rejected",
    "Span",
    "SpanError",
    "TimeValue",
    "from_json",
    "publication_time",
    "to_json",
]
