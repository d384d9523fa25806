"""Coding a whole Document: segment, parse the body blocks, resolve actors, code
each sentence, and turn raw events into schema-1 Event records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..actors.kb import KnowledgeBase, bundled_kb
from ..actors.resolve import ActorResolver, DocumentMemory
from ..models import Document, Event, Span
from ..nlp.pipeline import load_pipeline
from ..nlp.segment import Block, segment
from .coder import Coder, RawEvent
from .lexicon import Lexicon, load_lexicon
from .ontology import Ontology, load_ontology


@dataclass
class Engine:
    """Everything coding needs, built once and reused for every document."""

    nlp: object
    kb: KnowledgeBase
    lexicon: Lexicon
    ontology: Ontology
    resolver: ActorResolver
    coder: Coder

    @classmethod
    def build(cls, model: str | None = None, kb: KnowledgeBase | None = None) -> Engine:
        nlp = load_pipeline(model) if model else load_pipeline()
        kb = kb or bundled_kb()
        lexicon = load_lexicon()
        return cls(nlp, kb, lexicon, load_ontology(), ActorResolver(kb, nlp), Coder(lexicon))

    def parse(self, text: str) -> list[tuple[Block, object]]:
        """(block, spaCy Doc) for each body block of the text."""
        blocks = [b for b in segment(text) if b.kind == "body"]
        docs = self.nlp.pipe(text[b.start : b.end] for b in blocks)
        return list(zip(blocks, docs, strict=True))

    def code(self, document: Document) -> list[Event]:
        return list(self.iter_events(document))

    def iter_events(self, document: Document) -> Iterable[Event]:
        text = document.text
        day = document.published
        memory = DocumentMemory()
        sentence_index = 0
        for block, doc in self.parse(text):
            actors = self.resolver.resolve(doc, block.start, memory, day)
            for sent in doc.sents:
                if not sent.text.strip():
                    continue
                raws = self.coder.code_sentence(sent, actors)
                for raw in raws:
                    yield self._event(document, raw, sent, block, sentence_index, day)
                sentence_index += 1

    def _event(self, document: Document, raw: RawEvent, sent, block: Block, index: int,
               day: date | None) -> Event:
        doc = sent.doc
        base = block.start
        starts = [base + doc[i].idx for i in raw.tokens]
        ends = [base + doc[i].idx + len(doc[i].text) for i in raw.tokens]
        sent_start = base + sent.start_char
        sent_end = base + sent.end_char
        for s, e in raw.actor_spans:
            if s is not None and sent_start <= s and e <= sent_end:
                starts.append(s)
                ends.append(e)
        start, end = min(starts), max(ends)
        info = self.ontology.get(raw.code)
        return Event(
            doc_id=document.doc_id,
            sentence_index=index,
            sentence=document.text[sent_start:sent_end],
            evidence=Span(start, end, document.text[start:end]),
            source=raw.source,
            target=raw.target,
            cameo=info.code,
            cameo_label=info.label,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover_event=info.plover_event,
            plover_mode=raw.mode or info.plover_mode,
            rule=raw.rule,
            confidence=raw.confidence,
            polarity=raw.polarity,
            modality=raw.modality,
            date=day.isoformat() if day else None,
            date_precision="day" if day else None,
            date_source="publication" if day else None,
        )
