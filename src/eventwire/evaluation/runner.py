"""Coding gold sentences with one engine and scoring them: what `eventwire eval` runs."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path

from ..api import code_text, default_engine
from ..coding.component import COMPONENTS
from ..coding.document import Engine
from ..nlp.segment import segment
from .gold import GoldEvent, GoldSet, gold_paths, read_gold
from .score import SetScore, emitted_event, score_set

# Sentences parsed ahead per nlp.pipe call: big enough to batch, small enough that the
# progress bar moves.
CHUNK = 64


class PreParsed:
    """Stands in for the coding pipeline inside Engine.parse.

    Texts parsed ahead in one batched `nlp.pipe` call (spaCy's components only) are
    served from here, then go through eventwire's components with the state the Engine
    gave them; anything else is parsed on the spot, so coding is exactly what
    `code_text` does alone.
    """

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._docs: dict[str, list] = defaultdict(list)

    def prime(self, texts: Sequence[str]) -> None:
        self._docs.clear()
        parsed = self._nlp.pipe(texts, batch_size=CHUNK, disable=list(COMPONENTS))
        for text, doc in zip(texts, parsed, strict=True):
            self._docs[text].append(doc)

    def _parsed(self, text: str):
        queue = self._docs.get(text)
        if queue:
            return queue.pop(0)
        return self._nlp(text, disable=list(COMPONENTS))

    def pipe(self, docs: Iterable, **_kwargs) -> Iterator:
        for doc in docs:
            parsed = self._parsed(doc.text)
            parsed._.eventwire_block = doc._.eventwire_block
            for name in COMPONENTS:
                parsed = self._nlp.get_pipe(name)(parsed)
            yield parsed

    def __getattr__(self, name: str):
        return getattr(self._nlp, name)


def eval_engine(engine: Engine | None = None, *, keep_unresolved: bool = False) -> Engine:
    """A copy of the engine for evaluation, parsing ahead in batches."""
    engine = engine or default_engine()
    return dataclasses.replace(engine, pipeline=PreParsed(engine.pipeline),
                               keep_unresolved=keep_unresolved or engine.keep_unresolved)


# What a default query or export leaves out (store/queries.py EventFilter): negated,
# hypothetical and background events are flagged, not news of the day, so they are not
# scored as emitted events either.
NOT_COUNTED_MODALITIES = {"hypothetical", "background"}


def counted(event) -> bool:
    """An emitted event the scorer counts: one a default query would return."""
    return event.polarity != "negated" and event.modality not in NOT_COUNTED_MODALITIES


def _blocks(text: str) -> list[str]:
    return [text[b.start : b.end] for b in segment(text) if b.kind == "body"]


def code_gold(
    gold_sets: Sequence[GoldSet], engine: Engine, progress=None
) -> list[list[list[GoldEvent]]]:
    """Emitted events per sentence per set; `progress(n)` is called as sentences finish.

    Sets are coded as a user's engine codes text. Only a set whose records name a
    fictional actor dictionary (PETRARCH2's unit tests: Arnor, Gondor …, which no KB
    knows) is coded keeping events whose actors are unknown; its root and code levels
    then measure event coding, and its tuple level stays near zero."""
    pre = engine.pipeline if isinstance(engine.pipeline, PreParsed) else None
    out: list[list[list[GoldEvent]]] = []
    fictional = dataclasses.replace(engine, keep_unresolved=True)
    for gold_set in gold_sets:
        set_engine = fictional if gold_set.fictional_actors else engine
        per_sentence: list[list[GoldEvent]] = []
        sentences = gold_set.sentences
        for start in range(0, len(sentences), CHUNK):
            chunk = sentences[start : start + CHUNK]
            if pre is not None:
                pre.prime([b for s in chunk for b in _blocks(s.text)])
            for s in chunk:
                events = code_text(s.text, published=s.published, engine=set_engine)
                per_sentence.append([emitted_event(e) for e in events if counted(e)])
                if progress is not None:
                    progress(1)
        out.append(per_sentence)
    return out


def evaluate(
    paths: Iterable[str | Path],
    *,
    limit: int | None = None,
    keep_unresolved: bool = False,
    engine: Engine | None = None,
    show_progress: bool = False,
    split: str = "all",
) -> list[SetScore]:
    """Read the gold files (all of them first, so bad input fails fast), code every
    sentence with one engine, and score each set (its `read` or `held` part when
    `split` says so; see GoldSet.split)."""
    gold_sets = [read_gold(p).split(split).head(limit) for p in gold_paths(paths)]
    engine = eval_engine(engine, keep_unresolved=keep_unresolved)
    total = sum(len(g.sentences) for g in gold_sets)
    bar = _progress_bar() if show_progress else None
    with bar if bar is not None else nullcontext():
        advance = None
        if bar is not None:
            task = bar.add_task("coding gold sentences", total=total)

            def advance(n: int) -> None:
                bar.advance(task, n)

        emitted = code_gold(gold_sets, engine, advance)
    return [score_set(g, e) for g, e in zip(gold_sets, emitted, strict=True)]


def _progress_bar():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def run_documents(paths: Iterable[str | Path], read, label: str, predict_chunk, score, *,
                  limit: int | None = None, engine: Engine | None = None, progress=None,
                  show_progress: bool = False, chunk: int = 32) -> list:
    """Read each gold file (`read(path)`, first `limit` documents), predict its documents a
    chunk at a time with `predict_chunk(engine, docs)` (one prediction per document), and
    score each set with `score(gold, predicted)`. A progress bar on stderr when asked and
    no `progress(n)` callback is given."""
    paths = list(paths)
    if not paths:
        return []
    engine = engine or default_engine()
    golds = [read(p).head(limit) for p in paths]
    bar = _progress_bar() if show_progress and progress is None else None
    scores = []
    with bar if bar is not None else nullcontext():
        if bar is not None:
            task = bar.add_task(label, total=sum(len(g.docs) for g in golds))

            def progress(n: int) -> None:
                bar.advance(task, n)

        for gold in golds:
            predicted = []
            for start in range(0, len(gold.docs), chunk):
                docs = gold.docs[start : start + chunk]
                predicted.extend(predict_chunk(engine, docs))
                if progress is not None:
                    progress(len(docs))
            scores.append(score(gold, predicted))
    return scores
