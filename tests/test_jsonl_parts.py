"""A JSON Lines file read in byte-range parts (the Spark job's parallel reading of one
large file) gives exactly the records of reading it whole: same documents, same skips,
same line numbers, in the same order, wherever the cuts fall."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.ingest.jsonl import read_jsonl, read_jsonl_part
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.sources import InputFile, part_ranges, read_file, read_file_part

OPTIONS = replace(IngestOptions(), max_line_bytes=300)

LINES = [
    json.dumps({"text": "Ghana and Togo signed a border accord in Accra on Friday.",
                "date": "2024-05-03"}).encode(),
    json.dumps({"text": "Nepal thanked India for flood relief.", "id": 7}).encode(),
    b"",  # blank
    b"   ",
    b"{not json",
    b"[1, 2]",
    json.dumps({"title": "no text"}).encode(),
    json.dumps({"text": "Chile expelled a Peruvian diplomat. " * 20}).encode(),  # > 300 bytes
    json.dumps({"text": "Caf\u00e9 owners in Lyon protested new taxes."}).encode()[:-3]
    + b"\xff\"}",  # an invalid UTF-8 byte
    json.dumps({"text": "Mali recalled its ambassador from Algeria."}).encode() + b"\r",
]


def _whole(data: bytes) -> list:
    return list(read_jsonl(io.BytesIO(data), origin="dump.jsonl", options=OPTIONS))


def _parts(data: bytes, cuts: list[int]) -> list:
    bounds = [0, *sorted(cuts), len(data)]
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        out += read_jsonl_part(io.BytesIO(data), start, end, origin="dump.jsonl",
                               options=OPTIONS)
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(range(len(LINES))), min_size=1, max_size=25),
       st.booleans(), st.data())
def test_parts_read_like_the_whole_file(picks, trailing_newline, data):
    body = b"\n".join(LINES[i] for i in picks) + (b"\n" if trailing_newline else b"")
    if not body.strip():
        return  # a file of blank lines is read whole (part_ranges), E102
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=6))
    assert _parts(body, cuts) == _whole(body)


def test_every_cut_position_of_a_small_file(tmp_path):
    body = b"\n".join(LINES) + b"\n"
    whole = _whole(body)
    assert any(r.item.__class__.__name__ == "Skip" for r in whole)
    for cut in range(len(body) + 1):
        assert _parts(body, [cut]) == whole, cut


def _file(path: Path) -> InputFile:
    st_ = path.stat()
    return InputFile(path, st_.st_size, st_.st_mtime_ns)


def test_part_ranges_cover_a_plain_jsonl_file_and_read_like_read_file(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\n".join(LINES * 30) + b"\n")
    f = _file(path)
    ranges = part_ranges(f, 4)
    assert ranges is not None and len(ranges) == 4
    assert ranges[0][0] == 0 and ranges[-1][1] == f.size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    parts = [r for start, end in ranges for r in read_file_part(f, start, end, OPTIONS)]
    assert parts == list(read_file(f, OPTIONS))


def test_files_that_are_read_whole(tmp_path):
    import gzip

    cases = {
        "a.jsonl.gz": gzip.compress(b"\n".join(LINES) + b"\n"),
        "blank.jsonl": b"\n" * 5000 + b'{"text": "x"}\n',
        "page.html": b"<html><body>" + b"<p>Peru and Chile met.</p>" * 200 + b"</body></html>",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert part_ranges(_file(path), 4) is None, name
    small = tmp_path / "one.jsonl"
    small.write_bytes(LINES[0] + b"\n")
    assert part_ranges(_file(small), 1) is None
