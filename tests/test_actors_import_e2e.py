"""End to end: a person imported from a JSON Lines file is recognised by the coder
(needs the spaCy pipeline)."""

from __future__ import annotations

import json

import eventwire
from eventwire.actors.importers import install_import
from eventwire.actors.kb import bundled_kb
from eventwire.coding.document import Engine

TEXT = ("Aurelio Quintanar condemned Russia on Tuesday. "
        "Later, Quintanar also accused Venezuela of harbouring rebels.")


def test_imported_minister_is_coded(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(tmp_path / "userdata"))
    plain = eventwire.code_text(TEXT, published="2025-03-04",
                                engine=Engine.build(kb=bundled_kb()))
    assert plain and plain[0].source.code is None  # unknown to the bundled KB

    src = tmp_path / "cabinet.jsonl"
    src.write_text(json.dumps({
        "name": "Aurelio Quintanar", "aliases": ["Quintanar"], "country": "COL",
        "position": "foreign_minister", "start": "2024-07-01",
    }) + "\n", encoding="utf-8")
    install_import(src)
    kb = bundled_kb()
    events = eventwire.code_text(TEXT, published="2025-03-04", engine=Engine.build(kb=kb))
    rows = [(e.source.code, e.source.kb_id, e.target.code if e.target else None)
            for e in events]
    assert ("COLGOV", "person:aurelio-quintanar", "RUS") in rows
    assert ("COLGOV", "person:aurelio-quintanar", "VEN") in rows
    # before the imported position began, he is only a Colombian
    early = eventwire.code_text(TEXT, published="2023-03-04", engine=Engine.build(kb=kb))
    assert early[0].source.code == "COL"
