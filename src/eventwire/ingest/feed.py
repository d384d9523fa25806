"""RSS and Atom files: one Document per entry, from its content or summary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

from ..errors import EventwireError, InputTooLarge, MalformedInput, NoText
from .options import IngestOptions
from .records import Record, make_document, skip


def _day(parsed: time.struct_time | None) -> date | None:
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (feed summaries carry <p>, <a>, entities)."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def read_feed(
    data: bytes, *, origin: str, options: IngestOptions, fallback: date | None = None
) -> Iterator[Record]:
    """Entries of an RSS/Atom document. A feed that does not parse to any entry is
    one Skip (E107); an entry without text is a Skip of its own."""
    import feedparser

    if len(data) > options.max_html_bytes:
        raise InputTooLarge(f"feed is {len(data)} bytes, limit is {options.max_html_bytes}",
                            source=origin)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        raise MalformedInput(f"not a readable RSS/Atom feed: {reason}", source=origin)
    feed_day = _day(parsed.feed.get("updated_parsed") or parsed.feed.get("published_parsed"))
    publisher = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry{number}"
        try:
            body = ""
            if entry.get("content"):
                body = max((c.get("value", "") for c in entry.content), key=len)
            if len(body) < len(entry.get("summary", "")):
                body = entry.get("summary", "")
            text = html_fragment_text(body)
            title = (entry.get("title") or "").strip()
            if title and not text.startswith(title):
                text = f"{title}\n\n{text}" if text else title
            if len(text.strip()) < options.min_text_chars:
                raise NoText("feed entry has no text", source=where)
            published = _day(entry.get("published_parsed") or entry.get("updated_parsed"))
            yield Record(
                where,
                make_document(
                    text,
                    published=published,
                    fallback=feed_day or fallback,
                    title=title or None,
                    source=publisher or origin,
                    url=entry.get("link"),
                ),
            )
        except EventwireError as exc:
            yield skip(where, exc)
