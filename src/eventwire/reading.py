"""Turning a path, a stream or bytes into a Document, with a coded error for every bad input.

This is the plain-text reader the CLI uses; richer formats (HTML, feeds, WARC)
belong in ingest/ and reuse `read_bytes_limited`, `decode_bytes`, `clean_text`
and `parse_date`. Everything read from outside passes through here, so this is
where sizes are capped and strings are made safe to store.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .errors import (
    BadDate,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputNotFound,
    InputTooLarge,
    MalformedInput,
    NotRegularFile,
    SymlinkLoop,
    UnreadableInput,
)
from .models import Document

log = logging.getLogger(__name__)

# The largest text `read_document` accepts (`eventwire code`): the same as
# ingest/options.py MAX_DOCUMENT_BYTES (not imported from there: ingest imports this).
MAX_BYTES = 2 * 1024 * 1024
# meta.json beside an article: a few fields, never megabytes.
MAX_META_BYTES = 64 * 1024
# Publication dates outside this range are typos or placeholders (0001-01-01, 9999-12-31).
EARLIEST = date(1800, 1, 1)
LATEST = date(2200, 12, 31)


# ---- dates -----------------------------------------------------------------------------


def parse_date(value: str | date | datetime | None, *, source: str | None = None) -> date | None:
    """A publication date from a whole ISO date or date-time (`2026-02-03`,
    `2026-02-03T10:00:00Z`) or a date object; raises BadDate for anything else,
    including trailing garbage and years outside 1800-2200."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        text = str(value).strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            try:
                day = datetime.fromisoformat(text).date()
            except ValueError:
                raise BadDate(f"not a date (expected YYYY-MM-DD): {text[:40]!r}",
                              source=source) from None
    if not EARLIEST <= day <= LATEST:
        raise BadDate(f"date {day.isoformat()} is outside {EARLIEST.year}-{LATEST.year}",
                      source=source)
    return day


# ---- bytes from files and streams ------------------------------------------------------


def display_path(path: str | Path) -> str:
    """A path as text that can always be stored: undecodable bytes of a file name
    (kept by Python as lone surrogates) are shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def os_error(exc: OSError, source: str) -> InputError:
    """The coded input error for an OSError met while opening or reading an input."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOENT:
        return InputNotFound(f"no such file (deleted or moved while reading?): {reason}",
                             source=source)
    if exc.errno == errno.ELOOP:
        return SymlinkLoop("symbolic link loop", source=source)
    if exc.errno == errno.EISDIR:
        return InputNotFound("is a directory, not a file", source=source)
    return UnreadableInput(f"cannot read: {reason}", source=source)


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def file_kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def open_regular(path: str | Path, source: str) -> BinaryIO:
    """A regular file opened for reading. Opened non-blocking, so a FIFO swapped in
    after listing cannot hang the run, and checked with fstat before any read:
    FIFOs, devices and sockets raise NotRegularFile. OSError becomes a coded error."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise os_error(exc, source) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            cls = InputNotFound if stat.S_ISDIR(mode) else NotRegularFile
            raise cls(f"is {file_kind(mode)}, not a regular file", source=source)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(stream: BinaryIO, limit: int, source: str, what: str = "input") -> bytes:
    """At most `limit` bytes from a stream; InputTooLarge when there are more.
    Reads limit + 1 bytes at most, whatever the stream claims its size is."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputTooLarge(f"{what} is over the limit of {limit} bytes", source=source)
    return b"".join(chunks)


def read_bytes_limited(
    stream_or_path: BinaryIO | str | Path, limit: int, source: str | None = None
) -> bytes:
    """The bytes of a file or stream (stdin), at most `limit` of them.

    A named path may be a FIFO or `/dev/stdin` (the user chose it), but no more
    than limit + 1 bytes are ever read: `/dev/zero` stops at the cap. Raises
    InputTooLarge over the limit and a coded InputError when it cannot be read."""
    if isinstance(stream_or_path, str | Path):
        name = source or display_path(stream_or_path)
        try:
            with open(stream_or_path, "rb") as stream:
                if stat.S_ISDIR(os.fstat(stream.fileno()).st_mode):
                    raise InputNotFound("is a directory, not a file", source=name)
                return read_capped(stream, limit, name)
        except OSError as exc:
            raise os_error(exc, name) from exc
    name = source or "<stream>"
    try:
        return read_capped(stream_or_path, limit, name)
    except OSError as exc:
        raise os_error(exc, name) from exc


# ---- decoding --------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable bytes replaced with U+FFFD

    def note(self, source: str) -> EncodingError | None:
        if not self.replaced:
            return None
        return EncodingError(f"{self.replaced} invalid {self.encoding} byte(s) replaced "
                             "with U+FFFD", source=source)


