"""Opening a DuckDB file safely, and telling the user what went wrong when it fails.

DuckDB is never handed a file that is not one of its own: on an unknown header it
guesses a format (SQLite, Parquet …) and tries to load, even download, an extension
for it. Every connection also has extension autoloading and autoinstalling turned off,
so eventwire never reaches the network. DuckDB errors that mean "the disk is full" or
"the file cannot be written" become coded errors with one line of text.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..errors import (
    NotADatabase,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StorePathError,
    StoreWriteFailed,
)

# No extension is ever loaded or fetched behind the user's back (offline principle).
CONFIG = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}

# A DuckDB file starts with an 8-byte checksum, then this magic (storage format v1+).
MAGIC = b"DUCK"
MAGIC_OFFSET = 8

# First bytes of files users mistake for a database, to name what was given.
_KNOWN_HEADERS = (
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _what_is(head: bytes) -> str:
    for magic, name in _KNOWN_HEADERS:
        if head.startswith(magic):
            return name
    if head and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in head):
        return "a text file"
    return "an unknown format"


def check_path(path: Path, *, read_only: bool) -> None:
    """Refuse a --db path DuckDB must not open: a directory or special file, a file
    with another format's header, a missing folder that cannot be made. A missing or
    empty file is fine for writing (DuckDB creates it); reading needs a database."""
    source = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:  # ELOOP, ENOTDIR, EACCES on a folder above
        raise StorePathError(f"cannot use this path: {exc.strerror}", source=source) from None
    if st is None:
        if read_only:
            raise StoreError("no such database file", source=source)
        _check_folder(path.parent, source)
        return
    if stat.S_ISDIR(st.st_mode):
        raise StorePathError("is a directory, not a database file", source=source)
    if not stat.S_ISREG(st.st_mode):
        # opening a FIFO blocks until a writer appears; a device never ends
        raise StorePathError("is not a regular file (a FIFO, device or socket)", source=source)
    if st.st_size == 0:
        if read_only:
            raise NotADatabase("empty file, not a DuckDB database", source=source)
        # DuckDB refuses an existing empty file; nothing can be lost by replacing it
        path.unlink()
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        raise StorePathError(f"cannot read: {exc.strerror}", source=source) from None
    if head[MAGIC_OFFSET:MAGIC_OFFSET + len(MAGIC)] != MAGIC:
        raise NotADatabase(f"not a DuckDB database file ({_what_is(head)})", source=source)


def _check_folder(folder: Path, source: str) -> None:
    """The folder of a new database: created if missing, and writable."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorePathError(f"cannot create the folder {folder}: {exc.strerror}",
                             source=source) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorePathError(f"the folder {folder} is not writable", source=source)


def connect(path: Path, *, read_only: bool):
    """A DuckDB connection to a checked path, with extension loading off."""
    import duckdb

    check_path(path, read_only=read_only)
    try:
        return duckdb.connect(str(path), read_only=read_only, config=CONFIG)
    except duckdb.Error as exc:
        text = str(exc)
        if "Could not set lock" in text or "Conflicting lock" in text:
            raise StoreLocked("database is in use by another process", source=str(path)
                              ) from None
        raise translate(exc, path) or StoreError(
            f"cannot open database: {_first_line(exc)}", source=str(path)) from None


# DuckDB's messages for a truncated file or a block that fails its checksum.
_DAMAGED = ("Corrupt database file", "Could not read enough bytes", "does not match stored "
            "checksum")


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(exc)
    return "No space left on device" in text or "Disk quota exceeded" in text


def translate(exc: BaseException, path: Path) -> StoreError | None:
    """The coded error for a failed DuckDB or file operation on the store, or None when
    `exc` is not an I/O failure (a bug should keep its traceback)."""
    import duckdb

    source = str(path)
    if _is_disk_full(exc):
        return StoreFull("no space left on device; batches committed before are kept",
                         source=source)
    if any(mark in str(exc) for mark in _DAMAGED):
        return StoreCorrupt(f"database file is damaged ({_first_line(exc)}); restore it from "
                            "a backup or ingest into a new --db", source=source)
    if isinstance(exc, PermissionError) or "Permission denied" in str(exc):
        return StorePathError("permission denied", source=source)
    if isinstance(exc, OSError | duckdb.IOException | duckdb.FatalException) or (
            "Could not write" in str(exc)):
        return StoreWriteFailed(f"I/O error: {_first_line(exc)}", source=source)
    return None
