"""numpy's matrix product in place of thinc's BLIS leaves tags, entities and parses as they were."""

from __future__ import annotations

import pytest
import spacy

from factwire.nlp.loader import DEFAULT_MODEL
from factwire.nlp.matmul import use_numpy_matmul

pytestmark = pytest.mark.slow

TEXTS = [
    "Chile's defence minister Ana Ruiz met her Peruvian counterpart in Lima on Thursday.",
    "\"We will not give up the border,\" said the general, who leads the northern command.",
    "Portugal agreed to buy six patrol boats from a Dutch shipyard for 120 million euros.",
    "Drills by the Thai and Malaysian navies ended in the Andaman Sea late on Sunday night.",
]


def _annotations(nlp: spacy.language.Language) -> list[object]:
    return [([(t.tag_, t.dep_, t.head.i) for t in doc], [(e.start, e.end, e.label_)
                                                        for e in doc.ents])
            for doc in nlp.pipe(TEXTS)]


def test_numpy_matmul_gives_the_same_annotations() -> None:
    stock = spacy.load(DEFAULT_MODEL)
    expected = _annotations(stock)
    assert any(ents for _, ents in expected)  # the texts exercise the recogniser
    use_numpy_matmul(stock)
    layer = next(iter(stock.get_pipe("ner").model.walk()))
    assert not layer.ops.use_blis
    assert _annotations(stock) == expected
