"""Every field of every event (and quote) of N real articles and of the gold sentences,
as JSON, to check that a speed change leaves coding exactly as it was.

    PYTHONPATH=<tree>/src python bench/event_dump.py --articles 150 --out before.json
    PYTHONPATH=<tree>/src python bench/event_dump.py --articles 150 --out after.json
    python bench/event_dump.py --diff before.json after.json

Gold sentences are coded as `eventwire eval` codes them (code_text, the PETRARCH set
keeping unresolved actors). Records of the `read` split are dumped one by one; of the
`held` split only one sha256 over all their output is kept (held records are never
printed or compared one by one), so a diff says only "held: same" or "held: differs".
Articles are coded batched (Engine.analyse_many, as ingest and Spark do) and, for the
first --single of them, one at a time (Engine.analyse) too. Not run in CI.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path("/work/shared/eval/events")


def _events(analysis) -> dict:
    return {"events": [e.to_dict() for e in analysis.events],
            "quotes": [dataclasses.asdict(q) for q in analysis.quotes]}


def dump_articles(n: int, single: int) -> dict:
    from eventwire.api import default_engine
    from eventwire.models import Document
    from eventwire.reading import parse_date

    sys.path.insert(0, str(HERE))
    from ingest import articles, fetch_wheel

    rows = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), n)
    docs = [Document(text=r["text"], published=parse_date(r["date"])) for r in rows]
    engine = default_engine()
    out = {f"article {i}": _events(a) for i, a in enumerate(engine.analyse_many(docs))}
    for i, d in enumerate(docs[:single]):
        out[f"article {i} single"] = _events(engine.analyse(d))
    return out


def dump_gold(path: Path) -> dict:
    from eventwire.api import code_text, default_engine
    from eventwire.evaluation.gold import PETRARCH, read_gold, split_of

    engine = default_engine()
    gold = read_gold(path)
    if gold.kind == PETRARCH:
        engine = dataclasses.replace(engine, keep_unresolved=True)
    out, held = {}, hashlib.sha256()
    for s in gold.sentences:
        events = [e.to_dict() for e in code_text(s.text, published=s.published,
                                                 engine=engine)]
        if split_of(s.id) == "read":
            out[f"{path.name} {s.id}"] = events
        else:
            held.update(json.dumps(events, sort_keys=True).encode())
    out[f"{path.name} HELD sha256"] = held.hexdigest()
    return out


def diff(a: Path, b: Path) -> int:
    old, new = json.loads(a.read_text()), json.loads(b.read_text())
    bad = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for k in bad:
        if "HELD" in k:
            print(f"{k}: differs")
            continue
        print(f"--- {k}\n  old: {json.dumps(old.get(k))[:1500]}\n  new: "
              f"{json.dumps(new.get(k))[:1500]}")
    n_ev = sum(len(v["events"]) if isinstance(v, dict) else len(v)
               for v in new.values() if not isinstance(v, str))
    print(f"{len(new)} keys, {n_ev} events; {len(bad)} differ")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--single", type=int, default=20,
                    help="of the articles, also code this many one at a time")
    ap.add_argument("--no-gold", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", nargs=2, type=Path)
    args = ap.parse_args()
    if args.diff:
        sys.exit(diff(*args.diff))
    out = dump_articles(args.articles, args.single)
    if not args.no_gold:
        for path in sorted(GOLD.glob("*.jsonl")):
            out.update(dump_gold(path))
    args.out.write_text(json.dumps(out, sort_keys=True, indent=0))
    print(f"{len(out)} keys written to {args.out}")


if __name__ == "__main__":
    main()
