"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from ..errors import InputTooLarge, MalformedInput, NoText
from ..reading import decode_text
from .options import IngestOptions
from .records import Record, make_document


def html_to_document(
    html: str | bytes,
    *,
    origin: str,
    options: IngestOptions,
    url: str | None = None,
    fallback: date | None = None,
) -> Record:
    """The article in an HTML page; raises NoText when the page has none."""
    import trafilatura

    size = len(html)
    if size > options.max_html_bytes:
        raise InputTooLarge(f"page is {size} bytes, limit is {options.max_html_bytes}",
                            source=origin)
    if isinstance(html, bytes):
        html = decode_text(html, source=origin)
    try:
        raw = trafilatura.extract(
            html, output_format="json", with_metadata=True, url=url,
            include_comments=False, include_tables=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise MalformedInput(f"HTML could not be parsed: {exc}", source=origin) from exc
    meta = json.loads(raw) if raw else {}
    text = (meta.get("text") or "").strip()
    if len(text) < options.min_text_chars:
        raise NoText("no article text found in the HTML page", source=origin)
    if len(text.encode("utf-8")) > options.max_document_bytes:
        raise InputTooLarge(
            f"article text is over {options.max_document_bytes} bytes", source=origin
        )
    page_url = url or meta.get("source") or None
    publisher = meta.get("source-hostname") or meta.get("hostname")
    if not publisher and page_url:
        publisher = urlsplit(page_url).hostname
    return Record(
        origin,
        make_document(
            text,
            published=meta.get("date"),
            fallback=fallback,
            title=meta.get("title"),
            source=publisher or origin,
            url=page_url,
        ),
    )


def read_html(
    data: bytes, *, origin: str, options: IngestOptions, fallback: date | None = None
) -> Iterator[Record]:
    yield html_to_document(data, origin=origin, options=options, fallback=fallback)
