"""The reading limits are options of `eventwire ingest`: lowering one turns an input past
it into a Skip (E105) while the other documents are stored."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app

GOOD = "Peru expelled the Bolivian ambassador on Monday after a border dispute."


def _ingest(folder, *options, db_name="events"):
    db = folder.parent / f"{db_name}.duckdb"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--no-progress",
                                 "--format", "json", *options])
    assert r.exit_code == 0, r.output
    con = duckdb.connect(str(db), read_only=True)
    skips = con.execute("SELECT source, code FROM skips ORDER BY source").fetchall()
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    return docs, skips


@pytest.mark.parametrize("option, name, content", [
    ("--max-line-bytes", "long.jsonl", json.dumps({"text": GOOD + " " + "word " * 80}) + "\n"),
    ("--max-html-tags", "links.html",
     "<html><body><p>" + GOOD + "</p>" + "<a href='#'>x</a>" * 200 + "</body></html>"),
    ("--max-html-bytes", "big.html", "<html><body><p>" + (GOOD + " ") * 40 + "</p></body></html>"),
])
def test_a_lowered_limit_skips_only_the_input_past_it(engine, tmp_path, option, name, content):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_text(content, encoding="utf-8")
    docs, skips = _ingest(folder, option, "120" if option != "--max-html-bytes" else "1000")
    assert docs == 1
    assert [(s.rsplit("/", 1)[-1].split("#")[0], c) for s, c in skips] == [(name, "E105")]
    # with the default limits the same input is read (a new store: a file once read is
    # not read again by a later run on the same store)
    docs, skips = _ingest(folder, db_name="defaults")
    assert docs == 2 and skips == []


def test_a_file_skipped_for_a_limit_is_read_again_by_the_next_run(engine, tmp_path):
    """A limit the user raises takes effect on the same store: the file skipped for it
    is not marked done, while a file read in full is not read again."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    long_line = {"text": "Kenya recalled its envoy from Uganda over a trade row. " + "word " * 80}
    (folder / "long.jsonl").write_text(json.dumps(long_line) + "\n", encoding="utf-8")
    docs, skips = _ingest(folder, "--max-line-bytes", "120")
    assert docs == 1 and [c for _, c in skips] == ["E105"]
    docs, skips = _ingest(folder, "--max-line-bytes", "120")  # same limit: same result
    assert docs == 1 and [c for _, c in skips] == ["E105"]
    docs, skips = _ingest(folder)  # the default limit: the long line is a document now
    assert docs == 2
    assert [c for _, c in skips] == ["E105"]  # the earlier skip stays on record
