"""Stored event rows back to schema-1 JSON records (ARCHITECTURE.md).

Without pyarrow or numpy, so that `eventwire query` starts without loading them."""

from __future__ import annotations


def _actor_record(row: dict, prefix: str) -> dict | None:
    if row.get(f"{prefix}_text") is None:
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "name", "code", "country", "role",
                                                   "kb_id")}


def event_record(row: dict) -> dict:
    """A stored event row back to the schema-1 JSON record (ARCHITECTURE.md)."""
    location = None
    if row.get("location_name") is not None:
        location = {
            "name": row["location_name"], "country": row.get("location_country"),
            "lat": row.get("location_lat"), "lon": row.get("location_lon"),
            "geonameid": row.get("location_geonameid"),
        }
    return {
        "schema": row["schema"],
        "event_id": row["event_id"],
        "doc_id": row["doc_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"],
                     "text": row["evidence_text"]},
        "source": _actor_record(row, "source"),
        "target": _actor_record(row, "target"),
        "cameo": row["cameo"],
        "cameo_label": row["cameo_label"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "plover": {"event": row["plover_event"], "mode": row["plover_mode"]},
        "polarity": row["polarity"],
        "modality": row["modality"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_source": row["date_source"],
        "location": location,
        "quote": row["quote"],
        "rule": row["rule"],
        "confidence": row["confidence"],
    }
