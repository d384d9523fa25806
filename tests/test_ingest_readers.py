"""Readers: every input kind gives Documents with flagged dates, every bad input a
coded Skip. No spaCy here: these only read."""

from __future__ import annotations

import io
import time
from datetime import date

from eventwire.ingest import IngestOptions, JsonlFields, read_paths
from eventwire.ingest.dedup import NearDuplicateIndex, signature
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.sources import FileDone
from eventwire.ingest.warc import read_warc
from eventwire.models import Document, Skip
from ingest_inputs import (
    STORY_A,
    STORY_A_REPUBLISHED,
    STORY_B,
    STORY_D,
    warc_bytes,
    write_bad_corpus,
    write_good_corpus,
)


def _items(paths, options=None):
    return [r for r in read_paths(paths, options) if not isinstance(r, FileDone)]


def _name(origin: str) -> str:
    return origin.rsplit("/", 1)[-1]


def test_good_corpus_reads_every_kind(tmp_path):
    root = write_good_corpus(tmp_path / "good")
    records = _items([root])
    assert all(isinstance(r.item, Document) for r in records)
    got = {_name(r.origin): (r.item.published, r.item.date_source, r.item.source, r.item.url)
           for r in records}
    mtime_day = date.fromtimestamp((root / "a.txt").stat().st_mtime)
    assert got == {
        "a.txt": (mtime_day, "fallback", None, None),  # a file's name is no publisher
        "s": (date(2026, 2, 2), "metadata", "Example News", "https://y.example/s"),
        "dump.jsonl#L1": (date(2026, 2, 4), "metadata", "X News", "https://x.example/b"),
        "dump.jsonl#L2": (date(2026, 2, 3), "metadata", "Aggregator", None),
        "feed.xml#entry1": (date(2026, 2, 3), "metadata", "Example Wire",
                            "https://wire.example/1"),
        "feed.xml#entry2": (mtime_day, "fallback", "Example Wire", "https://wire.example/2"),
        "page.html": (date(2026, 2, 2), "metadata", "Example News", None),
    }
    texts = {_name(r.origin): r.item.text for r in records}
    assert texts["a.txt"] == STORY_A
    assert texts["feed.xml#entry1"].startswith("Germany condemns Iran\n\nGermany condemned Iran")
    assert "Israel and Egypt agreed to reopen the Rafah crossing" in texts["page.html"]


def test_doc_id_is_stable_across_reads(tmp_path):
    root = write_good_corpus(tmp_path / "good")
    first = [r.item.doc_id for r in _items([root])]
    second = [r.item.doc_id for r in _items([str(root / "*")])]
    assert sorted(first) == sorted(second)
    assert len(set(first)) == 7


def test_bad_corpus_gives_one_coded_skip_per_problem(tmp_path):
    root = write_bad_corpus(tmp_path / "bad")
    started = time.monotonic()
    records = _items([root])
    assert time.monotonic() - started < 5  # the 20 MB file is refused by size, not read
    skips = sorted((_name(r.origin), r.item.code) for r in records if isinstance(r.item, Skip))
    assert skips == [
        ("big.txt", "E105"),
        ("binary.bin", "E103"),
        ("broken.jsonl#L2", "E107"),
        ("broken.jsonl#L3", "E107"),
        ("broken.jsonl#L4", "E108"),
        ("empty.txt", "E102"),
        ("invalid.xml", "E107"),
        ("notext.html", "E108"),
        ("truncated.warc.gz#record3", "E107"),
    ]
    docs = {_name(r.origin): r.item for r in records if isinstance(r.item, Document)}
    assert sorted(docs) == ["1", "broken.jsonl#L1", "latin1.txt"]
    assert docs["latin1.txt"].text.startswith("Le président français Emmanuel Macron")
    assert docs["broken.jsonl#L1"].text == STORY_D
    assert docs["broken.jsonl#L1"].date_source == "fallback"


def test_missing_path_is_a_skip(tmp_path):
    records = _items([tmp_path / "nope.txt", str(tmp_path / "*.html")])
    assert [(r.item.code, r.item.reason) for r in records] == [
        ("E101", "no such file, folder or matching files"),
        ("E101", "no such file, folder or matching files"),
    ]


def test_jsonl_field_names_are_configurable():
    data = (b'{"body": "Turkey shelled Kurdish positions in northern Syria.", '
            b'"when": "2026-01-30", "headline": "Shelling"}\n')
    options = IngestOptions(fields=JsonlFields(text="body", date="when", title="headline"))
    [record] = read_jsonl(io.BytesIO(data), origin="x.jsonl", options=options)
    assert record.item.published == date(2026, 1, 30)
    assert record.item.title == "Shelling"
    assert record.item.date_source == "metadata"


def test_warc_without_http_html_is_passed_over_and_dates_fall_back_to_crawl():
    page = "<html><body><article><p>" + STORY_B + "</p></article></body></html>"
    data = warc_bytes([("https://a.example/x", page)])
    [record] = read_warc(io.BytesIO(data), origin="c.warc.gz", options=IngestOptions())
    assert record.origin == "c.warc.gz#https://a.example/x"
    assert record.item.published == date(2026, 2, 4)  # the WARC-Date
    assert record.item.date_source == "fallback"


def test_text_over_the_size_limit_is_skipped(tmp_path):
    (tmp_path / "long.txt").write_text(STORY_B * 50, encoding="utf-8")
    [record] = _items([tmp_path], IngestOptions(max_document_bytes=1000))
    assert record.item.code == "E105"


def test_near_duplicate_index_links_a_republished_story():
    index = NearDuplicateIndex(threshold=0.8)
    a = Document(text=STORY_A)
    index.add(a.doc_id, signature(a.text))
    match = index.match(signature(STORY_A_REPUBLISHED))
    assert match is not None and match[0] == a.doc_id and match[1] >= 0.8
    assert index.match(signature(STORY_B)) is None
    strict = NearDuplicateIndex(threshold=0.95)
    strict.add(a.doc_id, signature(a.text))
    assert strict.match(signature(STORY_A_REPUBLISHED)) is None
