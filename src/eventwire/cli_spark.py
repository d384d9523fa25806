"""The Spark command of the CLI (registered in cli.py), and `--parquet DIR`, the option
that lets query/timeline/export read a Spark run's output instead of a DuckDB file.

Nothing here imports pyspark until `eventwire spark` runs.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .cli_exit import fail
from .errors import EventwireError


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


ParquetOption = Annotated[Path | None, typer.Option(
    "--parquet", help="Read a folder written by `eventwire spark --out` instead of --db.")]


def open_read_store(db: Path | None, parquet: Path | None):
    """The store to read: the Parquet folder if given, else the DuckDB file, read-only."""
    from .store import open_store
    from .store.eventstore import EventStore

    if parquet is not None and db is not None:
        raise typer.BadParameter("give --db or --parquet, not both")
    if parquet is not None:
        return EventStore.from_parquet(parquet)
    return open_store(db, read_only=True)


def spark(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders or globs: txt, html, jsonl, rss/atom, warc[.gz].")],
    out: Annotated[Path, typer.Option(
        "--out", help="Output folder: events/, documents/, skips/ (replaced if present).")],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master URL, e.g. local[2] or yarn (default local[2]).")] = None,
    dup_threshold: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Estimated Jaccard at which a document is a near-duplicate."
    )] = 0.8,
    fmt: Annotated[SummaryFormat, typer.Option("--format", help="Summary format.")
                   ] = SummaryFormat.text,
) -> None:
    """Code a corpus on Spark and write Parquet partitioned by publication month
    (needs the spark extra of eventwire, which brings PySpark, and Java 17).

    Re-running replaces the output. Read it with `eventwire query --parquet OUT`.

    Example: eventwire spark news/ crawl.warc.gz --out events_parquet/ --master 'local[2]'
    """
    try:
        from .batch.job import run, session, stop
    except ImportError as exc:
        typer.echo(f"eventwire: error: the spark command needs PySpark: pip install "
                   f"'eventwire[spark]' ({exc})", err=True)
        raise typer.Exit(1) from None
    from .ingest.options import IngestOptions

    try:
        spark_session = session(master, class_archive=True)
    except Exception as exc:  # no Java, a bad master URL: one line, not a JVM trace
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        typer.echo(f"eventwire: error: cannot start Spark ({master or 'local[2]'}): {first} "
                   f"(Spark needs Java 17: java -version)", err=True)
        raise typer.Exit(1) from None
    try:
        try:
            summary = run(inputs, out, spark_session, IngestOptions(dup_threshold=dup_threshold))
        except EventwireError as exc:
            fail(exc)
        if fmt is SummaryFormat.json:
            sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
        else:
            typer.echo(
                f"read {summary.read} documents from {summary.files} files in "
                f"{summary.seconds:.1f} s\ndocuments: {summary.documents} (coded "
                f"{summary.coded}, near-duplicates {summary.duplicates}, failed "
                f"{summary.failed})\nevents: {summary.events}\nskips: {summary.skips}\n"
                f"wrote {out}")
        sys.stdout.flush()
    finally:
        stop(spark_session)


def register(app: typer.Typer) -> None:
    app.command("spark")(spark)
