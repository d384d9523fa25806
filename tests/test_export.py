"""Exports open in DuckDB with the documented columns (GDELT: test_export_gdelt.py,
PLOVER and POLECAT: test_export_plover.py, ids: test_provenance.py)."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.export import FORMATS, export
from eventwire.store import open_store
from store_events import sample


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "events.duckdb")
    docs, events = sample()
    s.add(docs, events)
    yield s
    s.close()


def test_csv_and_parquet_have_the_event_columns(store, tmp_path):
    export(store, "csv", tmp_path / "e.csv")
    export(store, "parquet", tmp_path / "e.parquet")
    for name in ("e.csv", "e.parquet"):
        rel = duckdb.sql(f"SELECT * FROM '{tmp_path / name}'")
        assert rel.columns[:4] == ["event_id", "schema", "doc_id", "sentence_index"]
        assert {"source_code", "target_code", "cameo", "day", "doc_url"} <= set(rel.columns)
        # provenance columns last, in this order (the Spark job writes the same)
        assert rel.columns[-5:] == ["doc_published", "doc_title", "doc_source", "doc_url",
                                    "doc_record_id"]
        assert len(rel.fetchall()) == 5


def test_export_formats_and_an_unknown_one(store, tmp_path):
    assert FORMATS == ("gdelt", "plover", "polecat", "csv", "parquet")
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xml", tmp_path / "e.xml")


def test_what_is_exported_by_default_and_with_the_options(tmp_path):
    """Negated and hypothetical events stay out unless asked for; --modality keeps only
    the modalities named; the same EventFilter as query and the API."""
    from dataclasses import replace

    from typer.testing import CliRunner

    from eventwire.cli import app

    docs, events = sample()
    base = events[0]
    extra = [replace(base, polarity="negated", event_id="neg"),
             replace(base, modality="hypothetical", event_id="hyp"),
             replace(base, modality="threat", event_id="thr")]
    path = tmp_path / "f.duckdb"
    with open_store(path) as s:
        s.add(docs, [*events, *extra])

    def ids(*options: str) -> set[str]:
        out = tmp_path / "f.csv"
        result = CliRunner().invoke(app, ["export", "--db", str(path), "--format", "csv",
                                          "--out", str(out), *options])
        assert result.exit_code == 0, result.output
        return {r[0] for r in duckdb.sql(f"SELECT event_id FROM '{out}'").fetchall()}

    plain = {e.event_id for e in events}
    assert ids() == plain | {"thr"}
    assert ids("--include-negated") == plain | {"thr", "neg"}
    assert ids("--include-hypothetical") == plain | {"thr", "hyp"}
    assert ids("--modality", "actual") == plain
    assert ids("--modality", "threat") == {"thr"}
    assert ids("--polarity", "negated") == {"neg"}
