"""What readers yield: a Document or a Skip, with the place it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..errors import EventwireError
from ..models import Document, Skip
from ..reading import parse_date


@dataclass(frozen=True)
class Record:
    """One item read from an input: `origin` is path plus locator (``a.jsonl#L3``)."""

    origin: str
    item: Document | Skip


def skip(origin: str, exc: EventwireError) -> Record:
    return Record(origin, Skip(source=origin, code=exc.code, reason=exc.message))


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


def lenient_date(value: object) -> date | None:
    """A date from metadata in any common news format, or None when it is not one."""
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = value if value is None or isinstance(value, date) else str(value).strip()
    try:
        return parse_date(text)  # None, dates, datetimes and ISO strings
    except EventwireError:
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def make_document(
    text: str,
    *,
    published: object = None,
    fallback: date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """A Document whose date is flagged: "metadata" when the input gave one, else
    "fallback" (a crawl, feed or file date when there is one, else none)."""
    day = lenient_date(published)
    return Document(
        text=text,
        published=day if day else fallback,
        title=title or None,
        source=source or None,
        url=url or None,
        date_source="metadata" if day else "fallback",
    )
