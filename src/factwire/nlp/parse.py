"""Selective dependency parsing: only sentences that can hold an event are parsed.

The base pass leaves the parser out; this component parses, in one batch per article, the
sentences a cheap predicate accepts (a trigger word in the sentence). Each parsed sentence is a
Doc of its own, with the base pass's token vectors copied over, so no work is repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from factwire.nlp.component import DocState

SentencePredicate = Callable[[Any], bool]


class SelectiveParser:
    """Parses the sentences ``wanted`` accepts; results go to ``state.parses`` by start char."""

    name: ClassVar[str] = "nlp.parse.v1"
    requires: ClassVar[tuple[str, ...]] = ("doc.sents", "token.lemma")
    assigns: ClassVar[tuple[str, ...]] = ("parses",)

    def __init__(self, nlp: Any, wanted: SentencePredicate) -> None:
        self.parser = nlp.get_pipe("parser") if "parser" in nlp.pipe_names else None
        self.wanted = wanted

    def __call__(self, state: DocState) -> None:
        sents = [s for s in state.doc.sents if self.wanted(s)]
        if self.parser is not None and sents:
            docs = [s.as_doc() for s in sents]
            for sent, parsed in zip(sents, self.parser.pipe(docs), strict=True):
                state.parses[sent.start_char] = parsed
        state.assigned.add("parses")
