"""Rankings: the most active and the most hostile dyads, sources, targets, CAMEO roots
or event countries, aggregated in one SQL query."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: queries start without pyarrow
    import pyarrow as pa

from ..errors import FilterError
from ..store import EventStore
from ..store.queries import EventFilter
from .database import run_sql

# Group keys per --by. Actor rankings count coded actors only: unresolved mentions
# ("the group", "officials") would rank as actors of their own and say nothing.
GROUPS = {
    "dyad": (["e.source_code AS source", "e.target_code AS target"],
             "e.source_code IS NOT NULL AND e.target_code IS NOT NULL"),
    "source": (["e.source_code AS source"], "e.source_code IS NOT NULL"),
    "target": (["e.target_code AS target"], "e.target_code IS NOT NULL"),
    "root": (["e.cameo_root AS root"], "TRUE"),
    "country": (["e.location_country AS country"], "e.location_country IS NOT NULL"),
}
RANKS = {
    "active": "events DESC, hostility DESC",
    # Hostility: the summed magnitude of negative Goldstein scores (conflict weighted
    # by its severity); ties go to the lower mean.
    "hostile": "hostility DESC, goldstein_mean ASC, events DESC",
}


def top_sql(f: EventFilter | None = None, by: str = "dyad", rank: str = "active",
            limit: int = 20) -> tuple[str, list]:
    if by not in GROUPS:
        raise FilterError(f"by: one of {', '.join(GROUPS)}, not {by!r}", source="filter")
    if rank not in RANKS:
        raise FilterError(f"rank: one of {', '.join(RANKS)}, not {rank!r}", source="filter")
    where, params = (f or EventFilter()).where("e")
    keys, present = GROUPS[by]
    names = [k.rsplit(" AS ", 1)[1] for k in keys]
    label = ", any_value(e.cameo_label) AS example_label" if by == "root" else ""
    sql = f"""
    SELECT {', '.join(keys)}, count(*) AS events, count(DISTINCT e.doc_id) AS documents,
           count(*) FILTER (WHERE e.quad_class >= 3) AS conflict,
           count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
           round(coalesce(sum(e.goldstein), 0), 2) AS goldstein_sum,
           round(avg(e.goldstein), 2) AS goldstein_mean,
           round(coalesce(sum(greatest(-e.goldstein, 0)), 0), 2) AS hostility{label}
    FROM events e WHERE {present} AND {where}
    GROUP BY {', '.join(names)}
    ORDER BY {RANKS[rank]}, {', '.join(names)}
    LIMIT {int(limit)}
    """
    return sql, params


def top(db: str | Path | EventStore, f: EventFilter | None = None, *, by: str = "dyad",
        rank: str = "active", limit: int = 20, **filters) -> pa.Table:
    """The top `limit` groups as a pyarrow Table: key column(s), events, documents,
    conflict, material_conflict, goldstein_sum, goldstein_mean, hostility. `rank` is
    'active' (most events) or 'hostile' (largest negative Goldstein total)."""
    sql, params = top_sql(f or EventFilter(**filters), by, rank, limit)
    return run_sql(db, sql, params)
