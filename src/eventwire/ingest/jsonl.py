"""JSON Lines dumps: one article per line, field names configurable."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import EventwireError, InputTooLarge, MalformedInput, NoText
from ..reading import decode_text
from .options import IngestOptions
from .records import Record, make_document, skip


def read_jsonl(stream: BinaryIO, *, origin: str, options: IngestOptions) -> Iterator[Record]:
    """A Document per line; a broken line becomes a Skip and reading goes on."""
    fields = options.fields
    limit = options.max_document_bytes * 2  # JSON escapes inflate the text
    for number, line in enumerate(stream, start=1):
        where = f"{origin}#L{number}"
        if not line.strip():
            continue
        try:
            if len(line) > limit:
                raise InputTooLarge(f"line is {len(line)} bytes, limit is {limit}", source=where)
            try:
                obj = json.loads(decode_text(line, source=where))
            except ValueError as exc:
                raise MalformedInput(f"not valid JSON: {exc}", source=where) from exc
            if not isinstance(obj, dict):
                raise MalformedInput("line is not a JSON object", source=where)
            text = obj.get(fields.text)
            if not isinstance(text, str) or len(text.strip()) < options.min_text_chars:
                raise NoText(f"no text in field {fields.text!r}", source=where)
            yield Record(
                where,
                make_document(
                    text,
                    published=obj.get(fields.date),
                    title=_str(obj.get(fields.title)),
                    source=_str(obj.get(fields.source)) or origin,
                    url=_str(obj.get(fields.url)),
                ),
            )
        except EventwireError as exc:
            yield skip(where, exc)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
