"""The process-wide pipeline follows ``$FACTWIRE_DETECTORS``: a pipeline built for the rules
alone (as some tests ask) is never handed out later to a caller who wants the default."""

from __future__ import annotations

import pytest

from factwire.events.detect import DETECTORS_ENV
from factwire.events.extract import EventExtractor
from factwire.runner import get_pipeline


def _detectors(monkeypatch: pytest.MonkeyPatch, value: str | None) -> tuple[str, ...]:
    if value is None:
        monkeypatch.delenv(DETECTORS_ENV, raising=False)
    else:
        monkeypatch.setenv(DETECTORS_ENV, value)
    pipeline = get_pipeline()
    extractor = next(c for c in pipeline.components if isinstance(c, EventExtractor))
    return (*(type(d).__name__ for d in extractor.detectors),
            *(type(s).__name__ for s in extractor.scorers))


def test_the_pipeline_is_built_for_the_detectors_configured_now(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _detectors(monkeypatch, "rules")
    default = _detectors(monkeypatch, None)
    assert rules != default
    assert _detectors(monkeypatch, "rules") == rules
    assert get_pipeline() is get_pipeline()  # still built once per configuration
