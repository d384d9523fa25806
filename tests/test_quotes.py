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
        for seg in q.segments:
            assert doc.text[seg.start : seg.end] == seg.text
        assert q.text == " … ".join(seg.text for seg in q.segments)
        assert (q.start, q.end) == (q.segments[0].start, q.segments[-1].end)
    got = [(q.speaker.name, [seg.text.split()[0] for seg in q.segments]) for q in quotes]
    assert got == [
        # "warned Petro to 'watch his ass' and said ... 'sounds good to me.'": one sentence
        ("Donald Trump", ["watch", "sounds"]),
        # "... he was 'determined ...'" and, next paragraph, "he added ... 'from an approach'"
        ("Gustavo Petro", ["determined", "from"]),
        # '"I mean, ...," Trump said on Monday. "He was certainly ..."': one interrupted quote
        ("Donald Trump", ["I", "He"]),
        ("Donald Trump", ["talking"]),
        ("Felipe Botero", ["Both", "The"]),
    ]
    # "Zelenskyed" is a scare quote, not a quote
    assert all("Zelenskyed" not in q.text for q in quotes)
    # "... Trump said on Monday." (published Tuesday 2026-02-03)
    assert (quotes[2].date, quotes[2].date_source) == ("2026-02-02", "text")
    # an appositive gives the unknown expert a role, and the passage a country
    assert (quotes[4].speaker.code, quotes[4].speaker.role) == ("COLEDU", "EDU")


def test_quotes_cli_jsonl():
    r = CliRunner().invoke(app, ["quotes", str(ARTICLE), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 5
    assert {"text", "speaker", "start", "end", "event_id", "date", "segments"} <= set(records[0])
    # the quote in "Trump warned Petro to 'watch his ass'" is linked to the threat event
    assert records[0]["event_id"] is not None
