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
                _check_complete(record, origin, number)
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{url or f'record{number}'}"
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode()
                if status and not status.startswith("2"):
                    _check_complete(record, origin, number)
                    continue
                ctype = (http.get_header("Content-Type") or "").lower()
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if ctype and not ctype.startswith(_HTML_TYPES):
                _check_complete(record, origin, number)
                continue
            crawl_day = lenient_date(record.rec_headers.get_header("WARC-Date"))
            try:
                payload = record.content_stream().read(options.max_html_bytes + 1)
                if len(payload) > options.max_html_bytes:
                    raise InputTooLarge(
                        f"response is over {options.max_html_bytes} bytes", source=where
                    )
                _check_complete(record, origin, number)
                yield html_to_document(
                    payload, origin=where, options=options, url=url, fallback=crawl_day
                )
            except EventwireError as exc:
                yield skip(where, exc)
        _check_gzip_complete(stream, origin, number)
    except _Truncated as exc:
        yield skip(f"{origin}#record{exc.number}", MalformedInput(str(exc), source=origin))
        return
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


class _Truncated(Exception):
    def __init__(self, number: int) -> None:
        super().__init__(f"archive is truncated: record {number} is incomplete")
        self.number = number


def _check_complete(record, origin: str, number: int) -> None:
    """warcio yields a cut-off last record without complaint: drain the record and
    check that its declared Content-Length was all there."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated(number)


def _check_gzip_complete(stream: BinaryIO, origin: str, number: int) -> None:
    """A .warc.gz cut between records ends without error in warcio; decompressing
    once more (~300 MB/s) tells whether the last gzip member is whole."""
    import gzip
    import zlib

    if not stream.seekable():
        return
    stream.seek(0)
    if stream.read(2) != b"\x1f\x8b":
        return
    stream.seek(0)
    try:
        with gzip.GzipFile(fileobj=stream) as gz:
            while gz.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        raise _Truncated(number + 1) from exc
