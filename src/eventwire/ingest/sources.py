"""From command-line paths (files, folders, globs) to a stream of Records.

Nothing here may stop a run: every path that cannot be listed, opened or read
(vanished, unreadable, a FIFO or device, a symlink loop, content that does not
match its extension, a reader that raises) becomes one coded Skip.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    EmptyInput,
    EventwireError,
    FormatMismatch,
    InputNotFound,
    InputTooLarge,
    MalformedInput,
    NotRegularFile,
    SymlinkLoop,
    UnreadableInput,
    UnsupportedFormat,
)
from ..models import Skip
from ..reading import display_path, file_kind, open_regular, os_error, read_capped
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_part
from .options import IngestOptions
from .records import Record, lenient_date, skip
from .streams import GZIP_MAGIC, open_stream
from .text import read_text
from .warc import read_warc


@dataclass(frozen=True)
class InputFile:
    """A file to read, identified for resuming by path, size and modification time."""

    path: Path
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        return display_path(os.path.realpath(self.path))

    @property
    def origin(self) -> str:
        return display_path(self.path)


@dataclass(frozen=True)
class FileDone:
    """Marker after the last Record of a file: once committed, the file is done."""

    file: InputFile


_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}


_INT64 = 2**63


def _entry(path: Path) -> InputFile | Record:
    """An InputFile for a regular file (symlinks followed), else the Skip saying why."""
    origin = display_path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        reason = "dangling symbolic link" if os.path.islink(path) else "no such file"
        return skip(origin, InputNotFound(reason, source=origin))
    except OSError as exc:
        return skip(origin, os_error(exc, origin))
    if not stat.S_ISREG(st.st_mode):
        return skip(origin, NotRegularFile(f"is {file_kind(st.st_mode)}, not a regular file; "
                                           "not opened", source=origin))
    # the store keeps mtime_ns as a 64-bit integer: a file dated after 2262 overflows it
    return InputFile(path, st.st_size, max(-_INT64, min(st.st_mtime_ns, _INT64 - 1)))


def _walk(root: Path) -> Iterator[Path | Record]:
    """Paths below `root` (hidden names skipped), folders followed through symlinks
    unless they lead back to a folder above (a loop, one Skip). A folder that cannot
    be listed is one Skip; its siblings are still read. A stack, not recursion: a
    tree thousands of folders deep is walked too."""
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(root, frozenset())]
    while stack:
        folder, ancestors = stack.pop()
        origin = display_path(folder)
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            err = os_error(exc, origin)
            if isinstance(err, UnreadableInput):
                err = UnreadableInput(f"cannot list folder: {exc.strerror}", source=origin)
            yield skip(origin, err)
            continue
        inside = ancestors | {(st.st_dev, st.st_ino)}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False  # a symlink loop: _entry names it
            if not is_dir:
                yield path
                continue
            where = display_path(path)
            try:
                target = os.stat(path)
            except OSError as exc:
                yield skip(where, os_error(exc, where))
                continue
            if (target.st_dev, target.st_ino) in inside:
                yield skip(where, SymlinkLoop("symbolic link to a folder above it; not "
                                              "followed", source=where))
                continue
            stack.append((path, inside))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[InputFile | Record]:
    """Files in command-line order; folders recursively in sorted order (hidden files
    skipped); glob patterns expanded. A path that matches nothing is a Skip, and so
    is every FIFO, device, socket, dangling link or loop met on the way."""
    seen: set[str] = set()
    for raw in paths:
        raw = str(raw)
        where = display_path(raw)
        try:
            found = _expand(raw)
        except (OSError, RecursionError) as exc:  # glob over a deep or looping tree
            yield skip(where, UnreadableInput(f"cannot list: {exc}", source=where))
            continue
        if not found:
            yield skip(where, InputNotFound("no such file, folder or matching files",
                                            source=where))
            continue
        for item in found:
            entry = _entry(item) if isinstance(item, Path) else item
            if isinstance(entry, InputFile):
                if entry.key in seen:
                    continue
                seen.add(entry.key)
            yield entry


def _expand(raw: str) -> list[Path | Record]:
    path = Path(raw)
    if os.path.isdir(path):
        return sorted(_walk(path),
                      key=lambda p: str(p) if isinstance(p, Path) else p.origin)
    if os.path.lexists(path):
        return [path]
    if glob.has_magic(raw):
        return sorted(Path(p) for p in glob.glob(raw, recursive=True) if not os.path.isdir(p))
    return []


def detect_format(path: Path, head: bytes) -> str:
    """Reader name from the extension, else from the first bytes."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    return sniff(head)


def sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if start.startswith(GZIP_MAGIC):
        return "gzip"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        if b"<rss" in start or b"<feed" in start or b"<rdf" in start:
            return "feed"
        return "html"
    return "text"


