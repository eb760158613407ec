"""Property: on any article built from these parts, the text at every span is its mention."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

PEOPLE = ["Sergei Shoigu", "Vladimir Putin", "Narendra Modi", "Amit Cowshish", "Jens Stoltenberg",
          "Lloyd Austin", "Antony Blinken", "Recep Tayyip Erdogan", "Olaf Scholz"]
STATES = ["India", "Russia", "the United States", "China", "Turkey", "Ukraine", "Iran", "France"]
DEMONYMS = ["Russian", "Indian", "American", "Chinese", "Turkish", "French", "Ukrainian"]
WEAPONS = ["S-400 Triumph", "F-35", "Ka-226", "Rafale jets", "HIMARS", "Project 11356 frigates",
           "Javelin missiles", "Bayraktar TB2 drones"]
TEMPLATES = [
    "{p1} met {p2} in {s1} on Monday.",
    "{d1} Defense Minister {p1} said \u201cwe will deepen our cooperation with {s2}\u201d.",
    "\"{s1} will buy {n} {w} from {s2},\" {p2} told reporters.",
    "{s1} has approved a plan to buy {n} {w} from {s2}.",
    "He said {s2} could impose sanctions on {s1}.",
    "The {d1} military held joint exercises with {s2} forces till December 21.",
    "{s1} signed a deal worth $2.5 billion with {s2} for {w}.",
    "  {p1}, a former adviser to {s1},\n said the talks were \"very useful indeed\".",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    n_sent = draw(st.integers(1, 6))
    out = []
    for _ in range(n_sent):
        tpl = draw(st.sampled_from(TEMPLATES))
        out.append(tpl.format(
            p1=draw(st.sampled_from(PEOPLE)), p2=draw(st.sampled_from(PEOPLE)),
            s1=draw(st.sampled_from(STATES)), s2=draw(st.sampled_from(STATES)),
            d1=draw(st.sampled_from(DEMONYMS)), w=draw(st.sampled_from(WEAPONS)),
            n=draw(st.sampled_from(["five", "12", "two dozen", "1,000"])),
        ))
    sep = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return sep.join(out)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles(), published=st.one_of(st.none(), st.dates(dt.date(2012, 1, 1),
                                                                 dt.date(2024, 1, 1))))
def test_text_at_every_span_is_the_mention(pipeline: Pipeline, text: str,
                                           published: dt.date | None) -> None:
    article = read_text(text, id="prop", published=published)
    result = pipeline.run(article)
    clean = result.article.text
    for where, span, claimed in result.spans():
        assert 0 <= span.start <= span.end <= len(clean), where
        if claimed is not None:
            assert clean[span.start : span.end] == claimed, where
    for ent in result.entities:
        assert ent.mentions, ent
    for quote in result.quotes:
        assert quote.speaker is None or quote.speaker in {e.id for e in result.entities}
    for event in result.events:
        for role, value in event.args.items():
            if not isinstance(value, str):
                assert set(value) <= {e.id for e in result.entities}, role
