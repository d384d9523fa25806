"""Settings for reading and ingesting a corpus, with their documented defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import (  # the defaults live in settings.py; re-exported here
    DUP_THRESHOLD,
    MAX_COMPRESSION_RATIO,
    MAX_DECOMPRESSED_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_HTML_BYTES,
    MAX_HTML_TAGS,
    MAX_LINE_BYTES,
    MAX_WARC_LINE_BYTES,
    MIN_TEXT_CHARS,
    NUM_PERM,
)


@dataclass(frozen=True)
class JsonlFields:
    """Field names of a JSON Lines dump (`--text-field`, `--date-field`, ...)."""

    text: str = "text"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"
    id: str = "id"  # the user's record id, carried to every export


@dataclass(frozen=True)
class IngestOptions:
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    max_html_bytes: int = MAX_HTML_BYTES
    max_html_tags: int = MAX_HTML_TAGS
    max_line_bytes: int = MAX_LINE_BYTES
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES
    max_compression_ratio: float = MAX_COMPRESSION_RATIO
    max_warc_line_bytes: int = MAX_WARC_LINE_BYTES
    min_text_chars: int = MIN_TEXT_CHARS
    dup_threshold: float = DUP_THRESHOLD
    num_perm: int = NUM_PERM
    fields: JsonlFields = field(default_factory=JsonlFields)
    workers: int = 1
    batch_size: int = 64


def default_db_path() -> Path:
    """`EVENTWIRE_DB`, else events.duckdb in the user data directory."""
    env = os.environ.get("EVENTWIRE_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("eventwire")) / "events.duckdb"
