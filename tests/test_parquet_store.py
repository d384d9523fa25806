"""`--parquet DIR`: a folder of Parquet tables read as a store, with the same answers
as the DuckDB file they came from (no Spark needed: the folder is written here from a
store, with `export --format parquet` for events, as the Spark job lays it out)."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store
from eventwire.store.eventstore import EventStore
from store_events import sample

runner = CliRunner()


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parquet-store")
    db = tmp / "events.duckdb"
    docs, events = sample()
    with open_store(db) as store:
        store.add(docs, events)
    folder = tmp / "out"
    for table in ("events", "documents", "skips"):
        (folder / table / "month=2026-02").mkdir(parents=True)
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "--out",
                                 str(folder / "events" / "month=2026-02" / "part-0.parquet")])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    con.execute(f"COPY documents TO '{folder}/documents/month=2026-02/part-0.parquet' "
                "(FORMAT parquet)")
    con.close()
    return db, folder


def _out(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", [
    ["query", "--format", "jsonl"],
    ["query", "--format", "csv", "--dyad", "COL", "USA", "--since", "2026-02-04"],
    ["query", "--clusters", "--format", "jsonl"],
    ["timeline", "--by", "day", "--format", "csv"],
    ["timeline", "--dyad", "COL", "USA", "--by", "week", "--format", "jsonl"],
])
def test_parquet_answers_as_the_database_does(stores, command):
    db, folder = stores
    from_db = _out(*command, "--db", str(db))
    assert from_db.strip()
    assert _out(*command, "--parquet", str(folder)) == from_db


def test_export_from_parquet_equals_export_from_the_database(stores, tmp_path):
    db, folder = stores
    for fmt in ("csv", "plover", "gdelt"):
        a, b = tmp_path / f"db.{fmt}", tmp_path / f"pq.{fmt}"
        _out("export", "--db", str(db), "--format", fmt, "--out", str(a))
        _out("export", "--parquet", str(folder), "--format", fmt, "--out", str(b))
        assert b.read_text() == a.read_text()


def test_the_views_have_the_store_columns_and_a_missing_table_reads_empty(stores):
    db, folder = stores
    with EventStore.from_parquet(folder) as pq, open_store(db, read_only=True) as store:
        for table in ("events", "documents", "skips", "quotes"):
            assert pq.sql(f"SELECT * FROM {table}").schema == store.sql(
                f"SELECT * FROM {table}").schema
        # no query reads the actors table or the runs; a Spark run writes neither
        assert pq.counts() == {**store.counts(), "actors": 0, "ingest_runs": 0}
        # the exported events carry no run_id: it reads as NULL
        assert pq.sql("SELECT count(*) AS n FROM events WHERE run_id IS NULL"
                      ).to_pylist() == [{"n": 5}]


def test_bad_parquet_folders_are_coded_errors(tmp_path, stores):
    db, folder = stores
    missing = runner.invoke(app, ["query", "--parquet", str(tmp_path / "nope")])
    assert missing.exit_code == 1
    assert "[E306]" in missing.output
    empty = runner.invoke(app, ["query", "--parquet", str(tmp_path)])
    assert empty.exit_code == 1
    assert "[E304]" in empty.output
    both = runner.invoke(app, ["query", "--parquet", str(folder), "--db", str(db)])
    assert both.exit_code == 2


def test_records_round_trip_through_parquet(stores):
    db, folder = stores
    lines = _out("query", "--format", "jsonl", "--parquet", str(folder)).splitlines()
    assert {json.loads(x)["rule"] for x in lines} == {"test.042", "test.190"}
