"""A paragraph break always ends a sentence.

The statistical sentence recogniser sometimes runs a sentence over a line break (a quotation
paragraph followed by the next paragraph); news paragraphs never share a sentence.
"""

from __future__ import annotations

from spacy.language import Language

from factwire.nlp.types import Doc

COMPONENT = "factwire_paragraph_breaks"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after every whitespace token holding a newline."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
