"""PLOVER event records (JSON): the PLOVER data model's fields, one object per event."""

from __future__ import annotations

from collections.abc import Iterator

# Columns read from events joined with documents to build a PLOVER record.
PLOVER_SQL = """
SELECT e.*, d.url, d.published, d.title, d.source AS publisher
FROM events e JOIN documents d USING (doc_id)
WHERE {where}
ORDER BY e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id
"""


def _actor(row: dict, side: str) -> dict:
    return {
        side: row[f"{side}_code"] or row[f"{side}_text"],
        f"{side}_actor": row[f"{side}_name"] or row[f"{side}_text"],
        f"{side}_agent": row[f"{side}_role"],
        f"{side}_country": row[f"{side}_country"],
    }


def plover_record(row: dict) -> dict:
    """A PLOVER record: id, date, event_type, mode, context, source/target with actor
    and agent, location, plus eventwire's provenance (text, doc, rule, confidence)."""
    day = row.get("day")
    return {
        "id": row["event_id"],
        "date": day.isoformat() if day else row.get("date"),
        "event_type": row["plover_event"],
        "mode": row["plover_mode"],
        "context": [],
        **_actor(row, "source"),
        **_actor(row, "target"),
        "polarity": row["polarity"],
        "modality": row["modality"],
        "country": row["location_country"],
        "location": row["location_name"],
        "lat": row["location_lat"],
        "lon": row["location_lon"],
        "geonameid": row["location_geonameid"],
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "confidence": row["confidence"],
        "event_text": row["evidence_text"],
        "sentence": row["sentence"],
        "doc_id": row["doc_id"],
        "url": row.get("url"),
        "publication_date": row["published"].isoformat() if row.get("published") else None,
        "publisher": row.get("publisher"),
        "language": "en",
        "rule": row["rule"],
    }


def plover_records(reader) -> Iterator[dict]:
    """PLOVER records from an Arrow record-batch reader over PLOVER_SQL."""
    for batch in reader:
        for row in batch.to_pylist():
            yield plover_record(row)
