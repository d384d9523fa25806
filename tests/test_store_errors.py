"""A store that says what is wrong: every bad --db, schema or disk failure is one coded
line (exit 1), refused before DuckDB touches a foreign file, and never hides the cause."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import (
    NotADatabase,
    SchemaIncomplete,
    SchemaTooNew,
    StoreFull,
    StorePathError,
)
from eventwire.store import Batch, StoredDocument, open_store
from store_events import sample


def _cli(*args: str):
    return CliRunner().invoke(app, list(args))


def _one_line_error(result, code: str, path: Path | str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"eventwire: error: {path}: ") and lines[0].endswith(
        f"[{code}]"), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def sqlite_db(tmp_path):
    path = tmp_path / "events.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE events (x)")
    con.commit()
    con.close()
    return path


@pytest.fixture
def good_db(tmp_path):
    path = tmp_path / "good.duckdb"
    docs, events = sample()
    with open_store(path) as s:
        s.add(docs, events)
    return path


# ---- files that are not a DuckDB database -------------------------------------------


@pytest.mark.parametrize("command", [["query"], ["export", "--format", "csv", "--out", "x.csv"]])
def test_sqlite_db_is_refused_by_query_and_export(sqlite_db, command, tmp_path):
    before = sqlite_db.read_bytes()
    r = _cli(*command, "--db", str(sqlite_db))
    line = _one_line_error(r, "E303", sqlite_db)
    assert "not a DuckDB database file (a SQLite database)" in line
    assert sqlite_db.read_bytes() == before  # never opened by DuckDB, never changed


def test_sqlite_db_is_refused_by_ingest_before_reading_inputs(sqlite_db, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = _cli("ingest", str(doc), "--db", str(sqlite_db), "--no-progress")
    _one_line_error(r, "E303", sqlite_db)


@pytest.mark.parametrize("content,kind", [
    (b"just some notes\n" * 10, "a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
])
def test_other_files_are_refused_by_header(tmp_path, content, kind):
    path = tmp_path / "events.duckdb"
    path.write_bytes(content)
    for read_only in (True, False):
        with pytest.raises(NotADatabase) as info:
            open_store(path, read_only=read_only)
        assert info.value.code == "E303" and kind in info.value.message
    assert path.read_bytes() == content


def test_sqlite_file_never_reaches_duckdb_autoload(sqlite_db):
    # What DuckDB itself would do with that file: try to load (and, by default,
    # download) the sqlite extension. eventwire refuses it first (test above); and every
    # connection it makes has autoload and autoinstall off.
    with open_store(sqlite_db.with_name("ok.duckdb")) as s:
        settings = s.con.execute(
            "SELECT current_setting('autoload_known_extensions'),"
            " current_setting('autoinstall_known_extensions')").fetchall()
    assert settings == [(False, False)]


def test_empty_file_is_created_for_writing_and_refused_for_reading(tmp_path):
    path = tmp_path / "empty.duckdb"
    path.touch()
    with pytest.raises(NotADatabase):
        open_store(path, read_only=True)
    docs, events = sample()
    with open_store(path) as s:
        s.add(docs, events)
    with open_store(path, read_only=True) as s:
        assert s.counts()["events"] == 5


# ---- paths that cannot hold a database -----------------------------------------------


def test_db_that_is_a_directory(tmp_path):
    r = _cli("query", "--db", str(tmp_path))
    line = _one_line_error(r, "E306", tmp_path)
    assert "is a directory" in line
    with pytest.raises(StorePathError):
        open_store(tmp_path)


def test_db_that_is_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "events.duckdb"
    os.mkfifo(fifo)
    for read_only in (True, False):
        with pytest.raises(StorePathError) as info:
            open_store(fifo, read_only=read_only)  # opening a FIFO would block forever
        assert "not a regular file" in info.value.message


def test_db_in_a_folder_that_cannot_exist(tmp_path):
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    path = afile / "events.duckdb"
    doc = tmp_path / "a.txt"
    doc.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = _cli("ingest", str(doc), "--db", str(path), "--no-progress")
    assert "Not a directory" in _one_line_error(r, "E306", path)
    r = _cli("query", "--db", str(path))
    _one_line_error(r, "E306", path)


def test_db_in_an_unwritable_folder(tmp_path, monkeypatch):
    """A 0o555 folder stops an ordinary user; root writes anywhere, so as root the OS's
    answer is simulated where eventwire asks for it (os.access)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        from eventwire.store import connect

        real_access = os.access
        monkeypatch.setattr(connect.os, "access", lambda p, mode: False if Path(p) == folder
                            else real_access(p, mode))
    path = folder / "events.duckdb"
    try:
        r = _cli("demo", "--db", str(path))
    finally:
        folder.chmod(0o755)
    assert r.exit_code == 1, r.output
    assert r.stderr.strip() == (f"eventwire: error: {path}: the folder {folder} is not "
                                f"writable [E306]")
    assert not path.exists()


# ---- schema checks -----------------------------------------------------------------


