"""Where extraction runs: in this process, in local worker processes, or on Ray.

:func:`map_ordered` applies one picklable function to work items and yields each item with
its result in input order, whatever the engine; ``factwire extract`` and ``factwire
ingest`` both go through it, so they share one pool and one ordering guarantee. The Ray
engine is imported only when it is asked for: a local run never imports Ray.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

from factwire.model import ConfigError, FactwireError

T = TypeVar("T")
R = TypeVar("R")
ENGINES = ("local", "ray")
AHEAD = 4  # items queued per worker beyond the one the consumer waits for


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """``engine``: ``local`` or ``ray``; ``workers``: processes (local) or actors (Ray);
    ``address``: the Ray cluster (``auto``, ``ray://host:10001``; none starts a local one)."""

    engine: str = "local"
    workers: int = 1
    address: str | None = None

    def check(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(f"--engine {self.engine!r}: choose one of {', '.join(ENGINES)}")
        if self.workers < 1:
            raise ConfigError(f"--workers {self.workers}: give 1 or more")
        if self.address is not None and self.engine != "ray":
            raise ConfigError("--address names a Ray cluster: use it with --engine ray")


class WorkerError(FactwireError):
    """A local worker process died (killed, or out of memory)."""


def map_ordered(fn: Callable[[T], R], items: Iterable[T], settings: EngineSettings, *,
                warm: Callable[[], None] | None = None) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` in input order. ``warm`` runs once per worker before its first
    item (to load the model there, not ship it). ``fn`` and ``warm`` must pickle for any
    engine but the single local process."""
    settings.check()
    if settings.engine == "ray":
        from factwire.runner.ray_engine import ray_map  # noqa: PLC0415  (imports Ray)

        yield from ray_map(fn, items, settings, warm=warm)
    elif settings.workers == 1:
        for item in items:
            yield item, fn(item)
    else:
        yield from _pool_map(fn, items, settings.workers, warm)


def _pool_map(fn: Callable[[T], R], items: Iterable[T], workers: int,
              warm: Callable[[], None] | None) -> Iterator[tuple[T, R]]:
    """Spawned processes that each warm up once and end with this one (see lifeline)."""
    pool = cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                  initializer=_init, initargs=(os.getpid(), warm))
    pending: deque[tuple[T, cf.Future[R]]] = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(fn, item)))
            if len(pending) >= AHEAD * workers:  # bounded look-ahead keeps memory flat
                yield _done(*pending.popleft())
        while pending:
            yield _done(*pending.popleft())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _done(item: T, future: cf.Future[R]) -> tuple[T, R]:
    try:
        return item, future.result()
    except BrokenProcessPool as exc:
        raise WorkerError("an extraction worker process died (out of memory?): results "
                          "so far are kept; run the same command again, perhaps with fewer "
                          "--workers, or use --engine ray, which retries a lost worker's "
                          "work") from exc


def _init(parent: int, warm: Callable[[], None] | None) -> None:
    from factwire.runner.lifeline import watch_parent  # noqa: PLC0415

    watch_parent(parent)
    if warm is not None:
        with contextlib.suppress(Exception):  # the first item meets it again and reports it
            warm()
