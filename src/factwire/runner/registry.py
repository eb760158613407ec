"""The one place pipeline components are registered, under versioned names.

An output records the names that produced it (``Extraction.producer``), so a stored result says
which version of which component made it. Factories receive the loaded spaCy pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from factwire.model import ConfigError
from factwire.nlp.component import Component

Factory = Callable[[Language], Component]

# What the spaCy base pass provides to the components after it.
BASE_ASSIGNS: tuple[str, ...] = ("doc.ents", "doc.sents", "token.tag", "token.pos", "token.lemma")


def _recognizer(nlp: Language) -> Component:
    from factwire.entities.recognize import EntityRecognizer  # noqa: PLC0415

    return EntityRecognizer(nlp)


def _coref(nlp: Language) -> Component:
    from factwire.entities.coref import Coreference  # noqa: PLC0415

    return Coreference()


def _quotes(nlp: Language) -> Component:
    from factwire.quotes.attribute import QuoteAttributor  # noqa: PLC0415

    return QuoteAttributor()


def _parser(nlp: Language) -> Component:
    from factwire.events.extract import sentence_has_trigger  # noqa: PLC0415
    from factwire.nlp.parse import SelectiveParser  # noqa: PLC0415

    return SelectiveParser(nlp, sentence_has_trigger)


def _events(nlp: Language) -> Component:
    from factwire.events.extract import EventExtractor  # noqa: PLC0415

    return EventExtractor()


REGISTRY: dict[str, Factory] = {
    "entities.recognize.v1": _recognizer,
    "entities.coref.v1": _coref,
    "quotes.attribute.v1": _quotes,
    "nlp.parse.v1": _parser,
    "events.extract.v1": _events,
}

DEFAULT_PIPELINE: tuple[str, ...] = (
    "entities.recognize.v1",
    "entities.coref.v1",
    "quotes.attribute.v1",
    "nlp.parse.v1",
    "events.extract.v1",
)


def register(name: str, factory: Factory) -> None:
    """Add a component (for extensions); names are unique and carry a version suffix."""
    if name in REGISTRY:
        raise ConfigError(f"component {name!r} is already registered; choose a new versioned name")
    if not name.rsplit(".", 1)[-1].startswith("v"):
        raise ConfigError(f"component name {name!r} needs a version suffix such as '.v1'")
    REGISTRY[name] = factory


def build_components(nlp: Language, names: tuple[str, ...]) -> list[Component]:
    """Instantiate ``names`` in order, checking each one's requirements are met before it."""
    available = set(BASE_ASSIGNS)
    components: list[Component] = []
    for name in names:
        factory = REGISTRY.get(name)
        if factory is None:
            raise ConfigError(
                f"unknown pipeline component {name!r}; registered: {', '.join(sorted(REGISTRY))}")
        comp = factory(nlp)
        missing = [r for r in comp.requires if r not in available]
        if missing:
            raise ConfigError(
                f"component {name!r} requires {missing}, which no earlier component assigns; "
                "reorder the pipeline or add the component that provides them")
        available.update(comp.assigns)
        components.append(comp)
    return components
