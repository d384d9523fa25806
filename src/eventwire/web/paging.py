"""Keyset paging for /events: the cursor is the sort key of the last row sent, so a page
costs the same at row 10 and row 1,000,000 and stays stable while reading."""

from __future__ import annotations

import base64
import json
from datetime import date

from ..errors import FilterError

# Undated events sort last; the sentinel keeps the key a plain comparable tuple.
SORT_KEY = ("coalesce(e.day, DATE '9999-12-31'), e.doc_id, e.sentence_index,"
            " e.evidence_start, e.event_id")


def encode(row: dict) -> str:
    key = [(row["day"] or date(9999, 12, 31)).isoformat(), row["doc_id"],
           row["sentence_index"], row["evidence_start"], row["event_id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode(cursor: str) -> list:
    """The key tuple as SQL parameters; FilterError (422) when it was not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, doc_id, sentence, start, event_id = json.loads(raw)
        if not (isinstance(doc_id, str) and isinstance(event_id, str)
                and type(sentence) is int and type(start) is int):
            raise ValueError
        return [date.fromisoformat(day), doc_id, sentence, start, event_id]
    except (ValueError, TypeError, UnicodeDecodeError):
        raise FilterError("cursor: not a cursor returned by /events", source="filter") from None
