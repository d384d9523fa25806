"""Settings for reading and ingesting a corpus, with their documented defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# A news article is well under 100 kB of text. spaCy parses about 6,500 tokens/s
# per core, so 2 MB (~330k tokens) already costs ~50 s; anything bigger is not an
# article (a log, a dump, a book) and is skipped by size before it is read.
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
# Raw HTML carries scripts and markup: allow more bytes before extraction.
MAX_HTML_BYTES = 10 * 1024 * 1024
# Texts shorter than this after extraction are not articles (menus, error pages).
MIN_TEXT_CHARS = 20
# MinHash LSH Jaccard threshold above which a document is a near-duplicate.
DUP_THRESHOLD = 0.8
NUM_PERM = 128


@dataclass(frozen=True)
class JsonlFields:
    """Field names of a JSON Lines dump (`--text-field`, `--date-field`, ...)."""

    text: str = "text"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"


@dataclass(frozen=True)
class IngestOptions:
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    max_html_bytes: int = MAX_HTML_BYTES
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
