"""eventwire: news text to political event data (CAMEO and PLOVER), offline.

    import eventwire
    events = eventwire.code_text(text, published="2026-02-03")
    [e.to_dict() for e in events]
"""

from .analysis import timeline, top
from .api import code_document, code_text
from .errors import EventwireError
from .models import Actor, Document, Event, Place, Quote, Skip
from .reading import read_document
from .store import EventStore, open_store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "EventStore",
    "EventwireError",
    "Place",
    "Quote",
    "Skip",
    "__version__",
    "code_document",
    "code_text",
    "open_store",
    "read_document",
    "timeline",
    "top",
]
