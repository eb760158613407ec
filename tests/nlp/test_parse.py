"""The selective parser's noun repair: a "verb" in a noun's slot is retagged a noun."""

from __future__ import annotations

import pytest

from factwire.nlp.parse import repair_nouns
from factwire.nlp.types import Doc
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _doc(pipeline: Pipeline, words: list[str], pos: list[str], tags: list[str],
         deps: list[str], heads: list[int]) -> Doc:
    return Doc(pipeline.nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


def test_a_verb_tagged_noun_in_an_object_slot_becomes_a_noun(pipeline: Pipeline) -> None:
    # "Chile signed a minerals deal": the tagger made "deal" a verb, the parser an object
    doc = _doc(pipeline, ["Chile", "signed", "a", "minerals", "deal"],
               ["PROPN", "VERB", "DET", "NOUN", "VERB"], ["NNP", "VBD", "DT", "NNS", "VB"],
               ["nsubj", "ROOT", "det", "compound", "dobj"], [1, 1, 4, 4, 1])
    repair_nouns(doc)
    assert [(t.pos_, t.tag_) for t in doc][4] == ("NOUN", "NN")
    assert doc[1].pos_ == "VERB"  # the real verb stays


def test_gerunds_and_verbs_with_their_own_arguments_stay_verbs(pipeline: Pipeline) -> None:
    # "by sending troops": a gerund in a preposition's slot
    doc = _doc(pipeline, ["by", "sending", "troops"], ["ADP", "VERB", "NOUN"],
               ["IN", "VBG", "NNS"], ["ROOT", "pobj", "dobj"], [0, 0, 1])
    repair_nouns(doc)
    assert doc[1].pos_ == "VERB"
    # a clause in a subject's slot that has an object of its own
    doc = _doc(pipeline, ["sell", "arms", "angered", "Peru"], ["VERB", "NOUN", "VERB", "PROPN"],
               ["VB", "NNS", "VBD", "NNP"], ["nsubj", "dobj", "ROOT", "dobj"], [2, 0, 2, 2])
    repair_nouns(doc)
    assert doc[0].pos_ == "VERB"
