"""The OpenAPI docs page, offline: FastAPI's /docs loads Swagger UI from a CDN, so the
app serves Swagger UI from the swagger-ui-bundle-v2 package instead (extra [web]); without
it /docs is a plain page that links the schema."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

# Swagger UI starts from an inline script: this page alone allows one.
DOCS_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; connect-src 'self'")


def swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    path = Path(swagger_ui_path)
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def install(app: FastAPI) -> None:
    assets = swagger_dir()
    if assets is not None:
        app.mount("/assets/swagger", StaticFiles(directory=assets), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            page = HTMLResponse("<!doctype html><title>eventwire API</title><p>The API schema: "
                                "<a href='/openapi.json'>/openapi.json</a> (install "
                                "eventwire[web] for the interactive docs).</p>")
        else:
            page = get_swagger_ui_html(
                openapi_url=app.openapi_url, title="eventwire API",
                swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
                swagger_css_url="/assets/swagger/swagger-ui.css",
                swagger_favicon_url="/assets/swagger/favicon-32x32.png")
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page
