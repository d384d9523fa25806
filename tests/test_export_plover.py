"""PLOVER JSON Lines checked against the JSON Schema written from the PLOVER specification,
record by record; and the POLECAT-style table built from the same records."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

from eventwire.data_files import data_path
from eventwire.export import export
from eventwire.export.plover import plover_context, plover_event
from eventwire.export.polecat import EXTRA_COLUMNS, POLECAT_COLUMNS
from eventwire.models import Actor, Document, Place
from eventwire.store import open_store
from store_events import COL, USA, event, sample

jsonschema = pytest.importorskip("jsonschema")
EU = Actor("the EU", "European Union", "IGOEU", "IGOEU", None, "igo:IGOEU")


def _schema() -> dict:
    return json.loads(data_path("export", "plover_event.schema.json").read_text("utf-8"))


def _events():
    docs, events = sample()
    doc = Document(text="The EU said Petro's visit was welcome. Petro expressed accord "
                        "with Trump. Petro made a statement. Petro met Trump in 2026.",
                   source="DW", url="https://dw.example/2", record_id="dw-2")
    base = event(doc, "2026-02-05", "042", EU, COL)
    extra = [
        replace(base, cameo="019", plover_event=None, plover_mode=None, source=COL,
                target=USA, location=None, event_id="e019"),  # -> SUPPORT
        replace(base, cameo="010", plover_event=None, plover_mode=None, source=COL,
                target=None, location=None, event_id="e010"),  # dropped by PLOVER
        replace(base, cameo="0831", plover_event="CONCEDE", plover_mode=None,
                location=Place("Moscow", "RUS", 55.75, 37.62, 524901), event_id="e0831"),
        replace(base, date="2026-02", date_precision="month", event_id="emonth"),
    ]
    return [*docs, doc], [*events, *extra]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "events.duckdb")
    docs, events = _events()
    s.add(docs, events)
    yield s
    s.close()


def _records(store, tmp_path) -> dict[str, dict]:
    out = tmp_path / "e.jsonl"
    n = export(store, "plover", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(records)
    return {r["id"]: r for r in records}


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(_schema())


def test_every_record_validates_against_the_plover_schema(store, tmp_path):
    validator = jsonschema.Draft202012Validator(_schema())
    records = _records(store, tmp_path)
    assert records
    for rec in records.values():
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(rec)]
        assert errors == [], rec["id"]


def test_a_record_has_the_specs_fields(store, tmp_path):
    visit = next(r for r in _records(store, tmp_path).values()
                 if r["date"] == "2026-02-03" and r["cameo"] == "042")
    assert visit["event"] == ["CONSULT"] and visit["mode"] == ["visit"]
    assert visit["context"] == []  # the 2021 mapping gives 042 no context
    assert visit["source"] == [{
        "actor_text": "Petro", "code": "COL", "sector": "GOV", "identifier_id": "petro",
        "identifier_text": "Gustavo Petro", "cameo_code": "COLGOV", "country": "COL"}]
    assert visit["recipient"][0]["code"] == "USA"
    assert visit["event_loc"] == {
        "geonameid": 4140963, "name": "Washington", "latitude": 38.9, "longitude": -77.0,
        "feature class": "P", "feature code": "PPLC", "country code": "US", "cc3": "USA",
        "admin1 code": "DC"}
    assert (visit["quad_code"], visit["event_scale"]) == (1, 1.9)
    assert visit["text_info"] == {"sequence": 0, "start": 0, "end": 12}
    cite = visit["cite_info"]
    assert (cite["url"], cite["publication"], cite["language"]) == (
        "https://afp.example/1", "AFP", "en")
    assert cite["citation"] == cite["doc_id"] and cite["record_id"] is None


def test_igo_actors_contexts_and_statements(store, tmp_path):
    records = _records(store, tmp_path)
    concede = records["e0831"]
    assert concede["source"][0]["code"] == "IGO" and concede["source"][0]["country"] is None
    assert concede["context"] == ["political_institutions"]
    assert concede["event_loc"]["country code"] == "RU"
    assert concede["cite_info"]["citation"] == "dw-2"
    assert records["e019"]["event"] == ["SUPPORT"]  # 01x with a PLOVER meaning
    assert "e010" not in records  # a bare statement: PLOVER has no category for it
    assert (records["emonth"]["date"], records["emonth"]["date_precision"]) == (
        "2026-02-01", "month")
    assert len(records) == 4 + 3  # sample's undated event is not written either


@pytest.mark.parametrize(("cameo", "stored", "event", "context"), [
    ("015", None, "AGREE", []), ("016", None, "REJECT", []), ("010", None, None, []),
    ("1124", "ACCUSE", "ACCUSE", ["military", "legal"]), ("19", "ASSAULT", "ASSAULT", []),
    ("0341", "AGREE", "AGREE", ["political_institutions"]),
])
def test_event_and_context_from_cameo(cameo, stored, event, context):
    assert plover_event(cameo, stored) == event
    assert plover_context(cameo) == context


def test_polecat_table_has_polecats_columns_and_the_ids(store, tmp_path):
    out = tmp_path / "e.tsv"
    n = export(store, "polecat", out)
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert list(rows[0]) == POLECAT_COLUMNS + EXTRA_COLUMNS and len(rows) == n == 7
    concede = next(r for r in rows if r["Event ID"] == "e0831")
    assert {k: concede[k] for k in (
        "Event Date", "Event Type", "Quad Code", "Contexts", "Actor Name", "Actor Country",
        "Recipient Name", "Recipient Country", "Placename", "City", "Country", "GeoNames ID",
        "Feature Type", "Source", "Record ID", "URL")} == {
        "Event Date": "2026-02-05", "Event Type": "CONCEDE", "Quad Code": "1",
        "Contexts": "political_institutions", "Actor Name": "European Union",
        "Actor Country": "IGO", "Recipient Name": "Gustavo Petro", "Recipient Country": "COL",
        "Placename": "Moscow", "City": "Moscow", "Country": "RUS", "GeoNames ID": "524901",
        "Feature Type": "PPLC", "Source": "DW", "Record ID": "dw-2",
        "URL": "https://dw.example/2"}
