"""The Ray engine: the same work items and function as the local engine, on a Ray cluster.

The driver (the ``factwire`` process) has already read the inputs; the work items go into
a Ray Dataset, one item per block, and ``map_batches`` runs them on a pool of stateful
actors. Each actor loads the spaCy pipeline once, in its constructor (the model is never
shipped as an object), and returns pickled results. The driver receives them in input
order and does the writing itself, so SQLite keeps a single writer and PostgreSQL gets
exactly the transactions of a local run.

Crash safety comes from Ray: an actor that dies is restarted and the block it held is run
again (Ray Data gives actor pools ``max_restarts=-1`` and ``max_task_retries=-1``); results
reach the driver only once. A killed
driver loses nothing committed, and a re-run skips what is stored.

This module imports Ray at the top: only ``--engine ray`` imports it.
"""

from __future__ import annotations

import heapq
import logging
import os
import pickle
import warnings
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Generic, TypeVar

import numpy as np

# A Ray call made after this engine shut its runtime down (a finaliser, a background thread)
# must not start a second, unowned runtime: Ray would, and that driver later exits the whole
# process when nobody stops it. Read by Ray when it is imported, so it is set first.
os.environ.setdefault("RAY_ENABLE_AUTO_CONNECT", "0")

import ray
import ray.data
from ray import cloudpickle

from factwire.model import ConfigError, FactwireError
from factwire.runner.engine import EngineSettings, WorkerError

T = TypeVar("T")
R = TypeVar("R")
WINDOW = 4096  # items per Dataset: bounds the driver's and the object store's memory
MAX_BLOCK = 16  # articles per Ray task: fewer tasks, less of Ray's own scheduling CPU


def block_size(items: int, workers: int) -> int:
    """Articles per block: up to :data:`MAX_BLOCK`, but at least four blocks per worker so
    that the last blocks do not leave a worker idle (and a retried block redoes little)."""
    return max(1, min(MAX_BLOCK, items // (4 * max(workers, 1))))


def ray_map(fn: Callable[[T], R], items: Iterable[T], settings: EngineSettings, *,
            warm: Callable[[], None] | None = None) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` in input order, computed by ``settings.workers`` Ray actors."""
    started = _connect(settings)
    try:
        payload: bytes = cloudpickle.dumps((fn, warm))  # type: ignore[no-untyped-call]
        it = iter(items)
        while window := list(islice(it, WINDOW)):
            yield from _run_window(window, payload, settings.workers)
    finally:
        if started:
            ray.shutdown()


def _connect(settings: EngineSettings) -> bool:
    """Join the cluster at ``address`` (or the runtime already started in this process);
    else start a private one with ``workers`` CPUs. True when we started it.

    Ray binds a private runtime to the machine's address, not loopback (it maps 127.0.0.1 to
    the node's reachable address itself); Ray 2.60 guards it with a session token."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                               "logging_level": logging.WARNING,
                               "configure_logging": True}
    try:
        if settings.address:
            ray.init(address=settings.address, **options)
        else:
            ray.init(num_cpus=settings.workers, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Ray cluster at {settings.address or 'localhost'} "
                          f"({type(exc).__name__}: {exc}); check --address (auto, or "
                          "ray://HEAD:10001) and that `ray start --head` runs there") from exc
    return True


def _run_window(window: list[T], payload: bytes, workers: int) -> Iterator[tuple[T, R]]:
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its notes would break the bar
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False  # the CLI shows its own bar, fed from here
    ctx.print_on_execution_start = False
    rows = [{"i": i, "item": pickle.dumps(item)} for i, item in enumerate(window)]
    per_block = block_size(len(rows), workers)
    with warnings.catch_warnings():  # Ray's advice on block counts, meant for big tables
        warnings.simplefilter("ignore")
        items = ray.data.from_items(rows, override_num_blocks=-(-len(rows) // per_block))
        ds = items.map_batches(
            _Actor, batch_size=per_block, batch_format="numpy", fn_constructor_args=(payload,),
            compute=ray.data.ActorPoolStrategy(size=min(workers, len(rows))), num_cpus=1)
    order: list[tuple[int, bytes]] = []
    expected = 0
    for row in ds.iter_rows():
        if row["err"]:  # the actor could not load the pipeline: every row says why
            raise ConfigError(f"a Ray worker could not load the pipeline: {row['err']}")
        heapq.heappush(order, (int(row["i"]), bytes(row["out"])))
        while order and order[0][0] == expected:  # in input order even if blocks reorder
            i, out = heapq.heappop(order)
            yield window[i], pickle.loads(out)  # our own actors
            expected += 1
    if expected != len(window):
        raise WorkerError(f"the Ray engine returned {expected} of {len(window)} results; "
                          "run the same command again (stored articles are skipped)")


class _Actor(Generic[T, R]):
    """One per Ray worker: loads the pipeline once, then applies ``fn`` to each item."""

    def __init__(self, payload: bytes) -> None:
        self.fn, warm = cloudpickle.loads(payload)
        self.error = ""
        if warm is not None:
            try:
                warm()
            except FactwireError as exc:  # e.g. model missing on this node: report, not die
                self.error = str(exc)  # (a dying actor reaches the driver as a traceback)

    def __call__(self, batch: dict[str, np.ndarray[Any, Any]]) -> dict[str, Any]:
        n = len(batch["i"])
        if self.error:
            return {"i": batch["i"], "out": np.array([b""] * n, dtype=object),
                    "err": np.array([self.error] * n, dtype=object)}
        outs = [pickle.dumps(self.fn(pickle.loads(blob)))  # from our own driver
                for blob in batch["item"]]
        return {"i": batch["i"], "out": np.array(outs, dtype=object),
                "err": np.array([""] * n, dtype=object)}
