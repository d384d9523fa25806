"""Writing the store out: GDELT 2.0 TSV, PLOVER JSON Lines, flat CSV, Parquet."""

from __future__ import annotations

import json
from pathlib import Path

from ..store import EventStore
from ..store.queries import EventFilter
from .gdelt import gdelt_sql
from .plover import PLOVER_SQL, plover_records

FORMATS = ("gdelt", "plover", "csv", "parquet")

# The flat export: every stored event column plus the document's provenance.
FLAT_SQL = """
SELECT e.* EXCLUDE (run_id), d.published AS doc_published, d.title AS doc_title,
       d.source AS doc_source, d.url AS doc_url
FROM events e JOIN documents d USING (doc_id)
WHERE {where}
ORDER BY e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id
"""


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(store: EventStore, fmt: str, out: str | Path, f: EventFilter | None = None,
           *, header: bool = True) -> int:
    """Write the events matching `f` to `out` in `fmt`; returns the number of rows.
    The GDELT TSV has a header row unless `header` is false (GDELT's own files have none)."""
    f = f or EventFilter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    con = store.con
    if fmt == "plover":
        where, params = f.where("e")
        reader = con.sql(PLOVER_SQL.format(where=where), params=params or None).to_arrow_reader(
            5000)
        n = 0
        with open(out, "w", encoding="utf-8") as fh:
            for record in plover_records(reader):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "gdelt":
        sql, params = gdelt_sql(f)
        options = f"FORMAT csv, DELIMITER '\\t', HEADER {str(header).lower()}, QUOTE ''"
    elif fmt in ("csv", "parquet"):
        where, params = f.where("e")
        sql = FLAT_SQL.format(where=where)
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
    else:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    rows = con.execute(f"COPY ({sql}) TO {_quote(out)} ({options})", params).fetchall()
    return int(rows[0][0]) if rows else 0
