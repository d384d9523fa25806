"""Analyses over the store: cross-article event clusters, timelines, rankings, places."""

from .clusters import clustered_events_sql, clusters_sql
from .places import places, places_sql
from .timeline import timeline, timeline_sql
from .top import top, top_sql

__all__ = ["clustered_events_sql", "clusters_sql", "places", "places_sql", "timeline",
           "timeline_sql", "top", "top_sql"]
