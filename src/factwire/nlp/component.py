"""The one shape every factwire pipeline component has, and the state they share.

A component reads what it ``requires`` from the :class:`DocState` and adds what it ``assigns``;
the pipeline checks when it is built that every requirement is assigned by an earlier component.
Components are registered (with a versioned name) in :mod:`factwire.runner.registry`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from factwire.model import Article, Event, Quote
from factwire.nlp.types import Doc


@dataclass
class DocState:
    """Mutable working state for one article while the pipeline runs.

    ``doc`` is the spaCy Doc of ``article.text``; ``entities`` is an
    :class:`factwire.entities.table.EntityTable` (typed loosely here so that this module
    stays free of stage imports); ``parses`` maps a sentence's start offset to its parsed Doc.
    """

    article: Article
    doc: Doc
    entities: Any = None
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parses: dict[int, Doc] = field(default_factory=dict)
    assigned: set[str] = field(default_factory=set)


class Component(Protocol):
    """A pipeline step: DocState in, DocState changed in place."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, state: DocState) -> None: ...
