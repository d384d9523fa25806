"""The install a user does, checked end to end: run with the python of a fresh venv into
which the built wheel was installed (non-editable). Builds a mixed corpus (txt, html,
jsonl, rss, warc.gz, plus two bad files), ingests it, then queries and exports.

Usage: python .ci/wheel_smoke.py WORKDIR   (exits non-zero with a message on failure)
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

BODY = [
    "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday to "
    "discuss the disputed border, officials said.",
    "Police in Lagos arrested dozens of protesters who had blocked a highway over fuel prices.",
    "Japan pledged emergency aid to the Philippines after a typhoon struck the island of Luzon.",
    "The Brazilian president criticised Argentina's trade policy in a speech on Monday.",
    "Chilean troops fired on armed smugglers near the Bolivian border, the army said.",
]


def html_page(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (f"<!DOCTYPE html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2026-03-03T10:00:00Z">'
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
            f"{paras}</article><footer>Contact us</footer></body></html>")


def warc_gz(url: str, html: str) -> bytes:
    body = html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2026-03-04T08:00:00Z\r\n"
            "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def build_corpus(root: Path) -> int:
    """Writes the inputs; returns how many good documents they hold."""
    root.mkdir(parents=True)
    (root / "kenya.txt").write_text("Ministers meet\n\n" + "\n\n".join(BODY[:2]) + "\n",
                                    encoding="utf-8")
    (root / "page.html").write_text(html_page("Aid pledged", "\n".join(BODY[2:4])),
                                    encoding="utf-8")
    lines = [{"id": "a1", "text": BODY[3] + " " + BODY[0], "date": "2026-03-02"},
             {"id": "a2", "text": BODY[4], "date": "2026-03-01"}]
    (root / "dump.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n",
                                     encoding="utf-8")
    items = "".join(
        f"<item><title>Item {i}</title><link>https://example.org/{i}</link>"
        f"<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
        for i, text in enumerate([BODY[1] + " " + BODY[4], BODY[2] + " " + BODY[0]]))
    (root / "feed.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>", encoding="utf-8")
    (root / "crawl.warc.gz").write_bytes(
        warc_gz("https://example.org/news/1", html_page("Troops fire", BODY[4] + "\n" + BODY[1])))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return 7  # 1 txt + 1 html + 2 jsonl + 2 feed entries + 1 warc record


def run(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("eventwire", path=str(Path(sys.executable).parent))
    if exe is None:
        sys.exit("eventwire is not on the venv's PATH: the wheel did not install its script")
    result = subprocess.run([exe, *args], capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        sys.exit(f"eventwire {' '.join(args)} exited {result.returncode}:\n"
                 f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return result


def main() -> None:
    work = Path(sys.argv[1])
    if work.exists():
        shutil.rmtree(work)
    corpus = work / "corpus"
    expected = build_corpus(corpus)
    db = work / "events.duckdb"

    run("--version")
    run("ingest", str(corpus), "--db", str(db))
    import duckdb  # a dependency of the wheel

    con = duckdb.connect(str(db), read_only=True)
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    skipped = dict(con.execute("SELECT code, count(*) FROM skips GROUP BY code").fetchall())
    con.close()
    if docs != expected:
        sys.exit(f"expected {expected} documents stored, found {docs} (skips: {skipped})")
    if sum(skipped.values()) < 2:
        sys.exit(f"the empty and the binary file should be Skips, found {skipped}")

    again = run("ingest", str(corpus), "--db", str(db))
    con = duckdb.connect(str(db), read_only=True)
    if con.execute("SELECT count(*) FROM documents").fetchone()[0] != expected:
        sys.exit(f"re-running the ingest changed the store:\n{again.stderr[-1000:]}")
    con.close()

    rows = [json.loads(x) for x in run("query", "--db", str(db), "--format", "jsonl")
            .stdout.splitlines() if x.strip()]
    if not rows:
        sys.exit("query returned no events from the corpus")
    for fmt, name in [("gdelt", "events.tsv"), ("plover", "events.jsonl"),
                      ("csv", "events.csv"), ("parquet", "events.parquet")]:
        out = work / name
        run("export", "--db", str(db), "--format", fmt, "--out", str(out))
        if not out.exists() or out.stat().st_size == 0:
            sys.exit(f"export --format {fmt} wrote nothing")
    demo = run("demo")
    if "Petro" not in demo.stdout:
        sys.exit("eventwire demo did not print the bundled story's events")
    print(f"wheel smoke test passed: {docs} documents, {len(rows)} events, skips {skipped}")


if __name__ == "__main__":
    main()
