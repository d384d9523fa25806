"""End-to-end checks on the bundled demo story (AFP, published 2026-02-03)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.data_files import data_path
from eventwire.nlp.segment import segment
from eventwire.reading import read_document

ARTICLE = data_path("demo", "petro-trump", "article.txt")


@pytest.fixture(scope="module")
def demo_events(engine):
    doc = read_document(ARTICLE)
    return doc, engine.code(doc)


def _has(events, root_prefix, src_country, tgt_country):
    return [
        e
        for e in events
        if e.cameo.startswith(root_prefix)
        and e.source is not None
        and e.source.country == src_country
        and e.target is not None
        and e.target.country == tgt_country
    ]


def test_demo_meeting_is_consultation_dated_publication(demo_events):
    _, events = demo_events
    meeting = _has(events, "04", "COL", "USA")
    assert meeting, "Petro-Trump talks at the White House not coded as 04x COL->USA"
    assert meeting[0].date == "2026-02-03"
    assert "talks" in meeting[0].evidence.text


def test_demo_threat_against_petro(demo_events):
    _, events = demo_events
    threats = _has(events, "13", "USA", "COL")
    assert any("threatened" in e.evidence.text for e in threats)
    assert all(e.modality == "threat" for e in threats)


def test_demo_criticism_of_us_strikes(demo_events):
    _, events = demo_events
    assert any("criticizing" in e.evidence.text for e in _has(events, "11", "COL", "USA"))


def test_demo_extradition_is_cooperation(demo_events):
    _, events = demo_events
    ext = _has(events, "06", "COL", "USA")
    assert any(e.cameo == "063" and "extradited" in e.evidence.text for e in ext)


def test_demo_no_events_in_headline_dividers_or_trailer(demo_events):
    doc, events = demo_events
    excluded = [b for b in segment(doc.text) if b.kind != "body"]
    assert {b.kind for b in excluded} == {"headline", "divider", "trailer"}
    for e in events:
        for b in excluded:
            assert e.evidence.end <= b.start or e.evidence.start >= b.end, (e, b)


def test_demo_cli_prints_table_with_events():
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Colombia's Petro meets Trump" in result.output
    assert "extradited" in result.output


def test_demo_cli_jsonl_has_at_least_eight_events():
    result = CliRunner().invoke(app, ["demo", "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 8
