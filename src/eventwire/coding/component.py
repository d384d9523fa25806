"""The coder as a spaCy pipeline component, declared with `@Language.factory`:

    nlp.add_pipe("eventwire_coder")          # after the parser and NER
    doc = nlp("Chile expelled the Bolivian consul.")
    doc._.eventwire_events                   # RawEvents, one list for the whole doc

It resolves actors with the bundled knowledge base and codes every sentence with the
lexicon's patterns, exactly as Engine.analyse does for one block (without the document
memory across paragraphs, dates or places, which need the whole article).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.kb import bundled_kb
from ..actors.resolve import ActorResolver, DocumentMemory
from .coder import Coder
from .lexicon import load_lexicon

EXTENSION = "eventwire_events"


class CoderComponent:
    """Codes a parsed Doc into `doc._.eventwire_events`."""

    def __init__(self, nlp: Language, keep_unresolved: bool = False) -> None:
        self.coder = Coder(load_lexicon(), keep_unresolved=keep_unresolved)
        self.resolver = ActorResolver(bundled_kb(), nlp)
        if not Doc.has_extension(EXTENSION):
            Doc.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        actors = self.resolver.resolve(doc, 0, DocumentMemory(), None)
        events = []
        for sent in doc.sents:
            if sent.text.strip():
                events.extend(self.coder.code_sentence(sent, actors))
        doc._.set(EXTENSION, events)
        return doc


@Language.factory("eventwire_coder", default_config={"keep_unresolved": False})
def make_coder(nlp: Language, name: str, keep_unresolved: bool) -> CoderComponent:
    return CoderComponent(nlp, keep_unresolved)