# Bytes below 32 that text does not use (tab, newline, form feed, return are text).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                 b"\x7fELF", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x00\x00\x01\x00")
_WINDOW = 64 * 1024
# Encodings charset_normalizer may choose among. Left free it names rare code pages
# (cp775, cp1006) for short Western texts; news comes in these.
_CANDIDATES = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1256",
    "iso8859_6", "cp1257", "cp1258", "cp874", "tis_620", "gb18030", "big5", "shift_jis",
    "euc_jp", "euc_kr", "cp949", "utf_16_le", "utf_16_be",
]
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII_OK = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _looks_binary(data: bytes) -> bool:
    """Known binary signatures, or more than 5% control bytes in the first 8 KB or in
    any 64 KB window (a text with a binary blob in the middle is binary too)."""
    if data.startswith(_BINARY_MAGIC):
        return True
    windows = [data[:8192]] + [data[i:i + _WINDOW] for i in range(0, len(data), _WINDOW)]
    for chunk in windows:
        controls = len(chunk) - len(chunk.translate(None, _CONTROL))
        if controls > len(chunk) * 0.05:
            return True
    return False


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-range text in UTF-16 has a NUL in every other byte; None when not so."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        codec = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    text = data[: len(data) - len(data) % 2].decode(codec, "replace")
    controls = sum(1 for c in text[:8192] if c < " " and c not in "\t\n\r\f")
    return None if controls > len(text[:8192]) * 0.05 else text


def decode_bytes(data: bytes, *, source: str) -> Decoded:
    """Bytes to text, truthfully: a BOM decides; UTF-16 without BOM is recognised;
    otherwise UTF-8, where a few invalid bytes in an otherwise UTF-8 text are replaced
    with U+FFFD and counted (never the whole text reinterpreted as cp1252); a text
    with no valid UTF-8 goes to charset_normalizer. Refuses empty and binary data."""
    if not data.strip():
        raise EmptyInput("input is empty", source=source)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            text = body.decode(codec, "replace")
            replaced = 0 if "\ufffd" not in text else text.count("\ufffd") - body.decode(
                codec, "ignore").count("\ufffd")
            return Decoded(text, codec.upper(), replaced)
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text, "UTF-16")
    if _looks_binary(data):
        raise BinaryInput("input looks binary, not text", source=source)
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    valid = len(escaped) - len(_NON_ASCII_OK.sub("", escaped))
    if valid >= bad:  # mostly valid UTF-8: a few corrupt bytes, not another encoding
        return Decoded(_ESCAPED.sub("\ufffd", escaped), "UTF-8", bad)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise EncodingError("not UTF-8, and no known encoding fits the bytes", source=source)
    return Decoded(str(best), best.encoding)


def decode_text(data: bytes, *, source: str) -> str:
    """The text of `decode_bytes`, replacements logged (for callers without notes)."""
    decoded = decode_bytes(data, source=source)
    if note := decoded.note(source):
        log.warning("%s", note)
    return decoded.text


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, int]:
    """The text without NULs and lone surrogates (which cannot be encoded as UTF-8 or
    stored), and how many were removed."""
    if text.isascii() and "\x00" not in text:
        return text, 0
    return _UNSTORABLE.subn("", text)


# ---- documents -------------------------------------------------------------------------


def _read_meta(path: Path) -> dict:
    """meta.json beside an article: a JSON object, or a coded error naming the file."""
    name = display_path(path)
    data = read_bytes_limited(path, MAX_META_BYTES, name)
    try:
        meta = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise MalformedInput(f"not valid JSON: {exc}", source=name) from exc
    if not isinstance(meta, dict):
        raise MalformedInput(f"must be a JSON object, not {type(meta).__name__}", source=name)
    return meta


def _meta_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    return clean_text(value)[0] or None if isinstance(value, str) else None


def read_document(
    path_or_bytes: str | Path | bytes,
    *,
    published: str | date | None = None,
    source: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """A Document from a text file (or bytes). A `meta.json` beside the file may give
    `published`, `title` and `url`; an explicit `published` wins. Raises a coded
    InputError for a missing, unreadable, oversized, binary or empty input."""
    meta: dict = {}
    if isinstance(path_or_bytes, bytes):
        name = source or "<bytes>"
        data = path_or_bytes
        if len(data) > max_bytes:
            raise InputTooLarge(f"input is {len(data)} bytes, limit is {max_bytes}",
                                source=name)
    else:
        path = Path(path_or_bytes)
        name = source or display_path(path)
        data = read_bytes_limited(path, max_bytes, name)
        meta_path = path.with_name("meta.json")
        if meta_path.is_file():
            meta = _read_meta(meta_path)
    text, removed = clean_text(decode_text(data, source=name))
    if removed:
        log.warning("%s", EncodingError(f"{removed} NUL or lone surrogate character(s) "
                                        "removed", source=name))
    if not text.strip():
        raise EmptyInput("input has no text", source=name)
    date_source = "given"
    day = parse_date(published, source=name)
    if day is None and meta.get("published"):
        day = parse_date(meta["published"], source=f"{name} (meta.json)")
        date_source = "metadata"
    if day is None:
        date_source = "fallback"
    return Document(
        text=text,
        published=day,
        title=_meta_str(meta, "title"),
        source=name,
        url=_meta_str(meta, "url"),
        date_source=date_source,
    )
