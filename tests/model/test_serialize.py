"""The JSON of EVENTS.md section 4: written by one function and read back unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.model import (
    Article,
    DataError,
    Entity,
    Event,
    Extraction,
    Mention,
    Money,
    Plover,
    Quote,
    Span,
    TimeValue,
    from_json,
    to_json,
)

TEXT = 'Russian Defense Minister Sergei Shoigu met Indian officials. "We are ready," he said.'


def _sample() -> Extraction:
    shoigu = Entity(
        id="E1", kind="person", name="Sergei Shoigu", country="RUS", actor="RUS",
        role="Minister of Defence", canonical="person:sergei-shoigu",
        mentions=(Mention(Span(25, 38), "Sergei Shoigu"), Mention(Span(77, 79), "he", "pronoun")),
    )
    event = Event(
        id="V1", kind="meeting", plover=Plover("CONSULT", None, ("military",)), cameo="040",
        args={"participants": ("E1",), "subject": "talks"}, evidence=(Span(0, 60),),
        time=TimeValue("2018-12-13", "2018-12-13", "on Thursday"),
        value=Money(5e9, "USD"), quantity=5, status=None, confidence=0.9,
    )
    quote = Quote(id="Q1", text="We are ready", span=Span(62, 74), speaker="E1")
    article = Article(id="a1", text=TEXT, published=dt.date(2018, 12, 14), dateline=None)
    return Extraction(article=article, entities=(shoigu,), events=(event,), quotes=(quote,))


def test_to_json_has_the_contract_shape() -> None:
    data = to_json(_sample())
    assert list(data) == ["factwire", "doc", "entities", "events", "quotes"]
    assert data["factwire"] == "1.1"
    assert data["doc"]["published"] == "2018-12-14"
    assert data["entities"][0]["mentions"] == [[25, 38], [77, 79]]
    ev = data["events"][0]
    assert ev["plover"] == {"type": "CONSULT", "mode": None, "context": ["military"]}
    assert ev["args"] == {"participants": ["E1"], "subject": "talks"}
    assert ev["value"] == {"amount": 5000000000, "currency": "USD"}
    assert ev["time"] == {"start": "2018-12-13", "end": "2018-12-13", "text": "on Thursday"}
    assert data["quotes"][0] == {"id": "Q1", "speaker": "E1", "text": "We are ready",
                                 "span": [62, 74]}


def test_round_trip_is_lossless_for_the_json() -> None:
    data = to_json(_sample())
    assert to_json(from_json(data)) == data


def test_every_sample_span_is_its_mention() -> None:
    sample = _sample()
    for where, span, claimed in sample.spans():
        if claimed is not None:
            assert span.text(sample.article.text) == claimed, where


def test_bad_document_names_the_problem() -> None:
    with pytest.raises(DataError, match="bad or missing field"):
        from_json({"doc": {"text": "x"}})
