"""Record ids, URLs, titles and publishers kept from the input: read by every reader,
stored on the document (schema 2), and found again in every export format."""

from __future__ import annotations

import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest.feed import read_feed
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.options import IngestOptions, JsonlFields
from eventwire.ingest.warc import read_warc
from eventwire.models import Document
from eventwire.store import open_store
from eventwire.store.migrate import migrations
from ingest_inputs import HTML_PAGE, warc_bytes

STORY = ("Russian forces attacked Ukrainian positions near Kharkiv on Monday, the Ukrainian "
         "military said. Ukraine accused Russia of shelling civilians in the city overnight.")
OTHER = ("Israel and Egypt signed an agreement on gas exports in Cairo on Tuesday. Egypt's "
         "president praised Israel for the deal.")


def _docs(lines: list[dict], options: IngestOptions | None = None) -> list[Document]:
    data = "".join(json.dumps(x) + "\n" for x in lines).encode()
    records = read_jsonl(io.BytesIO(data), origin="dump.jsonl",
                         options=options or IngestOptions())
    return [r.item for r in records]


def test_jsonl_keeps_ids_urls_titles_and_publishers():
    docs = _docs([
        {"text": STORY, "id": "wire-17", "url": "https://x.example/a", "title": "Kharkiv",
         "source": "X News"},
        {"text": OTHER, "id": 42},  # ids are often numbers in JSON
        {"text": STORY + " More.", "id": True},  # not an id
    ])
    assert [(d.record_id, d.url, d.title, d.source) for d in docs] == [
        ("wire-17", "https://x.example/a", "Kharkiv", "X News"),
        ("42", None, None, None),  # no publisher given: none, not the file's name
        (None, None, None, None),
    ]


def test_jsonl_field_names_are_configurable():
    fields = JsonlFields(text="body", id="guid", url="link", title="headline", source="site")
    [doc] = _docs([{"body": STORY, "guid": "g-1", "link": "https://x.example/g",
                    "headline": "H", "site": "S", "id": "ignored"}],
                  IngestOptions(fields=fields))
    assert (doc.record_id, doc.url, doc.title, doc.source) == ("g-1", "https://x.example/g",
                                                               "H", "S")


def test_feed_entries_keep_guid_and_link():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Attack</title><link>https://wire.example/1</link>
<guid isPermaLink="false">wire-0001</guid><description>{STORY}</description></item>
</channel></rss>""".encode()
    [record] = read_feed(feed, origin="feed.xml", options=IngestOptions())
    doc = record.item
    assert (doc.record_id, doc.url, doc.source) == ("wire-0001", "https://wire.example/1",
                                                    "Wire")


def test_warc_responses_keep_their_record_id_and_uri():
    page = HTML_PAGE.format(text=STORY)
    data = warc_bytes([("https://y.example/s", page)], gz=False)
    [record] = [r for r in read_warc(io.BytesIO(data), origin="c.warc",
                                     options=IngestOptions())]
    doc = record.item
    assert doc.url == "https://y.example/s"
    assert doc.record_id.startswith("<urn:uuid:") and doc.record_id.endswith(">")
    assert doc.record_id in data.decode("utf-8", "replace")


def test_text_files_name_no_publisher(tmp_path):
    from eventwire.ingest.sources import read_paths

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    [record] = [r for r in read_paths([tmp_path]) if hasattr(r, "item")]
    assert record.item.source is None and record.origin.endswith("a.txt")


# ---- the store: schema 2 ---------------------------------------------------------


def _schema1_db(path):
    """A database as eventwire wrote it before schema 2: migration 1 only, one document."""
    [(_, name, sql)] = [m for m in migrations() if m[0] == 1]
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                " name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT"
                " current_timestamp)")
    con.execute(sql)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, ?)", [name])
    con.execute("INSERT INTO documents (doc_id, origin, source, date_source, text, n_chars,"
                " status, ingested_at) VALUES ('d1', 'old.txt', 'AFP', 'given', 'x', 1,"
                " 'coded', now())")
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_schema1_database_upgrades_on_open(tmp_path, read_only):
    path = tmp_path / "old.duckdb"
    _schema1_db(path)
    with open_store(path, read_only=read_only) as store:
        rows = store.sql("SELECT doc_id, source, record_id FROM documents").to_pylist()
        versions = store.sql("SELECT version FROM schema_migrations ORDER BY 1").to_pylist()
    assert rows == [{"doc_id": "d1", "source": "AFP", "record_id": None}]
    assert [v["version"] for v in versions] == [1, 2]


def test_a_schema1_database_in_use_is_refused_with_advice(tmp_path):
    from eventwire.errors import SchemaIncomplete

    path = tmp_path / "old.duckdb"
    _schema1_db(path)
    from eventwire.store.connect import connect

    holder = connect(path, read_only=True)  # another reader: it cannot be written now
    try:
        with pytest.raises(SchemaIncomplete) as info:
            open_store(path, read_only=True)
    finally:
        holder.close()
    assert "lacks migration(s) 2 of 2" in info.value.message


# ---- ids through ingest and every export -------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("prov")
    lines = [
        {"text": STORY, "date": "2024-03-05", "id": "rec-1", "url": "https://x.example/a",
         "title": "Attack", "source": "X News"},
        {"text": OTHER, "date": "2024-03-06", "id": 2},  # an id, no URL, no publisher
    ]
    corpus = root / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    path = root / "events.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(path),
                                      "--no-progress"])
    assert result.exit_code == 0, result.output
    return path


def _export(db, tmp_path, fmt: str, *extra: str):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt,
                                      "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out


def test_documents_store_ids_and_no_file_name_as_publisher(db):
    with open_store(db, read_only=True) as store:
        rows = store.sql("SELECT record_id, url, title, source FROM documents"
                         " ORDER BY record_id").to_pylist()
    assert rows == [
        {"record_id": "2", "url": None, "title": None, "source": None},
        {"record_id": "rec-1", "url": "https://x.example/a", "title": "Attack",
         "source": "X News"},
    ]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_exports_carry_record_id_and_url(db, tmp_path, fmt):
    out = _export(db, tmp_path, fmt)
    rows = duckdb.sql(f"SELECT DISTINCT doc_record_id, doc_url, doc_title, doc_source"
                      f" FROM '{out}' ORDER BY 1").fetchall()
    assert rows == [("2", None, None, None),
                    ("rec-1", "https://x.example/a", "Attack", "X News")]


def test_plover_cites_record_id_and_url(db, tmp_path):
    out = _export(db, tmp_path, "plover")
    cites = {(r["cite_info"]["record_id"], r["cite_info"]["url"])
             for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert cites == {("2", None), ("rec-1", "https://x.example/a")}


def test_gdelt_sourceurl_is_the_url_else_the_record_id(db, tmp_path):
    out = _export(db, tmp_path, "gdelt")
    urls = {line.split("\t")[60] for line in out.read_text(encoding="utf-8").splitlines()}
    assert urls == {"https://x.example/a", "2"}


def test_polecat_rows_carry_record_id_and_url(db, tmp_path):
    import csv

    out = _export(db, tmp_path, "polecat")
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert {(r["Record ID"], r["URL"]) for r in rows} == {("2", ""),
                                                          ("rec-1", "https://x.example/a")}
