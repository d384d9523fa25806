"""The bad-input corpus: one ingest over a folder holding every kind of bad input we
know of, beside good documents. Each bad input must give its coded Skip (or a coded
note on a document that was kept), and every good document must be stored: no
input aborts the run. Plus a memory test of the worst cases under an address-space
limit (readers only; no spaCy).

Files are built in tmp dirs here; limits are lowered through IngestOptions where a
default-size case would be slow to build.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import random
import subprocess
import sys
import textwrap
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from eventwire import reading
from eventwire.errors import BadDate, InputNotFound, InputTooLarge, MalformedInput
from eventwire.ingest import IngestOptions, Record, ingest, read_paths
from eventwire.ingest.options import MAX_DOCUMENT_BYTES
from eventwire.reading import parse_date, read_bytes_limited, read_document
from eventwire.store import open_store
from ingest_inputs import HTML_PAGE, warc_bytes

KHARKIV = ("Russian forces attacked the Ukrainian city of Kharkiv on Wednesday, "
           "the regional governor said.")
FRENCH = ("Le président français Emmanuel Macron a rencontré le chancelier allemand à Paris, "
          "a déclaré l'Élysée.")
RUSSIAN = "Президент России Владимир Путин встретился с министром иностранных дел Китая."

OPTIONS = IngestOptions(
    max_document_bytes=100_000,
    max_line_bytes=300_000,
    max_decompressed_bytes=20 * 1024 * 1024,
)


def good(n: int) -> str:
    """A distinct good article (distinct texts, so none is an exact duplicate)."""
    return f"Report number {n}. {KHARKIV}\n"


def rss(items: str, head: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{head}<rss version="2.0"><channel>'
            f"<title>Wire</title>{items}</channel></rss>")


def item(text: str, title: str = "Kharkiv") -> str:
    return f"<item><title>{title}</title><description>{text}</description></item>"


def jsonl(*objs: object) -> bytes:
    return b"".join(json.dumps(o).encode() + b"\n" for o in objs)


def page_warc(n: int) -> bytes:
    return warc_bytes([(f"https://w.example/{n}", HTML_PAGE.format(text=good(n).strip()))])


def image_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://w.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG" + bytes(100)),
        http_headers=headers))
    return buf.getvalue()


def noise(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


# Each case: file name -> content (bytes, or a callable building it at the path).
# EXPECTED: skips (source relative to the corpus root, code); notes are Skips with a
# doc_id (a kept document with a repair or a dropped date).
def build_corpus(root: Path) -> None:  # noqa: PLR0915 - one line per kind reads best
    root.mkdir()
    w = lambda name, data: (root / name).write_bytes(data)  # noqa: E731
    links = "".join(f'<a href="/{i}">link {i}</a> ' for i in range(50_000))
    # plain text
    w("good.txt", good(1).encode())
    w("empty.txt", b"")
    w("blank.txt", b" \n\t \r\n")
    w("short.txt", b"Hi there.")
    w("random.bin", noise(4096, 1))
    w("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise(2000, 2))
    filler = "The talks went on late into the night. " * 230  # > 8 KB before the NUL
    w("nul-middle.txt", (good(2) + filler).encode() + b"\x00" + b"The end.\n")
    w("nul-block.txt", (good(3) * 100).encode() + b"\x00" * 2048 + (good(3) * 100).encode())
    w("bad-utf8.txt", f"{FRENCH} Case 4.\n".encode() + b"\xff" + b" Fin.\n")
    w("latin1.txt", f"{FRENCH} Case 5.\n".encode("latin-1"))
    w("utf16-nobom.txt", good(6).encode("utf-16-le"))
    w("utf16-bom.txt", good(7).encode("utf-16"))
    w("cp1251.txt", f"{RUSSIAN}\n".encode("cp1251"))
    w("huge-line.txt", b"word " * 30_000)  # 150 kB on one line > max_document_bytes
    w("old-mtime.txt", good(8).encode())
    os.utime(root / "old-mtime.txt", ns=(32503680000 * 10**9,) * 2)  # year 3000
    (root / os.fsdecode(b"name-\xff.txt")).write_bytes(good(9).encode())
    # JSON Lines
    w("surrogate.jsonl", jsonl({"text": good(10) + "\ud800 end", "title": "T\ud800"}))
    w("deep.jsonl", b"[" * 100_000 + b"\n" + jsonl({"text": good(11)}))
    w("deep-object.jsonl", b'{"a":' * 50_000 + b"\n")
    w("not-object.jsonl", b'[1, 2]\n"text"\n42\nnull\n')
    w("text-field.jsonl", jsonl({"title": "x"}, {"text": 42}, {"text": None}, {"text": ["a"]}))
    noon = datetime(2026, 2, 3, 12, tzinfo=UTC).timestamp()
    w("dates.jsonl", jsonl(
        *({"text": good(20 + i), "date": d} for i, d in enumerate(
            ["2026-02-30", "tomorrow", True, 1e20, 0, -5, "0001-01-01", "2026-02-03garbage"])),
        {"text": good(30), "date": 20260203},
        {"text": good(31), "date": int(noon)},
        {"text": good(32), "date": int(noon * 1000)},
    ))
    w("long-line.jsonl", jsonl({"text": "x " * 200_000}, {"text": good(33)}))
    w("long-text.jsonl", jsonl({"text": "word " * 30_000}))
    w("bad-utf8.jsonl", b'{"text": "' + good(34).strip().encode() + b' \xff end"}\n')
    w("nul-escape.jsonl", jsonl({"text": good(35) + "\x00 end"}))
    w("nul-only.jsonl", jsonl({"text": "\x00" * 30}))
    w("bom.jsonl", b"\xef\xbb\xbf" + jsonl({"text": good(36)}))
    w("invalid.jsonl", b'{"text": "unterminated\n')
    w("blank.jsonl", b"\n  \n\n")
    w("empty.warc.gz", b"")
    w("utf16-links.html", HTML_PAGE.format(text=good(58).strip() + links).encode("utf-16"))
    w("bomb.jsonl.gz", gzip.compress(b"\x00" * (50 << 20), compresslevel=1))
    filler = noise(21 << 20, 3).translate(bytes(b" \t\n"[i % 3] for i in range(256)))
    w("capped.jsonl.gz", gzip.compress(jsonl({"text": good(37)}) + filler, compresslevel=1))
    whole = gzip.compress(jsonl({"text": good(38)})) + gzip.compress(jsonl({"text": good(39)}))
    w("truncated.jsonl.gz", whole[: len(gzip.compress(jsonl({"text": good(38)}))) + 5])
    w("not-gzip.jsonl.gz", jsonl({"text": good(40)}))
    # WARC
    two = warc_bytes([("https://z.example/1", HTML_PAGE.format(text=good(41).strip())),
                      ("https://z.example/2", HTML_PAGE.format(text=good(42).strip()))])
    w("truncated.warc.gz", two[: len(two) * 2 // 3])
    w("plain.warc.gz", good(43).encode())
    w("plain.warc", good(44).encode())
    w("images.warc.gz", image_warc())
    w("bomb.warc.gz", page_warc(45) + gzip.compress(b"\x00" * (50 << 20), compresslevel=1))
    w("unknown.gz", gzip.compress(good(46).encode()))
    # HTML
    w("good.html", HTML_PAGE.format(text=good(47).strip()).encode())
    w("notext.html", b"<html><head><title>x</title></head><body><div></div>"
                     b"<script>var a=1;</script></body></html>")
    w("links.html", HTML_PAGE.format(text=good(48).strip() + links).encode())
    w("nested.html", ("<html><body>" + "<div>" * 10_000 + KHARKIV + "</div>" * 10_000
                      + "</body></html>").encode())
    w("binary.html", noise(4096, 4))
    w("cp1252.html", ('<html><head><meta charset="windows-1252"></head><body><article><p>'
                      f"The minister said \u201cwe will not back down\u201d. {good(49)}"
                      "</p></article></body></html>").encode("cp1252"))
    # feeds
    w("good.rss", rss(item(good(50))).encode())
    w("surrogate.rss", rss(item(good(51).strip() + " &#xD800; end", "K&#xD800;")).encode())
    w("path.rss", str(root / "good.rss").encode())
    w("etc.rss", b"/etc/hostname")
    w("devzero.xml", b"/dev/zero")
    w("xxe.rss", rss(item(good(52).strip() + " &ext;"),
                     '<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>').encode())
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    w("lol.rss", rss(item(good(53).strip() + " &j;"), f"<!DOCTYPE rss [{lol}]>").encode())
    w("malformed.xml", b'<?xml version="1.0"?><rss><channel><title>x</ti')
    w("noentries.rss", rss("").encode())
    # the file system
    os.symlink("loop2", root / "loop1")
    os.symlink("loop1", root / "loop2")
    (root / "sub").mkdir()
    os.symlink("..", root / "sub" / "up")
    w("sub/inner.txt", good(54).encode())
    os.symlink("nowhere.txt", root / "dangling.txt")
    os.mkfifo(root / "fifo.txt")  # opening it would block this test forever
    os.symlink("/dev/null", root / "devnull.txt")
    w("locked.txt", good(55).encode())
    (root / "locked-dir").mkdir()
    w("locked-dir/inside.txt", good(56).encode())
    w("vanishing.txt", good(57).encode())


EXPECTED_SKIPS = {
    "empty.txt": "E102", "blank.txt": "E102", "short.txt": "E108",
    "random.bin": "E103", "image.txt": "E103", "nul-block.txt": "E103",
    "huge-line.txt": "E105",
    "deep.jsonl#L1": "E107", "deep-object.jsonl#L1": "E107",
    "not-object.jsonl#L1": "E107", "not-object.jsonl#L2": "E107",
    "not-object.jsonl#L3": "E107", "not-object.jsonl#L4": "E107",
    "text-field.jsonl#L1": "E108", "text-field.jsonl#L2": "E108",
    "text-field.jsonl#L3": "E108", "text-field.jsonl#L4": "E108",
    "long-line.jsonl#L1": "E105", "long-text.jsonl#L1": "E105",
    "invalid.jsonl#L1": "E107", "nul-only.jsonl#L1": "E108", "blank.jsonl": "E102",
    "empty.warc.gz": "E102", "utf16-links.html": "E105",
    "bomb.jsonl.gz#L1": "E105", "bomb.jsonl.gz": "E105",
    "capped.jsonl.gz": "E105",
    "truncated.jsonl.gz": "E107",
    "not-gzip.jsonl.gz": "E113",
    "truncated.warc.gz#record4": "E107",
    "plain.warc.gz": "E113", "plain.warc": "E113",
    "images.warc.gz": "E108",
    "bomb.warc.gz#record3": "E105",
    "unknown.gz": "E109",
    "notext.html": "E108", "links.html": "E105", "nested.html": "E108",
    "binary.html": "E103",
    "path.rss": "E107", "etc.rss": "E107", "devzero.xml": "E107",
    "malformed.xml": "E107", "noentries.rss": "E107",
    "loop1": "E112", "loop2": "E112", "sub/up": "E112",
    "dangling.txt": "E101", "fifo.txt": "E110", "devnull.txt": "E110",
    "locked.txt": "E111", "locked-dir": "E111", "vanishing.txt": "E101",
}
# Documents kept with a note (source, code): the repair or the dropped date is stated.
EXPECTED_NOTES = {
    ("nul-middle.txt", "E104"), ("bad-utf8.txt", "E104"),
    ("surrogate.jsonl#L1", "E104"), ("bad-utf8.jsonl#L1", "E104"),
    ("nul-escape.jsonl#L1", "E104"), ("surrogate.rss#entry1", "E104"),
    *((f"dates.jsonl#L{n}", "E106") for n in range(1, 9)),
}
EXPECTED_DOCUMENTS = {
    "good.txt", "nul-middle.txt", "bad-utf8.txt", "latin1.txt", "utf16-nobom.txt",
    "utf16-bom.txt", "cp1251.txt", "old-mtime.txt", "name-\\xff.txt",
    "surrogate.jsonl#L1", "deep.jsonl#L2", *(f"dates.jsonl#L{n}" for n in range(1, 12)),
    "long-line.jsonl#L2", "bad-utf8.jsonl#L1", "nul-escape.jsonl#L1", "bom.jsonl#L1",
    "capped.jsonl.gz#L1", "truncated.jsonl.gz#L1",
    "truncated.warc.gz#https://z.example/1", "bomb.warc.gz#https://w.example/45",
    "good.html", "cp1252.html",
    "good.rss#entry1", "surrogate.rss#entry1", "xxe.rss#entry1", "lol.rss#entry1",
    "sub/inner.txt",
}


def _unreadable(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """locked.txt and locked-dir cannot be read, and vanishing.txt is deleted between
    listing and reading. Root reads through chmod 000, so then the same PermissionError
    is raised where the OS would raise it."""
    import eventwire.ingest.sources as sources

    locked, locked_dir = root / "locked.txt", root / "locked-dir"
    if os.geteuid() != 0:
        locked.chmod(0)
        locked_dir.chmod(0)
    else:
        real_open, real_scandir = os.open, os.scandir

        def fake_open(path, flags, *args, **kw):
            if os.fspath(path) == str(locked):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *args, **kw)

        def fake_scandir(path="."):
            if os.fspath(path) == str(locked_dir):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)
    real_open_regular = sources.open_regular

    def vanish_first(path, source):
        if Path(path).name == "vanishing.txt":
            Path(path).unlink()
        return real_open_regular(path, source)

    monkeypatch.setattr(sources, "open_regular", vanish_first)


@pytest.fixture(scope="module")
def corpus_run(engine, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-inputs")
    root = tmp / "in"
    build_corpus(root)
    db = tmp / "events.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        _unreadable(mp, root)
        with open_store(db) as store:
            summary = ingest([root], store, OPTIONS)
    (root / "locked.txt").chmod(0o644)
    (root / "locked-dir").chmod(0o755)
    con = duckdb.connect(str(db), read_only=True)
    try:
        skips = con.execute("SELECT source, code, reason, doc_id FROM skips").fetchall()
        docs = con.execute("SELECT origin, doc_id, text, title, published, date_source"
                           " FROM documents").fetchall()
    finally:
        con.close()
    prefix = str(root) + "/"

    def rel(origin: str) -> str:
        return origin.removeprefix(prefix)

    return {
        "summary": summary,
        "skips": [(rel(s), c, r, d) for s, c, r, d in skips],
        "docs": {rel(o): dict(doc_id=i, text=t, title=ti, published=p, date_source=ds)
                 for o, i, t, ti, p, ds in docs},
    }


def test_every_bad_input_gives_its_coded_skip(corpus_run):
    got = {s: c for s, c, _, doc_id in corpus_run["skips"] if doc_id is None}
    assert got == EXPECTED_SKIPS
    assert len(EXPECTED_SKIPS) + len(EXPECTED_NOTES) >= 40


def test_every_good_document_is_stored(corpus_run):
    assert set(corpus_run["docs"]) == EXPECTED_DOCUMENTS
    summary = corpus_run["summary"]
    assert summary.documents == len(EXPECTED_DOCUMENTS)
    assert summary.skip_codes == {
        code: list(EXPECTED_SKIPS.values()).count(code) for code in set(EXPECTED_SKIPS.values())
    }


def test_repairs_and_dropped_dates_are_notes_on_the_kept_document(corpus_run):
    docs = corpus_run["docs"]
    notes = {(s, c) for s, c, _, doc_id in corpus_run["skips"] if doc_id is not None}
    assert notes == EXPECTED_NOTES
    for source, _code, _reason, doc_id in corpus_run["skips"]:
        if doc_id is not None:
            assert docs[source]["doc_id"] == doc_id
    summary = corpus_run["summary"]
    assert summary.warnings == {"E104": 6, "E106": 8}


def test_single_line_one_coded_reason(corpus_run):
    for source, code, reason, _ in corpus_run["skips"]:
        assert "\n" not in reason and reason and code.startswith("E1"), (source, reason)
        reason.encode("utf-8")  # storable: no lone surrogate in any message


def test_decoding_is_truthful(corpus_run):
    docs = corpus_run["docs"]
    text = lambda name: docs[name]["text"]  # noqa: E731
    assert "président" in text("bad-utf8.txt") and "\ufffd" in text("bad-utf8.txt")
    assert "Ã" not in text("bad-utf8.txt")  # not cp1252 mojibake
    assert text("latin1.txt").startswith(FRENCH)
    assert text("utf16-nobom.txt") == good(6)
    assert text("utf16-bom.txt") == good(7)
    assert text("cp1251.txt").strip() == RUSSIAN
    assert "\u201cwe will not back down\u201d" in text("cp1252.html")
    assert "\x00" not in text("nul-middle.txt") and text("nul-middle.txt").endswith("The end.\n")
    assert text("surrogate.jsonl#L1").endswith("said.\n end")
    assert docs["surrogate.jsonl#L1"]["title"] == "T"
    assert "\ufffd" in text("bad-utf8.jsonl#L1")
    assert text("nul-escape.jsonl#L1").endswith("said.\n end")
    assert "\ufffd end" in text("surrogate.rss#entry1")


def test_unparseable_dates_are_no_date_never_1970(corpus_run):
    docs = corpus_run["docs"]
    for n in range(1, 9):
        assert docs[f"dates.jsonl#L{n}"]["published"] is None
    for n in (9, 10, 11):
        assert docs[f"dates.jsonl#L{n}"]["published"] == date(2026, 2, 3)
        assert docs[f"dates.jsonl#L{n}"]["date_source"] == "metadata"
    assert all(d["published"] != date(1970, 1, 1) for d in docs.values())
    reasons = {s: r for s, c, r, d in corpus_run["skips"] if c == "E106"}
    assert reasons["dates.jsonl#L2"] == "date 'tomorrow' is not a date; stored with no date"
    assert reasons["dates.jsonl#L3"] == "date True is not a date; stored with no date"


def test_feeds_never_open_a_path_or_an_external_entity(corpus_run):
    docs = corpus_run["docs"]
    assert not [o for o in docs if o.startswith(("path.rss", "etc.rss", "devzero.xml"))]
    assert good(50).strip() in docs["good.rss#entry1"]["text"]  # stored once, from itself
    assert "root:" not in docs["xxe.rss#entry1"]["text"]
    assert len(docs["lol.rss#entry1"]["text"]) < 1000  # no entity expansion


def test_a_folder_tree_deeper_than_the_recursion_limit_is_walked(tmp_path):
    depth = sys.getrecursionlimit() + 200
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(depth):  # one level at a time: os.makedirs itself recurses
        os.mkdir("d", dir_fd=fd)
        fd, parent = os.open("d", os.O_RDONLY, dir_fd=fd), fd
        os.close(parent)
    os.close(fd)
    story = tmp_path.joinpath(*["d"] * depth, "story.txt")
    story.write_text(good(1))
    try:
        [record] = [r for r in read_paths([tmp_path]) if isinstance(r, Record)]
        assert record.item.text == good(1)
    finally:  # bottom up: pytest's recursive rm_rf would hit the recursion limit
        story.unlink()
        for folder in story.parents[:depth]:
            folder.rmdir()


# ---- the reading helpers the CLI uses ----------------------------------------------------


def test_read_bytes_limited_stops_at_the_cap(tmp_path):
    assert reading.MAX_BYTES == MAX_DOCUMENT_BYTES  # one limit for `code` and `ingest`
    with pytest.raises(InputTooLarge) as exc:
        read_bytes_limited("/dev/zero", 1 << 20)  # endless: only limit + 1 bytes are read
    assert str(exc.value) == "/dev/zero: input is over the limit of 1048576 bytes [E105]"
    with pytest.raises(InputTooLarge):
        read_bytes_limited(io.BytesIO(b"x" * 11), 10, "<stdin>")
    assert read_bytes_limited(io.BytesIO(b"x" * 10), 10, "<stdin>") == b"x" * 10
    with pytest.raises(InputNotFound, match="no such file"):
        read_bytes_limited(tmp_path / "missing.txt", 10)
    with pytest.raises(InputNotFound, match="is a directory"):
        read_bytes_limited(tmp_path, 10)


def test_parse_date_takes_only_a_whole_plausible_date():
    assert parse_date("2026-02-03") == date(2026, 2, 3)
    assert parse_date("2026-02-03T10:00:00Z") == date(2026, 2, 3)
    for bad in ("2026-02-03garbage", "2026-02-30", "0001-01-01", "9999-12-31", "tomorrow"):
        with pytest.raises(BadDate):
            parse_date(bad, source="--date")


def test_read_document_refuses_a_meta_json_that_is_no_object(tmp_path):
    (tmp_path / "a.txt").write_text(good(1))
    (tmp_path / "meta.json").write_text('["2026-02-03"]')
    with pytest.raises(MalformedInput) as exc:
        read_document(tmp_path / "a.txt")
    assert str(exc.value) == f"{tmp_path / 'meta.json'}: must be a JSON object, not list [E107]"


def test_read_document_cleans_nul_and_says_so(tmp_path, caplog):
    doc = read_document(good(1).encode() + b"\x00tail", source="<stdin>")
    assert "\x00" not in doc.text and doc.text.endswith("tail")
    assert "<stdin>: 1 NUL or lone surrogate character(s) removed [E104]" in caplog.text


# ---- memory ------------------------------------------------------------------------------

_WORST_CASES = textwrap.dedent("""
    import gzip, json, resource, sys, time
    from pathlib import Path
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from eventwire.ingest import read_paths
    from eventwire.ingest.sources import FileDone
    root = Path(sys.argv[1])
    started = time.monotonic()
    out = {}
    for r in read_paths([root]):  # default limits
        if not isinstance(r, FileDone):
            name = r.origin[len(str(root)) + 1:]
            out[name] = getattr(r.item, "code", "doc")
    # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's (pytest's) peak
    status = Path("/proc/self/status").read_text()
    hwm = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    out["peak_rss_mb"] = int(hwm.split()[1]) // 1024
    out["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(out))
""")


def test_worst_inputs_read_within_a_memory_limit(tmp_path):
    """Gzip bombs (1 GB of zeros in .jsonl.gz and .warc.gz), 50k-link HTML, a huge
    single-line text and JSON line, deep JSON, a 200 MB line-less .warc, read with the
    default limits in a process limited to 1.5 GB of address space."""
    root = tmp_path / "worst"
    root.mkdir()
    zeros = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = zeros.compress(b"\x00" * (1 << 30)) + zeros.flush()  # 1 GB -> 1 MB
    (root / "bomb.jsonl.gz").write_bytes(bomb)
    (root / "bomb.warc.gz").write_bytes(page_warc(1) + bomb)
    links = "".join(f'<a href="/{i}">link {i}</a> ' for i in range(50_000))
    (root / "links.html").write_text(HTML_PAGE.format(text=KHARKIV + links))
    (root / "huge.txt").write_bytes(b"word " * (4 << 20))  # 20 MB on one line
    (root / "huge.jsonl").write_bytes(b'{"text": "' + b"word " * (8 << 20) + b'"}\n')
    (root / "deep.jsonl").write_bytes(b"[" * 1_000_000 + b"\n")
    with open(root / "zeros.warc", "wb") as fh:
        fh.write(b"WARC/1.0\r\n")
        fh.truncate(200 << 20)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-c", _WORST_CASES, str(root), str(1536 << 20)],
                          capture_output=True,
                          text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    peak, seconds = out.pop("peak_rss_mb"), out.pop("seconds")
    assert out == {
        "bomb.jsonl.gz#L1": "E105", "bomb.jsonl.gz": "E105",
        "bomb.warc.gz#https://w.example/1": "doc", "bomb.warc.gz#record3": "E105",
        "links.html": "E105", "huge.txt": "E105", "huge.jsonl#L1": "E105",
        "deep.jsonl#L1": "E107", "zeros.warc#record1": "E105",
    }
    assert peak < 512, f"peak RSS {peak} MB"
    print(f"worst readers: peak RSS {peak} MB in {seconds} s")
