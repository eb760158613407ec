"""The registry's requires/assigns check: a component before its inputs is refused at build."""

from __future__ import annotations

from typing import ClassVar

import pytest

from factwire.model import ConfigError
from factwire.nlp.component import DocState
from factwire.runner import registry
from factwire.runner.pipeline import Pipeline
from factwire.runner.registry import DEFAULT_PIPELINE, build_components


class _Maker:
    name: ClassVar[str] = "test.maker.v1"
    requires: ClassVar[tuple[str, ...]] = ("doc.sents",)
    assigns: ClassVar[tuple[str, ...]] = ("widgets",)

    def __call__(self, state: DocState) -> None:
        state.assigned.add("widgets")


class _User:
    name: ClassVar[str] = "test.user.v1"
    requires: ClassVar[tuple[str, ...]] = ("widgets",)
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, state: DocState) -> None:
        assert "widgets" in state.assigned


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.REGISTRY, "test.maker.v1", lambda nlp: _Maker())
    monkeypatch.setitem(registry.REGISTRY, "test.user.v1", lambda nlp: _User())


def test_components_in_order_build(fakes: None) -> None:
    built = build_components(None, ("test.maker.v1", "test.user.v1"))
    assert [c.name for c in built] == ["test.maker.v1", "test.user.v1"]


def test_a_component_before_what_it_requires_is_refused(fakes: None) -> None:
    with pytest.raises(ConfigError, match=r"'test\.user\.v1' requires \['widgets'\], which no "
                                          r"earlier component assigns"):
        build_components(None, ("test.user.v1", "test.maker.v1"))


@pytest.mark.slow
def test_the_default_pipeline_without_the_parser_cannot_build_events(pipeline: Pipeline) -> None:
    names = tuple(n for n in DEFAULT_PIPELINE if n != "nlp.parse.v1")
    assert names[-1] == "events.extract.v1"
    with pytest.raises(ConfigError, match=r"'events\.extract\.v1' requires \['parses'\], "):
        build_components(pipeline.nlp, names)


def test_an_unknown_component_is_named() -> None:
    with pytest.raises(ConfigError, match=r"unknown pipeline component 'events\.extract\.v9'"):
        build_components(None, ("events.extract.v9",))
