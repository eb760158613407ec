"""Running factwire over inputs: reading, batching, extracting, in one or many processes."""

from factwire.runner.pipeline import Pipeline, get_pipeline
from factwire.runner.stream import extract_stream

__all__ = ["Pipeline", "extract_stream", "get_pipeline"]
