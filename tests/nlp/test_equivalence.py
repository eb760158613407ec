"""The base pass's table-driven components give exactly spaCy's own output, and the selective
parser gives the same parse as parsing the sentence alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from factwire.nlp.attributes import FastAttributes
from factwire.nlp.lemmas import CachedLemmatizer
from factwire.nlp.loader import DEFAULT_MODEL
from factwire.nlp.parse import sentence_docs

pytestmark = pytest.mark.slow

TEXTS = [
    "Russian Defense Minister Sergei Shoigu met his Indian counterpart in New Delhi on Thursday.",
    "\"We aren't gonna back down,\" he said, adding that talks would resume in May.",
    "The US has imposed sanctions on 12 firms; Washington's envoy didn't comment.",
    "India has approved a plan to buy five S-400 Triumph defense systems from Russia.",
    "Y'all know the drills were cancelled, didn't you? It's 3:00 p.m. in Kyiv.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return spacy.load(DEFAULT_MODEL)


def _texts(seed_path: Path | None) -> list[str]:
    return TEXTS + ([seed_path.read_text()] if seed_path else [])


def test_fast_attributes_and_cached_lemmas_match_spacy(  # type: ignore[no-untyped-def]
        nlp, shared_dir: Path) -> None:
    texts = _texts(shared_dir / "seed" / "000_5e2a7a06ba9dce6f.txt")
    reference = list(nlp.pipe(texts, disable=["parser"]))
    fast = FastAttributes(list(nlp.get_pipe("attribute_ruler").patterns))
    lemmas = CachedLemmatizer(nlp.get_pipe("lemmatizer"))
    ours = [lemmas(fast(d)) for d in nlp.pipe(texts, disable=["parser", "attribute_ruler",
                                                              "lemmatizer"])]
    for ref, got in zip(reference, ours, strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ref] == [
            (t.pos_, str(t.morph), t.lemma_) for t in got]


def test_sentence_docs_carry_the_base_pass(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(" ".join(TEXTS), disable=["parser"])
    for tok in doc[1:]:
        tok.is_sent_start = doc[tok.i - 1].text in (".", "?")
    sents = list(doc.sents)
    built = sentence_docs(doc, sents)
    for sent, sdoc in zip(sents, built, strict=True):
        assert sdoc.text == sent.text_with_ws
        assert [t.tag_ for t in sdoc] == [t.tag_ for t in sent]
        assert [t.lemma_ for t in sdoc] == [t.lemma_ for t in sent]
        assert (sdoc.tensor == doc.tensor[sent.start : sent.end]).all()
