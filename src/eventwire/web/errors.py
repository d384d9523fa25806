"""Every API error is JSON {"error": {"code", "message", "status"}} with the CLI's
error codes (E4xx for the API, E3xx store, E1xx input), never an HTML page or a trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    BodyTooLarge,
    EventwireError,
    FilterError,
    Forbidden,
    InputError,
    NlpError,
    NotFound,
    QueryTimeout,
    StoreError,
)

log = logging.getLogger("eventwire.web")

STATUS = [  # most specific first
    (FilterError, 422), (Forbidden, 403), (BodyTooLarge, 413), (QueryTimeout, 503),
    (NotFound, 404), (InputError, 422), (StoreError, 503), (NlpError, 503),
]


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "status": status}},
                        status_code=status)


def status_of(exc: EventwireError) -> int:
    return next((s for t, s in STATUS if isinstance(exc, t)), 500)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    @app.exception_handler(EventwireError)
    async def eventwire_error(_: Request, exc: EventwireError) -> JSONResponse:
        return error_response(status_of(exc), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, FilterError.code, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error_response(404, NotFound.code, f"no such path: {request.url.path}")
        return error_response(exc.status_code, "E400", str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(500, "E400", f"internal error: {type(exc).__name__}")
