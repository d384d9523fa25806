"""Run an analysis query on whatever the caller holds: a path, an EventStore or a
DuckDB connection, so a notebook and the CLI use the same functions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: queries start without pyarrow
    import pyarrow as pa

from ..store import EventStore


def run_sql(db: str | Path | EventStore | object, sql: str, params: Sequence) -> pa.Table:
    """The Arrow result of `sql`; a path is opened read-only for the one query."""
    if isinstance(db, EventStore):
        return db.sql(sql, params)
    if isinstance(db, str | Path):
        with EventStore(db, read_only=True) as store:
            return store.sql(sql, params)
    # A DuckDB connection or cursor (the web server's per-request cursor).
    return db.sql(sql, params=list(params) or None).to_arrow_table()
