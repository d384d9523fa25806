"""The public functions behind `import eventwire` (the CLI calls these too)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from .models import Document, Event
from .reading import clean_text, parse_date

if TYPE_CHECKING:  # the engine imports spaCy (0.5 s): only what codes should pay for it
    from .coding.document import Engine


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    """The engine (pipeline, KB, lexicon) built once per process on first use."""
    from .coding.document import Engine

    return Engine.build()


def code_document(document: Document, *, engine: Engine | None = None) -> list[Event]:
    """All events of a Document, in text order."""
    return (engine or default_engine()).code(document)


def code_text(
    text: str,
    published: str | date | None = None,
    *,
    source: str | None = None,
    engine: Engine | None = None,
) -> list[Event]:
    """Code a news text; `published` (YYYY-MM-DD or date) anchors dates and actor roles."""
    text, _removed = clean_text(text)  # NULs and lone surrogates cannot be hashed or stored
    doc = Document(text=text, published=parse_date(published), source=source)
    return code_document(doc, engine=engine)
