"""Speaker attribution on texts written for the test."""

from __future__ import annotations

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

CASES = [
    ('"We are ready for more cooperation," Sergei Shoigu said.', "Sergei Shoigu"),
    ('"We are ready for more cooperation," said Sergei Shoigu.', "Sergei Shoigu"),
    ('Sergei Shoigu said: "We are ready for more cooperation."', "Sergei Shoigu"),
    ('Vladimir Putin arrived. He said that "the talks went very well."', "Vladimir Putin"),
    ('"The talks went well," said a Russian Foreign Ministry statement.',
     "Ministry of Foreign Affairs (Russia)"),
    ('Narendra Modi spoke. "India will not be pressured by anyone," he told reporters.',
     "Narendra Modi"),
    ('"There is no reason to panic," according to Jens Stoltenberg.', "Jens Stoltenberg"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_speaker(pipeline: Pipeline, text: str, speaker: str) -> None:
    r = pipeline.run(read_text(text, id="q"))
    names = {e.id: e.name for e in r.entities}
    assert len(r.quotes) == 1
    q = r.quotes[0]
    assert names.get(q.speaker or "") == speaker
    assert r.article.text[q.span.start : q.span.end] == q.text


def test_continued_quote_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = ('"We will respond to any aggression," Sergei Shoigu said.\n'
            '"Our forces are ready and the army is strong."')
    r = pipeline.run(read_text(text, id="q"))
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Sergei Shoigu", "Sergei Shoigu"]


def test_scare_quotes_are_not_quotations(pipeline: Pipeline) -> None:
    r = pipeline.run(read_text('Talks were "intensive" and "very productive", officials said.',
                               id="q"))
    assert r.quotes == ()
