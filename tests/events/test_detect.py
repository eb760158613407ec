"""The detector seam: rule detectors record producer and score; another detector plugs in beside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factwire.events import detect
from factwire.events.context import SentenceContext
from factwire.events.draft import EventDraft
from factwire.events.extract import EventExtractor
from factwire.events.lexicon import Lexicon
from factwire.ingest import read_text
from factwire.model import ConfigError
from factwire.runner.pipeline import Pipeline
from factwire.runner.registry import DEFAULT_PIPELINE

TEXT = "Norway's prime minister met the Swedish prime minister in Geneva on Monday."


class Echo:
    """A stand-in for a trained detector: it reports what the meeting rules report, again."""

    name = "test.echo.v1"
    fallback = False

    def __init__(self, lex: Lexicon) -> None:
        self.rules = next(d for d in detect.build_detectors(("rules",), lex)
                          if d.name == "rules.meeting.v1")
        self.calls = 0

    def wants(self, ctx: SentenceContext) -> bool:
        return True

    def detect(self, ctx: SentenceContext) -> list[EventDraft]:
        self.calls += 1
        found = self.rules.detect(ctx)
        for d in found:
            d.producer, d.confidence = self.name, 0.3
        return found


@pytest.fixture
def echo() -> Iterator[list[Echo]]:
    made: list[Echo] = []

    def factory(lex: Lexicon) -> list[detect.EventDetector]:
        made.append(Echo(lex))
        return [made[-1]]

    detect.register_detector("test.echo", factory)
    yield made
    del detect.DETECTORS["test.echo"]


def _run(pipeline: Pipeline, extractor: EventExtractor) -> list[tuple[str, str | None, float]]:
    mine = Pipeline(pipeline.nlp, [*pipeline.components[:-1], extractor], DEFAULT_PIPELINE)
    out = mine.run(read_text(TEXT, id="t", published=dt.date(2026, 3, 4)))
    return [(e.kind, e.producer, e.confidence) for e in out.events]


def test_rules_record_their_producer_and_a_score(pipeline: Pipeline) -> None:
    # both participants named in the sentence: the full score for a meeting mention
    assert _run(pipeline, EventExtractor(("rules",))) == [("meeting", "rules.meeting.v1", 0.8)]


def test_a_second_detector_runs_beside_the_rules_and_resolution_merges(
        pipeline: Pipeline, echo: list[Echo]) -> None:
    events = _run(pipeline, EventExtractor(("rules", "test.echo")))
    assert echo[0].calls == 1  # one parsed sentence
    # one event: the rules' mention first, the echo's merged into it (+0.05 per merge)
    assert events == [("meeting", "rules.meeting.v1", 0.85)]


def test_detector_names_are_checked(echo: list[Echo]) -> None:
    with pytest.raises(ConfigError, match=r"'test\.echo' is already registered"):
        detect.register_detector("test.echo", lambda lex: [])
    with pytest.raises(ConfigError,
                       match=r"unknown event detector 'nope'; registered: proposer, rules, "):
        EventExtractor(("nope",))
