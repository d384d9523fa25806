"""Article clean-up before parsing: which lines are article sentences and which are not.

A plain-text news article arrives as lines: a headline, a dateline opening the first
paragraph (`NAIROBI, Kenya (AP) —`), body paragraphs, section dividers
(`- 'Off the rails' -`) and credit trailers (`E.Molitor--LiLuX`,
`Reporting by ...; Editing by ...`). Only body paragraphs are coded: the dateline is cut
off the first one, so that its place is not parsed as the subject of the first sentence
(nlp.places reads it as where the story was filed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each rule has an id so a test can show what it fires on.
DIVIDER_RULES: dict[str, re.Pattern[str]] = {
    "divider.dashed-title": re.compile(r"^\s*[-–—*•=#]+\s.{0,80}\s[-–—*•=#]+\s*$"),
    "divider.rule": re.compile(r"^\s*([-–—*•=#_~]\s*){3,}$"),
}
TRAILER_RULES: dict[str, re.Pattern[str]] = {
    # Aggregator/agency signatures such as "E.Molitor--LiLuX" or "jm/ec--AFP".
    "trailer.signature": re.compile(r"^\s*[\w.'/-]{1,40}--[\w./-]{1,20}\s*$"),
    "trailer.reuters": re.compile(
        r"^\s*\(?\s*(Reporting|Additional reporting|Writing|Editing|Compiled) by\b", re.I
    ),
    "trailer.copyright": re.compile(r"^\s*(©|\(c\)|copyright\b)", re.I),
    "trailer.agency": re.compile(r"^\s*[-–—(]*\s*(AFP|AP|Reuters|dpa|Xinhua|TASS|EFE)\s*\)?\s*$"),
}
AGENCIES = r"Reuters|AFP|AP|dpa|DPA|Xinhua|TASS|EFE|ANSA|AA|UPI|Bloomberg|IANS|PTI|KUNA|WAM"
MONTHS = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# "CARACAS, Jan 3 (Reuters) -", "KYIV, Ukraine (AP) —", "BOGOTA (AFP) -", "Kabul --": a
# place, an optional qualifier, date and agency, then a dash; the story starts at `body`.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z'.\-]*(?:\s+[A-Z][A-Za-z'.\-]*){0,3}?)"
    r"(?:\s*,\s*(?P<qual>[A-Z][A-Za-z.\-]*(?:\s+[A-Z][A-Za-z.\-]*){0,2}?))?"
    rf"(?:\s*,\s*(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    rf"\s*(?P<agency>\((?:{AGENCIES})\))?"
    r"\s*(?:--|[-–—:])\s*(?P<body>\S)",
    re.MULTILINE,  # (matched at a line's start, which is not the text's after a headline)
)
# Labels that open a line as a dateline does ("READ MORE: <headline>", "BREAKING -").
NOT_PLACES = {"READ MORE", "ALSO READ", "READ", "RELATED", "SEE ALSO", "WATCH", "UPDATE",
              "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION",
              "FACTBOX", "EXPLAINER", "PHOTOS", "PHOTO", "VIDEO", "LIVE", "NOTE", "CORRECTION",
              "FILE", "ADVISORY", "FLASH", "URGENT", "TIMELINE", "QUOTES", "EDITORIAL"}
SENTENCE_END = re.compile(r"[.!?…\"”’')]\s*$")
# Longest block handed to spaCy. News paragraphs are well under this; longer ones (a
# whole article on one line, a text with no breaks) are cut at sentence ends so the
# parser's memory is bounded by this size (tests/test_memory_limits.py measures it).
MAX_BLOCK_CHARS = 5_000


@dataclass(frozen=True)
class Block:
    """A line or paragraph of the document: `start`/`end` are offsets into the text."""

    start: int
    end: int
    kind: str  # headline | dateline | body | divider | trailer
    rule: str | None = None


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _split_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Cut an over-long paragraph at sentence-like boundaries so parsing stays bounded."""
    out = []
    while end - start > MAX_BLOCK_CHARS:
        window = text[start : start + MAX_BLOCK_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = start + (cut + 1 if cut > MAX_BLOCK_CHARS // 2 else MAX_BLOCK_CHARS)
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


# Words a headline in Title Case may leave in lower case ("Kenya and Uganda Sign a Pact").
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
                               "at", "to", "for", "by", "as", "vs", "via", "per", "from"})


def _title_case(line: str) -> bool:
    """A line in Title Case ("Trump's New Ban Blames Islam For Violence Against Women.",
    "Kenya and Uganda Sign a Border Pact"): four words or more, and none in lower case but
    the small words headlines leave so. A sentence of the body has its verbs in lower case
    ("Putin met Xi Jinping in Beijing.")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return len(words) >= 4 and all(w.lower() in TITLE_SMALL_WORDS
                                   for w in words[1:] if w[0].islower())


def dateline(text: str, start: int = 0) -> re.Match[str] | None:
    """The dateline opening the line at `start`: a place in capitals ("KYIV, Ukraine —")
    or any place with an agency ("Kabul (AFP) -"); not "Trump said - ...")."""
    m = DATELINE.match(text, start)
    if m is None or not (m.group("place").isupper() or m.group("agency")):
        return None
    if m.group("place").upper() in NOT_PLACES:
        return None  # "READ MORE: ...", "UPDATE - ...": a label, no place
    return m


def segment(text: str, *, has_headline: bool | None = None) -> list[Block]:
    """Classify the lines of an article. `has_headline=None` guesses from the first line."""
    lines = _lines(text)
    blocks: list[Block] = []
    first_body = True
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        kind, rule = "body", None
        for rid, rx in DIVIDER_RULES.items():
            if rx.match(line):
                kind, rule = "divider", rid
                break
        if kind == "body" and i >= len(lines) - 3:
            for rid, rx in TRAILER_RULES.items():
                if rx.match(line):
                    kind, rule = "trailer", rid
                    break
        if kind == "body" and i == 0 and len(lines) > 1:
            looks_like_headline = len(line.split()) <= 25 and (
                not SENTENCE_END.search(line) or _title_case(line))
            if has_headline or (has_headline is None and looks_like_headline):
                kind, rule = "headline", "headline.first-line"
        if kind == "body" and first_body:
            first_body = False
            m = dateline(text[:e], s)
            if m is not None:
                blocks.append(Block(s, m.start("body"), "dateline", "dateline.wire"))
                s = m.start("body")
        if kind == "body":
            blocks.extend(Block(a, b, "body") for a, b in _split_long(s, e, text))
        else:
            blocks.append(Block(s, e, kind, rule))
    return blocks
