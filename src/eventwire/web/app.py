"""The FastAPI app of `eventwire serve`: read endpoints over a read-only database, the
optional POST /code, JSON errors, a body limit, and the offline dashboard at /."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..data_files import data_path
from . import coding, docs, errors, routes
from .database import ReadOnlyDatabase
from .limits import BodyLimit

STATIC = Path(__file__).parent / "static"
WORKER_THREADS = 8

# The page may load nothing but this server's own files: the dashboard works offline and
# a stray CDN link would fail loudly in the browser tests instead of silently online.
CSP = ("default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; connect-src 'self'")


@dataclass(frozen=True)
class ServerSettings:
    db: Path
    token: str | None = None  # enables POST /code
    max_body: int = 1_000_000  # bytes
    timeout: float = 10.0  # seconds per query


def plotly_js() -> Path | None:
    """plotly.min.js as the installed plotly package ships it (no CDN)."""
    try:
        import plotly
    except ImportError:
        return None
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


def create_app(settings: ServerSettings) -> FastAPI:
    db = ReadOnlyDatabase(settings.db, settings.timeout)  # fails early on a bad file

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # Requests beyond this many wait in line, first come first served (anyio's
        # limiter is FIFO): with the default 40 threads they fight for the cores and the
        # losers wait longest (bench/serve_load.py, 200 clients on 2 busy cores: p99
        # 27 s with 40 threads, 14-19 s with 4-8).
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        yield
        db.close()

    # docs_url/redoc_url off: FastAPI's pages load their scripts from a CDN (docs.py).
    app = FastAPI(title="eventwire", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Political events coded from news: query, aggregate, code.")
    app.state.settings = settings
    app.state.db = db
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(coding.router)
    docs.install(app)
    app.add_middleware(BodyLimit, max_body=settings.max_body)

    @app.middleware("http")
    async def headers(request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/document", include_in_schema=False)
    def document_page() -> FileResponse:
        return FileResponse(STATIC / "document.html")

    @app.get("/assets/plotly.min.js", include_in_schema=False)
    def plotly_asset() -> FileResponse:
        path = plotly_js()
        if path is None:
            from ..errors import NotFound

            raise NotFound("plotly is not installed: pip install 'eventwire[web]'")
        return FileResponse(path, media_type="text/javascript")

    @app.get("/assets/world.json", include_in_schema=False)
    def world() -> FileResponse:
        return FileResponse(data_path("world", "outline-110m.json"),
                            media_type="application/json")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
