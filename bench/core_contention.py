"""How much two busy cores slow each other down: the ceiling of any 2-worker speed-up.

    python bench/core_contention.py [--articles 60] [--rounds 3]

The same fixed work runs in one process alone, then in two processes at once (started
together behind a barrier), alternating for --rounds rounds; each process reports the
CPU seconds (time.process_time) its work took. If the two cores shared nothing, a process
would need the same CPU seconds alone as beside a twin; on a machine whose cores share
a cache, memory bandwidth or (on a virtual machine) a physical core, it needs more, and
two workers can be at most 2 x alone / paired as fast as one, whatever the Spark job or
`ingest --workers 2` do around them. Two kinds of work:

- coding: eventwire's full coding of --articles real articles (Engine.analyse_many, what
  a Spark Python worker or an ingest worker runs), engine built and warmed up first;
- python: a pure-Python loop over small integers, nearly no memory traffic (a slowdown
  here too points at shared execution units, e.g. two vCPUs on one physical core).

Run it at idle: other processes on the machine make "alone" not alone. Not run in CI.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _python_work() -> None:
    total = 0
    for i in range(40_000_000):
        total += i & 7
    if total < 0:  # keeps the loop from looking dead
        print(total)


def _worker(kind: str, n: int, ready, go, out) -> None:
    if kind == "coding":
        sys.path.insert(0, str(HERE))
        from ingest import articles, fetch_wheel

        from eventwire.api import default_engine
        from eventwire.models import Document
        from eventwire.reading import parse_date

        rows = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), n)
        docs = [Document(text=r["text"], published=parse_date(r["date"])) for r in rows]
        engine = default_engine()
        list(engine.analyse_many(docs))  # warm-up: vocabularies and caches filled

        def work() -> None:
            list(engine.analyse_many(docs))
    else:
        work = _python_work
        work()
    ready.wait()
    go.wait()
    t0, w0 = time.process_time(), time.monotonic()
    work()
    out.put((time.process_time() - t0, time.monotonic() - w0))


def _run(kind: str, n: int, procs: int) -> list[tuple[float, float]]:
    """(CPU s, wall s) of each of `procs` processes doing the work at the same time."""
    ctx = mp.get_context("spawn")
    ready, go, out = ctx.Barrier(procs + 1), ctx.Barrier(procs + 1), ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(kind, n, ready, go, out))
               for _ in range(procs)]
    for w in workers:
        w.start()
    ready.wait()  # every process has built and warmed up
    go.wait()
    results = [out.get() for _ in workers]
    for w in workers:
        w.join()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--kinds", nargs="+", default=["python", "coding"])
    args = ap.parse_args()
    load = os.getloadavg()
    print(f"command: python {' '.join(sys.argv)}")
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} "
          f"{load[2]:.2f} at start")
    for kind in args.kinds:
        alone, paired = [], []
        for r in range(args.rounds):
            (a_cpu, a_wall), = _run(kind, args.articles, 1)
            pair = _run(kind, args.articles, 2)
            p_cpu = statistics.mean(c for c, _ in pair)
            alone.append(a_cpu)
            paired.append(p_cpu)
            print(f"{kind} round {r + 1}: alone {a_cpu:6.2f} CPU s ({a_wall:6.2f} wall) | "
                  f"paired {', '.join(f'{c:6.2f}' for c, _ in pair)} CPU s "
                  f"({', '.join(f'{w:6.2f}' for _, w in pair)} wall) | load "
                  f"{os.getloadavg()[0]:.2f}", flush=True)
        a, p = statistics.median(alone), statistics.median(paired)
        print(f"{kind}: paired / alone CPU {p / a:.2f} (medians {p:.2f} / {a:.2f} s): "
              f"two workers at most {2 * a / p:.2f}x one")
    end = os.getloadavg()
    print(f"load average at end {end[0]:.2f} {end[1]:.2f} {end[2]:.2f}")


if __name__ == "__main__":
    main()
