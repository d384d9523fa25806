"""`eventwire ingest / query / export` end to end, with the real coder and real
DuckDB files: mixed inputs, idempotent re-runs, bad inputs, kill -9 and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from ingest_inputs import write_bad_corpus, write_good_corpus

runner = CliRunner()

# A pool of distinct sentences; documents are pairs of them, so no two documents are
# near-duplicates (shared shingles ~1/3) and every document carries events.
SENTENCES = [
    "Russian forces attacked the Ukrainian city of Kharkiv on Wednesday.",
    "Germany condemned Iran over the execution of a dissident.",
    "China accused Japan of provocation near disputed islands.",
    "Israel and Egypt agreed to reopen the Rafah crossing after talks in Cairo.",
    "The United States imposed sanctions on Venezuela over the disputed election.",
    "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris.",
    "Turkey shelled Kurdish positions in northern Syria overnight.",
    "India and Pakistan exchanged fire along the Line of Control in Kashmir.",
]


def write_many(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    pairs = [(i, j) for i in range(len(SENTENCES)) for j in range(len(SENTENCES)) if i < j]
    for k, (i, j) in enumerate(pairs[:n]):
        (root / f"doc{k:02d}.txt").write_text(f"{SENTENCES[i]} {SENTENCES[j]}\n",
                                              encoding="utf-8")
    return root


def ingest(*args: str):
    result = runner.invoke(app, ["ingest", *args, "--no-progress", "--format", "json"])
    summary = json.loads(result.stdout.splitlines()[-1]) if result.stdout.strip() else None
    return result, summary


def counts(db: Path) -> tuple[int, int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
            " (SELECT count(*) FROM skips)").fetchall()[0])
    finally:
        con.close()


def test_mixed_folder_ingests_and_rerun_adds_nothing(engine, tmp_path):
    root = write_good_corpus(tmp_path / "in")
    db = tmp_path / "events.duckdb"
    result, first = ingest(str(root), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert (first["read"], first["documents"], first["coded"], first["duplicates"],
            first["skips"], first["files"]) == (7, 7, 6, 1, 0, 5)
    assert first["events"] > 0
    con = duckdb.connect(str(db), read_only=True)
    dup = con.execute("SELECT origin, duplicate_of IS NOT NULL, n_events FROM documents"
                      " WHERE status = 'duplicate'").fetchall()
    con.close()
    assert [(Path(o).name, linked, n) for o, linked, n in dup] == [("dump.jsonl#L2", True, 0)]

    result, second = ingest(str(root), "--db", str(db))
    assert result.exit_code == 0
    assert (second["documents"], second["events"], second["skips"]) == (0, 0, 0)
    assert second["files_unchanged"] == 5

    os.utime(root / "a.txt")  # a touched file is read again, and still adds nothing
    (root / "a.txt").touch()
    result, third = ingest(str(root / "*.txt"), "--db", str(db))
    assert (third["read"], third["already"], third["documents"], third["events"]) == (1, 1, 0, 0)
    assert counts(db)[0:2] == (7, first["events"])


def test_bad_inputs_are_skips_readable_with_query(engine, tmp_path):
    root = write_bad_corpus(tmp_path / "bad")
    db = tmp_path / "events.duckdb"
    result, summary = ingest(str(root), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert summary["skip_codes"] == {"E102": 1, "E103": 1, "E105": 1, "E107": 4, "E108": 2}
    assert summary["documents"] == 3  # latin1.txt, broken.jsonl#L1, the whole WARC record
    out = runner.invoke(app, ["query", "--db", str(db), "--skips", "--format", "jsonl"])
    assert out.exit_code == 0
    skips = sorted((Path(r["source"]).name, r["code"]) for r in
                   map(json.loads, out.stdout.splitlines()))
    assert skips == [("big.txt", "E105"), ("binary.bin", "E103"), ("broken.jsonl#L2", "E107"),
                     ("broken.jsonl#L3", "E107"), ("broken.jsonl#L4", "E108"),
                     ("empty.txt", "E102"), ("invalid.xml", "E107"), ("notext.html", "E108"),
                     ("truncated.warc.gz#record3", "E107")]
    table = runner.invoke(app, ["query", "--db", str(db), "--skips"])
    assert "E105" in table.stdout


def test_nothing_readable_exits_1(engine, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "x.bin").write_bytes(b"\x00\x01" * 100)
    result, summary = ingest(str(tmp_path), "--db", str(tmp_path / "e.duckdb"))
    assert result.exit_code == 1
    assert summary["skips"] == 2
    assert "no input could be read as a document [E100]" in result.stderr


def test_query_and_export_commands(engine, tmp_path):
    root = write_good_corpus(tmp_path / "in")
    db = tmp_path / "events.duckdb"
    ingest(str(root), "--db", str(db))
    out = runner.invoke(app, ["query", "--db", str(db), "--format", "jsonl"])
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records and set(records[0]) == {
        "schema", "event_id", "doc_id", "sentence_index", "sentence", "evidence", "source",
        "target", "cameo", "cameo_label", "goldstein", "quad_class", "plover", "polarity",
        "modality", "date", "date_precision", "date_source", "location", "quote", "rule",
        "confidence"}
    root_code = records[0]["cameo"][:2]
    coded = runner.invoke(app, ["query", "--db", str(db), "--code", root_code,
                                "--format", "csv"])
    assert coded.stdout.splitlines()[0].startswith("event_id,schema,doc_id")
    clusters = runner.invoke(app, ["query", "--db", str(db), "--clusters", "--format", "jsonl"])
    assert clusters.exit_code == 0 and clusters.stdout.strip()
    for fmt in ("gdelt", "plover", "csv", "parquet"):
        target = tmp_path / f"out.{fmt}"
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out",
                                  str(target)])
        assert res.exit_code == 0, res.output
        assert target.stat().st_size > 0


def _run_cli(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventwire.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_kill_9_midway_then_resume_equals_uninterrupted_run(engine, tmp_path):
    root = write_many(tmp_path / "in", 24)
    (tmp_path / "in" / "dup.txt").write_text(
        (root / "doc03.txt").read_text(encoding="utf-8").strip() + " Reuters.\n",
        encoding="utf-8")
    reference = tmp_path / "reference.duckdb"
    result, ref = ingest(str(root), "--db", str(reference))
    assert result.exit_code == 0 and ref["duplicates"] == 1

    db = tmp_path / "killed.duckdb"
    proc = _run_cli(["ingest", str(root), "--db", str(db), "--batch-size", "1",
                     "--verbose", "--no-progress"])
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line or line.startswith("committed: 3 documents"):
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = counts(db)
    assert 0 < partial[0] < ref["documents"]  # really killed midway

    result, resumed = ingest(str(root), "--db", str(db))
    assert result.exit_code == 0
    assert counts(db) == counts(reference)
    con = duckdb.connect(str(db), read_only=True)
    statuses = con.execute("SELECT status, count(*) FROM ingest_runs GROUP BY 1 ORDER BY 1"
                           ).fetchall()
    ids = con.execute("SELECT doc_id, status, duplicate_of FROM documents ORDER BY 1").fetchall()
    con.close()
    assert statuses == [("finished", 1), ("running", 1)]
    con = duckdb.connect(str(reference), read_only=True)
    assert ids == con.execute(
        "SELECT doc_id, status, duplicate_of FROM documents ORDER BY 1").fetchall()
    con.close()


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores")
def test_two_workers_give_the_same_store(engine, tmp_path):
    root = write_many(tmp_path / "in", 8)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest(str(root), "--db", str(one))
    proc = _run_cli(["ingest", str(root), "--db", str(two), "--workers", "2", "--no-progress"])
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert counts(one) == counts(two)


def test_ingest_stores_quotes_with_speakers(engine, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.txt").write_text(
        "Iran warns Israel\n"
        '"We will respond to any attack," Iranian Foreign Minister Abbas Araghchi said on '
        "Monday.\nIran and Israel exchanged threats for weeks.\n",
        encoding="utf-8",
    )
    db = tmp_path / "q.duckdb"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--no-progress"])
    assert r.exit_code == 0, r.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT text FROM quotes").fetchall()
    con.close()
    assert rows == [("We will respond to any attack,",)]


def test_repairs_and_dropped_dates_are_warnings_in_the_summary(engine, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "dump.jsonl").write_text(
        json.dumps({"text": SENTENCES[0] + "\u0000", "date": "2026-02-30"}) + "\n"
        + json.dumps({"text": SENTENCES[1], "date": True}) + "\n", encoding="utf-8")
    (root / "bad.rss").write_text("/etc/hostname", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    result, summary = ingest(str(root), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert (summary["documents"], summary["skip_codes"]) == (2, {"E107": 1})
    assert summary["warnings"] == {"E104": 1, "E106": 2}
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT s.code, s.reason, d.published IS NULL FROM skips s"
                       " JOIN documents d USING (doc_id) ORDER BY 1, 2").fetchall()
    con.close()
    assert rows == [
        ("E104", "1 NUL or lone surrogate character(s) removed", True),
        ("E106", "date '2026-02-30' is not a date; stored with no date", True),
        ("E106", "date True is not a date; stored with no date", True),
    ]
