"""JSON Lines dumps (plain or gzipped): one article per line, field names configurable."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import (
    EmptyInput,
    EncodingError,
    EventwireError,
    InputTooLarge,
    MalformedInput,
    NoText,
)
from .options import IngestOptions
from .records import Record, make_record, skip
from .streams import open_stream

_CHUNK = 1 << 20


def _lines(stream: BinaryIO, limit: int, first: int = 0
           ) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, size) per line, numbered after `first`; `line` is None for a line
    over `limit` bytes, which is read past in chunks, never held whole."""
    number = first
    while line := stream.readline(limit + 1):
        number += 1
        size = len(line)
        if size > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                size += len(rest)
            yield number, None, size + len(rest)
        else:
            yield number, line, size


def _decode(line: bytes, where: str) -> tuple[str, EncodingError | None]:
    """JSON text is UTF-8 (RFC 8259): invalid bytes are replaced and counted."""
    try:
        return line.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        text = line.decode("utf-8-sig", "replace")
        bad = text.count("\ufffd") - line.count("\ufffd".encode())
        return text, EncodingError(f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD",
                                   source=where)


def read_jsonl(stream: BinaryIO, *, origin: str, options: IngestOptions,
               first_line: int = 0, whole: bool = True) -> Iterator[Record]:
    """A Document per line; a broken line becomes a Skip and reading goes on.
    A gzipped stream is decompressed on the fly within the options' limits.
    For one part of a plain file (read_jsonl_part, `whole` False), lines are numbered
    after `first_line` and a part of blank lines is no error."""
    fields = options.fields
    limit = options.max_line_bytes
    plain = open_stream(stream, origin=origin, options=options, sniff=whole)
    number = first_line
    blank = first_line
    for number, line, size in _lines(plain, limit, first_line):
        where = f"{origin}#L{number}"
        if line is not None and not line.strip():
            blank += 1
            continue
        try:
            if line is None:
                raise InputTooLarge(f"line is {size} bytes, limit is {limit}", source=where)
            text, note = _decode(line, where)
            try:
                obj = json.loads(text)
            except ValueError as exc:
                raise MalformedInput(f"not valid JSON: {exc}", source=where) from exc
            except RecursionError as exc:
                raise MalformedInput("JSON nested too deeply", source=where) from exc
            if not isinstance(obj, dict):
                raise MalformedInput(f"line is a JSON {type(obj).__name__}, not an object",
                                     source=where)
            body = obj.get(fields.text)
            if body is None:
                raise NoText(f"no field {fields.text!r}", source=where)
            if not isinstance(body, str):
                raise NoText(f"field {fields.text!r} is a {type(body).__name__}, not text",
                             source=where)
            if len(body.strip()) < options.min_text_chars:
                raise NoText(f"no text in field {fields.text!r}", source=where)
            if len(body.encode("utf-8", "surrogatepass")) > options.max_document_bytes:
                raise InputTooLarge(f"text is over {options.max_document_bytes} bytes",
                                    source=where)
            yield make_record(
                where,
                body,
                published=obj.get(fields.date),
                title=_str(obj.get(fields.title)),
                # no publisher in the record: none (the file's name is not a publisher)
                source=_str(obj.get(fields.source)),
                url=_str(obj.get(fields.url)),
                record_id=_record_id(obj.get(fields.id)),
                notes=(note,),
            )
        except EventwireError as exc:
            yield skip(where, exc)
    if plain.error is not None:  # a limit or a truncated .gz ended the lines early
        yield skip(origin, plain.error)
    elif number == blank and whole:
        raise EmptyInput("no JSON lines, only blank ones" if number else "no JSON lines",
                         source=origin)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _record_id(value: object) -> str | None:
    """A record id as text: ids are often numbers in JSON (42, not "42"); a boolean,
    list or object is not an id."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _str(value)


class _Part(io.RawIOBase):
    """Bytes [start, end) of a seekable file, as a stream of its own."""

    def __init__(self, raw: BinaryIO, start: int, end: int) -> None:
        super().__init__()
        self.raw, self.start, self.end = raw, start, end
        self.pos = start
        raw.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos - self.start

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: self.start, io.SEEK_CUR: self.pos, io.SEEK_END: self.end}[whence]
        self.pos = min(max(self.start, base + offset), self.end)
        self.raw.seek(self.pos)
        return self.pos - self.start

    def readinto(self, buffer) -> int:
        data = self.raw.read(min(len(buffer), self.end - self.pos))
        buffer[:len(data)] = data
        self.pos += len(data)
        return len(data)

    def read1(self, size: int = -1) -> bytes:
        return self.read(size)


def _line_start(raw: BinaryIO, offset: int) -> int:
    """The first line start at or after `offset` (0 stays 0; past the end: the end)."""
    if offset <= 0:
        return 0
    raw.seek(offset - 1)
    if raw.read(1) == b"\n":
        return offset
    while chunk := raw.read(_CHUNK):
        at = chunk.find(b"\n")
        if at >= 0:
            return raw.tell() - len(chunk) + at + 1
    return raw.tell()


def _count_lines(raw: BinaryIO, end: int) -> int:
    raw.seek(0)
    n, left = 0, end
    while left > 0 and (chunk := raw.read(min(_CHUNK, left))):
        n += chunk.count(b"\n")
        left -= len(chunk)
    return n


def read_jsonl_part(raw: BinaryIO, start: int, end: int, *, origin: str,
                    options: IngestOptions) -> Iterator[Record]:
    """The records of the lines of an uncompressed JSON Lines file that start within
    bytes [start, end): splitting a file at any offsets and reading every part gives
    the records of read_jsonl on the whole file, in order and numbered alike (the
    Spark job reads a large file in parts, in parallel). A part of blank lines is no
    error: read a file whose first 4 KB are blank whole, as read_file does (E102)."""
    first = _line_start(raw, start)
    last = _line_start(raw, end)
    if first >= last:
        return
    number = _count_lines(raw, first)
    yield from read_jsonl(_Part(raw, first, last), origin=origin, options=options,
                          first_line=number, whole=False)
