"""Plain-text articles (.txt): decode, check size and content."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..errors import InputTooLarge, NoText
from ..reading import decode_bytes
from .options import IngestOptions
from .records import Record, make_record


def read_text(
    data: bytes, *, origin: str, options: IngestOptions, fallback: date | None = None
) -> Iterator[Record]:
    """One Document from the bytes of a text file (first line kept: the segmenter
    decides what is a headline). Raises an InputError for a bad input."""
    if len(data) > options.max_document_bytes:
        raise InputTooLarge(
            f"text is {len(data)} bytes, limit is {options.max_document_bytes}", source=origin
        )
    decoded = decode_bytes(data, source=origin)
    if len(decoded.text.strip()) < options.min_text_chars:
        raise NoText(f"text has fewer than {options.min_text_chars} characters", source=origin)
    # a text file names no publisher: the file's name is its origin, not its source
    yield make_record(origin, decoded.text, fallback=fallback,
                      notes=(decoded.note(origin),))
