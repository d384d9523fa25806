"""Coding a whole Document: segment it, run each body block through the coding
pipeline (spaCy's parse, then eventwire_actors and eventwire_coder: component.py),
and turn the coded sentences into schema-1 Event and Quote records."""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..actors.kb import KnowledgeBase, bundled_kb, ended_before
from ..actors.resolve import DocumentMemory
from ..models import Actor, Document, Event, Quote, Span
from ..nlp.dates import _verb_past_only, clause_dates, is_future, period_end, resolve, timeml
from ..nlp.pipeline import PIPE_BATCH_SIZE, load_pipeline
from ..nlp.places import DocumentPlaces
from ..nlp.quotes import find_quote_spans, is_scare_quote, speaker_token
from ..nlp.segment import Block, segment
from .component import BlockContext, CodedEvent, coding_pipeline, release
from .events import RawEvent
from .lexicon import Lexicon, load_lexicon
from .modality.background import narrative_time, relative_time
from .modality.clauses import _past
from .modality.hypothetical import present_for_coming_day
from .ontology import Ontology, load_ontology

# An act the text dates more than this many days before publication is background to the
# news ("since the 2014 invasion"), flagged modality "background" so that default queries
# and exports leave it out (the store applies the same limit: store/queries.py).
BACKGROUND_DAYS = 30


def background(modality: str, when: str | None, source: str | None, day: date | None,
               sides: tuple = (), precision: str | None = None) -> str:
    """The modality, made "background" when the event's own date (from the text) ends more
    than BACKGROUND_DAYS before publication, or when one of its `sides` (actors) is a state
    that no longer existed at publication ("during the Soviet invasion of Afghanistan" in
    2017 news can only be history)."""
    if modality in {"actual", "future", "intent", "threat"} and any(
            a is not None and ended_before(a.country, day) for a in sides):
        return "background"
    if modality not in {"actual", "future"} or source != "text" or not when or day is None:
        return modality
    parts = [int(p) for p in when.split("-")[:3] if p.isdigit()]
    if not parts:
        return modality
    year, month, dom = (parts + [12, 31])[:3] if len(parts) == 1 else (
        (parts + [28])[:3] if len(parts) == 2 else parts)
    try:
        # (a month or year ends on its last day: "in May")
        end = period_end(date(year, month, 1 if precision in {"year", "month"} else dom),
                         precision)
    except ValueError:
        return modality
    return "background" if (day - end).days > BACKGROUND_DAYS else modality


@dataclass
class Analysis:
    events: list[Event]
    quotes: list[Quote]


# "he added": a quote in the next paragraph continuing the speaker's previous one
CONTINUATION_VERBS = {"add", "continue"}


def _same_speaker(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.kb_id or b.kb_id:
        return a.kb_id == b.kb_id
    return (a.name or a.text) == (b.name or b.text)


def _join(quote: Quote, segment: Quote) -> Quote:
    """One quotation from two segments; its text joins them with an ellipsis."""
    segments = quote.segments + segment.segments
    return replace(quote, end=segment.end, segments=segments,
                   text=" … ".join(s.text for s in segments),
                   event_id=quote.event_id or segment.event_id)


def _phrase_verb(tok):
    """The verb an event noun's phrase hangs on ("in a phone call" of "pledged", "Xi's visit"
    as the object of "reciprocates"), or None."""
    if tok.pos_ != "NOUN":
        return None
    node = tok
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
        elif node.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            node = node.head
        else:
            return None
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _in_old_story(event: Event) -> Event:
    """An event of a sentence that tells an old story (its main clause dated over a month
    before publication, or a plain past clause going on with such a story: "The accord
    was signed in 1993. It called for elections.") is background, unless its own clause
    gives it a time of its own."""
    if event.date_source != "publication" or event.modality not in {
            "actual", "future", "intent", "threat"}:
        return event
    return replace(event, modality="background")


# Years a text names ("in 1958", "the 1950s"), and words that tie a story to the days of
# its publication ("on Monday", "today", "this week").
_YEAR_WORD = re.compile(r"\b(1[6-9]\d\d|20\d\d)s?\b")
_NEWS_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"today|yesterday|tonight|this week|last week|this month)\b", re.I)
# A story looks back only when it names this many years, nearly all of them this many
# years before publication.
HISTORY_YEARS, HISTORY_AGE = 5, 10


