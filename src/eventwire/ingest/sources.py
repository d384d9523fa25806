"""From command-line paths (files, folders, globs) to a stream of Records."""

from __future__ import annotations

import glob
import gzip
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import EventwireError, InputNotFound, InputTooLarge, UnsupportedFormat
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .options import IngestOptions
from .records import Record, skip
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
        return str(self.path.resolve())


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


def expand_paths(paths: Iterable[str | Path]) -> Iterator[InputFile | Record]:
    """Files in command-line order; folders recursively in sorted order (hidden files
    skipped); glob patterns expanded. A path that matches nothing is a Skip."""
    seen: set[Path] = set()
    for raw in paths:
        raw = str(raw)
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(p for p in path.rglob("*")
                                if p.is_file() and not _hidden(p.relative_to(path)))
        elif path.is_file():
            candidates = [path]
        elif glob.has_magic(raw):
            candidates = sorted(Path(p) for p in glob.glob(raw, recursive=True)
                                if Path(p).is_file())
        else:
            candidates = []
        if not candidates:
            yield skip(raw, InputNotFound("no such file, folder or matching files", source=raw))
            continue
        for p in candidates:
            resolved = p.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            st = p.stat()
            yield InputFile(p, st.st_size, st.st_mtime_ns)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def detect_format(path: Path, head: bytes) -> str:
    """Reader name from the extension, else from the first bytes."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    return sniff(head)


def sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"\x1f\x8b"):
        return "gzip"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        if b"<rss" in start or b"<feed" in start or b"<rdf" in start:
            return "feed"
        return "html"
    return "text"


def read_file(file: InputFile, options: IngestOptions) -> Iterator[Record]:
    """Every Record in one file; any error the readers raise becomes a Skip."""
    origin = str(file.path)
    fallback = datetime.fromtimestamp(file.mtime_ns / 1e9).date()
    try:
        with open(file.path, "rb") as stream:
            head = stream.read(4096)
            stream.seek(0)
            kind = detect_format(file.path, head)
            if kind == "gzip":
                with gzip.open(file.path, "rb") as inner:
                    kind = "warc" if sniff(inner.read(4096)) == "warc" else "unknown"
            if kind == "warc":
                yield from read_warc(stream, origin=origin, options=options)
            elif kind == "jsonl":
                yield from read_jsonl(stream, origin=origin, options=options)
            elif kind == "jsonl.gz":
                with gzip.open(stream, "rb") as inner:
                    yield from read_jsonl(inner, origin=origin, options=options)
            elif kind in _WHOLE_FILE:
                limit = options.max_html_bytes if kind != "text" else options.max_document_bytes
                if file.size > limit:
                    raise InputTooLarge(
                        f"file is {file.size} bytes, limit is {limit} for {kind}", source=origin
                    )
                yield from _WHOLE_FILE[kind](
                    stream.read(), origin=origin, options=options, fallback=fallback
                )
            else:
                raise UnsupportedFormat("compressed file of an unknown format", source=origin)
    except EventwireError as exc:
        yield skip(origin, exc)
    except OSError as exc:
        yield skip(origin, InputNotFound(f"cannot read file: {exc.strerror or exc}",
                                         source=origin))


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
    """Records from every input in order, a FileDone after each file. Files for
    which `is_done` is true (already fully ingested) are not read again; `exclude`
    names files never to read (the database itself, when it sits among the inputs)."""
    options = options or IngestOptions()
    excluded = {p.resolve() for p in exclude}
    for entry in expand_paths(paths):
        if isinstance(entry, Record):
            yield entry
            continue
        if entry.path.resolve() in excluded:
            continue
        if is_done and is_done(entry):
            continue
        yield from read_file(entry, options)
        yield FileDone(entry)
