"""Exports of the event store: GDELT 2.0 TSV, PLOVER JSON Lines, a POLECAT-style TSV, CSV,
Parquet."""

from .formats import FORMATS, export
from .gdelt import GDELT_COLUMNS

__all__ = ["FORMATS", "GDELT_COLUMNS", "export"]
