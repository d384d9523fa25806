"""The DuckDB event store."""

from .eventstore import Batch, BatchResult, EventStore, StoredDocument, open_store

__all__ = ["Batch", "BatchResult", "EventStore", "StoredDocument", "open_store"]
