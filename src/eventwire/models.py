"""The data objects that flow between stages: frozen, plain, picklable.

Nothing here holds a spaCy object; offsets are character offsets into the
document text so records can cross process boundaries and be stored as is.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

SCHEMA_VERSION = 1


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def doc_id_for(text: str) -> str:
    """Stable document id: sha256 of the whitespace-normalised text."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date_source: str = "given"  # given | metadata | fallback
    doc_id: str = ""
    # The input's own id for this article (a JSON Lines `id`, a feed entry's guid, a WARC
    # record id), kept so exported events can be joined back to the user's records. Not
    # part of doc_id: the same text under two ids is still one document.
    record_id: str | None = None

    def __post_init__(self) -> None:
        if not self.doc_id:
            object.__setattr__(self, "doc_id", doc_id_for(self.text))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Actor:
    """An actor as it appears in an event: the mention text plus what it resolved to."""

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    kb_id: str | None = None
    start: int | None = None
    end: int | None = None
    ner: str | None = None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "role": self.role,
            "kb_id": self.kb_id,
        }


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _actor_key(actor: Actor | None) -> str:
    """What tells two actors of one sentence apart ("the two" is two people)."""
    if actor is None:
        return ""
    return f"{actor.text}@{actor.start}:{actor.code}:{actor.kb_id}"


@dataclass(frozen=True)
class Event:
    doc_id: str
    sentence_index: int
    sentence: str
    evidence: Span
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_label: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    rule: str
    confidence: float
    polarity: str = "asserted"  # asserted | negated
    modality: str = "actual"  # actual | threat | intent | hypothetical | future | reported
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    date_source: str | None = None  # text | publication
    location: Place | None = None
    quote: str | None = None
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.event_id:
            key = (
                f"{self.doc_id}|{self.sentence}|{self.evidence.start}:{self.evidence.end}"
                f"|{self.cameo}|{_actor_key(self.source)}|{_actor_key(self.target)}"
            )
            object.__setattr__(self, "event_id", sha1(key))

    def to_dict(self) -> dict:
        """The schema-1 JSON record, field for field as in ARCHITECTURE.md."""
        return {
            "schema": SCHEMA_VERSION,
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_label": self.cameo_label,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "polarity": self.polarity,
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "quote": self.quote,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Quote:
    doc_id: str
    start: int
    end: int
    text: str
    speaker: Actor | None
    sentence_index: int
    event_id: str | None = None
    date: str | None = None  # when it was said: its speech verb's time, else publication
    date_source: str | None = None  # text | publication
    # The quoted passages, exact slices of the text; several when the quotation is
    # interrupted by its attribution ("...," Trump said. "...") or continued ("he added").
    segments: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "sentence_index": self.sentence_index,
            "event_id": self.event_id,
            "date": self.date,
            "date_source": self.date_source,
            "segments": [seg.to_dict() for seg in self.segments],
        }


@dataclass(frozen=True)
class Skip:
    """An input that could not be read or coded, kept so nothing is lost silently."""

    source: str
    code: str
    reason: str
    doc_id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)
