"""Analyses over the store: cross-article event clusters."""

from .clusters import clustered_events_sql, clusters_sql

__all__ = ["clustered_events_sql", "clusters_sql"]
