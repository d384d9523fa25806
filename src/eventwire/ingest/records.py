"""What readers yield: a Document or a Skip, with the place it was read from.

`make_record` is the reading boundary of every reader: strings are cleaned of
what cannot be stored (NULs, lone surrogates) and every repair or dropped date is
a note on the Record, stored as a Skip that names the document (never silent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..errors import BadDate, EncodingError, EventwireError, NoText
from ..models import Document, Skip
from ..reading import EARLIEST, LATEST, clean_text, parse_date


@dataclass(frozen=True)
class Record:
    """One item read from an input: `origin` is path plus locator (``a.jsonl#L3``).
    `notes` are coded remarks on a Document that was kept (bytes replaced, a date
    that did not parse); they are stored as Skips carrying its doc_id."""

    origin: str
    item: Document | Skip
    notes: tuple[Skip, ...] = ()


def safe_message(text: str, limit: int = 300) -> str:
    """One storable line: no lone surrogates, no line breaks, at most `limit` chars."""
    text = " ".join(text.encode("utf-8", "backslashreplace").decode("utf-8").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_skip(origin: str, exc: EventwireError, doc_id: str | None = None) -> Skip:
    return Skip(source=safe_message(origin, 1000), code=exc.code,
                reason=safe_message(exc.message), doc_id=doc_id)


def skip(origin: str, exc: EventwireError) -> Record:
    return Record(origin, as_skip(origin, exc))


_FORMATS = (
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %Z",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%Y/%m/%d",
    "%Y%m%d",
)
_YYYYMMDD = re.compile(r"\d{8}")
# Epoch timestamps before this are placeholders (0 is 1970-01-01), not news dates.
_EARLIEST_TIMESTAMP = datetime(1980, 1, 1, tzinfo=UTC).timestamp()


def _plausible(day: date) -> date | None:
    return day if EARLIEST <= day <= LATEST else None


def lenient_date(value: object) -> date | None:
    """A date from metadata in any common news format, or None when it is not one:
    booleans, timestamps before 1980 and impossible dates (2026-02-30) are None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if isinstance(value, int) and _YYYYMMDD.fullmatch(str(value)):
            return lenient_date(str(value))  # 20260203, as GDELT writes dates
        seconds = value / 1000 if value > 1e11 else value
        if not seconds >= _EARLIEST_TIMESTAMP:  # also NaN
            return None
        try:
            return _plausible(datetime.fromtimestamp(seconds, UTC).date())
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, date):
        return _plausible(value.date() if isinstance(value, datetime) else value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return parse_date(text)  # ISO dates and date-times
    except EventwireError:
        pass
    for fmt in _FORMATS:
        try:
            return _plausible(datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    return None


def _clean(value: str | None) -> tuple[str | None, int]:
    if not value:
        return None, 0
    text, removed = clean_text(value)
    return text or None, removed


def make_record(
    origin: str,
    text: str,
    *,
    published: object = None,
    fallback: date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    record_id: str | None = None,
    notes: tuple[EventwireError | None, ...] = (),
) -> Record:
    """A Record of a Document whose date is flagged: "metadata" when the input gave
    one, else "fallback" (a crawl, feed or file date when there is one, else none).
    A given date that does not parse is a BadDate note, not 1970 and not silence.
    Raises NoText when nothing but NULs and surrogates was there."""
    # the origin is stored too; a WARC record's URL is part of it
    origin = origin.encode("utf-8", "backslashreplace").decode("utf-8")
    found = [n for n in notes if n is not None]
    text, removed = clean_text(text)
    fields = [_clean(v) for v in (title, source, url, record_id)]
    removed += sum(n for _, n in fields)
    if removed:
        if not text.strip():
            raise NoText(f"no text left after removing {removed} NUL or lone surrogate "
                         "character(s)", source=origin)
        found.append(EncodingError(f"{removed} NUL or lone surrogate character(s) removed",
                                   source=origin))
    day = lenient_date(published)
    if day is None and published is not None and published != "":
        shown = safe_message(repr(published), 60)
        instead = f"the fallback date {fallback}" if fallback else "no date"
        found.append(BadDate(f"date {shown} is not a date; stored with {instead}",
                             source=origin))
    document = Document(
        text=text,
        published=day if day else fallback,
        title=fields[0][0],
        source=fields[1][0],
        url=fields[2][0],
        date_source="metadata" if day else "fallback",
        record_id=fields[3][0],
    )
    return Record(origin, document, tuple(as_skip(origin, n, document.doc_id) for n in found))
