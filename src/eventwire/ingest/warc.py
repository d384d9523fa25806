"""WARC / WARC.gz archives: HTML responses go through the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import EventwireError, FormatMismatch, InputTooLarge, MalformedInput, NoText
from .html import html_to_document
from .options import IngestOptions
from .records import Record, lenient_date, safe_message, skip
from .streams import open_stream

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a WARC (or the older ARC) file starts with, after decompression.
_SIGNATURES = (b"WARC/", b"filedesc://")


def read_warc(stream: BinaryIO, *, origin: str, options: IngestOptions) -> Iterator[Record]:
    """A Document per HTML response record. Non-HTML records are passed over (a WARC
    holds requests, metadata, images), but an archive with no HTML response at all
    is one Skip (E108). A truncated or corrupt archive keeps the records read before
    the break and ends with one Skip (E107); a file that is no WARC is one E113.

    The stream (gzipped or not) is decompressed here, once, within the options'
    limits; warcio then reads plain records."""
    from warcio.archiveiterator import ArchiveIterator

    plain = open_stream(stream, origin=origin, options=options)
    head = plain.peek(64)[:64].lstrip()
    if not head.startswith(_SIGNATURES):
        if plain.error is not None:
            raise plain.error
        raise FormatMismatch(f"not a WARC archive (starts with {safe_message(repr(head[:20]))})",
                             source=origin)
    number = 0
    html = 0
    try:
        archive = ArchiveIterator(plain)
        archive.reader = _line_capped_reader(plain, options.max_warc_line_bytes, origin)
        for record in archive:
            number += 1
            if record.rec_type not in ("response", "resource"):
                _check_complete(record, number)
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{url or f'record{number}'}"
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode()
                if status and not status.startswith("2"):
                    _check_complete(record, number)
                    continue
                ctype = (http.get_header("Content-Type") or "").lower()
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if ctype and not ctype.startswith(_HTML_TYPES):
                _check_complete(record, number)
                continue
            html += 1
            crawl_day = lenient_date(record.rec_headers.get_header("WARC-Date"))
            try:
                payload = record.content_stream().read(options.max_html_bytes + 1)
                _check_complete(record, number)
            except _Truncated:
                raise
            except Exception as exc:  # a broken HTTP body (chunked or gzip encoding)
                yield skip(where, MalformedInput(
                    f"response body could not be read: {type(exc).__name__}: {exc}",
                    source=where))
                continue
            try:
                if len(payload) > options.max_html_bytes:
                    raise InputTooLarge(
                        f"response is over {options.max_html_bytes} bytes", source=where
                    )
                yield html_to_document(
                    payload, origin=where, options=options, url=url, fallback=crawl_day,
                    charset=ctype, record_id=record.rec_headers.get_header("WARC-Record-ID"))
            except EventwireError as exc:
                yield skip(where, exc)
    except _Truncated as exc:  # the stream's own error (a limit, a cut .gz) says more
        yield skip(f"{origin}#record{exc.number}",
                   plain.error or MalformedInput(str(exc), source=origin))
        return
    except Exception as exc:  # warcio raises various errors on a broken archive
        err = plain.error or (exc if isinstance(exc, EventwireError) else MalformedInput(
            f"archive is truncated or malformed after {number} records: "
            f"{type(exc).__name__}: {exc}", source=origin))
        yield skip(f"{origin}#record{number + 1}", err)
        return
    if plain.error is not None:
        yield skip(f"{origin}#record{number + 1}", plain.error)
        return
    if number == 0:
        raise MalformedInput("not a WARC archive (no records)", source=origin)
    if html == 0:
        raise NoText(f"archive has {number} records but no HTML response", source=origin)


class _Truncated(Exception):
    def __init__(self, number: int) -> None:
        super().__init__(f"archive is truncated: record {number} is incomplete")
        self.number = number


def _check_complete(record, number: int) -> None:
    """warcio yields a cut-off last record without complaint: drain the record and
    check that its declared Content-Length was all there."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated(number)


def _line_capped_reader(stream: BinaryIO, cap: int, origin: str):
    """warcio's reader with its readline bounded. warcio reads each header line whole,
    growing it by concatenation (quadratic), and prints a stray line to stderr: a run
    of zeros in a bomb would take minutes and flood the terminal. A line over `cap`
    bytes is not a WARC header line; it ends the archive with InputTooLarge."""
    from warcio.archiveiterator import BUFF_SIZE
    from warcio.bufferedreaders import DecompressingBufferedReader

    class LineCapped(DecompressingBufferedReader):
        def readline(self, length=None):
            if length == 0:
                return b""
            limit = cap if not length or length > cap else length
            parts: list[bytes] = []
            size = 0
            while size < limit:
                self._fillbuff()
                if self.empty():
                    break
                part = self.buff.readline(limit - size)
                parts.append(part)
                size += len(part)
                if part.endswith(b"\n"):
                    break
            line = b"".join(parts)
            if limit == cap and size >= cap and not line.endswith(b"\n"):
                raise InputTooLarge(f"a line of over {cap} bytes: not a WARC header",
                                    source=origin)
            return line

    return LineCapped(stream, block_size=BUFF_SIZE)
