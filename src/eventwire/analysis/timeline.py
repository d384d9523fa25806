"""Dyad (or any filtered) timelines: per period, event counts by quad class, Goldstein
sum and mean, the top CAMEO roots and the number of distinct documents. One SQL query;
periods without events are kept as zero rows so a chart shows the gaps (up to MAX_FILLED)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: queries start without pyarrow
    import pyarrow as pa

from ..errors import FilterError
from ..store import EventStore
from ..store.queries import EventFilter
from .database import run_sql

PERIODS = ("day", "week", "month", "year")  # weeks start on Monday (ISO)

# Empty periods are filled in up to this many periods; beyond (one misdated event in
# 1066 in a day timeline) only periods with events are listed, not a million zeros.
MAX_FILLED = 5000

QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def timeline_sql(f: EventFilter | None = None, by: str = "week") -> tuple[str, list]:
    if by not in PERIODS:
        raise FilterError(f"by: one of {', '.join(PERIODS)}, not {by!r}", source="filter")
    where, params = (f or EventFilter()).where("e")
    quads = ",\n        ".join(
        f"count(*) FILTER (WHERE quad_class = {i}) AS {name}"
        for i, name in enumerate(QUAD_COLUMNS, start=1)
    )
    zeros = ", ".join(f"coalesce(a.{n}, 0) AS {n}" for n in QUAD_COLUMNS)
    # `by` is one of PERIODS (checked above), so it is safe to write into the SQL.
    sql = f"""
    WITH base AS MATERIALIZED (  -- filtered once, read by the three aggregates below
        SELECT date_trunc('{by}', e.day)::DATE AS period, e.* EXCLUDE (day)
        FROM events e WHERE e.day IS NOT NULL AND {where}
    ), periods AS (
        SELECT unnest(generate_series(min(period)::TIMESTAMP, max(period)::TIMESTAMP,
                                      INTERVAL 1 {by}))::DATE AS period
        FROM base
        HAVING count(*) > 0 AND date_diff('{by}', min(period), max(period)) <= {MAX_FILLED}
        UNION SELECT DISTINCT period FROM base
    ), agg AS (
        SELECT period, count(*) AS events,
        {quads},
        sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
        count(DISTINCT doc_id) AS documents
        FROM base GROUP BY period
    ), roots AS (
        SELECT period, cameo_root, count(*) AS n,
               row_number() OVER (PARTITION BY period ORDER BY count(*) DESC, cameo_root) AS rk
        FROM base GROUP BY period, cameo_root
    ), top_roots AS (
        SELECT period, string_agg(cameo_root || ':' || n, ' ' ORDER BY rk) AS top_roots
        FROM roots WHERE rk <= 3 GROUP BY period
    )
    SELECT p.period, coalesce(a.events, 0) AS events, {zeros},
           round(coalesce(a.goldstein_sum, 0), 2) AS goldstein_sum,
           round(a.goldstein_mean, 2) AS goldstein_mean,
           coalesce(a.documents, 0) AS documents,
           coalesce(t.top_roots, '') AS top_roots
    FROM periods p LEFT JOIN agg a USING (period) LEFT JOIN top_roots t USING (period)
    ORDER BY p.period
    """
    return sql, params


def timeline(db: str | Path | EventStore, f: EventFilter | None = None, *, by: str = "week",
             **filters) -> pa.Table:
    """Per-period aggregates of the matching events as a pyarrow Table (period, events,
    verbal_coop, material_coop, verbal_conflict, material_conflict, goldstein_sum,
    goldstein_mean, documents, top_roots). Filters are EventFilter fields, e.g.
    ``timeline("events.duckdb", dyad=("USA", "COL"), both_directions=True, by="month")``;
    ``.to_pandas()`` gives a DataFrame when pandas is installed."""
    sql, params = timeline_sql(f or EventFilter(**filters), by)
    return run_sql(db, sql, params)
