"""Full coding vs spaCy parsing alone, on the demo story, measured in the same run.

    python bench/coding_speed.py [--repeat 20]

Prints the median time of each and their ratio. Not run in CI.
"""

from __future__ import annotations

import argparse
import statistics
import time

from eventwire.api import default_engine
from eventwire.data_files import data_path
from eventwire.nlp.segment import segment
from eventwire.reading import read_document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
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
