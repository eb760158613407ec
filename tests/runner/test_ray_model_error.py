"""A pipeline that cannot load in a Ray actor stops the run with the project's own error,
whose message names the fix, instead of a Ray actor traceback."""

from __future__ import annotations

import sys

import pytest
import ray
from ray import cloudpickle

from factwire.model import ConfigError
from factwire.nlp.loader import load_spacy
from factwire.runner.engine import EngineSettings
from factwire.runner.ray_engine import ray_map

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests


def _load_missing_model() -> None:
    load_spacy("no_such_pipeline_for_factwire")


def test_missing_model_in_an_actor_is_a_config_error_naming_the_fix() -> None:
    settings = EngineSettings(engine="ray", workers=1)
    with pytest.raises(ConfigError) as caught:
        list(ray_map(str, [1, 2, 3], settings, warm=_load_missing_model))
    message = str(caught.value)
    assert "could not load the pipeline" in message
    assert "no_such_pipeline_for_factwire" in message
    assert "FACTWIRE_MODEL" in message
    assert not ray.is_initialized()  # the runtime it started is shut down
