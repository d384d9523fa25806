"""Turning a path or bytes into a Document, with a coded error for every bad input.

This is the plain-text reader the CLI uses; richer formats (HTML, feeds, WARC)
belong in ingest/ and reuse `decode_text` and `parse_date`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from .errors import BadDate, BinaryInput, EmptyInput, EncodingError, InputNotFound, InputTooLarge
from .models import Document

MAX_BYTES = 50 * 1024 * 1024


def parse_date(value: str | date | datetime | None, *, source: str | None = None) -> date | None:
    """A publication date from YYYY-MM-DD (or a date object); raises BadDate otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for candidate in (text, text[:10]):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    raise BadDate(f"not a date (expected YYYY-MM-DD): {text!r}", source=source)


def decode_text(data: bytes, *, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else UTF-16 with BOM, else Latin-1/cp1252.

    Refuses data that looks binary (NUL bytes or many control characters).
    """
    if not data.strip():
        raise EmptyInput("input is empty", source=source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"invalid UTF-16: {exc.reason}", source=source) from exc
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise BinaryInput("input looks binary, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_document(
    path_or_bytes: str | Path | bytes,
    *,
    published: str | date | None = None,
    source: str | None = None,
) -> Document:
    """A Document from a text file (or bytes). A `meta.json` beside the file may give
    `published` and `title`; an explicit `published` wins."""
    meta: dict = {}
    if isinstance(path_or_bytes, bytes):
        name = source or "<bytes>"
        data = path_or_bytes
    else:
        path = Path(path_or_bytes)
        name = source or str(path)
        if not path.exists():
            raise InputNotFound("no such file", source=name)
        if path.is_dir():
            raise InputNotFound("is a directory, not a file", source=name)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputTooLarge(f"file is {size} bytes, limit is {MAX_BYTES}", source=name)
        data = path.read_bytes()
        meta_path = path.with_name("meta.json")
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
    text = decode_text(data, source=name)
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
        title=meta.get("title"),
        source=name,
        url=meta.get("url"),
        date_source=date_source,
    )
