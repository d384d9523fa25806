"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from ..errors import InputTooLarge, MalformedInput, NoText
from ..reading import Decoded, decode_bytes
from .options import IngestOptions
from .records import Record, make_record

_TAG = re.compile(rb"<\x00?[A-Za-z]")  # UTF-8 and UTF-16 (either byte order) alike
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read a page labelled Latin-1 or ASCII as windows-1252 (WHATWG), and so
# do these pages' authors: curly quotes and dashes are cp1252 bytes.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii"}


def count_tags(data: bytes, limit: int) -> int:
    """Opening tags in the page, counted up to limit + 1 (no need to count further)."""
    return sum(1 for _ in itertools.islice(_TAG.finditer(data), limit + 1))


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The codec named by an HTTP Content-Type or the page's <meta>, if Python knows it."""
    label = None
    if header and "charset=" in header.lower():
        label = header.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    elif match := _CHARSET.search(data[:4096]):
        label = match.group(1).decode("ascii")
    if not label:
        return None
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def decode_html(data: bytes, *, origin: str, charset: str | None = None) -> Decoded:
    """A page's text in its declared charset when the bytes fit it, else as any text."""
    declared = declared_charset(data, charset)
    if declared and declared not in ("utf_8", "utf_8_sig"):
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, source=origin)


def html_to_document(
    html: bytes,
    *,
    origin: str,
    options: IngestOptions,
    url: str | None = None,
    fallback: date | None = None,
    charset: str | None = None,
    record_id: str | None = None,
) -> Record:
    """The article in an HTML page; raises NoText when the page has none and
    InputTooLarge for a page too big (bytes or tags) to extract within bounds."""
    import trafilatura

    size = len(html)
    if size > options.max_html_bytes:
        raise InputTooLarge(f"page is {size} bytes, limit is {options.max_html_bytes}",
                            source=origin)
    tags = count_tags(html, options.max_html_tags)
    if tags > options.max_html_tags:
        raise InputTooLarge(f"page has over {options.max_html_tags} HTML tags", source=origin)
    decoded = decode_html(html, origin=origin, charset=charset)
    try:
        raw = trafilatura.extract(
            decoded.text, output_format="json", with_metadata=True, url=url,
            include_comments=False, include_tables=False,
        )
        meta = json.loads(raw) if raw else {}
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise MalformedInput(f"HTML could not be parsed: {type(exc).__name__}: {exc}",
                             source=origin) from exc
    text = (meta.get("text") or "").strip()
    if len(text) < options.min_text_chars:
        raise NoText("no article text found in the HTML page", source=origin)
    if len(text.encode("utf-8", "surrogatepass")) > options.max_document_bytes:
        raise InputTooLarge(
            f"article text is over {options.max_document_bytes} bytes", source=origin
        )
    page_url = url or meta.get("source") or None
    publisher = meta.get("source-hostname") or meta.get("hostname")
    if not publisher and page_url:
        try:
            publisher = urlsplit(page_url).hostname
        except ValueError:  # a malformed URL (bad IPv6 brackets, port)
            publisher = None
    return make_record(
        origin,
        text,
        published=meta.get("date"),
        fallback=fallback,
        title=meta.get("title"),
        source=publisher,  # the site's name or host; none rather than the file's name
        url=page_url,
        record_id=record_id,
        notes=(decoded.note(origin),),
    )


def read_html(
    data: bytes, *, origin: str, options: IngestOptions, fallback: date | None = None
) -> Iterator[Record]:
    yield html_to_document(data, origin=origin, options=options, fallback=fallback)
