"""Worker processes end when the ingest that started them dies.

A ProcessPoolExecutor worker blocks on its call queue; if the parent is killed with
SIGKILL (or by the OOM killer) nothing ever tells it, and it lives on holding a spaCy
pipeline's memory. A daemon thread in each worker polls its parent's pid and exits the
worker as soon as it changes (the orphan has been re-parented to init or a subreaper).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

# How often a worker checks on its parent: the longest an orphan outlives it.
POLL_SECONDS = 0.5


def exit_with_parent(poll: float = POLL_SECONDS) -> bool:
    """In a child process, start the watcher thread (once); True when started. Does
    nothing in the main process (ingest --workers 1 codes there)."""
    if multiprocessing.parent_process() is None:
        return False
    if any(t.name == "eventwire-parent-watch" for t in threading.enumerate()):
        return False
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)  # no cleanup: the parent holding the results is gone

    threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True).start()
    return True
