"""`eventwire code --format gdelt|plover|polecat|csv` writes what `export` writes for the
same events: the same writers, fed through a throwaway store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.formats import export
from eventwire.reading import read_document
from eventwire.store import open_store

TEXT = (
    "Envoys meet in Accra\n\n"
    "Ghana's foreign minister met the Togolese president in Accra on Monday.\n"
    "Police in Lagos arrested dozens of protesters over fuel prices.\n"
    "Senegal did not attack Mali.\n"
)


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    path = tmp_path_factory.mktemp("code-formats") / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _code(article, fmt):
    r = CliRunner().invoke(app, ["code", str(article), "--date", "2026-04-08",
                                 "--format", fmt])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "polecat", "csv"])
def test_code_prints_what_export_writes(engine, article, tmp_path, fmt):
    doc = read_document(article, published="2026-04-08")
    with open_store(tmp_path / "events.duckdb") as store:
        store.add(documents=[doc], events=engine.code(doc))
        out = tmp_path / f"events.{fmt}"
        n = export(store, fmt, out)
    assert n >= 2
    printed = _code(article, fmt)

    def stable(text):  # GDELT's DATEADDED is the time of writing
        return [line.rsplit("\t", 2)[0] if fmt == "gdelt" else line
                for line in text.splitlines()]

    assert stable(printed) == stable(out.read_text(encoding="utf-8"))


def test_code_gdelt_has_no_header_and_61_columns(engine, article):
    rows = [line.split("\t") for line in _code(article, "gdelt").splitlines()]
    assert rows and all(len(r) == 61 for r in rows)
    assert not rows[0][0].startswith("GLOBALEVENTID")
    assert {r[26] for r in rows} >= {"173"}  # EventCode of the arrest, kept as text


def test_code_export_formats_leave_out_negated_events_as_export_does(engine, article):
    schema1 = [json.loads(x) for x in _code(article, "jsonl").splitlines()]
    assert any(e["polarity"] == "negated" for e in schema1)
    flat = list(csv.DictReader(io.StringIO(_code(article, "csv"))))
    assert flat and all(r["polarity"] == "asserted" for r in flat)
    plover = [json.loads(x) for x in _code(article, "plover").splitlines()]
    assert len(plover) == len(flat)
