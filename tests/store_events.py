"""Hand-built documents and events for the store and export tests (no spaCy)."""

from __future__ import annotations

from eventwire.models import Actor, Document, Event, Place, Span

COL = Actor("Petro", "Gustavo Petro", "COLGOV", "COL", "GOV", "petro")
USA = Actor("Trump", "Donald Trump", "USAGOV", "USA", "GOV", "trump")
RUS = Actor("Russian forces", "Russia", "RUSMIL", "RUS", "MIL", None)
UKR = Actor("Kharkiv", None, None, None, None, None)


def event(doc: Document, day: str | None, cameo: str, source: Actor, target: Actor,
          index: int = 0) -> Event:
    return Event(
        doc_id=doc.doc_id, sentence_index=index, sentence=doc.text,
        evidence=Span(index, 12 + index, doc.text[index : 12 + index]),
        source=source, target=target, cameo=cameo,
        cameo_label={"042": "Make a visit", "190": "Use conventional military force"}[cameo],
        goldstein=1.9 if cameo == "042" else -10.0, quad_class=1 if cameo == "042" else 4,
        plover_event="CONSULT" if cameo == "042" else "ASSAULT",
        plover_mode="visit" if cameo == "042" else None, rule=f"test.{cameo}",
        confidence=0.8, date=day, date_precision="day" if day else None,
        date_source="publication" if day else None,
        location=Place("Washington", "USA", 38.9, -77.0, 4140963) if cameo == "042" else None,
    )


def sample():
    """Four documents from three publishers, five events: a COL->USA visit told on
    Feb 3, 4 (cluster of 2 articles) and again Feb 7 (new cluster), an attack on
    Kharkiv, and one undated event."""
    docs = [
        Document(text="Petro visited Trump in Washington.", source="AFP",
                 url="https://afp.example/1"),
        Document(text="Petro went to see Trump at the White House.", source="Reuters"),
        Document(text="Petro returned to Washington to see Trump.", source="AFP"),
        Document(text="Russian forces shelled Kharkiv overnight.", source="AP"),
    ]
    events = [
        event(docs[0], "2026-02-03", "042", COL, USA),
        event(docs[1], "2026-02-04", "042", COL, USA),
        event(docs[2], "2026-02-07", "042", COL, USA),
        event(docs[3], "2026-02-03", "190", RUS, UKR),
        event(docs[3], None, "190", RUS, UKR, index=1),
    ]
    return docs, events
