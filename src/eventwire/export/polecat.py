"""A POLECAT-style flat table: PLOVER events one per row, in the columns and column order
of the POLECAT dataset's tab-separated files (Harvard Dataverse; POLECAT is coded to
PLOVER by the NGEC coder), with a header row as those files have. Columns eventwire
cannot fill (COW codes, titles, Wikipedia ids, story entities) are empty. Three columns
of eventwire's own follow POLECAT's 40, so an event joins back to its document and the
user's record."""

from __future__ import annotations

import csv
from collections.abc import Iterable

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]
EXTRA_COLUMNS = ["Document ID", "Record ID", "URL"]


def _join(values: Iterable[str | None]) -> str | None:
    """POLECAT's multi-valued cells are ';'-separated."""
    kept = [v for v in values if v]
    return ";".join(kept) if kept else None


def _actor_cells(actors: list[dict]) -> list[str | None]:
    return [
        _join(a["identifier_text"] or a["actor_text"] for a in actors),
        _join(a["country"] or a["code"] for a in actors),
        None,  # COW code
        _join(a["sector"] for a in actors),
        _join(a["sector"] for a in actors),
        None,  # title
        _join(a["actor_text"] for a in actors),
        None,  # Wikipedia id
    ]


def polecat_row(rec: dict) -> list:
    """One POLECAT row (plus eventwire's columns) from a PLOVER record."""
    loc = rec["event_loc"] or {}
    city = loc.get("name") if loc.get("feature class") == "P" else None
    province = loc.get("name") if loc.get("feature code") == "ADM1" else None
    cite = rec["cite_info"]
    return [
        rec["id"], rec["date"], _join(rec["event"]), _join(rec["mode"]),
        rec["event_scale"],  # Goldstein: eventwire's intensity scale
        rec["quad_code"], _join(rec["context"]),
        *_actor_cells(rec["source"]), *_actor_cells(rec["recipient"]),
        loc.get("name"), city, None, province, loc.get("cc3"), loc.get("latitude"),
        loc.get("longitude"), loc.get("geonameid"), loc.get("name"), loc.get("feature code"),
        cite["publication"], cite["publication_date"], None, None, None, cite["language"],
        rec["coder"],
        cite["doc_id"], cite["record_id"], cite["url"],
    ]


def write_polecat(records: Iterable[dict], fh) -> int:
    """Write PLOVER records as a POLECAT-style TSV with a header; returns the rows."""
    writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
    writer.writerow(POLECAT_COLUMNS + EXTRA_COLUMNS)
    n = 0
    for rec in records:
        writer.writerow(["" if v is None else v for v in polecat_row(rec)])
        n += 1
    return n
