"""Streams of input bytes, gzip decompressed on the fly and counted.

A compressed input is never decompressed whole: readers pull from a stream that
stops with a coded error at the decompressed-size limit, at a gzip-bomb
compression ratio. The stream then ends as if at EOF, and the reader reports
`stream.error` as a Skip after the records it could read.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from ..errors import EventwireError, InputTooLarge, MalformedInput
from ..settings import RATIO_GRACE_BYTES
from .options import IngestOptions

GZIP_MAGIC = b"\x1f\x8b"
_BUFFER = 1 << 16


def starts_with(stream: BinaryIO, prefix: bytes) -> bool:
    """Whether a seekable stream starts (at its position) with `prefix`; the position
    is left as it was."""
    pos = stream.tell()
    head = stream.read(len(prefix))
    stream.seek(pos)
    return head == prefix


class _Counted(io.RawIOBase):
    """The bytes of `inner`, with every limit checked as they pass. An error ends the
    stream (EOF) and is kept in `error`: the reader above first finishes what it had
    buffered (the records before a truncation), then reports it."""

    def __init__(self, inner: BinaryIO, compressed: BinaryIO | None, *, origin: str,
                 options: IngestOptions) -> None:
        super().__init__()
        self.inner = inner
        self.compressed = compressed  # the gzip file itself, to measure the ratio
        self.origin = origin
        self.limit = options.max_decompressed_bytes if compressed else None
        self.ratio = options.max_compression_ratio
        self.total = 0
        self.error: EventwireError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.error is not None:
            return 0
        try:
            data = self._read(len(buffer))
        except EventwireError as exc:
            self.error = exc
            return 0
        n = len(data)
        buffer[:n] = data
        return n

    def _read(self, size: int) -> bytes:
        try:
            data = self.inner.read1(size)  # read() would lose the bytes before an error
        except EOFError as exc:  # gzip: the file ends inside a member
            raise MalformedInput(f"compressed stream is truncated after {self.total} "
                                 "bytes", source=self.origin) from exc
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise MalformedInput(f"corrupt gzip data after {self.total} bytes: {exc}",
                                 source=self.origin) from exc
        n = len(data)
        self.total += n
        if self.limit is not None and self.total > self.limit:
            raise InputTooLarge(f"decompressed data is over the limit of {self.limit} bytes",
                                source=self.origin)
        if self.compressed is not None and self.total > RATIO_GRACE_BYTES:
            packed = max(1, self.compressed.tell())
            if self.total > packed * self.ratio:
                raise InputTooLarge(
                    f"decompresses to over {self.ratio:g} times its size (a gzip bomb?); "
                    f"stopped after {self.total} bytes", source=self.origin)
        return data


class CappedStream(io.BufferedReader):
    """A buffered stream that ends early at a limit or a broken gzip member;
    `error` then says why (None after a whole, clean read)."""

    @property
    def error(self) -> EventwireError | None:
        return self.raw.error


def open_stream(stream: BinaryIO, *, origin: str, options: IngestOptions,
                sniff: bool = True) -> CappedStream:
    """A buffered stream over `stream` (seekable), decompressed when it starts with
    the gzip magic (unless not `sniff`: a part of a plain file). It ends early at a
    limit or a broken member, keeping the error in `.error` for the reader to report
    after what was read before it."""
    compressed = stream if sniff and starts_with(stream, GZIP_MAGIC) else None
    inner = gzip.GzipFile(fileobj=stream, mode="rb") if compressed else stream
    counted = _Counted(inner, compressed, origin=origin, options=options)
    return CappedStream(counted, buffer_size=_BUFFER)
