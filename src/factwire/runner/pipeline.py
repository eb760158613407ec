"""Running the components over articles and assembling each article's Extraction."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from factwire.events.detect import configured_detectors
from factwire.model import (
    ArgValue,
    Article,
    Event,
    Extraction,
    FactwireError,
    Quote,
    Rejected,
    Span,
)
from factwire.nlp.component import Component, DocState
from factwire.nlp.loader import base_disabled, load_spacy, model_name
from factwire.nlp.types import Doc
from factwire.runner.registry import DEFAULT_PIPELINE, build_components


class Pipeline:
    """spaCy's base pass (batched) followed by factwire's registered components."""

    def __init__(self, nlp: Language, components: list[Component], names: tuple[str, ...]) -> None:
        self.nlp = nlp
        self.components = components
        self.producer = (f"spacy:{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}",
                         *names)

    def run(self, article: Article) -> Extraction:
        """Extract one article; an internal failure raises :class:`ExtractionError`."""
        return assemble(self.state(article, self.parse(article.text)), self.producer)

    def parse(self, text: str) -> Any:
        """spaCy's pass over ``text``; a long text is parsed section by section and joined,
        so that no length limit applies below the file limit and memory stays per section."""
        disabled = base_disabled(self.nlp)
        parts = sections(text)
        docs = list(self.nlp.pipe(parts, disable=disabled, batch_size=1))
        if len(docs) == 1:
            return docs[0]
        from spacy.tokens import Doc  # noqa: PLC0415

        return Doc.from_docs(docs, ensure_whitespace=False)

    def run_many(self, articles: Iterable[Article],
                 batch_size: int = 32) -> Iterator[Extraction | Rejected]:
        """Extract articles in order; spaCy batches the statistical pass.

        A document that makes a component fail comes out as :class:`Rejected` with the
        component and error named; the batch goes on (no input ever stops a run).
        """
        disabled = base_disabled(self.nlp)
        # long texts go through parse() one by one; an empty stand-in keeps the order
        pairs = ((a.text if len(a.text) <= SECTION_CHARS else "", a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                          disable=disabled):
            try:
                if len(article.text) > SECTION_CHARS:
                    doc = self.parse(article.text)
                yield assemble(self.state(article, doc), self.producer)
            except ExtractionError as exc:
                yield Rejected(origin=article.origin or article.id, reason=str(exc))

    def state(self, article: Article, doc: Doc) -> DocState:
        """Run every component on one parsed article."""
        state = DocState(article=article, doc=doc)
        for comp in self.components:
            try:
                comp(state)
            except Exception as exc:  # reported per document, never lost
                raise ExtractionError(
                    f"component {comp.name} failed on this document ({type(exc).__name__}: "
                    f"{exc}); the other documents go on. Please report it with the "
                    f"document") from exc
        return state



SECTION_CHARS = 100_000


def sections(text: str, size: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters whose concatenation is
    ``text``; cuts fall after a newline, else after a space, else anywhere."""
    size = size or SECTION_CHARS
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        end = cut + 1 if cut > start else start + size
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


class ExtractionError(FactwireError):
    """A component failed on one document (a bug to report, not bad input)."""


def assemble(state: DocState, producer: tuple[str, ...]) -> Extraction:
    """Freeze entities and replace entity keys in quotes and events by output ids."""
    entities, ids = state.entities.freeze() if state.entities is not None else ((), {})
    quotes = tuple(
        dataclasses.replace(q, speaker=ids.get(q.speaker) if q.speaker else None)
        for q in state.quotes
    )
    quotes = tuple(dataclasses.replace(q, id=f"Q{i}") for i, q in enumerate(quotes, 1))
    events = tuple(
        dataclasses.replace(e, id=f"V{i}", **_remap(e, ids))
        for i, e in enumerate(state.events, 1)
    )
    return Extraction(article=state.article, entities=entities, events=events,
                      quotes=_drop_empty(quotes), producer=producer)


def _remap(event: Event, ids: dict[str, str]) -> dict[str, Any]:
    """Entity keys in ``args`` (and their grounding spans, kept aligned) as output ids."""
    args: dict[str, ArgValue] = {}
    spans: dict[str, tuple[Span, ...]] = {}
    for role, value in event.args.items():
        if isinstance(value, str):
            args[role] = value
            if role in event.arg_spans:
                spans[role] = event.arg_spans[role]
            continue
        grounding = event.arg_spans.get(role)
        pairs: dict[str, Span | None] = {}
        for i, k in enumerate(value):
            if k in ids and ids[k] not in pairs:
                pairs[ids[k]] = grounding[i] if grounding and i < len(grounding) else None
        if pairs:
            args[role] = tuple(pairs)
            if all(s is not None for s in pairs.values()):
                spans[role] = tuple(s for s in pairs.values() if s is not None)
    return {"args": args, "arg_spans": spans}


def _drop_empty(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    return tuple(q for q in quotes if q.text.strip())


def get_pipeline(model: str | None = None,
                 names: tuple[str, ...] = DEFAULT_PIPELINE) -> Pipeline:
    """The process-wide pipeline for ``model`` and the event detectors configured now
    (``$FACTWIRE_DETECTORS``), built once for each: a pipeline built while the variable
    chose other detectors is never handed out in its place."""
    return _pipeline(model_name(model), names, configured_detectors())


@functools.cache
def _pipeline(model: str, names: tuple[str, ...], detectors: tuple[str, ...]) -> Pipeline:
    nlp = load_spacy(model)
    return Pipeline(nlp, build_components(nlp, names), names)
