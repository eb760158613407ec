"""Worker processes that end when their parent does.

A killed ``factwire ingest --workers 2`` (SIGKILL gives it no chance to stop its pool) used
to leave its workers running, each holding a loaded model. Every worker therefore watches
its parent's process id from a daemon thread and exits once it is re-parented.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def watch_parent(parent: int) -> None:
    """Pool initialiser: exit this worker as soon as process ``parent`` is gone."""
    if os.getppid() != parent:  # the parent died while this worker was starting
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="factwire-lifeline",
                     daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no clean-up to run: the parent's results are already lost
