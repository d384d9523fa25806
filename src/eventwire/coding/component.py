"""The coder as spaCy pipeline components, declared with `@Language.factory`.

The Engine's pipeline is the stock English pipeline followed by two of our own:

    tok2vec → tagger → parser → attribute_ruler → lemmatizer → ner
        → eventwire_actors   actor mentions of the paragraph (doc._.eventwire_actors),
                             its places added to the document's (DocumentPlaces)
        → eventwire_coder    events of each sentence (doc._.eventwire_sentences), with
                             the place each happened (doc._.eventwire_events: all of them)

Used alone, a Doc is coded as a one-paragraph document without a date:

    nlp = coding_pipeline(load_pipeline())
    doc = nlp("Chile expelled the Bolivian consul.")
    doc._.eventwire_events                   # RawEvents of the whole Doc

Inside the Engine each paragraph's Doc carries its document's state in
`doc._.eventwire_block` (a BlockContext): the memory of who is who from earlier
paragraphs, the places seen so far, the publication day and the paragraph's offset.
That state is read and updated paragraph by paragraph in document order. Neither
component has a `.pipe` method, so spaCy hands them one Doc at a time in input order,
and each paragraph goes through both before the next one reaches the first: the coder
of paragraph 2 never sees places or people of paragraph 3.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..actors.resolve import ActorResolver, DocumentMemory
from ..models import Place
from ..nlp.places import DocumentPlaces
from ..nlp.segment import Block
from .coder import Coder
from .events import RawEvent
from .ontology import load_ontology

ACTORS = "eventwire_actors"
CODER = "eventwire_coder"
COMPONENTS = (ACTORS, CODER)


@dataclass
class BlockContext:
    """One paragraph's place in its document, shared state included."""

    block: Block | None = None  # None: the Doc is the whole text
    day: date | None = None  # publication day
    memory: DocumentMemory = field(default_factory=DocumentMemory)
    places: DocumentPlaces | None = None
    keep_unresolved: bool = False  # keep events whose actors the KB does not know

    @property
    def base(self) -> int:
        return self.block.start if self.block is not None else 0


class CodedEvent(NamedTuple):
    raw: RawEvent
    location: Place | None


class CodedSentence(NamedTuple):
    sent: Span
    events: list[CodedEvent]


for _name in ("eventwire_block", "eventwire_actors", "eventwire_sentences",
              "eventwire_events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def release(doc: Doc) -> None:
    """Drop what the components left on a Doc once it has been read: the actors and the
    coded sentences refer back to the Doc, and those cycles would keep every paragraph's
    parse alive until Python's cycle collector runs (a 2 MB article peaked 110 MB higher)."""
    for name in ("eventwire_block", "eventwire_actors", "eventwire_sentences",
                 "eventwire_events"):
        doc._.set(name, None)


def context_of(doc: Doc) -> BlockContext:
    ctx = doc._.eventwire_block
    if ctx is None:
        ctx = BlockContext()
        doc._.eventwire_block = ctx
    return ctx


class ActorsComponent:
    """Resolves the actor mentions of a paragraph against the knowledge base."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._resolver: ActorResolver | None = None

    def use(self, kb) -> None:
        """Resolve against `kb` (the bundled knowledge base unless told otherwise)."""
        self._resolver = ActorResolver(kb, self.nlp)

    @property
    def resolver(self) -> ActorResolver:
        if self._resolver is None:
            from ..actors.kb import bundled_kb

            self.use(bundled_kb())
        return self._resolver  # type: ignore[return-value]

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        actors = self.resolver.resolve(doc, ctx.base, ctx.memory, ctx.day)
        if ctx.places is not None:
            if ctx.block is not None:
                ctx.places.add_block(ctx.block, doc)
            actors.places = ctx.places
        doc._.eventwire_actors = actors
        return doc


class CoderComponent:
    """Codes each sentence of a paragraph whose actors eventwire_actors resolved."""

    def __init__(self, nlp: Language, keep_unresolved: bool = False) -> None:
        self.nlp = nlp
        self.keep_unresolved = keep_unresolved
        self._coders: tuple[Coder, Coder] | None = None
        self.ontology = load_ontology()

    def use(self, lexicon) -> None:
        """Code with `lexicon` (the bundled one unless told otherwise)."""
        coder = Coder(lexicon, keep_unresolved=False)
        unresolved = copy.copy(coder)
        unresolved.keep_unresolved = True
        self._coders = (coder, unresolved)

    def coder(self, keep_unresolved: bool = False) -> Coder:
        if self._coders is None:
            from .lexicon import load_lexicon

            self.use(load_lexicon())
        return self._coders[1 if keep_unresolved else 0]  # type: ignore[index]

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        actors = doc._.eventwire_actors
        if actors is None:
            raise ValueError(f"{CODER} needs {ACTORS} before it in the pipeline")
        coder = self.coder(self.keep_unresolved or ctx.keep_unresolved)
        sentences = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            coded = [CodedEvent(raw, self._where(doc, ctx, raw))
                     for raw in coder.code_sentence(sent, actors)]
            sentences.append(CodedSentence(sent, coded))
            remember_acts(ctx.memory, [c.raw for c in coded])
        doc._.eventwire_sentences = sentences
        doc._.eventwire_events = [e.raw for s in sentences for e in s.events]
        return doc

    def _where(self, doc: Doc, ctx: BlockContext, raw: RawEvent) -> Place | None:
        """Where the event happened, from the places read up to this paragraph."""
        if ctx.places is None:
            return None
        code = self.ontology.get(raw.code).code
        return ctx.places.location(doc, ctx.base, raw.tokens, code, raw.source, raw.target)


def remember_acts(memory, events) -> None:
    """Keep who did the acts a sentence tells as news (asserted, done or offered, by a
    known side),
    by CAMEO root, for the event nouns of later sentences that refer back to them."""
    for raw in events:
        if (raw.source is not None and raw.source.code and raw.polarity == "asserted"
                and raw.modality in {"actual", "intent"}):
            memory.acts[raw.code[:2]] = raw.source


@Language.factory(ACTORS)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


@Language.factory(CODER, default_config={"keep_unresolved": False})
def make_coder(nlp: Language, name: str, keep_unresolved: bool) -> CoderComponent:
    return CoderComponent(nlp, keep_unresolved)


def coding_pipeline(parser: Language, kb=None, lexicon=None) -> Language:
    """A pipeline that shares `parser`'s components (same objects, no second copy of the
    weights) and adds eventwire_actors and eventwire_coder after them. `parser` itself
    is left as it is, so whoever only parses does not pay for coding."""
    import spacy

    nlp = spacy.blank(parser.lang, vocab=parser.vocab)
    nlp.tokenizer = parser.tokenizer
    for name in parser.pipe_names:
        nlp.add_pipe(name, source=parser)
    nlp.max_length = parser.max_length
    actors = nlp.add_pipe(ACTORS)
    coder = nlp.add_pipe(CODER)
    if kb is not None:
        actors.use(kb)
    if lexicon is not None:
        coder.use(lexicon)
    return nlp
