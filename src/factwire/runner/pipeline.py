"""Running the components over articles and assembling each article's Extraction."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from factwire.model import ArgValue, Article, Event, Extraction, Quote
from factwire.nlp.component import Component, DocState
from factwire.nlp.loader import base_disabled, load_spacy, model_name
from factwire.runner.registry import DEFAULT_PIPELINE, build_components


class Pipeline:
    """spaCy's base pass (batched) followed by factwire's registered components."""

    def __init__(self, nlp: Any, components: list[Component], names: tuple[str, ...]) -> None:
        self.nlp = nlp
        self.components = components
        self.producer = (f"spacy:{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}",
                         *names)

    def run(self, article: Article) -> Extraction:
        return next(iter(self.run_many([article])))

    def run_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        """Extract articles in order; spaCy batches the statistical pass."""
        disabled = base_disabled(self.nlp)
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                          disable=disabled):
            yield self.process(article, doc)

    def process(self, article: Article, doc: Any) -> Extraction:
        state = DocState(article=article, doc=doc)
        for comp in self.components:
            comp(state)
        return assemble(state, self.producer)


def assemble(state: DocState, producer: tuple[str, ...]) -> Extraction:
    """Freeze entities and replace entity keys in quotes and events by output ids."""
    entities, ids = state.entities.freeze() if state.entities is not None else ((), {})
    quotes = tuple(
        dataclasses.replace(q, speaker=ids.get(q.speaker) if q.speaker else None)
        for q in state.quotes
    )
    quotes = tuple(dataclasses.replace(q, id=f"Q{i}") for i, q in enumerate(quotes, 1))
    events = tuple(
        dataclasses.replace(e, id=f"V{i}", args=_remap(e, ids))
        for i, e in enumerate(state.events, 1)
    )
    return Extraction(article=state.article, entities=entities, events=events,
                      quotes=_drop_empty(quotes), producer=producer)


def _remap(event: Event, ids: dict[str, str]) -> dict[str, ArgValue]:
    out: dict[str, ArgValue] = {}
    for role, value in event.args.items():
        if isinstance(value, str):
            out[role] = value
        else:
            mapped = tuple(dict.fromkeys(ids[k] for k in value if k in ids))
            if mapped:
                out[role] = mapped
    return out


def _drop_empty(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    return tuple(q for q in quotes if q.text.strip())


@functools.cache
def get_pipeline(model: str | None = None,
                 names: tuple[str, ...] = DEFAULT_PIPELINE) -> Pipeline:
    """The process-wide pipeline for ``model`` (loaded once)."""
    nlp = load_spacy(model_name(model))
    return Pipeline(nlp, build_components(nlp, names), names)
