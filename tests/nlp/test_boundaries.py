"""Sentence boundaries the statistical recogniser misses: a bullet between run-in items."""

from __future__ import annotations

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow


def test_a_bullet_starts_a_sentence(pipeline: Pipeline) -> None:
    # a letters page: one letter's signature, a bullet, the next letter
    text = ("We must stand with them. Ann Smith Leeds \u2022 Turkey has said it will invade "
            "the enclave.")
    doc = pipeline.parse(text)
    starts = [s[0].text for s in doc.sents]
    assert "Turkey" in starts


def test_a_threat_after_a_signature_is_its_country_s(pipeline: Pipeline) -> None:
    text = ("We must stand with them. Ann Smith London \u2022 Turkey has said it will invade and "
            "destroy the Kurdish enclave of Rojava in northern Syria.")
    result = pipeline.run(read_text(text, id="t"))
    ents = {e.id: e.actor for e in result.entities}
    sources = [[ents[k] for k in ev.args["source"]] for ev in result.events
               if ev.kind == "threat"]
    assert sources == [["TUR"]]
