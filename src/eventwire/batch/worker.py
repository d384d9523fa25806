"""What runs in Spark's Python workers: reading input files and coding documents.

Functions here take and yield plain tuples (Spark rows), never spaCy objects. The
coding engine is built once per Python worker process (`api.default_engine` caches it)
and reused by every partition that process runs: Spark reuses its Python workers
(spark.python.worker.reuse, on by default). The reading step starts that build in the
background, so it overlaps the JVM's deduplication instead of delaying the coding.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from ..errors import CodingFailed, EventwireError
from ..ingest.dedup import signature
from ..ingest.options import IngestOptions
from ..ingest.records import Record
from ..ingest.sources import InputFile, read_file, read_file_part
from ..models import Document, Skip
from ..store import columns
from .schemas import EVENT_COLUMNS

# Kinds of the tagged tuples the reading and coding steps yield.
DOC, SKIP, NOTE, EVENT, CODED = "doc", "skip", "note", "event", "coded"
# A document's place in input order: file number in the high bits; low, the record
# number, or for a part of a split file its start byte plus the record number (a part's
# records fit below the next part's start: each holds a line of at least one byte).
RECORD_BITS = 36


_engine_lock = threading.Lock()
_prebuild_started = False


def engine():
    """This process's coding engine (api.default_engine), built once; a call made while
    the background build runs waits for it instead of building a second one."""
    from ..api import default_engine

    with _engine_lock:
        return default_engine()


def prebuild_engine() -> None:
    """Start building this process's engine in a background thread (once per process).

    Called by the reading step: the Python worker then loads spaCy, the KB and the
    lexicon (about 3 s) while the JVM deduplicates, instead of at the start of the
    coding step. Only worth it when Spark reuses its Python workers (the default)."""
    global _prebuild_started
    if _prebuild_started:
        return
    _prebuild_started = True

    def build() -> None:
        try:
            engine()
        except Exception:  # noqa: BLE001 - the coding step builds again and reports it
            pass

    threading.Thread(target=build, name="eventwire-engine", daemon=True).start()


def month(day: date | None) -> str | None:
    return day.strftime("%Y-%m") if day else None


def skip_row(s: Skip, run_id: str, now: datetime) -> tuple:
    """A Skip as a row of the skips table (store/columns.py SKIP_SCHEMA order)."""
    return (columns.skip_id(s), s.source, s.code, s.reason, s.doc_id, run_id, now)


def read_files(files: Iterable[tuple[int, str, int, int, int | None, int | None]],
               options: IngestOptions, run_id: str, now: datetime, prebuild: bool = False
               ) -> Iterator[tuple]:
    """(kind, row) for every record of each (number, path, size, mtime_ns, start, end)
    file, or of its bytes [start, end) when start is not None (a part of a large JSON
    Lines file, sources.part_ranges), read by the same readers `eventwire ingest` uses:
    a document with its MinHash signature, a Skip, or a note on a document (kept only
    if that document is kept). With `prebuild`, the coding engine starts building in
    the background once the files are read (prebuild_engine): not before, or the build
    would hold the GIL while reading."""
    for number, path, size, mtime_ns, start, end in files:
        base = number << RECORD_BITS
        file = InputFile(Path(path), size, mtime_ns)
        if start is None:
            records = read_file(file, options)
        else:
            base += start
            records = read_file_part(file, start, end, options)
        for i, record in enumerate(records):
            yield from _record_rows(record, base + i, options, run_id, now)
    if prebuild:
        prebuild_engine()


def _record_rows(record: Record, order: int, options: IngestOptions, run_id: str,
                 now: datetime) -> Iterator[tuple]:
    item = record.item
    if isinstance(item, Skip):
        yield SKIP, skip_row(item, run_id, now)
        return
    sig = signature(item.text, options.num_perm)
    yield DOC, (order, item.doc_id, record.origin, item.source, item.url, item.title,
                item.published, item.date_source, item.text, len(item.text),
                [int(v) for v in sig], columns.signature_bytes(sig), month(item.published),
                item.record_id)
    for note in record.notes:
        yield NOTE, (order, *skip_row(note, run_id, now))


def code_documents(rows: Iterable, run_id: str, now: datetime) -> Iterator[tuple]:
    """(kind, row) for each document row: its events (export columns) and a CODED row
    (doc_id, status, n_events); a document whose coding fails is 'failed' plus a Skip,
    as in `eventwire ingest`. The paragraphs of consecutive documents share spaCy
    batches (Engine.analyse_each), as in ingest's workers."""
    docs = (Document(text=row.text, published=row.published, title=row.title,
                     source=row.source, url=row.url, date_source=row.date_source,
                     doc_id=row.doc_id, record_id=row.record_id) for row in rows)
    try:
        coding = engine()
    except EventwireError as exc:
        for doc in docs:
            yield from _failed(doc, exc, run_id, now)
        return
    for doc, result in coding.analyse_each(docs):
        if isinstance(result, Exception):
            exc = result if isinstance(result, EventwireError) else CodingFailed(
                f"{type(result).__name__}: {result}")  # a coder bug must not stop the job
            yield from _failed(doc, exc, run_id, now)
            continue
        events = result.events
        provenance = (doc.published, doc.title, doc.source, doc.url, doc.record_id,
                      month(doc.published))
        for record in columns.events_table(events, None).to_pylist():
            yield EVENT, tuple(record[c] for c in EVENT_COLUMNS) + provenance
        yield CODED, (doc.doc_id, "coded", len(events))


def _failed(doc: Document, exc: EventwireError, run_id: str, now: datetime) -> Iterator[tuple]:
    yield SKIP, skip_row(Skip(doc.source or doc.doc_id, exc.code, exc.message, doc.doc_id),
                         run_id, now)
    yield CODED, (doc.doc_id, "failed", 0)
