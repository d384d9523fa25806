"""The DuckDB store: migrations, idempotent batch writes, queries, clusters."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from eventwire.analysis import clusters_sql
from eventwire.errors import StoreError, StoreLocked
from eventwire.ingest.dedup import signature
from eventwire.models import Skip
from eventwire.store import Batch, StoredDocument, open_store
from eventwire.store.migrate import migrations
from eventwire.store.queries import EventFilter, events_sql
from store_events import sample


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "events.duckdb")
    docs, events = sample()
    s.add(docs, events, skips=[Skip("bad.bin", "E103", "input looks binary, not text")])
    yield s
    s.close()


def test_migrations_are_numbered_and_applied_once(tmp_path):
    assert [v for v, _, _ in migrations()][0] == 1
    path = tmp_path / "m.duckdb"
    open_store(path).close()
    open_store(path).close()
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version, name FROM schema_migrations").fetchall() == [
        (1, "0001_initial.sql"), (2, "0002_record_id.sql")]
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables"
                                        ).fetchall()}
    assert {"documents", "events", "actors", "quotes", "skips", "ingest_runs"} <= tables


def test_writing_the_same_rows_twice_adds_nothing(store):
    docs, events = sample()
    again = store.add(docs, events, skips=[Skip("bad.bin", "E103",
                                                "input looks binary, not text")])
    assert (again.documents, again.events, again.skips) == (0, 0, 0)
    assert store.counts() == {"documents": 4, "events": 5, "actors": 4, "quotes": 0,
                              "skips": 1, "ingest_runs": 0}


def test_batch_is_all_or_nothing(store, tmp_path):
    docs, events = sample()
    bad = Batch(documents=[StoredDocument(docs[0], "x", "coded")], events=events)
    bad.events.append("not an event")  # makes the Arrow conversion fail mid-batch
    with pytest.raises(AttributeError):
        store.write(bad)
    assert store.counts()["events"] == 5


def test_existing_and_signatures_round_trip(tmp_path):
    docs, _ = sample()
    with open_store(tmp_path / "s.duckdb") as s:
        sig = signature(docs[0].text)
        s.write(Batch(documents=[StoredDocument(docs[0], "a.txt", "coded", sig),
                                 StoredDocument(docs[1], "b.txt", "duplicate",
                                                signature(docs[1].text), docs[0].doc_id, 0.9)]))
        assert s.existing([docs[0].doc_id, docs[2].doc_id]) == {docs[0].doc_id}
        [(doc_id, stored)] = list(s.signatures())  # duplicates are not indexed
        assert doc_id == docs[0].doc_id and (stored == sig).all()


def test_query_filters(store):
    def ids(**kw):
        sql, params = events_sql(EventFilter(**kw))
        return [(r["source_code"], r["cameo"], str(r["day"])) for r in
                store.sql(sql, params).to_pylist()]

    assert ids(dyad=("COL", "USA")) == [("COLGOV", "042", "2026-02-03"),
                                        ("COLGOV", "042", "2026-02-04"),
                                        ("COLGOV", "042", "2026-02-07")]
    assert ids(dyad=("USA", "COL")) == []
    assert ids(code="19") == [("RUSMIL", "190", "2026-02-03"), ("RUSMIL", "190", "None")]
    assert ids(actor="Kharkiv") == ids(code="19")
    assert ids(since=date(2026, 2, 4), until=date(2026, 2, 6)) == [
        ("COLGOV", "042", "2026-02-04")]
    assert ids(country="usa", text="white house") == [("COLGOV", "042", "2026-02-04")]
    assert len(ids(limit=2)) == 2


def test_clusters_count_articles_and_sources(store):
    sql, params = clusters_sql()
    rows = [(r["source_key"], r["cameo_root"], str(r["first_day"]), str(r["last_day"]),
             r["events"], r["articles"], r["sources"]) for r in store.sql(sql, params).to_pylist()]
    assert rows == [
        ("COLGOV", "04", "2026-02-03", "2026-02-04", 2, 2, 2),
        ("RUSMIL", "19", "2026-02-03", "2026-02-03", 1, 1, 1),
        ("COLGOV", "04", "2026-02-07", "2026-02-07", 1, 1, 1),
    ]


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert info.value.code == "E300"


def test_locked_store_is_a_coded_error(tmp_path):
    import subprocess
    import sys
    import time

    path = tmp_path / "locked.duckdb"
    open_store(path).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb,time; c=duckdb.connect({str(path)!r});"
                               "print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        started = time.monotonic()
        with pytest.raises(StoreLocked) as info:
            open_store(path)
        assert info.value.code == "E301"
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()
