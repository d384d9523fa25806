"""Ingest worker processes end when their parent is killed (kill -9, OOM killer).

Each spawned worker holds both ends of its call queue's pipe, so it never sees EOF
when the parent dies: before the parent watch it blocked forever holding a spaCy
pipeline's memory. The parent is killed as soon as both workers exist, i.e. while they
are still loading the pipeline, the moment the first watch (polling getppid) missed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1])


def _workers_of(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        stat = _proc_stat(int(entry.name))
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if stat and stat[1] == parent and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    stat = _proc_stat(pid)
    return stat is not None and stat[0] != "Z"  # a zombie has exited (no reaper here)


def test_workers_exit_when_the_ingest_is_killed(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"{i:03}.txt").write_text(
            f"Story {i}. Russia invaded Ukraine on Monday. Colombia agreed to accept "
            f"deportation flights from the United States. " * 20, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db",
         str(tmp_path / "events.duckdb"), "--workers", "2", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "EVENTWIRE_DATA_DIR": str(tmp_path / "data")})
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            time.sleep(0.2)
            workers = _workers_of(parent.pid)
        assert len(workers) == 2, "the ingest never started its two workers"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        killed_at = time.monotonic()
        while any(_alive(w) for w in workers) and time.monotonic() - killed_at < 10:
            time.sleep(0.1)
        took = time.monotonic() - killed_at
        assert not any(_alive(w) for w in workers), "workers outlived their killed parent"
        assert took < 3
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for w in workers:  # only the processes this test started
            if _alive(w):
                os.kill(w, signal.SIGKILL)
