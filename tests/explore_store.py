"""A hand-built store for the timeline, API and browser tests (no spaCy): US-Colombia
relations over three weeks, one event of each kind a default query leaves out, and
events of other dyads and places."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from eventwire.models import Actor, Document, Event, Place, Span
from eventwire.store import open_store

USA = Actor("Trump", "Donald Trump", "USAGOV", "USA", "GOV", "trump")
COL = Actor("Petro", "Gustavo Petro", "COLGOV", "COL", "GOV", "petro")
RUS = Actor("Russian forces", "Russia", "RUSMIL", "RUS", "MIL", None)
UKR = Actor("Ukraine", "Ukraine", "UKR", "UKR", None, None)
WASHINGTON = Place("Washington", "USA", 38.9, -77.0, 4140963)
BOGOTA = Place("Bogota", "COL", 4.6, -74.1, 3688689)
KHARKIV = Place("Kharkiv", "UKR", 50.0, 36.2, 706483)

# (cameo, label, goldstein, quad class)
CODES = {
    "042": ("Make a visit", 1.9, 1),
    "057": ("Sign formal agreement", 8.0, 2),
    "112": ("Accuse", -2.0, 3),
    "130": ("Threaten", -4.4, 3),
    "190": ("Use conventional military force", -10.0, 4),
}


def make_event(doc: Document, day: str | None, cameo: str, source: Actor, target: Actor,
               verb: str, place: Place | None = None, **kw) -> Event:
    start = doc.text.index(verb)
    label, goldstein, quad = CODES[cameo]
    e = Event(
        doc_id=doc.doc_id, sentence_index=0, sentence=doc.text,
        evidence=Span(start, start + len(verb), verb), source=source, target=target,
        cameo=cameo, cameo_label=label, goldstein=goldstein, quad_class=quad,
        plover_event=None, plover_mode=None, rule=f"test.{cameo}", confidence=0.8,
        date=day, date_precision="day" if day else None, date_source="text",
        location=place,
    )
    return replace(e, **kw) if kw else e


def sample() -> tuple[list[Document], list[Event]]:
    d = [
        Document("Trump accused Petro of lying, then threatened tariffs.",
                 published=date(2026, 1, 5), source="AFP", title="Tariff row"),
        Document("Petro visited Trump in Washington and they signed an accord.",
                 published=date(2026, 1, 20), source="Reuters", title="Accord"),
        Document("Trump visited Bogota; Petro did not accuse him of anything.",
                 published=date(2026, 1, 21), source="AP", title="Return visit"),
        Document("Russian forces shelled Kharkiv, and could strike Kyiv next.",
                 published=date(2026, 1, 6), source="AP", title="Kharkiv"),
        Document("Trump recalled that he visited Petro back in 2025 in Washington.",
                 published=date(2026, 1, 22), source="AFP", title="Memories"),
    ]
    events = [
        make_event(d[0], "2026-01-05", "112", USA, COL, "accused"),
        make_event(d[0], "2026-01-05", "130", USA, COL, "threatened", modality="threat"),
        make_event(d[1], "2026-01-20", "042", COL, USA, "visited", WASHINGTON),
        make_event(d[1], "2026-01-20", "057", COL, USA, "signed", WASHINGTON),
        make_event(d[2], "2026-01-21", "042", USA, COL, "visited", BOGOTA),
        # Left out by default: negated, hypothetical, background (months before).
        make_event(d[2], "2026-01-21", "112", COL, USA, "accuse", polarity="negated"),
        make_event(d[3], "2026-01-06", "190", RUS, UKR, "strike", modality="hypothetical"),
        make_event(d[4], "2025-06-01", "042", USA, COL, "visited", WASHINGTON),
        make_event(d[3], "2026-01-06", "190", RUS, UKR, "shelled", KHARKIV),
    ]
    return d, events


def build(path: Path) -> Path:
    docs, events = sample()
    with open_store(path) as store:
        store.add(docs, events)
    return path
