"""Matrix products of the loaded pipeline through numpy's BLAS instead of thinc's BLIS.

Nearly all of spaCy's statistical cost is ``gemm`` in the tok2vec and entity recogniser
networks. thinc calls its bundled BLIS kernels for it; numpy's OpenBLAS does the same float32
product about three times faster on this machine (``bench/RESULTS.md``), and thinc's own
``NumpyOps(use_blis=False)`` routes ``gemm`` there. The layers are switched after loading,
for this pipeline only; tags, entities and parses stay the same (``tests/nlp``). BLAS is held
to one thread: parallelism comes from worker processes, one per core, and a second BLAS
thread per worker would only make them compete.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language


def use_numpy_matmul(nlp: Language) -> None:
    """Route every layer's ``gemm`` of ``nlp``'s trained components through numpy."""
    from thinc.api import NumpyOps  # noqa: PLC0415

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model: Any = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops
    _one_blas_thread()


@functools.cache
def _one_blas_thread() -> None:
    try:
        from threadpoolctl import (  # type: ignore[import-untyped]  # noqa: PLC0415
            threadpool_limits,  # (it comes with scikit-learn)
        )
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        return
    threadpool_limits(1, user_api="blas")
