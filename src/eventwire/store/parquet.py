"""A folder of Parquet tables (`eventwire spark --out DIR`) opened as a read-only store.

An in-memory DuckDB gets the store's schema from the migrations; events, documents and
skips are then replaced by views over `read_parquet(DIR/<table>/**/*.parquet)` with the
tables' own columns and types, so every query, export and aggregation written for the
DuckDB file runs unchanged. Columns a Parquet table lacks (run_id in the exported
events) read as NULL; extra ones (the flat export's doc_* columns, the `month`
partition) are not shown. The other tables (actors, quotes, runs) stay empty.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SchemaIncomplete, StorePathError
from .connect import CONFIG
from .migrate import migrate

# events before documents: a view replaces the table, and tables are dropped in this order
TABLES = ("events", "skips", "documents")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def connect_parquet(folder: Path):
    """An in-memory DuckDB connection whose events/documents/skips read `folder`."""
    import duckdb

    if not folder.is_dir():
        raise StorePathError("--parquet must be a folder written by `eventwire spark`",
                             source=str(folder))
    present = [t for t in TABLES if any((folder / t).glob("**/*.parquet"))]
    if "events" not in present and "documents" not in present:
        raise SchemaIncomplete("no events/ or documents/ Parquet files in this folder "
                               "(expected the output of `eventwire spark --out`)",
                               source=str(folder))
    con = duckdb.connect(":memory:", config=CONFIG)
    try:
        migrate(con)
        for table in TABLES:
            _replace_with_view(con, table, folder / table if table in present else None)
    except BaseException:
        con.close()
        raise
    return con


def _replace_with_view(con, table: str, folder: Path | None) -> None:
    cols = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()
    con.execute(f"DROP TABLE {table}")
    if folder is None:
        select = ", ".join(f"CAST(NULL AS {t}) AS {_ident(c)}" for c, t in cols)
        con.execute(f"CREATE VIEW {table} AS SELECT {select} WHERE false")
        return
    # hive_partitioning off: `month` is only the folder layout, not a store column
    source = (f"read_parquet({_literal(str(folder / '**' / '*.parquet'))}, "
              "hive_partitioning = false, union_by_name = true)")
    have = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    select = ", ".join(
        f"CAST({_ident(c)} AS {t}) AS {_ident(c)}" if c in have else
        f"CAST(NULL AS {t}) AS {_ident(c)}" for c, t in cols)
    con.execute(f"CREATE VIEW {table} AS SELECT {select} FROM {source}")
