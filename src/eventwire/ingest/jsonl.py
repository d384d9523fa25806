"""JSON Lines dumps (plain or gzipped): one article per line, field names configurable."""

from __future__ import annotations

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


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, size) per line; `line` is None for a line over `limit` bytes,
    which is read past in chunks, never held whole."""
    number = 0
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


def read_jsonl(stream: BinaryIO, *, origin: str, options: IngestOptions) -> Iterator[Record]:
    """A Document per line; a broken line becomes a Skip and reading goes on.
    A gzipped stream is decompressed on the fly within the options' limits."""
    fields = options.fields
    limit = options.max_line_bytes
    plain = open_stream(stream, origin=origin, options=options)
    number = 0
    blank = 0
    for number, line, size in _lines(plain, limit):
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
    elif number == blank:
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
