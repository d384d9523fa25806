"""Property-based fuzzing of the readers (no spaCy): whatever the bytes, a reader
yields Records (Documents that can be stored, Skips with one-line reasons) and
raises nothing but EventwireError. Bounded: ~150 examples per property."""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import EventwireError
from eventwire.ingest import IngestOptions, read_paths
from eventwire.ingest.feed import read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.records import Record
from eventwire.ingest.sources import FileDone
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import read_warc
from eventwire.models import Document, Skip
from eventwire.reading import EARLIEST, LATEST, decode_bytes
from ingest_inputs import HTML_PAGE, warc_bytes

OPTIONS = IngestOptions(max_document_bytes=20_000, max_html_bytes=200_000,
                        max_line_bytes=50_000, min_text_chars=5)
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _storable(text: str | None) -> None:
    if text is not None:
        text.encode("utf-8")  # no lone surrogate
        assert "\x00" not in text


def _check(records: list) -> list[Record]:
    for r in records:
        assert isinstance(r, Record), r
        assert isinstance(r.item, Document | Skip)
        if isinstance(r.item, Document):
            doc = r.item
            for value in (doc.text, doc.title, doc.source, doc.url):
                _storable(value)
            assert doc.published is None or EARLIEST <= doc.published <= LATEST
        for s in (r.item, *r.notes) if isinstance(r.item, Skip) else r.notes:
            assert s.code.startswith("E1") and s.reason and "\n" not in s.reason
            s.reason.encode("utf-8")
            s.source.encode("utf-8")
    return records


def read(fn, data: bytes, stream: bool = False) -> list[Record]:
    """All Records of a reader; an EventwireError is the reader refusing the input
    (read_file turns it into a Skip). Any other exception fails the property."""
    arg = io.BytesIO(data) if stream else data
    try:
        return _check(list(fn(arg, origin="fuzz", options=OPTIONS)))
    except EventwireError:
        return []


# ---- random bytes ----------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_through_every_reader(data):
    for fn in (read_text, read_html, read_feed):
        read(fn, data)
    for fn in (read_jsonl, read_warc):
        read(fn, data, stream=True)
        read(fn, gzip.compress(data), stream=True)


@FUZZ
@given(st.binary(min_size=1, max_size=2048), st.integers(min_value=0, max_value=4096))
def test_cut_gzip_streams(data, cut):
    packed = gzip.compress(data)
    for fn in (read_jsonl, read_warc):
        read(fn, packed[: cut % len(packed)], stream=True)


# ---- decoding is truthful -------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r"),
                max_size=300)


@FUZZ
@given(_TEXT)
def test_valid_utf8_is_read_as_itself(text):
    try:
        decoded = decode_bytes(text.encode("utf-8"), source="fuzz")
    except EventwireError:
        return  # empty, or starts like a binary format ("%PDF", "GIF8")
    assert decoded.text == text.removeprefix("\ufeff")
    assert decoded.replaced == 0


# ---- JSON Lines ------------------------------------------------------------------------

_ANY_CHAR = st.characters(blacklist_categories=())  # surrogates and NUL included
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(_ANY_CHAR, max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=10,
)
_LINE = st.fixed_dictionaries(
    {"text": st.text(_ANY_CHAR, max_size=200) | _JSON},
    optional={"date": _JSON | st.sampled_from(["2026-02-30", "tomorrow", "0001-01-01",
                                               "2026-02-03", "Tue, 03 Feb 2026"]),
              "title": _JSON, "url": _JSON, "source": _JSON},
)


def _encode_line(obj: object, ascii_only: bool) -> bytes:
    return json.dumps(obj, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@FUZZ
@given(st.lists(st.tuples(_LINE | _JSON, st.booleans()), max_size=8),
       st.lists(st.binary(max_size=40), max_size=3))
def test_random_json_lines(lines, junk):
    data = b"\n".join([_encode_line(o, a) for o, a in lines] + junk)
    records = read(read_jsonl, data, stream=True)
    assert len(records) <= data.count(b"\n") + 1  # at most one record per line
    read(read_jsonl, gzip.compress(data), stream=True)


# ---- HTML and feeds --------------------------------------------------------------------

_PIECE = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<a href='x'>", "</a>", "<script>", "</script>",
    "<br>", "<article>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#xD800;", "&#0;",
    "&#x110000;", "&#55296;", "&nbsp;", "&bogus;", "<meta charset='koi8-r'>", "\x00",
    "<title>", "</title>", "<html>", "<body>", "Russian forces attacked Kharkiv. ",
]) | st.text(_ANY_CHAR, max_size=30)


@FUZZ
@given(st.lists(_PIECE, max_size=60), st.sampled_from(["utf-8", "latin-1", "utf-16"]))
def test_random_html(pieces, encoding):
    body = "".join(pieces)
    data = HTML_PAGE.format(text=body).encode(encoding, "surrogatepass" if encoding == "utf-8"
                                              else "replace")
    read(read_html, data)


_FEED = ('<?xml version="1.0" encoding="UTF-8"?>{head}<rss version="2.0"><channel>'
         "<title>{title}</title><item><title>{title}</title><pubDate>{date}</pubDate>"
         "<description>{body}</description></item><item>{body}</item></channel></rss>")
_HEAD = st.sampled_from([
    "", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x">',
])


@FUZZ
@given(_HEAD, st.lists(_PIECE, max_size=20), st.lists(_PIECE, max_size=40),
       st.text(_ANY_CHAR, max_size=30))
def test_random_feeds(head, title, body, day):
    feed = _FEED.format(head=head, title="".join(title), body="".join(body), date=day)
    read(read_feed, feed.encode("utf-8", "surrogatepass"))


# ---- WARC ------------------------------------------------------------------------------

_ARCHIVE = warc_bytes([("https://a.example/1", HTML_PAGE.format(text="Talks in Cairo ended.")),
                       ("https://a.example/2", HTML_PAGE.format(text="Troops left Kharkiv."))],
                      gz=False)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(_ARCHIVE) - 1), st.binary(max_size=8)),
                max_size=6),
       st.integers(0, len(_ARCHIVE)), st.booleans())
def test_mutated_warc(edits, cut, packed):
    data = bytearray(_ARCHIVE)
    for at, new in edits:
        data[at:at + len(new)] = new
    data = bytes(data[:cut])
    read(read_warc, gzip.compress(data) if packed else data, stream=True)


# ---- whole folders ----------------------------------------------------------------------

_NAME = st.binary(min_size=1, max_size=12).filter(
    lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b"."))
_SUFFIX = st.sampled_from(["", ".txt", ".html", ".jsonl", ".rss", ".xml", ".warc", ".warc.gz",
                           ".jsonl.gz", ".gz"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_NAME, _SUFFIX, st.binary(max_size=512)), max_size=5))
def test_random_folders_never_raise(files):
    with tempfile.TemporaryDirectory() as tmp:
        for name, suffix, data in files:
            (Path(tmp) / os.fsdecode(name + suffix.encode())).write_bytes(data)
        out = list(read_paths([tmp], OPTIONS))
    _check([r for r in out if not isinstance(r, FileDone)])
    assert sum(isinstance(r, FileDone) for r in out) == len({n + s.encode() for n, s, _ in files})
