"""The read endpoints. Each builds SQL with the shared filter (store.queries) or the
shared aggregations (analysis), and runs it on the read-only database."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from .. import __version__
from ..analysis import places_sql, timeline_sql, top_sql
from ..errors import NotFound
from ..store.columns import event_record
from . import paging
from .database import ReadOnlyDatabase
from .params import FilterParams


class FastJSON(JSONResponse):
    """JSON straight from the rows (dates as ISO strings): returning it skips FastAPI's
    jsonable_encoder walk, the largest cost of a page of events under load."""

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=_iso,
                          separators=(",", ":")).encode("utf-8")


def _iso(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


router = APIRouter(default_response_class=FastJSON)

MAX_LIMIT = 500  # rows per page of /events; the cap keeps one request bounded
Filters = Annotated[FilterParams, Query()]
Id = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[0-9a-f]+$")]


def _db(request: Request) -> ReadOnlyDatabase:
    return request.app.state.db


def _event(row: dict) -> FastJSON:
    return {**event_record(row), "day": row["day"]}


@router.get("/health", tags=["meta"])
def health(request: Request) -> FastJSON:
    """Liveness, the database file and its row counts."""
    db = _db(request)
    [counts] = db.rows("SELECT (SELECT count(*) FROM events) AS events,"
                       " (SELECT count(*) FROM documents) AS documents")
    return FastJSON({"status": "ok", "version": __version__, "database": db.path.name,
                     "read_only": True, **counts})


@router.get("/events", tags=["events"])
def events(request: Request, filters: Filters,
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
           cursor: Annotated[str | None, Query(max_length=1000)] = None) -> FastJSON:
    """Matching events in date order (undated last), `limit` per page; pass the
    `next_cursor` of a page as `cursor` for the next."""
    where, params = filters.to_filter().where("e")
    if cursor:
        where += f" AND ({paging.SORT_KEY}) > (?, ?, ?, ?, ?)"
        params += paging.decode(cursor)
    rows = _db(request).rows(
        f"SELECT e.* FROM events e WHERE {where} ORDER BY {paging.SORT_KEY} LIMIT ?",
        [*params, limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return FastJSON({"events": [_event(r) for r in rows], "count": len(rows),
                     "next_cursor": paging.encode(rows[-1]) if more else None})


@router.get("/events/{event_id}", tags=["events"])
def event(request: Request, event_id: Id) -> FastJSON:
    """One event with its document's metadata, its evidence span and quote."""
    rows = _db(request).rows(
        "SELECT e.*, d.title AS doc_title, d.url AS doc_url, d.source AS doc_source,"
        " d.published AS doc_published FROM events e LEFT JOIN documents d USING (doc_id)"
        " WHERE e.event_id = ?", [event_id])
    if not rows:
        raise NotFound(f"no event {event_id}", source="event")
    row = rows[0]
    return FastJSON({
        "event": _event(row),
        "document": {"doc_id": row["doc_id"], "title": row["doc_title"],
                     "url": row["doc_url"], "source": row["doc_source"],
                     "published": row["doc_published"]},
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"],
                     "text": row["evidence_text"], "sentence": row["sentence"]},
        "quote": row["quote"],
    })


@router.get("/documents/{doc_id}", tags=["documents"])
def document(request: Request, doc_id: Id) -> FastJSON:
    """A document's text with the evidence spans of all its events (offsets into text)."""
    db = _db(request)
    rows = db.rows("SELECT doc_id, title, url, source, published, status, text"
                   " FROM documents WHERE doc_id = ?", [doc_id])
    if not rows:
        raise NotFound(f"no document {doc_id}", source="document")
    spans = db.rows(
        "SELECT event_id, evidence_start AS start, evidence_end AS \"end\", cameo,"
        " cameo_label, source_code, target_code, polarity, modality FROM events"
        " WHERE doc_id = ? ORDER BY evidence_start, event_id", [doc_id])
    return FastJSON({**rows[0], "events": spans})


@router.get("/timeline", tags=["aggregates"])
def timeline(request: Request, filters: Filters,
             by: Literal["day", "week", "month", "year"] = "week") -> FastJSON:
    """Per period: events, quad-class counts, Goldstein sum and mean, distinct
    documents and top CAMEO roots (the numbers of `eventwire timeline`)."""
    sql, params = timeline_sql(filters.to_filter(), by)
    return FastJSON({"by": by, "rows": _db(request).rows(sql, params)})


@router.get("/top", tags=["aggregates"])
def top(request: Request, filters: Filters,
        by: Literal["dyad", "source", "target", "root", "country"] = "dyad",
        rank: Literal["active", "hostile"] = "active",
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20) -> FastJSON:
    """The most active or most hostile groups (the numbers of `eventwire top`)."""
    sql, params = top_sql(filters.to_filter(), by, rank, limit)
    return FastJSON({"by": by, "rank": rank, "rows": _db(request).rows(sql, params)})


@router.get("/places", tags=["aggregates"])
def places(request: Request, filters: Filters) -> FastJSON:
    """Located places of the matching events, for the map."""
    sql, params = places_sql(filters.to_filter())
    return FastJSON({"rows": _db(request).rows(sql, params)})


@router.get("/actors/lookup", tags=["actors"])
def actors_lookup(request: Request,
                  q: Annotated[str, Query(max_length=80)] = "",
                  limit: Annotated[int, Query(ge=1, le=100)] = 20) -> FastJSON:
    """Actor codes in the store whose code or name contains `q`, most events first
    (the dashboard's dyad picker)."""
    rows = _db(request).rows(
        """
        SELECT code, any_value(name) AS name, any_value(country) AS country,
               count(*) AS events
        FROM (SELECT source_code AS code, source_name AS name, source_country AS country
              FROM events UNION ALL
              SELECT target_code, target_name, target_country FROM events)
        WHERE code IS NOT NULL AND (code ILIKE ? OR name ILIKE ?)
        GROUP BY code ORDER BY events DESC, code LIMIT ?
        """, [f"%{q}%", f"%{q}%", limit])
    return FastJSON({"actors": rows})
