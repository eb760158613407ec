"""Titles that name where an office serves or the body it belongs to (session of 2026-12-06,
fifth part; sentences written for the test): an envoy "for Syria" or ambassador "to the UN"
is not of the state or body they are sent to; a person described as an officer of an
organisation acts for the organisation's actor, not for the state its name's adjective
names; the UN's envoys for Syria are office holders of the UN."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def actor_of(pipeline: Pipeline, text: str, name: str, day: dt.date) -> str | None:
    result = pipeline.run(read_text(text, id="t", published=day))
    found = [e.actor for e in result.entities if e.kind == "person" and e.name == name]
    assert found, [e.name for e in result.entities]
    return found[0]


@pytest.mark.parametrize(("text", "name", "actor"), [
    # an office holder of the UN, whatever state the envoy is sent to
    ("The UN special envoy for Syria, Staffan de Mistura, flew to Moscow on Tuesday.",
     "Staffan de Mistura", "UN"),
    # an envoy of a state: the state before the office, not the one after "for"
    ("The Norwegian envoy for Sudan, Kari Solbakken Dahle, arrived in Khartoum.",
     "Kari Solbakken Dahle", "NOR"),
    ("The French ambassador to the UN, Claire Dumont-Lefevre, called for a vote.",
     "Claire Dumont-Lefevre", "FRA"),
    # an officer of an organisation acts for it, not for the adjective in its name
    ("Hevin Rasul Dersim, a co-chair of the Syrian Democratic Council, spoke in Paris.",
     "Hevin Rasul Dersim", "YPG"),
    # the state after "for" stays a staff member's when no envoy is sent
    ("A former adviser for India's Defence Ministry, Ravi Shankar Menon, disagreed.",
     "Ravi Shankar Menon", "IND"),
])
def test_the_state_or_body_a_title_gives(pipeline: Pipeline, text: str, name: str,
                                         actor: str) -> None:
    assert actor_of(pipeline, text, name, dt.date(2017, 11, 20)) == actor
