"""Columnar conversion between records (Document, Event, Skip, Quote) and Arrow
tables shaped like the store's tables, and back to schema-1 JSON records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:  # numpy is imported where signatures are made, not by queries
    import numpy as np

from ..models import SCHEMA_VERSION, Actor, Event, Quote, Skip, sha1
from .records import event_record  # noqa: F401  (re-exported: its old home)

EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("schema", pa.int32()), ("doc_id", pa.string()),
    ("sentence_index", pa.int32()), ("sentence", pa.string()),
    ("evidence_start", pa.int32()), ("evidence_end", pa.int32()), ("evidence_text", pa.string()),
    ("source_text", pa.string()), ("source_name", pa.string()), ("source_code", pa.string()),
    ("source_country", pa.string()), ("source_role", pa.string()), ("source_kb_id", pa.string()),
    ("target_text", pa.string()), ("target_name", pa.string()), ("target_code", pa.string()),
    ("target_country", pa.string()), ("target_role", pa.string()), ("target_kb_id", pa.string()),
    ("cameo", pa.string()), ("cameo_root", pa.string()), ("cameo_label", pa.string()),
    ("goldstein", pa.float64()), ("quad_class", pa.int32()),
    ("plover_event", pa.string()), ("plover_mode", pa.string()),
    ("polarity", pa.string()), ("modality", pa.string()),
    ("date", pa.string()), ("day", pa.date32()), ("date_precision", pa.string()),
    ("date_source", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()),
    ("location_geonameid", pa.int64()),
    ("quote", pa.string()), ("rule", pa.string()), ("confidence", pa.float64()),
    ("run_id", pa.string()),
])

DOCUMENT_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("origin", pa.string()), ("source", pa.string()),
    ("url", pa.string()), ("title", pa.string()), ("published", pa.date32()),
    ("date_source", pa.string()), ("text", pa.string()), ("n_chars", pa.int32()),
    ("status", pa.string()), ("duplicate_of", pa.string()), ("similarity", pa.float64()),
    ("n_events", pa.int32()), ("minhash", pa.binary()), ("run_id", pa.string()),
    ("ingested_at", pa.timestamp("us")),
    ("record_id", pa.string()),  # schema 2 (migrations/0002_record_id.sql)
])

SKIP_SCHEMA = pa.schema([
    ("skip_id", pa.string()), ("source", pa.string()), ("code", pa.string()),
    ("reason", pa.string()), ("doc_id", pa.string()), ("run_id", pa.string()),
    ("skipped_at", pa.timestamp("us")),
])

ACTOR_SCHEMA = pa.schema([
    ("actor_key", pa.string()), ("code", pa.string()), ("name", pa.string()),
    ("country", pa.string()), ("role", pa.string()), ("kb_id", pa.string()),
    ("text", pa.string()),
])

QUOTE_SCHEMA = pa.schema([
    ("quote_id", pa.string()), ("doc_id", pa.string()), ("start_char", pa.int32()),
    ("end_char", pa.int32()), ("text", pa.string()), ("speaker_text", pa.string()),
    ("speaker_code", pa.string()), ("speaker_name", pa.string()),
    ("sentence_index", pa.int32()), ("event_id", pa.string()),
])


def _day(value: str | None) -> date | None:
    if value and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _actor_cols(prefix: str, actors: Sequence[Actor | None]) -> dict[str, list]:
    return {
        f"{prefix}_{name}": [getattr(a, name) if a else None for a in actors]
        for name in ("text", "name", "code", "country", "role", "kb_id")
    }


def events_table(events: Sequence[Event], run_id: str | None) -> pa.Table:
    """Events as one Arrow table (columns built per field, inserted in one statement)."""
    locs = [e.location for e in events]
    cols: dict[str, list] = {
        "event_id": [e.event_id for e in events],
        "schema": [SCHEMA_VERSION] * len(events),
        "doc_id": [e.doc_id for e in events],
        "sentence_index": [e.sentence_index for e in events],
        "sentence": [e.sentence for e in events],
        "evidence_start": [e.evidence.start for e in events],
        "evidence_end": [e.evidence.end for e in events],
        "evidence_text": [e.evidence.text for e in events],
        **_actor_cols("source", [e.source for e in events]),
        **_actor_cols("target", [e.target for e in events]),
        "cameo": [e.cameo for e in events],
        "cameo_root": [e.cameo[:2] for e in events],
        "cameo_label": [e.cameo_label for e in events],
        "goldstein": [e.goldstein for e in events],
        "quad_class": [e.quad_class for e in events],
        "plover_event": [e.plover_event for e in events],
        "plover_mode": [e.plover_mode for e in events],
        "polarity": [e.polarity for e in events],
        "modality": [e.modality for e in events],
        "date": [e.date for e in events],
        "day": [_day(e.date) for e in events],
        "date_precision": [e.date_precision for e in events],
        "date_source": [e.date_source for e in events],
        "location_name": [p.name if p else None for p in locs],
        "location_country": [p.country if p else None for p in locs],
        "location_lat": [p.lat if p else None for p in locs],
        "location_lon": [p.lon if p else None for p in locs],
        "location_geonameid": [p.geonameid if p else None for p in locs],
        "quote": [e.quote for e in events],
        "rule": [e.rule for e in events],
        "confidence": [e.confidence for e in events],
        "run_id": [run_id] * len(events),
    }
    return pa.Table.from_pydict(cols, schema=EVENT_SCHEMA)


def actor_key(actor: Actor) -> str:
    if actor.kb_id or actor.code:
        return sha1(f"{actor.kb_id}|{actor.code}|{actor.name}")
    return sha1(f"text|{actor.text.lower()}")


def actors_table(events: Sequence[Event]) -> pa.Table:
    seen: dict[str, Actor] = {}
    for e in events:
        for a in (e.source, e.target):
            if a is not None:
                seen.setdefault(actor_key(a), a)
    actors = list(seen.values())
    cols = {"actor_key": list(seen)}
    for name in ("code", "name", "country", "role", "kb_id", "text"):
        cols[name] = [getattr(a, name) for a in actors]
    return pa.Table.from_pydict(cols, schema=ACTOR_SCHEMA)


def quotes_table(quotes: Sequence[Quote]) -> pa.Table:
    sp = [q.speaker for q in quotes]
    cols = {
        "quote_id": [sha1(f"{q.doc_id}|{q.start}|{q.end}") for q in quotes],
        "doc_id": [q.doc_id for q in quotes],
        "start_char": [q.start for q in quotes],
        "end_char": [q.end for q in quotes],
        "text": [q.text for q in quotes],
        "speaker_text": [s.text if s else None for s in sp],
        "speaker_code": [s.code if s else None for s in sp],
        "speaker_name": [s.name if s else None for s in sp],
        "sentence_index": [q.sentence_index for q in quotes],
        "event_id": [q.event_id for q in quotes],
    }
    return pa.Table.from_pydict(cols, schema=QUOTE_SCHEMA)


def skip_id(s: Skip) -> str:
    return sha1(f"{s.source}|{s.code}|{s.reason}")


def skips_table(skips: Sequence[Skip], run_id: str | None, now: datetime) -> pa.Table:
    cols = {
        "skip_id": [skip_id(s) for s in skips],
        "source": [s.source for s in skips],
        "code": [s.code for s in skips],
        "reason": [s.reason for s in skips],
        "doc_id": [s.doc_id for s in skips],
        "run_id": [run_id] * len(skips),
        "skipped_at": [now] * len(skips),
    }
    return pa.Table.from_pydict(cols, schema=SKIP_SCHEMA)


def signature_bytes(sig: np.ndarray | None) -> bytes | None:
    import numpy as np

    return None if sig is None else np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(blob: bytes) -> np.ndarray:
    import numpy as np

    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
