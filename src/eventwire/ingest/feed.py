"""RSS and Atom files: one Document per entry, from its content or summary."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date

from ..errors import EncodingError, EventwireError, InputTooLarge, MalformedInput, NoText
from .html import count_tags
from .options import IngestOptions
from .records import Record, lenient_date, make_record, skip

_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _valid_char(code: int) -> bool:
    """A code point XML allows (feedparser's loose parser passes any through, and a
    lone surrogate breaks it and everything after it)."""
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def replace_bad_char_refs(data: bytes) -> tuple[bytes, int]:
    """The feed with references to invalid characters (&#xD800;, &#0;) replaced by
    U+FFFD, and how many there were."""
    count = 0

    def fix(match: re.Match) -> bytes:
        nonlocal count
        hexa, dec = match.groups()
        if _valid_char(int(hexa, 16) if hexa else int(dec)):
            return match.group(0)
        count += 1
        return b"&#xFFFD;"

    return _CHAR_REF.sub(fix, data), count


def _day(parsed: time.struct_time | None) -> date | None:
    if not parsed:
        return None
    try:
        return lenient_date(date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday))
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
    one Skip (E107); an entry without text is a Skip of its own.

    feedparser is given a file object, never the bytes: given bytes or a str it
    first tries them as a file name or URL, so a feed whose content is a path would
    ingest that file. Its SAX parser has external entities switched off, and it
    drops every entity declaration that is not a plain replacement text."""
    import feedparser

    if len(data) > options.max_html_bytes:
        raise InputTooLarge(f"feed is {len(data)} bytes, limit is {options.max_html_bytes}",
                            source=origin)
    limit = options.max_html_tags * 10  # a feed holds many pages' worth of markup
    if count_tags(data, limit) > limit:
        raise InputTooLarge(f"feed has over {limit} tags", source=origin)
    data, bad_refs = replace_bad_char_refs(data)
    note = EncodingError(f"{bad_refs} reference(s) to invalid characters in the feed "
                         "replaced with U+FFFD", source=origin) if bad_refs else None
    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    except Exception as exc:  # the loose parser's regexes and sgmllib raise many types
        raise MalformedInput(f"feed could not be parsed: {type(exc).__name__}: {exc}",
                             source=origin) from exc
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        raise MalformedInput(f"not a readable RSS/Atom feed: {reason}", source=origin)
    # dict.get: FeedParserDict.get maps a missing "updated" key to "published" with a
    # DeprecationWarning per entry
    feed_day = _day(dict.get(parsed.feed, "updated_parsed")
                    or dict.get(parsed.feed, "published_parsed"))
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
            if len(text) > options.max_document_bytes:  # chars: a cheap lower bound of bytes
                raise InputTooLarge(f"entry text is over {options.max_document_bytes} bytes",
                                    source=where)
            # a date feedparser could not parse is passed on as text: a note, not silence
            published = (_day(dict.get(entry, "published_parsed")
                              or dict.get(entry, "updated_parsed"))
                         or dict.get(entry, "published") or dict.get(entry, "updated"))
            yield make_record(
                where,
                text,
                published=published,
                fallback=feed_day or fallback,
                title=title or None,
                source=publisher,  # the feed's title; none rather than the file's name
                url=entry.get("link"),
                record_id=entry.get("id") or None,  # <guid> (RSS) or <id> (Atom)
                notes=(note,),
            )
        except EventwireError as exc:
            yield skip(where, exc)
        except Exception as exc:  # lxml on a broken fragment: this entry only
            yield skip(where, MalformedInput(
                f"feed entry could not be read: {type(exc).__name__}: {exc}", source=where))
