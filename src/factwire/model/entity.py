"""Entities and their mentions, linked to canonical identities and actor keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from factwire.model.keys import actor_key, entity_key
from factwire.model.span import Span

EntityKind = Literal["person", "country", "organization", "location", "weapon", "other"]
ENTITY_KINDS: tuple[EntityKind, ...] = (
    "person", "country", "organization", "location", "weapon", "other",
)

MentionForm = Literal["name", "alias", "demonym", "metonym", "title", "pronoun", "nominal"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that refers to an entity, and how it refers (name, pronoun...)."""

    span: Span
    text: str
    form: MentionForm = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, state, organisation, place or weapon system as one article refers to it.

    ``canonical`` is the gazetteer identity (for example ``person:sergei-shoigu`` or
    ``weapon:s-400``) so that entities can be resolved across articles; ``actor`` is the
    EVENTS.md actor key (ISO alpha-3 or an organisation's canonical name).
    """

    id: str
    kind: EntityKind
    name: str
    mentions: tuple[Mention, ...]
    country: str | None = None
    actor: str | None = None
    role: str | None = None
    canonical: str | None = None
    category: str | None = None
    aliases: tuple[str, ...] = field(default=())

    @property
    def actor_key(self) -> str | None:
        """Who this entity acts for (:func:`factwire.model.keys.actor_key`)."""
        return actor_key(self.kind, self.actor, self.country)

    @property
    def key(self) -> str:
        """The cross-article identity (:func:`factwire.model.keys.entity_key`)."""
        return entity_key(self.kind, self.name, self.canonical, self.actor, self.country)

    @property
    def first_span(self) -> Span:
        return min(m.span for m in self.mentions)
