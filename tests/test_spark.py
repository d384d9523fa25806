"""eventwire spark on local[2]: the same events, documents and skips as `eventwire ingest`
on the same inputs, Parquet read back by `query --parquet`, and a re-run that replaces."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed: "
                    "pip install -e '.[test,spark]'")

from typer.testing import CliRunner  # noqa: E402

from eventwire.batch.job import run, session  # noqa: E402
from eventwire.cli import app  # noqa: E402
from eventwire.ingest import IngestOptions, ingest  # noqa: E402
from eventwire.store import open_store  # noqa: E402

WIRE = ("Russian forces attacked Ukrainian positions near Kharkiv on Monday, the Ukrainian "
        "military said. Ukraine accused Russia of shelling civilians in the city overnight. "
        "Officials in Kyiv said the strikes hit a power station and two schools, and the "
        "regional governor urged residents to stay in shelters until the morning. The "
        "defence ministry in Moscow did not comment on the reports, which could not be "
        "verified independently. Fighting along the front has intensified in recent weeks "
        "as both armies prepare for a new offensive in the spring.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("spark-corpus")
    (root / "a.txt").write_text(
        "Colombia's president Gustavo Petro met Donald Trump in Washington on Tuesday. "
        "Petro criticized the United States over deportation flights.\n", encoding="utf-8")
    lines = [
        {"text": WIRE, "date": "2024-03-05", "title": "Attack", "url": "https://ex.org/a",
         "source": "ex.org"},
        {"text": "Israel and Egypt signed an agreement on gas exports in Cairo. Egypt's "
                 "president praised Israel for the deal.", "date": "2024-04-10"},
        # the same text again (exact duplicate) and a reprint with one word changed
        {"text": "Israel and Egypt signed an agreement on gas exports in Cairo. Egypt's "
                 "president praised Israel for the deal.", "date": "2024-04-11"},
        {"text": WIRE.replace("spring", "summer"), "date": "2024-03-06", "source": "copy"},
        {"title": "no text field"},
    ]
    (root / "news.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                     encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def spark():
    s = session("local[2]")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def outputs(corpus, spark, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("spark-out")
    db = tmp / "events.duckdb"
    with open_store(db) as store:
        ingest([corpus], store, IngestOptions(workers=1))
    out = tmp / "parquet"
    summary = run([corpus], out, spark)
    return db, out, summary


def _rows(sql: str) -> list[tuple]:
    con = duckdb.connect()
    try:
        return sorted(con.execute(sql).fetchall(), key=repr)
    finally:
        con.close()


def _spark_events(out: Path) -> list[tuple]:
    return _rows(f"SELECT * FROM read_parquet('{out}/events/**/*.parquet', "
                 "hive_partitioning = false)")


def test_events_equal_ingest_with_the_export_columns(outputs, tmp_path):
    db, out, summary = outputs
    exported = tmp_path / "export.parquet"
    # the store keeps every event; export leaves out negated/hypothetical/background
    # ones unless asked, and the Spark run keeps them all, as the store does
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "parquet",
                                      "--out", str(exported), "--include-negated",
                                      "--include-hypothetical", "--include-background"])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    cols = [d[0] for d in con.execute(
        f"SELECT * FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning = false)"
    ).description]
    assert cols == [d[0] for d in con.execute(f"SELECT * FROM '{exported}'").description]
    con.close()
    expected = _rows(f"SELECT * FROM '{exported}'")
    assert len(expected) >= 4
    assert _spark_events(out) == expected
    assert summary.events == len(expected)


def test_documents_and_duplicates_equal_ingest(outputs):
    db, out, summary = outputs
    cols = "doc_id, origin, published, status, duplicate_of, similarity, n_events, minhash"
    with open_store(db, read_only=True) as store:
        expected = sorted(tuple(r.values()) for r in store.sql(
            f"SELECT {cols} FROM documents").to_pylist())
    got = _rows(f"SELECT {cols} FROM read_parquet('{out}/documents/**/*.parquet')")
    assert got == sorted(expected, key=repr)
    statuses = sorted(r[3] for r in got)
    assert statuses == ["coded", "coded", "coded", "duplicate"]
    assert (summary.read, summary.documents, summary.duplicates) == (5, 4, 1)


def test_skips_equal_ingest(outputs):
    db, out, _ = outputs
    cols = "skip_id, source, code, reason, doc_id"
    with open_store(db, read_only=True) as store:
        expected = sorted(tuple(r.values()) for r in store.sql(
            f"SELECT {cols} FROM skips").to_pylist())
    assert _rows(f"SELECT {cols} FROM read_parquet('{out}/skips/**/*.parquet')") == sorted(
        expected, key=repr)
    assert any(r[2] == "E108" for r in expected)


def test_partitioned_by_publication_month(outputs):
    _, out, _ = outputs
    months = {p.name for p in (out / "events").iterdir() if p.is_dir()}
    assert {"month=2024-03", "month=2024-04"} <= months


def test_query_parquet_reads_the_run_as_the_database(outputs):
    db, out, _ = outputs
    runner = CliRunner()
    a = runner.invoke(app, ["query", "--db", str(db), "--format", "jsonl"])
    b = runner.invoke(app, ["query", "--parquet", str(out), "--format", "jsonl"])
    assert a.exit_code == b.exit_code == 0, b.output
    assert b.stdout == a.stdout and a.stdout.strip()


def test_a_rerun_replaces_the_output(outputs, corpus, spark):
    _, out, first = outputs
    before = _spark_events(out)
    files = sorted(p.name for p in out.rglob("*.parquet"))
    again = run([corpus], out, spark)
    assert _spark_events(out) == before
    assert (again.events, again.documents) == (first.events, first.documents)
    assert len(sorted(p.name for p in out.rglob("*.parquet"))) == len(files)


def test_a_corpus_without_skips_writes_an_empty_skips_table(spark, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Petro criticized the United States on Monday.\n",
                                           encoding="utf-8")
    summary = run([tmp_path / "in"], tmp_path / "out", spark)
    assert (summary.documents, summary.skips) == (1, 0)
    result = CliRunner().invoke(app, ["query", "--parquet", str(tmp_path / "out"), "--skips",
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_local_masters_get_one_shuffle_partition_per_core():
    import os

    from eventwire.batch.job import _local_cores

    assert [_local_cores(m) for m in ("local", "local[2]", "local[3, 2]")] == [1, 2, 3]
    assert _local_cores("local[*]") == (os.cpu_count() or 1)


def test_the_summary_times_each_step(outputs):
    _, _, summary = outputs
    assert list(summary.phases) == ["read", "duplicates", "code+events", "tables"]
    assert all(v >= 0 for v in summary.phases.values())


def test_coding_partitions_hold_nearly_equal_text(spark):
    """Documents of very different lengths are dealt so that every coding partition gets
    about the same number of characters, and each document lands in exactly one."""
    from pyspark.sql import functions as F

    from eventwire.batch.partitions import balanced

    lengths = [(f"d{i}", 100 + (i * 7919) % 9000) for i in range(400)]
    docs = spark.createDataFrame(lengths, "doc_id string, n_chars int")
    for n_parts in (2, 3, 8):
        parts = (balanced(docs, n_parts)
                 .groupBy(F.spark_partition_id().alias("part"))
                 .agg(F.sum("n_chars").alias("chars"), F.collect_list("doc_id").alias("ids"))
                 .collect())
        assert len(parts) == n_parts
        assert sorted(i for p in parts for i in p["ids"]) == sorted(i for i, _ in lengths)
        chars = [p["chars"] for p in parts]
        assert max(chars) / min(chars) < 1.1, chars


def test_repartition_keys_reach_every_partition(spark):
    from pyspark.sql import functions as F

    from eventwire.batch.partitions import hash_keys, spark_hash_long

    keys = hash_keys(5)
    df = spark.createDataFrame([(k,) for k in keys], "k bigint").repartition(5, "k")
    got = dict(df.select("k", F.spark_partition_id().alias("p")).collect())
    assert [got[k] for k in keys] == list(range(5))
    # the Python Murmur3 is Spark's own hash() of a bigint, negative and large keys too
    values = [-3, -1, 0, 1, 2, 41, 1000, 2**31, 2**40 + 7, -(2**50), 2**63 - 1, -(2**63)]
    hashed = (spark.createDataFrame([(v,) for v in values], "v bigint")
              .select("v", F.hash("v").alias("h")).collect())
    assert [spark_hash_long(r["v"]) for r in hashed] == [r["h"] for r in hashed]


def test_a_large_jsonl_file_read_in_parts_gives_the_same_tables(outputs, corpus, spark,
                                                                tmp_path, monkeypatch):
    """With parts of a few hundred bytes, news.jsonl is read by several tasks (cuts in
    the middle of lines included): the documents, events and skips are those of the
    run that read it whole, duplicates and their originals included."""
    from eventwire.batch import job

    _, whole, _ = outputs
    monkeypatch.setattr(job, "MIN_PART_BYTES", 300)
    planned, _ = job._files([corpus], "r", None, cores=4)
    jsonl = [t for t in planned if t[1].endswith("news.jsonl")]
    assert len(jsonl) == 4 and all(t[4] is not None for t in jsonl)
    out = tmp_path / "parts"
    summary = run([corpus], out, spark)
    assert summary.files == 2
    assert _spark_events(out) == _spark_events(whole)
    for table, cols in (("documents", "doc_id, origin, status, duplicate_of, n_events"),
                        ("skips", "skip_id, source, code, reason, doc_id")):
        assert (_rows(f"SELECT {cols} FROM read_parquet('{out}/{table}/**/*.parquet')")
                == _rows(f"SELECT {cols} FROM read_parquet('{whole}/{table}/**/*.parquet')"))


def test_a_local_session_listens_on_loopback_only(spark):
    conf = spark.sparkContext.getConf()
    assert conf.get("spark.driver.bindAddress") == "127.0.0.1"
    assert conf.get("spark.driver.host") == "127.0.0.1"


def test_a_local_session_plans_statically(spark):
    """Local runs turn adaptive execution off: it re-plans after each small shuffle."""
    assert spark.conf.get("spark.sql.adaptive.enabled") == "false"
