"""The DuckDB event store: one file, numbered migrations, batch writes from Arrow."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyarrow and numpy are imported where rows are written, not by queries
    import numpy as np
    import pyarrow as pa

from ..errors import StoreError
from ..models import Document, Event, Quote, Skip
from .connect import connect, translate
from .migrate import behind, check_schema, migrate


@dataclass
class StoredDocument:
    """A document as the store keeps it: how it was read and what became of it."""

    document: Document
    origin: str
    status: str  # coded | duplicate | failed
    signature: np.ndarray | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    n_events: int = 0


@dataclass
class Batch:
    """Everything one commit writes: all or nothing lands in the file."""

    documents: list[StoredDocument] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    files: list[tuple[str, int, int]] = field(default_factory=list)  # path, size, mtime_ns
    already: int = 0

    def __len__(self) -> int:
        return len(self.documents) + len(self.skips) + len(self.files) + self.already


@dataclass(frozen=True)
class BatchResult:
    documents: int
    events: int
    skips: int


class EventStore:
    """A DuckDB file holding documents, events, actors, quotes, skips and runs."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.con = connect(self.path, read_only=read_only)
        try:
            with self._io():
                if not read_only:
                    migrate(self.con)
                elif behind(self.con):
                    self._upgrade()
                check_schema(self.con, source=str(self.path))
        except BaseException:
            self.con.close()
            raise

    def _upgrade(self) -> None:
        """Apply the newer migrations to a file opened read-only (a schema-1 store read by
        query or export after an upgrade): reopen it for writing once, migrate, and read
        on. When it cannot be written (in use by an ingest, a read-only file) it stays as
        it is and check_schema says what to do."""
        self.con.close()
        try:
            with connect(self.path, read_only=False) as con:
                migrate(con)
        except Exception:  # any failure leaves the refusal to check_schema
            pass
        self.con = connect(self.path, read_only=True)

    @classmethod
    def from_parquet(cls, folder: str | Path) -> EventStore:
        """A read-only store over a folder of Parquet tables (`eventwire spark --out`):
        the same queries and exports as a DuckDB file (store/parquet.py)."""
        from .parquet import connect_parquet

        store = cls.__new__(cls)  # no file to open or migrate: the views stand in for it
        store.path = Path(folder)
        store.con = connect_parquet(store.path)
        return store

    @contextmanager
    def _io(self) -> Iterator[None]:
        """Turn a failed read or write of the file (disk full, I/O error) into a coded
        StoreError; other exceptions (bugs) keep their traceback."""
        try:
            yield
        except StoreError as exc:
            if exc.source is None:
                exc.source = str(self.path)
            raise
        except Exception as exc:
            coded = translate(exc, self.path)
            if coded is None:
                raise
            raise coded from exc

    def close(self) -> None:
        # closing checkpoints the WAL into the file, which can fail on a full disk too
        with self._io():
            self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is None:
            self.close()
            return
        # an error is already on its way: do not hide it behind a second one from close
        with suppress(Exception):
            self.con.close()

    # ---- writing -----------------------------------------------------------

    def start_run(self, *, command: str | None = None, workers: int = 1,
                  dup_threshold: float | None = None) -> str:
        run_id = uuid.uuid4().hex
        with self._io():
            self.con.execute(
                "INSERT INTO ingest_runs (run_id, started_at, status, command, workers,"
                " dup_threshold) VALUES (?, ?, 'running', ?, ?, ?)",
                [run_id, datetime.now(), command, workers, dup_threshold],
            )
        return run_id

    def finish_run(self, run_id: str) -> None:
        with self._io():
            self.con.execute(
                "UPDATE ingest_runs SET status = 'finished', finished_at = ? WHERE run_id = ?",
                [datetime.now(), run_id],
            )

    def write(self, batch: Batch, run_id: str | None = None) -> BatchResult:
        """Write a batch in one transaction; rows whose key is already stored are
        ignored, so writing the same batch twice adds nothing."""
        import pyarrow as pa

        from . import columns

        now = datetime.now()
        docs = {d.document.doc_id: d for d in batch.documents}
        events = {e.event_id: e for e in batch.events}
        skips = {columns.skip_id(s): s for s in batch.skips}
        con = self.con
        with self._io():
            con.begin()
        try:
            before = self._counts()
            if docs:
                self._insert("documents", self._documents_table(list(docs.values()), run_id,
                                                                now))
            if events:
                ev = list(events.values())
                self._insert("events", columns.events_table(ev, run_id))
                self._insert("actors", columns.actors_table(ev))
            if batch.quotes:
                self._insert("quotes", columns.quotes_table(batch.quotes))
            if skips:
                self._insert("skips", columns.skips_table(list(skips.values()), run_id, now))
            if batch.files:
                files = pa.table({
                    "path": [f[0] for f in batch.files],
                    "size": pa.array([f[1] for f in batch.files], pa.int64()),
                    "mtime_ns": pa.array([f[2] for f in batch.files], pa.int64()),
                    "run_id": [run_id] * len(batch.files),
                    "done_at": pa.array([now] * len(batch.files), pa.timestamp("us")),
                })
                con.register("_batch", files)
                con.execute("INSERT OR REPLACE INTO ingested_files BY NAME SELECT * FROM _batch")
                con.unregister("_batch")
            after = self._counts()
            added = BatchResult(*(a - b for a, b in zip(after, before, strict=True)))
            if run_id:
                coded = sum(1 for d in docs.values() if d.status == "coded")
                dups = sum(1 for d in docs.values() if d.status == "duplicate")
                con.execute(
                    "UPDATE ingest_runs SET documents = documents + ?, coded = coded + ?,"
                    " duplicates = duplicates + ?, events = events + ?, skips = skips + ?,"
                    " already = already + ? WHERE run_id = ?",
                    [added.documents, coded, dups, added.events, added.skips, batch.already,
                     run_id],
                )
            con.commit()
        except Exception as exc:
            # A failed commit has already ended the transaction: rolling back again would
            # raise "cannot rollback - no transaction is active" and hide the real error
            # (on a full disk, "No space left on device").
            with suppress(Exception):
                con.rollback()
            coded = translate(exc, self.path)
            if coded is None:
                raise
            raise coded from exc
        return added

    def _counts(self) -> tuple[int, int, int]:
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
            " (SELECT count(*) FROM skips)"
        ).fetchall()[0]
        return int(row[0]), int(row[1]), int(row[2])

    def _insert(self, table: str, data: pa.Table) -> None:
        self.con.register("_batch", data)
        try:
            self.con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM _batch")
        finally:
            self.con.unregister("_batch")

    @staticmethod
    def _documents_table(docs: Sequence[StoredDocument], run_id: str | None,
                         now: datetime) -> pa.Table:
        import pyarrow as pa

        from . import columns

        d = [s.document for s in docs]
        return pa.Table.from_pydict({
            "doc_id": [x.doc_id for x in d],
            "origin": [s.origin for s in docs],
            "source": [x.source for x in d],
            "url": [x.url for x in d],
            "title": [x.title for x in d],
            "published": [x.published for x in d],
            "date_source": [x.date_source for x in d],
            "text": [x.text for x in d],
            "n_chars": [len(x.text) for x in d],
            "status": [s.status for s in docs],
            "duplicate_of": [s.duplicate_of for s in docs],
            "similarity": [s.similarity for s in docs],
            "n_events": [s.n_events for s in docs],
            "minhash": [columns.signature_bytes(s.signature) for s in docs],
            "run_id": [run_id] * len(docs),
            "ingested_at": [now] * len(docs),
            "record_id": [x.record_id for x in d],
        }, schema=columns.DOCUMENT_SCHEMA)

    def add(self, documents: Iterable[Document] = (), events: Iterable[Event] = (),
            skips: Iterable[Skip] = (), quotes: Iterable[Quote] = ()) -> BatchResult:
        """Store already-coded documents and events (library use; ingest uses `write`)."""
        events = list(events)
        per_doc: dict[str, int] = {}
        for e in events:
            per_doc[e.doc_id] = per_doc.get(e.doc_id, 0) + 1
        batch = Batch(
            documents=[StoredDocument(d, d.source or "<api>", "coded",
                                      n_events=per_doc.get(d.doc_id, 0)) for d in documents],
            events=events, skips=list(skips), quotes=list(quotes),
        )
        return self.write(batch)

    # ---- reading -----------------------------------------------------------

    def existing(self, doc_ids: Sequence[str]) -> set[str]:
        """Those of `doc_ids` already stored."""
        import pyarrow as pa

        if not doc_ids:
            return set()
        self.con.register("_ids", pa.table({"doc_id": list(doc_ids)}))
        try:
            with self._io():
                rows = self.con.execute(
                    "SELECT d.doc_id FROM documents d JOIN _ids USING (doc_id)"
                ).fetchall()
        finally:
            self.con.unregister("_ids")
        return {r[0] for r in rows}

    def signatures(self) -> Iterable[tuple[str, np.ndarray]]:
        """(doc_id, MinHash signature) of every stored original (non-duplicate) document."""
        from . import columns

        with self._io():
            reader = self.con.sql(
                "SELECT doc_id, minhash FROM documents WHERE status <> 'duplicate'"
                " AND minhash IS NOT NULL ORDER BY doc_id"
            ).to_arrow_reader(10_000)
            for rb in reader:
                ids = rb.column(0).to_pylist()
                blobs = rb.column(1).to_pylist()
                for doc_id, blob in zip(ids, blobs, strict=True):
                    yield doc_id, columns.signature_from_bytes(blob)

    def file_done(self, path: str, size: int, mtime_ns: int) -> bool:
        with self._io():
            rows = self.con.execute(
                "SELECT 1 FROM ingested_files WHERE path = ? AND size = ? AND mtime_ns = ?",
                [path, size, mtime_ns],
            ).fetchall()
        return bool(rows)

    def counts(self) -> dict[str, int]:
        out = {}
        with self._io():
            for table in ("documents", "events", "actors", "quotes", "skips", "ingest_runs"):
                out[table] = int(self.con.execute(f"SELECT count(*) FROM {table}"
                                                  ).fetchall()[0][0])
        return out

    def rows(self, query: str, params: Sequence | None = None) -> list[dict]:
        """Run a read query and return its rows as dicts (no pyarrow: `eventwire query`
        uses this to start quickly)."""
        with self._io():
            cur = self.con.execute(query, list(params) if params else None)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def sql(self, query: str, params: Sequence | None = None) -> pa.Table:
        """Run a read query and return an Arrow table."""
        with self._io():
            return self.con.sql(query, params=list(params) if params else None
                                ).to_arrow_table()


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> EventStore:
    """The store at `path` (default: EVENTWIRE_DB or the user data dir), migrated."""
    if path is None:
        from ..ingest.options import default_db_path

        path = default_db_path()
    return EventStore(path, read_only=read_only)
