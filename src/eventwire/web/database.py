"""The server's database: opened read-only once, one cursor per request (DuckDB cursors
are safe to use from the worker threads, the connection is not), and every query
interrupted when it runs past the time limit."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from ..errors import QueryTimeout
from ..store import EventStore


class ReadOnlyDatabase:
    def __init__(self, path: str | Path, timeout: float) -> None:
        # read_only: DuckDB refuses any write, so no endpoint can change the file.
        self.store = EventStore(path, read_only=True)
        self.path = Path(path)
        self.timeout = timeout

    def query(self, sql: str, params: Sequence = ()) -> pa.Table:
        import duckdb

        cur = self.store.con.cursor()
        timer = threading.Timer(self.timeout, cur.interrupt)
        timer.start()
        try:
            return cur.sql(sql, params=list(params) or None).to_arrow_table()
        except duckdb.InterruptException:
            raise QueryTimeout(f"query stopped after {self.timeout:g} s; narrow the filter",
                               source="query") from None
        finally:
            timer.cancel()
            cur.close()

    def rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        return self.query(sql, params).to_pylist()

    def close(self) -> None:
        self.store.close()
