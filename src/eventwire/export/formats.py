"""Writing the store out: GDELT 2.0 TSV, PLOVER JSON Lines, a POLECAT-style TSV, flat CSV,
Parquet."""

from __future__ import annotations

import json
from pathlib import Path

from ..store import EventStore
from ..store.queries import EventFilter
from .gdelt import write_gdelt
from .plover import PLOVER_SQL, plover_records
from .polecat import write_polecat

FORMATS = ("gdelt", "plover", "polecat", "csv", "parquet")

# The flat export: every stored event column plus the document's provenance.
FLAT_SQL = """
SELECT e.* EXCLUDE (run_id), d.published AS doc_published, d.title AS doc_title,
       d.source AS doc_source, d.url AS doc_url, d.record_id AS doc_record_id
FROM events e JOIN documents d USING (doc_id)
WHERE {where}
ORDER BY e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id
"""


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(store: EventStore, fmt: str, out: str | Path, f: EventFilter | None = None,
           *, header: bool = False) -> int:
    """Write the events matching `f` to `out` in `fmt`; returns the number of rows.
    The GDELT TSV has no header row, as GDELT's own files, unless `header`."""
    f = f or EventFilter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    con = store.con
    if fmt in ("plover", "polecat"):
        where, params = f.where("e")
        reader = con.sql(PLOVER_SQL.format(where=where), params=params or None).to_arrow_reader(
            5000)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            if fmt == "polecat":
                return write_polecat(plover_records(reader), fh)
            n = 0
            for record in plover_records(reader):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "gdelt":
        return write_gdelt(con, out, f, header=header)
    if fmt in ("csv", "parquet"):
        where, params = f.where("e")
        sql = FLAT_SQL.format(where=where)
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
    else:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    rows = con.execute(f"COPY ({sql}) TO {_quote(out)} ({options})", params).fetchall()
    return int(rows[0][0]) if rows else 0


def export_coded(document, events, fmt: str, out: str | Path,
                 f: EventFilter | None = None, *, header: bool = False) -> int:
    """Write the events of one coded (not stored) document in `fmt` with the same
    writers as `export`: they read SQL, so the events go through a throwaway store."""
    import tempfile

    from ..store import open_store

    with tempfile.TemporaryDirectory(prefix="eventwire-code-") as tmp:
        with open_store(Path(tmp) / "coded.duckdb") as store:
            store.add(documents=[document], events=events)
            return export(store, fmt, out, f, header=header)
