"""WARC / WARC.gz archives: HTML responses go through the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import EventwireError, InputTooLarge, MalformedInput
from .html import html_to_document
from .options import IngestOptions
from .records import Record, lenient_date, skip

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, *, origin: str, options: IngestOptions) -> Iterator[Record]:
    """A Document per HTML response record. Non-HTML records are passed over (a WARC
    holds requests, metadata, images); a truncated archive keeps the records read
    before the break and ends with one Skip (E107)."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{url or f'record{number}'}"
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                ctype = (http.get_header("Content-Type") or "").lower()
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if ctype and not ctype.startswith(_HTML_TYPES):
                continue
            crawl_day = lenient_date(record.rec_headers.get_header("WARC-Date"))
            try:
                payload = record.content_stream().read(options.max_html_bytes + 1)
                if len(payload) > options.max_html_bytes:
                    raise InputTooLarge(
                        f"response is over {options.max_html_bytes} bytes", source=where
                    )
                yield html_to_document(
                    payload, origin=where, options=options, url=url, fallback=crawl_day
                )
            except EventwireError as exc:
                yield skip(where, exc)
    except EventwireError:
        raise
    except Exception as exc:  # warcio/zlib raise various errors on a broken archive
        err = MalformedInput(
            f"archive is truncated or malformed after {number} records: {exc}", source=origin
        )
        yield skip(f"{origin}#record{number + 1}", err)
        return
    if number == 0:
        raise MalformedInput("not a WARC archive (no records)", source=origin)
