"""spark-submit entry point: the same job as `eventwire spark`, without the CLI's extras.

    entry=$(python -c "import eventwire.batch.spark as m; print(m.__file__)")
    spark-submit --master yarn "$entry" hdfs:///news/ --out hdfs:///events_parquet/
    python -m eventwire.batch.spark news/ --out events_parquet/ --master 'local[2]'

Prints the run summary as one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..ingest.options import DUP_THRESHOLD, IngestOptions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="eventwire.batch.spark", description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", help="files, folders or globs (txt, html, jsonl, "
                    "rss/atom, warc[.gz])")
    ap.add_argument("--out", required=True, help="output folder (replaced if it exists)")
    ap.add_argument("--master", default=None, help="Spark master; spark-submit's if omitted, "
                    "else local[2]")
    ap.add_argument("--dup-threshold", type=float, default=DUP_THRESHOLD)
    args = ap.parse_args(argv)
    from .job import run, session, stop

    spark = session(args.master, class_archive=True)
    try:
        summary = run(args.inputs, args.out, spark,
                      IngestOptions(dup_threshold=args.dup_threshold))
    finally:
        stop(spark)
    sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
