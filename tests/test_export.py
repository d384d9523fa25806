"""Exports open in DuckDB with the documented columns; GDELT's columns in order."""

from __future__ import annotations

import json

import duckdb
import pytest

from eventwire.export import GDELT_COLUMNS, export
from eventwire.store import open_store
from store_events import sample


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "events.duckdb")
    docs, events = sample()
    s.add(docs, events)
    yield s
    s.close()


def test_gdelt_columns_in_order(store, tmp_path):
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    out = tmp_path / "events.tsv"
    assert export(store, "gdelt", out) == 4  # the undated event is not a GDELT row
    rel = duckdb.sql(f"SELECT * FROM read_csv('{out}', delim='\t', header=true)")
    assert rel.columns == GDELT_COLUMNS
    rows = rel.order("SQLDATE, EventCode").fetchall()
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert (first["SQLDATE"], first["Actor1Code"], first["Actor2Code"], first["EventCode"],
            first["EventRootCode"], first["QuadClass"], first["NumArticles"],
            first["NumSources"], first["ActionGeo_FeatureID"], first["SOURCEURL"]) == (
        20260203, "COLGOV", "USAGOV", "042", "04", 1, 2, 2, 4140963, "https://afp.example/1")


def test_gdelt_without_header(store, tmp_path):
    out = tmp_path / "events.tsv"
    export(store, "gdelt", out, header=False)
    first = out.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert len(first) == 61 and first[1].isdigit()


def test_csv_and_parquet_have_the_event_columns(store, tmp_path):
    export(store, "csv", tmp_path / "e.csv")
    export(store, "parquet", tmp_path / "e.parquet")
    for name in ("e.csv", "e.parquet"):
        rel = duckdb.sql(f"SELECT * FROM '{tmp_path / name}'")
        assert rel.columns[:4] == ["event_id", "schema", "doc_id", "sentence_index"]
        assert {"source_code", "target_code", "cameo", "day", "doc_url"} <= set(rel.columns)
        assert len(rel.fetchall()) == 5


def test_plover_records(store, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export(store, "plover", out) == 5
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {k: first[k] for k in ("date", "event_type", "mode", "source", "source_actor",
                                  "source_agent", "target", "country", "publisher")} == {
        "date": "2026-02-03", "event_type": "CONSULT", "mode": "visit", "source": "COLGOV",
        "source_actor": "Gustavo Petro", "source_agent": "GOV", "target": "USAGOV",
        "country": "USA", "publisher": "AFP"}
