"""A paragraph break or a bullet always ends a sentence, and a dateline is a sentence of its
own.

The statistical sentence recogniser sometimes runs a sentence over a line break (a quotation
paragraph followed by the next paragraph); news paragraphs never share a sentence. A
dateline ("SOUDA BAY, Greece --", "KYIV, June 14 (Reuters) -") parsed with the sentence it
opens takes its place name for the verb and the story's subject for an apposition. A bullet
separates items run into one line: letters on a letters page ("Margaret Owen London • Turkey
has said it will invade ..." is a signature, then the next letter), not one sentence.
"""

from __future__ import annotations

from spacy.language import Language

from factwire.entities.titles import ABBREVIATED_TITLES
from factwire.ingest.dateline import find_dateline
from factwire.nlp.types import Doc

COMPONENT = "factwire_paragraph_breaks"
_BULLETS = frozenset({"\u2022", "\u25aa", "\u25a0", "\u25cf"})  # • ▪ ■ ●


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after every whitespace token holding a newline or
    a bullet, and after the dateline that opens a paragraph."""
    _join_titles(doc)
    starts = [0]
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            starts.append(tok.i + 1)
        elif tok.text in _BULLETS:
            doc[tok.i + 1].is_sent_start = True
    for i in starts:
        _split_dateline(doc, i)
    return doc


def _join_titles(doc: Doc) -> None:
    """No sentence starts at a name after a title written short: the rule-based splitter
    ends one at every full stop, so "led by Capt. David Bretz, arrived" was cut in two and
    the event in it lost (ranks run in chains: "Lt. Gen. John Smith")."""
    for tok in doc[1:-1]:
        after = doc[tok.i + 1]
        if tok.text == "." and after.is_sent_start and (after.is_title or after.is_upper) and (
                f"{doc[tok.i - 1].lower_}." in ABBREVIATED_TITLES) and not after.is_space:
            after.is_sent_start = False


def _split_dateline(doc: Doc, i: int) -> None:
    """Start a sentence where the story proper starts after a dateline opening token ``i``'s
    paragraph."""
    head = doc[i : min(len(doc), i + 24)]
    found = find_dateline(head.text) if len(head) else None
    if found is None:
        return
    at = doc[i].idx + found.end
    for tok in head[1:]:
        if tok.idx == at:
            tok.is_sent_start = True
            return
