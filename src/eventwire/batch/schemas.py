"""The Parquet tables a Spark run writes, as Spark schemas derived from the store's own
Arrow schemas (store/columns.py), so the files carry the store's column names and types.

events    = what `eventwire export --format parquet` writes: the events table without
            run_id, plus doc_published, doc_title, doc_source, doc_url, doc_record_id;
documents = the documents table; skips = the skips table;
each with `month` (YYYY-MM of the document's publication date) as the partition column.
"""

from __future__ import annotations

import pyarrow as pa
from pyspark.sql import types as T

from ..store import columns

PARTITION = "month"

_TYPES = {
    pa.string(): T.StringType(), pa.int32(): T.IntegerType(), pa.int64(): T.LongType(),
    pa.float64(): T.DoubleType(), pa.date32(): T.DateType(), pa.binary(): T.BinaryType(),
    # DuckDB's TIMESTAMP is zone-less: NTZ keeps Parquet's isAdjustedToUTC false
    pa.timestamp("us"): T.TimestampNTZType(),
}

# Document provenance the flat export adds to each event (export/formats.py FLAT_SQL).
DOC_FIELDS = (("doc_published", pa.date32()), ("doc_title", pa.string()),
              ("doc_source", pa.string()), ("doc_url", pa.string()),
              ("doc_record_id", pa.string()))


def _struct(fields) -> T.StructType:
    return T.StructType([T.StructField(name, _TYPES[typ], True) for name, typ in fields])


EVENT_COLUMNS = tuple(f.name for f in columns.EVENT_SCHEMA if f.name != "run_id")
EVENTS = _struct([(f.name, f.type) for f in columns.EVENT_SCHEMA if f.name != "run_id"]
                 + list(DOC_FIELDS) + [(PARTITION, pa.string())])
DOCUMENTS = _struct([(f.name, f.type) for f in columns.DOCUMENT_SCHEMA]
                    + [(PARTITION, pa.string())])
SKIPS = _struct([(f.name, f.type) for f in columns.SKIP_SCHEMA])