def looks_back(text: str, day: date | None) -> bool:
    """The story is a feature on the past: it names at least HISTORY_YEARS years, none of
    the year of publication or the one before, three in four at least HISTORY_AGE years
    back, and no day of the week, "today" or "this week" ("Al-Sarraj rose in the mid-1950s
    ... When the union was declared in 1958 ..."). Its plain past clauses with no time of
    their own tell that past, not the day's news."""
    if day is None or _NEWS_DAYS.search(text):
        return False
    years = [int(m.group(1)) for m in _YEAR_WORD.finditer(text)]
    if len(years) < HISTORY_YEARS or any(y >= day.year - 1 for y in years):
        return False
    return sum(y <= day.year - HISTORY_AGE for y in years) * 4 >= len(years) * 3


# Occasions an act is done "in", whose time is the act's ("arrested in a sweep in
# December", "killed in a raid last year").
OCCASION_NOUNS = {"sweep", "raid", "operation", "crackdown", "attack", "ambush", "clash",
                  "offensive", "assault", "strike", "bombing", "meeting", "summit", "visit",
                  "interview", "speech", "debate", "ceremony", "rally", "vote", "referendum"}


def _past_trigger(doc, coded: CodedEvent) -> bool:
    """The event's trigger is told in the past (a past tense, perfect or past passive)."""
    for i in coded.raw.tokens[:1]:
        if i < len(doc):
            tok = doc[i]
            verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
            return verb.pos_ in {"VERB", "AUX"} and _past(verb)
    return False


def _with_quote(event: Event, quotes: list[Quote]) -> Event:
    """The event carries the text of a quote from its own sentence."""
    for q in quotes:
        if q.event_id == event.event_id:
            return replace(event, quote=q.text)
    return event


class _Story:
    """Whether the story a paragraph's sentences go on is of a time over a month ago
    (narrative_time), asked only where it matters: at a sentence with events and at the
    paragraph's end. A sentence's own time decides ("old", or "now": not old); one with
    none (None) goes on in the time of the one before; before the paragraph, `before`.
    Each sentence's time is read at most once, and most never: the answer is the
    nearest sentence back that tells a time of its own."""

    def __init__(self, sentences, day: date | None, before: bool) -> None:
        self.sentences = sentences
        self.day = day
        self.before = before
        self._told: dict[int, str | None] = {}

    def old_at(self, k: int) -> bool:
        for j in range(k, -1, -1):
            if j not in self._told:
                self._told[j] = narrative_time(self.sentences[j][0], self.day)
            told = self._told[j]
            if told is not None:
                return told == "old"
        return self.before


class _StreamFailed(Exception):
    """The shared parse stream of Engine.analyse_each raised (spaCy or segmentation)."""


class _Ticket:
    """A document's place in the input of Engine.analyse_each (_coded_many reads
    .document)."""

    __slots__ = ("document",)

    def __init__(self, document: Document) -> None:
        self.document = document


class _Peekable:
    """An iterator whose next item can be looked at first; an exception the underlying
    iterator raises becomes _StreamFailed, and every later look raises it again."""

    def __init__(self, it: Iterator) -> None:
        self._it = it
        self._next = None
        self._have = False
        self._failed: BaseException | None = None

    def peek(self):
        if self._failed is not None:
            raise _StreamFailed() from self._failed
        if not self._have:
            try:
                self._next = next(self._it)
            except StopIteration:
                self._next = None
            except Exception as exc:
                self._failed = exc
                raise _StreamFailed() from exc
            self._have = True
        return self._next

    def __iter__(self) -> _Peekable:
        return self

    def __next__(self):
        item = self.peek()
        if item is None:
            raise StopIteration
        self._have = False
        return item


