"""Event filters (actor, dyad, CAMEO prefix, dates, country, text) as SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EventFilter:
    """What `eventwire query` filters on; None means no filter."""

    actor: str | None = None  # code prefix (COL, COLGOV) or part of a name
    dyad: tuple[str, str] | None = None  # (source, target), directed
    code: str | None = None  # CAMEO code prefix: 19, 042
    since: date | None = None
    until: date | None = None
    country: str | None = None  # ISO alpha-3 of source, target or location
    text: str | None = None  # substring of the sentence, case-insensitive
    limit: int | None = None

    def where(self, alias: str = "e") -> tuple[str, list]:
        """A WHERE clause (possibly "TRUE") and its parameters."""
        parts: list[str] = []
        params: list = []

        def actor(side: str, value: str) -> str:
            # Short values are codes (US, COL): a name substring match would be noise.
            if len(value) <= 3:
                params.append(f"{value}%")
                return f"({alias}.{side}_code ILIKE ?)"
            params.extend([f"{value}%", f"%{value}%", f"%{value}%"])
            return (f"({alias}.{side}_code ILIKE ? OR {alias}.{side}_name ILIKE ?"
                    f" OR {alias}.{side}_text ILIKE ?)")

        if self.actor:
            parts.append(f"({actor('source', self.actor)} OR {actor('target', self.actor)})")
        if self.dyad:
            parts.append(actor("source", self.dyad[0]))
            parts.append(actor("target", self.dyad[1]))
        if self.code:
            parts.append(f"{alias}.cameo LIKE ?")
            params.append(f"{self.code}%")
        if self.since:
            parts.append(f"{alias}.day >= ?")
            params.append(self.since)
        if self.until:
            parts.append(f"{alias}.day <= ?")
            params.append(self.until)
        if self.country:
            parts.append(
                f"(upper({alias}.source_country) = ? OR upper({alias}.target_country) = ?"
                f" OR upper({alias}.location_country) = ?)"
            )
            params.extend([self.country.upper()] * 3)
        if self.text:
            parts.append(f"{alias}.sentence ILIKE ?")
            params.append(f"%{self.text}%")
        return (" AND ".join(parts) if parts else "TRUE"), params


ORDER = "e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id"


def events_sql(f: EventFilter) -> tuple[str, list]:
    where, params = f.where("e")
    sql = f"SELECT e.* FROM events e WHERE {where} ORDER BY {ORDER}"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql, params


def skips_sql(limit: int | None = None) -> str:
    sql = "SELECT source, code, reason, doc_id, skipped_at FROM skips ORDER BY source, code"
    return sql + (f" LIMIT {int(limit)}" if limit else "")