def _gzip_kind(stream: BinaryIO, origin: str, options: IngestOptions) -> str:
    """The reader for a .gz file of no known name: from its first decompressed bytes."""
    inner = open_stream(stream, origin=origin, options=options)
    kind = sniff(inner.peek(4096)[:4096])
    if inner.error is not None:
        raise inner.error
    stream.seek(0)
    if kind not in ("warc", "jsonl"):
        raise UnsupportedFormat("compressed file of an unknown format", source=origin)
    return kind


def _skipping(origin: str, records: Iterator[Record]) -> Iterator[Record]:
    """`records`, with any error raised while reading them made a Skip of the file."""
    try:
        yield from records
    except EventwireError as exc:
        yield skip(origin, exc)
    except OSError as exc:
        yield skip(origin, os_error(exc, origin))
    except Exception as exc:  # a reader bug or a library error: this file only, not the run
        yield skip(origin, MalformedInput(f"could not be read: {type(exc).__name__}: {exc}",
                                          source=origin))


def read_file(file: InputFile, options: IngestOptions) -> Iterator[Record]:
    """Every Record in one file; any error the readers raise becomes a Skip."""
    return _skipping(file.origin, _read_whole(file, options))


def _read_whole(file: InputFile, options: IngestOptions) -> Iterator[Record]:
    origin = file.origin
    try:
        fallback = lenient_date(datetime.fromtimestamp(file.mtime_ns / 1e9))
    except (OverflowError, OSError, ValueError):  # an mtime far outside the calendar
        fallback = None
    with open_regular(file.path, origin) as stream:
        head = stream.read(4096)
        stream.seek(0)
        if not head:
            raise EmptyInput("file is empty", source=origin)
        kind = detect_format(file.path, head)
        if file.path.name.lower().endswith(".gz") and not head.startswith(GZIP_MAGIC):
            raise FormatMismatch("named .gz but is not gzip data", source=origin)
        if kind == "gzip":
            kind = _gzip_kind(stream, origin, options)
        if kind == "warc":
            yield from read_warc(stream, origin=origin, options=options)
        elif kind == "jsonl":
            yield from read_jsonl(stream, origin=origin, options=options)
        else:
            limit = options.max_html_bytes if kind != "text" else options.max_document_bytes
            if file.size > limit:  # refused before reading; read_capped holds if it grew
                raise InputTooLarge(f"file is {file.size} bytes, limit is {limit} for {kind}",
                                    source=origin)
            data = read_capped(stream, limit, origin, kind)
            yield from _WHOLE_FILE[kind](data, origin=origin, options=options,
                                         fallback=fallback)


def part_ranges(file: InputFile, parts: int) -> list[tuple[int, int]] | None:
    """Byte ranges to read an uncompressed JSON Lines file in `parts` parts with
    read_file_part (the Spark job reads a large file in parallel), or None when the
    file is to be read whole: another format, gzip (not splittable), a blank first
    4 KB (read_file reports a file of blank lines), or an error (read_file reports it)."""
    if parts < 2 or file.size < parts:
        return None
    try:
        with open_regular(file.path, file.origin) as stream:
            head = stream.read(4096)
    except (EventwireError, OSError):
        return None
    if (not head.strip() or head.startswith(GZIP_MAGIC)
            or file.path.name.lower().endswith(".gz")
            or detect_format(file.path, head) != "jsonl"):
        return None
    step = -(-file.size // parts)
    return [(start, min(start + step, file.size)) for start in range(0, file.size, step)]


def read_file_part(file: InputFile, start: int, end: int,
                   options: IngestOptions) -> Iterator[Record]:
    """The records of a part_ranges part of a JSON Lines file: the parts of a file
    together give read_file's records, numbered alike; an error is a Skip, as there."""
    def part() -> Iterator[Record]:
        with open_regular(file.path, file.origin) as stream:
            yield from read_jsonl_part(stream, start, end, origin=file.origin,
                                       options=options)

    return _skipping(file.origin, part())


# Skips that another run may not repeat: a limit the user can raise, a file the user can
# make readable. A file with one of them is not marked done, so the next run reads it
# again (its stored documents count as already there, its skips are stored once).
RETRY_CODES = frozenset({InputTooLarge.code, UnreadableInput.code})

_WHOLE_FILE: dict[str, Callable[..., Iterator[Record]]] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
}


def read_paths(
    paths: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    is_done: Callable[[InputFile], bool] | None = None,
    exclude: Iterable[Path] = (),
) -> Iterator[Record | FileDone]:
    """Records from every input in order, a FileDone after each file read in full
    (none after a file with a RETRY_CODES skip). Files for which `is_done` is true
    (already fully ingested) are not read again; `exclude` names files never to read
    (the database itself, when it sits among the inputs)."""
    options = options or IngestOptions()
    excluded = {display_path(os.path.realpath(p)) for p in exclude}
    for entry in expand_paths(paths):
        if isinstance(entry, Record):
            yield entry
            continue
        if entry.key in excluded:
            continue
        if is_done and is_done(entry):
            continue
        retry = False
        for record in read_file(entry, options):
            retry = retry or (isinstance(record.item, Skip) and record.item.code in RETRY_CODES)
            yield record
        if not retry:
            yield FileDone(entry)