@dataclass
class Engine:
    """Everything coding needs, built once and reused for every document.

    `nlp` is spaCy's English pipeline alone (for whoever only parses); `pipeline` is
    the declared coding pipeline that shares its components and adds ours
    (component.coding_pipeline)."""

    nlp: object
    kb: KnowledgeBase
    lexicon: Lexicon
    ontology: Ontology
    pipeline: object
    keep_unresolved: bool = False  # keep events whose actors the KB does not know

    @classmethod
    def build(cls, model: str | None = None, kb: KnowledgeBase | None = None) -> Engine:
        nlp = load_pipeline(model) if model else load_pipeline()
        kb = kb or bundled_kb()
        lexicon = load_lexicon()
        return cls(nlp, kb, lexicon, load_ontology(), coding_pipeline(nlp, kb, lexicon))

    def _block_doc(self, document: Document, block: Block, memory: DocumentMemory,
                   places: DocumentPlaces):
        """The block's text as a Doc carrying its document's shared state."""
        doc = self.pipeline.make_doc(document.text[block.start : block.end])
        doc._.eventwire_block = BlockContext(block, document.published, memory, places,
                                             self.keep_unresolved)
        return doc

    def _block_docs(self, document: Document, queue: deque | None = None, item=None):
        memory, places = DocumentMemory(), DocumentPlaces(document.text, self.kb)
        for b in segment(document.text):
            if b.kind == "body":
                if queue is not None:
                    queue.append((item, b))
                yield self._block_doc(document, b, memory, places)

    def parse(self, text: str) -> Iterator[tuple[Block, object]]:
        """(block, spaCy Doc) for each body block of the text, parsed (not coded) lazily
        so a long document never holds all its parses in memory."""
        blocks = [b for b in segment(text) if b.kind == "body"]
        docs = self.nlp.pipe((text[b.start : b.end] for b in blocks),
                              batch_size=PIPE_BATCH_SIZE)
        return zip(blocks, docs, strict=True)

    def parse_many(self, documents: Iterable[Document]
                   ) -> Iterator[tuple[Document, Block, object]]:
        """(document, block, spaCy Doc) for each body block of each document, parsed (not
        coded), in order, the paragraphs of consecutive documents in shared batches."""
        queue: deque[tuple[Document, Block]] = deque()

        def texts() -> Iterator[str]:
            for document in documents:
                for b in segment(document.text):
                    if b.kind == "body":
                        queue.append((document, b))
                        yield document.text[b.start : b.end]

        for parsed in self.nlp.pipe(texts(), batch_size=PIPE_BATCH_SIZE):
            document, block = queue.popleft()
            yield document, block, parsed

    def _coded(self, document: Document) -> Iterator[tuple[Block, object]]:
        """(block, coded Doc) for each body block of the document, lazily."""
        queue: deque = deque()
        docs = self.pipeline.pipe(self._block_docs(document, queue),
                                  batch_size=PIPE_BATCH_SIZE)
        for doc in docs:
            yield queue.popleft()[1], doc

    def _coded_many(self, items: Iterable) -> Iterator[tuple[object, Block, object]]:
        """(item, block, coded Doc) for each body block of each item's document (an item
        is a Document or has one as `.document`), in order: the paragraphs of
        consecutive documents share `nlp.pipe` batches (a news article has one to a few
        paragraphs, so one document alone fills a batch poorly). Lazy: at most a batch
        of paragraphs and their parses is held at once."""
        queue: deque = deque()

        def docs() -> Iterator:
            for item in items:
                yield from self._block_docs(getattr(item, "document", item), queue, item)

        for parsed in self.pipeline.pipe(docs(), batch_size=PIPE_BATCH_SIZE):
            item, block = queue.popleft()
            yield item, block, parsed

    def code(self, document: Document) -> list[Event]:
        return self.analyse(document).events

    def analyse(self, document: Document,
                progress: Callable[[int, int], None] | None = None) -> Analysis:
        """Events and quotes of one document, from one parse. `progress(done, total)` is
        called after each paragraph with character counts, for long documents."""
        return self._analyse_parsed(document, self._coded(document), progress)

    def analyse_many(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        """The Analysis of each document, in order, as `analyse` gives it, with the
        paragraphs of consecutive documents parsed in shared batches (_coded_many).
        An exception raised while coding a document is raised from this iterator
        (analyse_each hands it back with its document instead)."""
        for _document, result in self.analyse_each(documents, catch=False):
            yield result  # type: ignore[misc]

    def analyse_each(self, documents: Iterable[Document], *, catch: bool = True
                     ) -> Iterator[tuple[Document, Analysis | Exception]]:
        """(document, Analysis or the exception its coding raised) for each document,
        in order. Documents are read lazily and each is coded paragraph by paragraph as
        the shared parse stream reaches it, so memory stays bounded by a batch of
        paragraphs, not by a document. If spaCy itself fails inside a shared batch,
        the documents not yet finished are coded again one by one (`analyse`), so only
        the document that fails gets the exception."""
        # one ticket per place in the input: the same Document given twice is coded twice
        pending: deque[_Ticket] = deque()  # read by the parse stream, not yet coded
        source = iter(documents)

        def feed() -> Iterator[_Ticket]:
            for document in source:
                ticket = _Ticket(document)
                pending.append(ticket)
                yield ticket

        stream = _Peekable(self._coded_many(feed()))

        def blocks_of(ticket: _Ticket) -> Iterator[tuple[Block, object]]:
            while (item := stream.peek()) is not None and item[0] is ticket:
                next(stream)
                yield item[1], item[2]

        ticket: _Ticket | None = None
        try:
            while pending or stream.peek() is not None or pending:
                ticket = pending.popleft()
                try:
                    result: Analysis | Exception = self._analyse_parsed(
                        ticket.document, blocks_of(ticket))
                except _StreamFailed:
                    raise
                except Exception as exc:
                    if not catch:
                        raise
                    result = exc
                for _ in blocks_of(ticket):  # coding stopped early: drop the rest
                    pass
                yield ticket.document, result
                ticket = None
        except _StreamFailed:
            if not catch:
                raise
            rest = [t.document for t in ([ticket] if ticket is not None else [])]
            rest += [t.document for t in pending]
            pending.clear()
            for doc in itertools.chain(rest, source):
                yield doc, self._analyse_or_error(doc)

    def _analyse_or_error(self, document: Document) -> Analysis | Exception:
        try:
            return self.analyse(document)
        except Exception as exc:  # noqa: BLE001 - handed to the caller with its document
            return exc

    def _analyse_parsed(self, document: Document, parsed: Iterator[tuple[Block, object]],
                        progress: Callable[[int, int], None] | None = None) -> Analysis:
        """Events and quotes of one document from its parsed body blocks."""
        text = document.text
        day = document.published
        result = Analysis([], [])
        sentence_index = 0
        block_index, last_quote_block = 0, -9  # paragraph numbers, to spot "he added"
        story_old = False  # the story told so far is of a time over a month ago
        history = looks_back(text, day)  # a feature on the past, as a whole
        for block, doc in parsed:
            if progress is not None:
                progress(block.end, len(text))
            actors = doc._.eventwire_actors
            # the paragraph's Doc was made from exactly this slice (_block_doc); Doc.text
            # would join every token again
            block_text = text[block.start : block.end]
            spans = find_quote_spans(block_text)
            block_index += 1
            last_speaker: Actor | None = None
            last_said_on: tuple[str, str] | None = None
            sentences = doc._.eventwire_sentences
            story = _Story(sentences, day, story_old)
            for k, (sent, coded) in enumerate(sentences):
                events = [self._event(document, c, sent, block, sentence_index, day)
                          for c in coded]
                # (the time the story is told in matters only to a sentence with events)
                if events and story.old_at(k):
                    events = [_in_old_story(e) for e in events]
                elif history:
                    events = [_in_old_story(e) if _past_trigger(sent.doc, c) else e
                              for e, c in zip(events, coded, strict=True)]
                here = [q for q in spans if sent.start_char <= q.start < sent.end_char]
                tok = speaker_token(sent, spans) if here else None
                speaker = actors.actor_for(tok) if tok is not None else None
                if speaker is None and tok is not None:
                    speaker = Actor(text=tok.text, start=block.start + tok.idx,
                                    end=block.start + tok.idx + len(tok.text))
                said_on = self._said_on(doc, tok, day) if tok is not None else None
                continues = tok is not None and tok.head.lemma_.lower() in CONTINUATION_VERBS
                for q in here:
                    qtext = block_text[q.start : q.end]
                    who = speaker or last_speaker
                    if is_scare_quote(qtext):
                        continue
                    when = said_on if speaker is not None else last_said_on
                    start, end = block.start + q.start, block.start + q.end
                    linked = events[0] if events else None
                    segment = Quote(
                        doc_id=document.doc_id, start=start, end=end, text=text[start:end],
                        speaker=who, sentence_index=sentence_index,
                        event_id=linked.event_id if linked else None,
                        date=when[0] if when else None,
                        date_source=when[1] if when else None,
                        segments=(Span(start, end, text[start:end]),),
                    )
                    previous = result.quotes[-1] if result.quotes else None
                    same_block = previous is not None and previous.end >= block.start
                    if previous is not None and _same_speaker(previous.speaker, who) and (
                            (same_block and (speaker is None or previous.sentence_index
                                             == sentence_index))
                            or (not same_block and continues
                                and block_index - last_quote_block == 1)):
                        # one quotation interrupted by its attribution ("...," Trump said.
                        # "...") or continued in the next paragraph ("he added")
                        result.quotes[-1] = _join(previous, segment)
                    else:
                        result.quotes.append(segment)
                    last_quote_block = block_index
                    if who is not None:
                        last_speaker, last_said_on = who, when
                if here:
                    events = [_with_quote(e, result.quotes) for e in events]
                result.events.extend(events)
                sentence_index += 1
            story_old = story.old_at(len(sentences) - 1)
            release(doc)
        return result

    @staticmethod
    def _said_on(doc, speaker_tok, day: date | None) -> tuple[str, str] | None:
        """When the quote was said: the time on its speech verb ("Trump said on Monday")."""
        if day is None:
            return None
        verb = speaker_tok.head
        for ent, _node in clause_dates(doc, [verb.i]):
            resolved = resolve(ent.text, day)
            if resolved is not None:
                return resolved.iso, "text"
        return day.isoformat(), "publication"

    def _event(self, document: Document, coded: CodedEvent, sent, block: Block, index: int,
               day: date | None) -> Event:
        raw = coded.raw
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
        when, precision, date_source = self._date(doc, raw, day)
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
            modality="background" if raw.modality in {"actual", "future"} and date_source == (
                "publication") and self._old_period(doc, raw, day) else background(
                raw.modality, when, date_source, day, (raw.source, raw.target), precision),
            date=when,
            date_precision=precision,
            date_source=date_source,
            location=coded.location,
        )

    @staticmethod
    def _date(doc, raw: RawEvent, day: date | None) -> tuple[str | None, str | None, str | None]:
        """The event's own time expression if its clause states one, else publication."""
        if day is None:
            return None, None, None
        trigger = [i for i in (raw.date_tokens or raw.tokens) if i < len(doc)]
        future = raw.modality == "future" or is_future(doc[i] for i in trigger) or (
            raw.modality == "intent" and any(present_for_coming_day(doc[i]) for i in trigger))
        # the trigger's own clause first; then, an event noun in a phrase of a verb is of
        # the verb's time ("pledged in a phone call last month", "reciprocates Xi's visit
        # to Riyadh last year")
        verbs = [v.i for i in trigger if (v := _phrase_verb(doc[i])) is not None]
        # ... and a past relative clause on an argument of a past clause is of its time
        # ("at a debate on Sept. 26 she listed reasons he was refusing to meet them")
        govs = [g.i for i in trigger if (g := relative_time(doc[i])) is not None]
        verbs += govs
        # ... and a verb told "during" or "at" an occasion is of the occasion's time ("met
        # the envoy during a summit in Quito last year")
        # (not one after another phrase, which it may date instead: "freed them over
        # their reporting during the 2016 election")
        # (and "in" an occasion: "was arrested in a sweep in December")
        occasions = [g.i for i in trigger + govs for p in doc[i].children
                     if p.dep_ == "prep" and p.lower_ in {"during", "at", "in"} and not any(
                         o.dep_ == "prep" and i < o.i < p.i for o in doc[i].children)
                     for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and (
                         p.lower_ != "in" or g.lemma_.lower() in OCCASION_NOUNS)]
        # ... and "as part of" a dated thing is of its time ("as part of a budget deal in
        # 2015, Congress suspended the ceiling")
        occasions += [g.i for i in trigger + govs for p in doc[i].children
                      if p.dep_ == "prep" and p.lower_ == "as"
                      for part in p.children if part.dep_ == "pobj" and part.lower_ == "part"
                      for of in part.children if of.dep_ == "prep" and of.lower_ == "of"
                      for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        for nodes in (trigger, verbs + occasions):
            for ent, node in clause_dates(doc, nodes):
                # (an intent's date hung on its past report is the report's: "did
                # announce plans to invest in early January" is no next January)
                ahead = future and not (node.pos_ in {"VERB", "AUX"} and _verb_past_only(node))
                resolved = resolve(ent.text, day, future=ahead)
                if resolved is not None:
                    return resolved.iso, resolved.precision, "text"
        return day.isoformat(), "day", "publication"

    @staticmethod
    def _old_period(doc, raw: RawEvent, day: date | None) -> bool:
        """The event's clause is placed in a decade or century that ended over a month
        before publication ("fought the rebels in the 1980s", "in the 19th century"): no
        day can be given to it, but it is background."""
        if day is None:
            return False
        trigger = [i for i in (raw.date_tokens or raw.tokens) if i < len(doc)]
        for ent, _node in clause_dates(doc, trigger):
            value = timeml(ent.text, day, future=False) or ""
            if value.isdigit() and len(value) in {2, 3}:  # 198 (the 1980s), 19 (1900s)
                last = (int(value) + 1) * (10 if len(value) == 3 else 100) - 1
                if (day - date(last, 12, 31)).days > BACKGROUND_DAYS:
                    return True
        return False
