"""Cross-article event clustering: events with the same source, target, CAMEO root
and a date within one day of the previous one form a cluster, counted like GDELT's
NumMentions (events), NumArticles (documents) and NumSources (publishers)."""

from __future__ import annotations

from ..store.queries import EventFilter

# Actors without a code still cluster by their mention text.
_KEYS = """
    coalesce(e.source_code, 'text:' || lower(e.source_text), '-') AS skey,
    coalesce(e.target_code, 'text:' || lower(e.target_text), '-') AS tkey
"""


def clustered_events_sql(f: EventFilter | None = None) -> tuple[str, list]:
    """SQL returning every matching event (with a day) plus cluster_id, cluster_events,
    cluster_articles and cluster_sources. Chains of events at most one day apart
    join one cluster, so a story told over several days stays one cluster."""
    where, params = (f or EventFilter()).where("e")
    sql = f"""
    WITH base AS (
        -- no publisher named: the input file stands for one (its lines are one source)
        SELECT e.*, {_KEYS}, coalesce(d.source, split_part(d.origin, '#', 1)) AS publisher
        FROM events e JOIN documents d USING (doc_id)
        WHERE e.day IS NOT NULL AND {where}
    ), marked AS (
        SELECT *, CASE WHEN day - lag(day) OVER w <= 1 THEN 0 ELSE 1 END AS brk
        FROM base WINDOW w AS (PARTITION BY skey, tkey, cameo_root ORDER BY day, event_id)
    ), numbered AS (
        SELECT *, sum(brk) OVER (PARTITION BY skey, tkey, cameo_root ORDER BY day, event_id
                                 ROWS UNBOUNDED PRECEDING) AS seq
        FROM marked
    ), clusters AS (
        SELECT skey, tkey, cameo_root, seq,
               sha1(skey || '|' || tkey || '|' || cameo_root || '|' || min(day)::VARCHAR)
                   AS cluster_id,
               min(day) AS first_day, max(day) AS last_day,
               count(*) AS cluster_events,
               count(DISTINCT doc_id) AS cluster_articles,
               count(DISTINCT publisher) AS cluster_sources
        FROM numbered GROUP BY skey, tkey, cameo_root, seq
    )
    SELECT n.* EXCLUDE (brk, seq), c.cluster_id, c.first_day, c.last_day,
           c.cluster_events, c.cluster_articles, c.cluster_sources
    FROM numbered n JOIN clusters c USING (skey, tkey, cameo_root, seq)
    """
    return sql, params


def clusters_sql(f: EventFilter | None = None) -> tuple[str, list]:
    """One row per cluster: key, dates, counts and a representative sentence."""
    inner, params = clustered_events_sql(f)
    sql = f"""
    SELECT cluster_id, any_value(source_code) AS source_code, skey AS source_key,
           any_value(target_code) AS target_code, tkey AS target_key, cameo_root,
           min(first_day) AS first_day, max(last_day) AS last_day,
           max(cluster_events) AS events, max(cluster_articles) AS articles,
           max(cluster_sources) AS sources,
           arg_min(sentence, day) AS example
    FROM ({inner}) GROUP BY cluster_id, skey, tkey, cameo_root
    ORDER BY first_day, source_key, target_key, cameo_root
    """
    if f and f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql, params
