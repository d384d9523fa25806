"""Direct quotes with their speakers and the time they were said."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.data_files import data_path
from eventwire.nlp.quotes import find_quote_spans
from eventwire.reading import read_document

ARTICLE = data_path("demo", "petro-trump", "article.txt")


def test_quote_spans_straight_curly_and_unclosed():
    text = 'He said "we will talk" and “they agreed” then «done» and "open'
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["we will talk", "they agreed", "done", "open"]


def test_demo_quotes_and_speakers(engine):
    doc = read_document(ARTICLE)
    quotes = engine.analyse(doc).quotes
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
    got = [(q.speaker.name if q.speaker else None, q.text.split()[0]) for q in quotes]
    assert got == [
        ("Donald Trump", "watch"),
        ("Donald Trump", "sounds"),
        ("Gustavo Petro", "determined"),
        ("Gustavo Petro", "from"),
        ("Donald Trump", "I"),
        ("Donald Trump", "He"),
        ("Donald Trump", "talking"),
        ("Felipe Botero", "Both"),
        ("Felipe Botero", "The"),
    ]
    # "Zelenskyed" is a scare quote, not a quote
    assert all("Zelenskyed" not in q.text for q in quotes)
    # "... Trump said on Monday." (published Tuesday 2026-02-03)
    monday = [q for q in quotes if q.text.startswith(("I mean", "He was"))]
    assert {(q.date, q.date_source) for q in monday} == {("2026-02-02", "text")}
    # an appositive gives the unknown expert a role, and the passage a country
    botero = [q.speaker for q in quotes if q.speaker and q.speaker.name == "Felipe Botero"]
    assert {(s.code, s.role) for s in botero} == {("COLEDU", "EDU")}


def test_quotes_cli_jsonl():
    r = CliRunner().invoke(app, ["quotes", str(ARTICLE), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 9
    assert {"text", "speaker", "start", "end", "event_id", "date"} <= set(records[0])
    # the quote in "Trump warned Petro to 'watch his ass'" is linked to the threat event
    assert records[0]["event_id"] is not None