def test_newer_schema_is_refused_by_query_and_export(good_db, tmp_path):
    con = duckdb.connect(str(good_db))
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (99, '0099_future.sql')")
    con.close()
    for args in (["query"], ["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]):
        line = _one_line_error(_cli(*args, "--db", str(good_db)), "E302", good_db)
        assert "schema version 99 is newer than this eventwire (2)" in line
    with pytest.raises(SchemaTooNew):
        open_store(good_db)


def test_half_migrated_schema_is_refused(good_db):
    con = duckdb.connect(str(good_db))
    con.execute("DROP TABLE quotes")
    con.close()
    line = _one_line_error(_cli("query", "--db", str(good_db)), "E304", good_db)
    assert "half-migrated schema: table(s) quotes missing" in line
    with pytest.raises(SchemaIncomplete):
        open_store(good_db)  # writing would fail later: refused on open too


def test_missing_migration_is_refused_for_reading(good_db):
    con = duckdb.connect(str(good_db))
    con.execute("DELETE FROM schema_migrations")
    con.close()
    line = _one_line_error(_cli("query", "--db", str(good_db)), "E304", good_db)
    assert "lacks migration(s) 1, 2 of 2" in line


def test_foreign_duckdb_file_is_not_turned_into_a_store(tmp_path):
    path = tmp_path / "analysis.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (id INTEGER)")
    con.close()
    for read_only in (True, False):
        with pytest.raises(SchemaIncomplete) as info:
            open_store(path, read_only=read_only)
        assert "not an eventwire event store" in info.value.message
    con = duckdb.connect(str(path))
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert tables == {"events"}


# ---- a full disk ---------------------------------------------------------------------


class _FullDisk:
    """A DuckDB connection whose commit fails as on a full disk: DuckDB ends the
    transaction itself and raises "Could not write file ...: No space left on device",
    after which a rollback raises "cannot rollback - no transaction is active"."""

    def __init__(self, con) -> None:
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def commit(self):
        self._con.rollback()
        raise duckdb.TransactionException(
            'TransactionContext Error: Failed to commit: Could not write file '
            '"events.duckdb.wal": No space left on device')


def test_disk_full_is_reported_and_earlier_batches_are_kept(tmp_path):
    path = tmp_path / "events.duckdb"
    docs, events = sample()
    store = open_store(path)
    store.write(Batch(documents=[StoredDocument(d, "a.txt", "coded") for d in docs[:2]]))
    real = store.con
    store.con = _FullDisk(real)
    with pytest.raises(StoreFull) as info:
        store.write(Batch(documents=[StoredDocument(d, "b.txt", "coded") for d in docs[2:]]))
    assert str(info.value) == (f"{path}: no space left on device; batches committed before "
                               "are kept [E305]")
    store.con = real
    store.close()
    with open_store(path, read_only=True) as s:
        stored = {r["doc_id"] for r in s.sql("SELECT doc_id FROM documents").to_pylist()}
    assert stored == {d.doc_id for d in docs[:2]}


def test_disk_full_during_ingest_is_one_coded_line(tmp_path, monkeypatch):
    from eventwire.store import eventstore

    original = eventstore.EventStore.write

    def write_on_full_disk(self, batch, run_id=None):
        self.con = _FullDisk(self.con)
        return original(self, batch, run_id)

    monkeypatch.setattr(eventstore.EventStore, "write", write_on_full_disk)
    doc = tmp_path / "a.txt"
    doc.write_text("Russia invaded Ukraine.", encoding="utf-8")
    path = tmp_path / "events.duckdb"
    r = _cli("ingest", str(doc), "--db", str(path), "--no-progress")
    assert "no space left on device" in _one_line_error(r, "E305", path)


# ---- a damaged database file ----------------------------------------------------------


def _big_store(path: Path) -> Path:
    docs, events = sample()
    with open_store(path) as s:
        s.add(docs, events)
        # enough rows that the file has blocks beyond its header
        s.con.execute("CREATE TABLE padding AS SELECT range AS i, repeat('x', 200) AS t"
                      " FROM range(20000)")
    return path


def test_truncated_database_is_one_coded_line(tmp_path):
    path = _big_store(tmp_path / "events.duckdb")
    data = path.read_bytes()
    path.write_bytes(data[:20_000])  # the headers survive, the catalog blocks do not
    for args in (["query"], ["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]):
        line = _one_line_error(_cli(*args, "--db", str(path)), "E308", path)
        assert "database file is damaged" in line and "Could not read enough bytes" in line


def test_block_failing_its_checksum_is_not_called_a_lock(tmp_path):
    # DuckDB says "... in block at location 4096": the old check ("lock" in the message)
    # reported this as E301 "database is in use by another process"
    path = _big_store(tmp_path / "events.duckdb")
    data = bytearray(path.read_bytes())
    data[4096:8192] = random.Random(0).randbytes(4096)  # the first database header
    path.write_bytes(bytes(data))
    line = _one_line_error(_cli("query", "--db", str(path)), "E308", path)
    assert "Corrupt database file" in line
