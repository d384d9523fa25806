"""Corpus ingest: readers for text, HTML, JSON Lines, RSS/Atom and WARC inputs,
near-duplicate detection, and the run that codes and stores them."""

from .options import IngestOptions, JsonlFields, default_db_path
from .records import Record
from .run import EngineUnavailable, IngestSummary, ingest
from .sources import read_paths

__all__ = [
    "EngineUnavailable",
    "IngestOptions",
    "IngestSummary",
    "JsonlFields",
    "Record",
    "default_db_path",
    "ingest",
    "read_paths",
]
