"""Numbered SQL migrations (migrations/NNNN_name.sql), each applied once, in order."""

from __future__ import annotations

import re
from contextlib import suppress
from importlib import resources

from ..errors import SchemaIncomplete, SchemaTooNew

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")
_CREATE = re.compile(r"\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)
_DROP = re.compile(r"\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every bundled migration, by version."""
    folder = resources.files("eventwire.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied now."""
    tables = {r[0].lower() for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if tables and "schema_migrations" not in tables:
        # someone else's DuckDB file: never add our tables to it
        raise SchemaIncomplete("a DuckDB database, but not an eventwire event store "
                               "(no schema_migrations table)")
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    known = migrations()
    newest = max((v for v, _, _ in known), default=0)
    if done and max(done) > newest:
        raise SchemaTooNew(
            f"database schema version {max(done)} is newer than this eventwire ({newest});"
            " upgrade eventwire"
        )
    applied = []
    for version, name, sql in known:
        if version in done:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [version, name])
            con.commit()
        except Exception:
            # a failed commit (a full disk) has ended the transaction already: a second
            # error from rollback must not replace the real one
            with suppress(Exception):
                con.rollback()
            raise
        applied.append(version)
    return applied


def behind(con) -> bool:
    """True for an eventwire store that lacks only newer migrations (a schema-1 file
    opened by a later eventwire): one that migrate() can bring up to date."""
    tables = {r[0].lower() for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if "schema_migrations" not in tables:
        return False
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    known = [v for v, _, _ in migrations()]
    return bool(done) and max(done) < max(known) and set(known[:len(done)]) == done


def expected_tables() -> set[str]:
    """The tables the bundled migrations leave behind (created and not dropped)."""
    tables: set[str] = set()
    for _, _, sql in migrations():
        tables |= {t.lower() for t in _CREATE.findall(sql)}
        tables -= {t.lower() for t in _DROP.findall(sql)}
    return tables


def check_schema(con, *, source: str | None = None) -> None:
    """Refuse a database this eventwire cannot read: a newer schema (SchemaTooNew), or
    one with missing migrations or tables, or no eventwire tables at all
    (SchemaIncomplete). Called on every open, so queries never meet a missing table."""
    tables = {r[0].lower() for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if "schema_migrations" not in tables:
        raise SchemaIncomplete("not an eventwire event store (no schema_migrations table)",
                               source=source)
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    known = [v for v, _, _ in migrations()]
    newest = max(known, default=0)
    if done and max(done) > newest:
        raise SchemaTooNew(f"database schema version {max(done)} is newer than this "
                           f"eventwire ({newest}); upgrade eventwire", source=source)
    missing = [v for v in known if v not in done]
    if missing:
        raise SchemaIncomplete(
            f"schema lacks migration(s) {', '.join(map(str, missing))} of {newest}; open it "
            f"for writing (eventwire ingest --db) to migrate it", source=source)
    absent = sorted(expected_tables() - tables)
    if absent:
        raise SchemaIncomplete(
            f"half-migrated schema: table(s) {', '.join(absent)} missing; this file cannot be "
            f"repaired in place, ingest into a new --db", source=source)
