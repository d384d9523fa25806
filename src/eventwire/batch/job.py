"""The Spark job: inputs -> documents (exact and near duplicates dropped) -> events, written
as Parquet under OUT/events, OUT/documents and OUT/skips, partitioned by `month`.

The driver only lists the input files (and reads the head of a large one to plan its
parts); reading, deduplication and coding run on the
executors. Each output folder is overwritten as a whole, so re-running on the same
inputs replaces the previous output instead of adding to it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ..ingest.options import IngestOptions
from ..ingest.records import Record
from ..ingest.sources import InputFile, expand_paths, part_ranges
from . import jvm_archive, schemas, worker
from .duplicates import first_of_each_text, near_duplicates
from .partitions import balanced

TABLES = ("events", "documents", "skips")
# the class archive the running local JVM dumps at exit, published by `stop`
_archive_part: Path | None = None
# Coding partitions per core. They hold nearly equal text (partitions.balanced), so
# few are best: each task costs the JVM about 0.3 s to start and commit, and a core
# that finishes early has nothing left to take anyway.
PARTITIONS_PER_CORE = 2
# A plain JSON Lines file is read in parts of at least MIN_PART_BYTES (one per core when
# it is large enough: one task would otherwise read and sign a whole dump alone) and at
# most MAX_PART_BYTES.
MIN_PART_BYTES = 1 << 20
MAX_PART_BYTES = 64 << 20
# ... and at most this many documents per partition, so a task stays short enough to
# retry on a large cluster corpus
DOCS_PER_PARTITION = 1000

_READ = T.StructType([
    T.StructField("order", T.LongType()), T.StructField("doc_id", T.StringType()),
    T.StructField("origin", T.StringType()), T.StructField("source", T.StringType()),
    T.StructField("url", T.StringType()), T.StructField("title", T.StringType()),
    T.StructField("published", T.DateType()), T.StructField("date_source", T.StringType()),
    T.StructField("text", T.StringType()), T.StructField("n_chars", T.IntegerType()),
    T.StructField("signature", T.ArrayType(T.LongType())),
    T.StructField("minhash", T.BinaryType()),
    T.StructField("month", T.StringType()), T.StructField("record_id", T.StringType()),
])
_NOTES = T.StructType([T.StructField("order", T.LongType()), *schemas.SKIPS.fields])
_SKIPS_OUT = T.StructType([*schemas.SKIPS.fields, T.StructField("month", T.StringType())])
_CODED = T.StructType([T.StructField("doc_id", T.StringType()),
                       T.StructField("status", T.StringType()),
                       T.StructField("n_events", T.IntegerType())])


@dataclass
class SparkSummary:
    files: int = 0
    read: int = 0  # documents read
    documents: int = 0  # distinct documents written (coded + duplicates + failed)
    coded: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    skips: int = 0
    seconds: float = 0.0
    run_id: str = ""
    # wall seconds of each step, in order (Spark runs a step when its result is needed)
    phases: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


class _Clock:
    """Records the wall seconds since the previous call under a step name."""

    def __init__(self, phases: dict[str, float]) -> None:
        self.phases = phases
        self.last = time.monotonic()

    def __call__(self, name: str) -> None:
        now = time.monotonic()
        self.phases[name] = round(now - self.last, 2)
        self.last = now


def session(master: str | None = None, app_name: str = "eventwire",
            class_archive: bool = False) -> SparkSession:
    """The active session (spark-submit's), else a new one on `master` (default local[2]).

    With `class_archive`, a local run's JVM maps in the class archive of an earlier run,
    or dumps one for the next run (jvm_archive); the caller then ends the session with
    `stop`, which publishes a dumped archive once the JVM has exited."""
    global _archive_part
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    # Spark's local workers run `python3` from PATH unless told: use this interpreter,
    # the one eventwire is installed in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    # under spark-submit (which sets the gateway port) the master comes from its --master
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = master or "local[2]"
        builder = builder.master(master)
        if master == "local" or master.startswith("local["):
            # Spark's 200 shuffle partitions are 200 tasks per join; the dedup and
            # table steps of a run are a few dozen small jobs, so on one machine one
            # task per core is the least fixed cost (coding partitions are set apart)
            builder = builder.config("spark.sql.shuffle.partitions",
                                     str(_local_cores(master)))
            builder = builder.config("spark.ui.enabled", "false")
            # a local run serves no one else: the driver's RPC and block manager listen
            # on loopback only (Spark binds the host's address by default)
            builder = builder.config("spark.driver.bindAddress", "127.0.0.1")
            builder = builder.config("spark.driver.host", "127.0.0.1")
            # A local run's JVM only plans and moves rows while Python codes: the quick
            # C1 compiler and interpreted SQL expressions start about 4 s sooner and do
            # not slow the coding (bench/spark_scale.py)
            java_options = ["-XX:TieredStopAtLevel=1"]
            if class_archive:
                archive_options, _archive_part = jvm_archive.jvm_options()
                java_options += archive_options
            builder = builder.config("spark.driver.extraJavaOptions", " ".join(java_options))
            builder = builder.config("spark.sql.codegen.wholeStage", "false")
            # Adaptive execution re-plans after every shuffle and runs each query stage
            # as a job of its own (a dozen for the deduplication alone): on one machine's
            # few small shuffles that costs the driver about a CPU second a run, and the
            # static plan is as good (bench/spark_scale.py)
            builder = builder.config("spark.sql.adaptive.enabled", "false")
    return (builder.config("spark.sql.session.timeZone", "UTC")
            .config("spark.ui.showConsoleProgress", "false").getOrCreate())


def stop(spark: SparkSession) -> None:
    """Stop the session; if its JVM was dumping a class archive (session's
    `class_archive`), end the JVM, wait for the dump and publish the archive."""
    global _archive_part
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    spark.stop()
    part, _archive_part = _archive_part, None
    proc = getattr(gateway, "proc", None)
    if part is None or proc is None or proc.stdin is None:
        return
    # the gateway JVM exits when its stdin closes; it writes the archive on the way out
    gateway.shutdown()
    SparkContext._gateway = SparkContext._jvm = None
    proc.stdin.close()
    try:
        code = proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = None
    jvm_archive.publish(part, code)


def _local_cores(master: str) -> int:
    """The cores of a local master URL: local -> 1, local[N] / local[N, F] -> N,
    local[*] -> every core."""
    inner = master[len("local"):].strip("[]").split(",")[0].strip()
    if not inner:
        return 1
    return os.cpu_count() or 1 if inner == "*" else max(1, int(inner))


def _files(paths: Iterable[str | Path], run_id: str, now: datetime, cores: int
           ) -> tuple[list[tuple], list[tuple]]:
    """The reading tasks (number, path, size, mtime_ns, start, end), files numbered in
    ingest's order, and a Skip row for each bad path. A large plain JSON Lines file is
    read in byte-range parts (at least one per core, at most MAX_PART_BYTES each); any
    other file whole (start and end None)."""
    files, skips, number = [], [], 0
    for entry in expand_paths(paths):
        if isinstance(entry, Record):
            skips.append(worker.skip_row(entry.item, run_id, now))
        elif isinstance(entry, InputFile):
            parts = max(-(-entry.size // MAX_PART_BYTES),
                        min(cores, entry.size // MIN_PART_BYTES))
            ranges = (part_ranges(entry, parts)
                      if entry.size < 1 << worker.RECORD_BITS else None)
            for start, end in ranges or [(None, None)]:
                files.append((number, str(entry.path), entry.size, entry.mtime_ns, start, end))
            number += 1
    return files, skips


def run(paths: Iterable[str | Path], out: str | Path, spark: SparkSession,
        options: IngestOptions | None = None) -> SparkSummary:
    """Read, deduplicate and code every document under `paths` on Spark; write Parquet."""
    started = time.monotonic()
    options = options or IngestOptions()
    run_id, now = uuid.uuid4().hex, datetime.now().replace(microsecond=0)
    out = str(out).rstrip("/")
    sc = spark.sparkContext
    files, path_skips = _files(paths, run_id, now, sc.defaultParallelism)
    summary = SparkSummary(files=len({f[0] for f in files}), run_id=run_id)
    clock = _Clock(summary.phases)

    disk = StorageLevel.MEMORY_AND_DISK
    # Each Python step yields tagged rows (kind, row); they become one DataFrame of
    # nullable structs, cached in the JVM and split there: the Python workers run each
    # step once, and every table is a column filter, not another Python pass.
    # at least a reading task per core, so that every Python worker starts building its
    # engine while the JVM deduplicates (pointless if workers are not reused)
    prebuild = sc.getConf().get("spark.python.worker.reuse", "true").lower() == "true"
    n_read = max(1, sc.defaultParallelism if prebuild else 1,
                 min(len(files), sc.defaultParallelism * PARTITIONS_PER_CORE))
    read = _tagged(spark, sc.parallelize(files, n_read)
                   .mapPartitions(lambda part: worker.read_files(part, options, run_id, now,
                                                                 prebuild)),
                   {worker.DOC: _READ, worker.NOTE: _NOTES, worker.SKIP: schemas.SKIPS}
                   ).persist(disk)
    docs = _part(read, worker.DOC)
    notes = _part(read, worker.NOTE)
    reader_skips = _part(read, worker.SKIP)

    # The driver plans each next step while Spark runs the current one (Spark SQL
    # planning is serial driver work, about a second per step on a local JVM): the
    # reading job runs while deduplication is planned, deduplication while the coding
    # and the tables are planned.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="eventwire-job") as jobs:
        read_count = jobs.submit(docs.count)
        unique = first_of_each_text(docs).persist(disk)
        dups = near_duplicates(unique, options.dup_threshold, options.num_perm).persist(disk)
        to_code = unique.join(dups.select("doc_id"), "doc_id", "left_anti")
        summary.read = read_count.result()
        clock("read")
        dup_count = jobs.submit(dups.count)
        n_parts = max(1, sc.defaultParallelism * PARTITIONS_PER_CORE,
                      -(-summary.read // DOCS_PER_PARTITION))
        coded = _tagged(spark, balanced(to_code.select("doc_id", "text", "published", "title",
                                                       "source", "url", "date_source",
                                                       "month", "record_id", "n_chars"),
                                        n_parts).rdd
                        .mapPartitions(lambda rows: worker.code_documents(rows, run_id, now)),
                        {worker.EVENT: schemas.EVENTS, worker.CODED: _CODED,
                         worker.SKIP: schemas.SKIPS}).persist(disk)
        events = _part(coded, worker.EVENT)
        statuses = _part(coded, worker.CODED)
        coding_skips = _part(coded, worker.SKIP)
        documents = _documents(unique, dups, statuses, run_id, now)
        skips = _skips(spark, path_skips, reader_skips, notes, unique,
                       coding_skips).persist(disk)
        summary.duplicates = dup_count.result()
        clock("duplicates")
        _write(events, f"{out}/events")
        clock("code+events")

        # the documents and skips tables are written side by side; the counts come from
        # the cached coding output and the skips table just written (no Parquet re-read)
        def write_skips() -> int:
            _write(skips, f"{out}/skips")
            return skips.count()

        writes = [jobs.submit(_write, documents, f"{out}/documents"),
                  jobs.submit(write_skips)]
        totals = statuses.groupBy("status").agg(F.count(F.lit(1)).alias("n"),
                                                F.sum("n_events").alias("events")).collect()
        writes[0].result()
        summary.skips = writes[1].result()
    # a document is coded, failed (one status row from the coding step each) or a
    # near-duplicate (not coded)
    by_status = {row["status"]: row["n"] for row in totals}
    summary.coded = by_status.get("coded", 0)
    summary.failed = by_status.get("failed", 0)
    summary.documents = summary.coded + summary.failed + summary.duplicates
    summary.events = sum(row["events"] or 0 for row in totals)  # one row per event written
    for cached in (read, unique, dups, coded, skips):
        cached.unpersist()
    clock("tables")
    summary.seconds = time.monotonic() - started
    return summary


def _tagged(spark: SparkSession, rows, kinds: dict[str, T.StructType]) -> DataFrame:
    """A DataFrame of (kind, one nullable struct column per kind) from an RDD of tagged
    (kind, row) tuples."""
    names = list(kinds)
    schema = T.StructType([T.StructField("kind", T.StringType(), False)] + [
        T.StructField(name, kinds[name], True) for name in names])

    def spread(kv: tuple) -> tuple:
        kind, row = kv
        return (kind, *(row if name == kind else None for name in names))

    # rows come from our own workers with these types: no per-row check in Python
    return spark.createDataFrame(rows.map(spread), schema, verifySchema=False)


def _part(tagged: DataFrame, kind: str) -> DataFrame:
    """The rows of one kind of a _tagged DataFrame, as a flat table."""
    return tagged.where(F.col("kind") == kind).select(f"{kind}.*")


def _documents(unique: DataFrame, dups: DataFrame, statuses: DataFrame, run_id: str,
               now: datetime) -> DataFrame:
    """The documents table: coded and failed ones with their event counts, duplicates
    with the document they repeat (store/columns.py DOCUMENT_SCHEMA, plus month)."""
    joined = unique.join(dups, "doc_id", "left").join(statuses, "doc_id", "left")
    return joined.select(
        "doc_id", "origin", "source", "url", "title", "published", "date_source", "text",
        "n_chars",
        F.coalesce("status", F.lit("duplicate")).alias("status"),
        "duplicate_of", "similarity",
        F.coalesce("n_events", F.lit(0)).alias("n_events"),
        "minhash",
        F.lit(run_id).alias("run_id"),
        F.lit(now).cast(T.TimestampNTZType()).alias("ingested_at"),
        "record_id",
        "month",
    )


def _skips(spark: SparkSession, path_skips: list[tuple], reader_skips: DataFrame,
           notes: DataFrame, unique: DataFrame, coding_skips: DataFrame) -> DataFrame:
    """Every skip once (by skip_id, as the store's primary key keeps it); a note on a
    document only if that reading of it was kept; each with its document's month."""
    kept_notes = notes.join(unique.select("order"), "order", "left_semi").drop("order")
    every = (spark.createDataFrame(path_skips, schemas.SKIPS)
             .unionByName(reader_skips).unionByName(kept_notes).unionByName(coding_skips)
             .dropDuplicates(["skip_id"]))
    # the documents table has a row per distinct doc_id, near-duplicates too: unique
    months = unique.select("doc_id", F.col("month"))
    return every.join(months, "doc_id", "left").select(*schemas.SKIPS.fieldNames(), "month")


def _write(df: DataFrame, path: str) -> None:
    # overwrite: the whole folder is replaced, so a re-run never appends
    df.write.mode("overwrite").partitionBy(schemas.PARTITION).parquet(path)
