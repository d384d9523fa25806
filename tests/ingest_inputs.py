"""Small hand-made corpora for the ingest, store and export tests."""

from __future__ import annotations

import gzip
import io
import json
import uuid
from pathlib import Path

STORY_A = (
    "Colombia extradites drug lord\n\n"
    "Colombian President Gustavo Petro extradited an accused drug lord to the United States "
    "on Monday, officials in Bogota said. The man was flown to Miami aboard a Drug Enforcement "
    "Administration plane and will face trafficking charges in a federal court there, "
    "according to the attorney general's office, which said the extradition had been "
    "approved by the supreme court last year.\n"
)
STORY_B = (
    "Russian forces attacked the Ukrainian city of Kharkiv on Wednesday, the regional "
    "governor said.\n"
)
STORY_C = "Germany condemned Iran over the execution of a dissident, the foreign ministry said.\n"
STORY_D = "China accused Japan of provocation near disputed islands in the East China Sea.\n"
STORY_E = "Israel and Egypt agreed to reopen the Rafah crossing after talks in Cairo.\n"
# STORY_A republished by an aggregator: a near-duplicate, not an exact one.
STORY_A_REPUBLISHED = STORY_A.split("\n\n", 1)[1] + "Copyright AFP 2026.\n"

HTML_PAGE = """<!doctype html><html><head><title>Talks in Cairo</title>
<meta property="article:published_time" content="2026-02-02T09:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Cairo</h1><p>{text}</p></article>
<footer>All rights reserved.</footer></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link>
<description>World news</description>
<item><title>Germany condemns Iran</title><link>https://wire.example/1</link>
<pubDate>Tue, 03 Feb 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{c}&lt;/p&gt;</description></item>
<item><title>China accuses Japan</title><link>https://wire.example/2</link>
<description>{d}</description></item>
</channel></rss>"""


def _warc_headers(url: str, kind: str) -> dict[str, str]:
    """Fixed date and record id: warcio would make a random id per record, which changes
    the compressed size and so where a test's cut through the file falls."""
    return {"WARC-Date": "2026-02-04T08:00:00Z",
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + url)}>"}


def warc_bytes(pages: list[tuple[str, str]], *, gz: bool = True) -> bytes:
    """A WARC (gzipped per record) with a request and an HTML response per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, html in pages:
        req_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")],
                                       is_http_request=True)
        req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                        http_headers=req_headers,
                                        warc_headers_dict=_warc_headers(url, "request"))
        writer.write_record(req)
        body = html.encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        resp = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                         http_headers=headers,
                                         warc_headers_dict=_warc_headers(url, "response"))
        writer.write_record(resp)
    return buf.getvalue()


def write_good_corpus(root: Path) -> Path:
    """A folder mixing .txt, .html, .jsonl, an RSS file and a .warc.gz: 7 documents,
    one of them a near-duplicate of another."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.txt").write_text(STORY_A, encoding="utf-8")
    (root / "page.html").write_text(HTML_PAGE.format(text=STORY_E.strip()), encoding="utf-8")
    lines = [
        {"text": STORY_B, "date": "2026-02-04", "title": "Kharkiv", "url": "https://x.example/b",
         "source": "X News"},
        {"text": STORY_A_REPUBLISHED, "date": "2026-02-03", "source": "Aggregator"},
    ]
    (root / "dump.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                     encoding="utf-8")
    (root / "feed.xml").write_text(RSS_FEED.format(c=STORY_C.strip(), d=STORY_D.strip()),
                                   encoding="utf-8")
    page = HTML_PAGE.replace("Talks in Cairo", "Sanctions").format(
        text="The United States imposed sanctions on Venezuela over the disputed election.")
    (root / "crawl.warc.gz").write_bytes(warc_bytes([("https://y.example/s", page)]))
    return root


def write_bad_corpus(root: Path) -> Path:
    """One file per kind of bad input (and a Latin-1 text that must be read)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.bin").write_bytes(bytes(range(256)) * 64)
    whole = warc_bytes([("https://z.example/1", HTML_PAGE.format(text=STORY_B.strip())),
                        ("https://z.example/2", HTML_PAGE.format(text=STORY_C.strip()))])
    (root / "truncated.warc.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (root / "invalid.xml").write_text('<?xml version="1.0"?><rss><channel><title>x</ti',
                                      encoding="utf-8")
    (root / "notext.html").write_text("<html><head><title>x</title></head><body><div>"
                                      "</div><script>var a=1;</script></body></html>",
                                      encoding="utf-8")
    (root / "latin1.txt").write_bytes(
        "Le président français Emmanuel Macron a rencontré le chancelier allemand à Paris, "
        "a déclaré l'Élysée.\n".encode("latin-1"))
    with open(root / "big.txt", "wb") as fh:  # 20 MB: skipped by size before reading
        fh.truncate(20 * 1024 * 1024)
        fh.seek(0)
        fh.write(b"Words. " * 1000)
    (root / "broken.jsonl").write_bytes(
        json.dumps({"text": STORY_D}).encode() + b"\n"
        + b'{"text": "unterminated\n'
        + b"[1, 2, 3]\n"
        + json.dumps({"title": "no text here"}).encode() + b"\n"
    )
    return root


def gz(data: bytes) -> bytes:
    return gzip.compress(data)
