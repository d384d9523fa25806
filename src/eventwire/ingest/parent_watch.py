"""Worker processes end when the ingest that started them dies.

A ProcessPoolExecutor worker blocks on its call queue, and a spawned worker holds
both ends of that queue's pipe, so it never sees EOF: when the parent is killed with
SIGKILL (or by the OOM killer) the worker lives on, holding a spaCy pipeline's memory.
A daemon thread in each worker waits on multiprocessing's parent sentinel (a pipe
whose other end only the parent holds, so it reads EOF the moment the parent is gone)
and ends the worker then. Watching os.getppid() instead would miss a parent killed
while the worker was still starting: the worker is re-parented before it could note
its parent's pid.
"""

from __future__ import annotations

import multiprocessing
import os
import threading

THREAD_NAME = "eventwire-parent-watch"


def exit_with_parent() -> bool:
    """In a child process, start the watcher thread (once); True when started. Does
    nothing in the main process (ingest --workers 1 codes there)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return False
    if any(t.name == THREAD_NAME for t in threading.enumerate()):
        return False

    def watch() -> None:
        parent.join()  # returns when the parent has exited, however it died
        os._exit(1)  # no cleanup: the process waiting for the results is gone

    threading.Thread(target=watch, name=THREAD_NAME, daemon=True).start()
    return True
