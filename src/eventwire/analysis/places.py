"""Where events happened: one row per located place with counts and mean Goldstein,
for the event map (dashboard and --plot)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: queries start without pyarrow
    import pyarrow as pa

from ..store import EventStore
from ..store.queries import EventFilter
from .database import run_sql


def places_sql(f: EventFilter | None = None, limit: int = 2000) -> tuple[str, list]:
    where, params = (f or EventFilter()).where("e")
    sql = f"""
    SELECT e.location_name AS name, any_value(e.location_country) AS country,
           e.location_lat AS lat, e.location_lon AS lon, count(*) AS events,
           count(*) FILTER (WHERE e.quad_class >= 3) AS conflict,
           round(avg(e.goldstein), 2) AS goldstein_mean,
           count(DISTINCT e.doc_id) AS documents
    FROM events e
    WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND {where}
    GROUP BY e.location_name, e.location_lat, e.location_lon
    ORDER BY events DESC, name
    LIMIT {int(limit)}
    """
    return sql, params


def places(db: str | Path | EventStore, f: EventFilter | None = None, **filters) -> pa.Table:
    """Located places of the matching events as a pyarrow Table."""
    sql, params = places_sql(f or EventFilter(**filters))
    return run_sql(db, sql, params)
