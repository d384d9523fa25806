"""Every emitted record carries all schema-1 fields, and its evidence is a real span."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.data_files import data_path

SCHEMA_FIELDS = {
    "schema", "event_id", "doc_id", "sentence_index", "sentence", "evidence", "source",
    "target", "cameo", "cameo_label", "goldstein", "quad_class", "plover", "polarity",
    "modality", "date", "date_precision", "date_source", "location", "quote", "rule",
    "confidence",
}
ACTOR_FIELDS = {"text", "name", "code", "country", "role", "kb_id"}


def test_code_jsonl_records_are_schema_1():
    article = data_path("demo", "petro-trump", "article.txt")
    text = article.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(article), "--date", "2026-02-03"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert set(r) == SCHEMA_FIELDS
        assert r["schema"] == 1
        ev = r["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert ev["text"] in r["sentence"] or r["sentence"] in text
        for side in ("source", "target"):
            if r[side] is not None:
                assert set(r[side]) == ACTOR_FIELDS
        assert r["source"] is not None or r["target"]["code"] is not None
        assert isinstance(r["goldstein"], float)
        assert r["quad_class"] in {1, 2, 3, 4}
        assert set(r["plover"]) == {"event", "mode"}
        assert r["polarity"] in {"asserted", "negated"}
        assert r["modality"] in {
            "actual", "threat", "intent", "hypothetical", "future", "reported", "background"
        }
        assert 0.0 <= r["confidence"] <= 1.0
        assert r["date_source"] in {"text", "publication"}
        assert r["date_precision"] in {"day", "month", "year"}
        if r["date_source"] == "publication":
            assert r["date"] == "2026-02-03"
    assert len({r["event_id"] for r in records}) == len(records)


def test_quad_class_follows_root(code):
    from eventwire.coding.ontology import load_ontology

    onto = load_ontology()
    for c in onto.codes.values():
        root = int(c.code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert c.quad_class == expected, c
