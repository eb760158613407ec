"""Property: model -> JSON -> model is the identity, and every grounded span holds its mention."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factwire.model import (
    Article,
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
from factwire.model.entity import ENTITY_KINDS

FORMS = ("name", "alias", "demonym", "metonym", "title", "pronoun", "nominal")
WORDS = ("Oslo", "Norway", "the minister", "she", "Russian", "frigates", "talks", "on Monday")


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    text = " ".join(words) + "."
    spans, at = [], 0
    for w in words:
        spans.append(Span(at, at + len(w)))
        at += len(w) + 1
    entities = []
    for i in range(draw(st.integers(1, 4))):
        chosen = sorted(set(draw(st.lists(st.sampled_from(spans), min_size=1, max_size=3))))
        entities.append(Entity(
            id=f"E{i + 1}", kind=draw(st.sampled_from(ENTITY_KINDS)), name=words[0],
            mentions=tuple(Mention(s, s.text(text), draw(st.sampled_from(FORMS)))
                           for s in chosen),
            country=draw(st.sampled_from((None, "NOR", "RUS"))),
            actor=draw(st.sampled_from((None, "NOR", "NATO"))),
            role=draw(st.sampled_from((None, "Minister of Defence"))),
            canonical=draw(st.sampled_from((None, "state:NOR"))),
            aliases=tuple(draw(st.lists(st.sampled_from(("Norge", "NOR")), max_size=2)))))
    events = [draw(_events(i, entities, spans, text)) for i in range(draw(st.integers(0, 3)))]
    quotes = [Quote(id="Q1", text=spans[0].text(text), span=spans[0],
                    speaker=draw(st.sampled_from((None, "E1"))))] if draw(st.booleans()) else []
    article = Article(id="doc", text=text, source=draw(st.sampled_from((None, "wire"))),
                      published=draw(st.sampled_from((None, dt.date(2026, 3, 3)))),
                      author=draw(st.sampled_from((None, "A. Writer"))),
                      notes=tuple(draw(st.lists(st.sampled_from(("cleaned",)), max_size=1))))
    return Extraction(article=article, entities=tuple(entities), events=tuple(events),
                      quotes=tuple(quotes),
                      producer=tuple(draw(st.lists(st.sampled_from(("a.v1", "b.v2"))))))


@st.composite
def _events(draw: st.DrawFn, i: int, entities: list[Entity], spans: list[Span],
            text: str) -> Event:
    fillers = draw(st.lists(st.sampled_from(entities), min_size=1, max_size=2, unique=True))
    grounded = draw(st.booleans())
    arg_spans = {"participants": tuple(draw(st.sampled_from(e.mentions)).span
                                       for e in fillers)} if grounded else {}
    time_span = draw(st.sampled_from(spans))
    return Event(
        id=f"V{i + 1}", kind=draw(st.sampled_from(("meeting", "expulsion", "other"))),
        plover=Plover("CONSULT", draw(st.sampled_from((None, "visit"))), ("diplomatic",)),
        cameo=draw(st.sampled_from((None, "040"))),
        args={"participants": tuple(e.id for e in fillers), "topic": "trade"},
        evidence=(Span(0, len(text)),),
        time=draw(st.sampled_from((None, TimeValue("2026-03-02", "2026-03-02",
                                                   time_span.text(text), time_span)))),
        status=draw(st.sampled_from((None, "agreed"))),
        quantity=draw(st.sampled_from((None, 5))),
        value=draw(st.sampled_from((None, Money(5e9, "USD", "$5 billion"), Money(2.5, "EUR")))),
        modality=draw(st.sampled_from(("asserted", "future", "hypothetical", "negated"))),
        confidence=draw(st.sampled_from((0.5, 0.6, 0.65, 0.95))),
        trigger=draw(st.sampled_from((None, spans[-1]))), arg_spans=arg_spans,
        producer=draw(st.sampled_from((None, "rules.meeting.v1"))))


@settings(max_examples=200, deadline=None)
@given(extractions())
def test_model_to_json_to_model_is_the_identity(x: Extraction) -> None:
    data = to_json(x)
    assert from_json(json.loads(json.dumps(data))) == x
    assert data["factwire"] == "1.1"


def _check_grounding(x: Extraction) -> None:
    text = x.article.text
    mentions = {e.id: {m.span: m.text for m in e.mentions} for e in x.entities}
    for ev in x.events:
        for role, value, span in ev.grounded():
            if value in mentions:
                assert mentions[value].get(span) == text[span.start:span.end], (ev.id, role)
            else:
                assert text[span.start:span.end] == value, (ev.id, role)


@settings(max_examples=100, deadline=None)
@given(extractions())
def test_every_argument_span_is_a_mention_of_its_filler(x: Extraction) -> None:
    _check_grounding(from_json(to_json(x)))


@pytest.mark.shared
@pytest.mark.slow
def test_the_seed_round_trips_and_every_argument_is_grounded(seed_result: Extraction) -> None:
    assert from_json(to_json(seed_result)) == seed_result  # quote speaker spans and roles too
    _check_grounding(seed_result)
    for ev in seed_result.events:
        entity_args = {r for r, v in ev.args.items() if not isinstance(v, str)}
        assert entity_args <= set(ev.arg_spans), ev.id  # every entity argument is grounded
        assert ev.trigger is not None and ev.producer is not None


def test_a_1_0_document_still_reads() -> None:
    doc = {"factwire": "1", "doc": {"id": "d", "text": "Oslo talks."},
           "entities": [{"id": "E1", "kind": "location", "name": "Oslo", "mentions": [[0, 4]]}],
           "events": [], "quotes": []}
    x = from_json(doc)
    assert x.entities[0].mentions == (Mention(Span(0, 4), "Oslo", "name"),)
    assert x.producer == ()
