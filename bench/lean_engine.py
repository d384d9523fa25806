"""What each lean-engine step buys, each as a ratio measured in this one run (not in CI).

    python bench/lean_engine.py [--baseline-src DIR] [--articles 200] [--repeat 5]

--baseline-src is the `src/` of an older checkout (e.g. `git archive HEAD~N src | tar -x
-C /tmp/base`); the start-up figures then compare it with this tree, process by process.

Prints one line per measurement:
- lexicon: pure-Python SafeLoader vs libyaml CSafeLoader (same Lexicon);
- gazetteer: build from GeoNames vs load from the warm cache (same tables);
- start-up: `python -c pass`, `import eventwire` (and whether spaCy came with it),
  `eventwire query --help`, `eventwire query` on a small store, `eventwire code` on a
  two-sentence text, each the median of --repeat fresh processes;
- spaCy components: the share of parse time each takes on real articles, and which
  token attributes coding reads (why none is disabled).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def lexicon(repeat: int) -> None:
    import yaml

    from eventwire.coding import lexicon as lex

    def load(loader):
        lex._YAML_LOADER = loader
        return lex.load_lexicon.__wrapped__()

    slow = _median_seconds(lambda: load(yaml.SafeLoader), repeat)
    fast = _median_seconds(lambda: load(yaml.CSafeLoader), repeat)
    same = load(yaml.SafeLoader) == load(yaml.CSafeLoader)
    print(f"lexicon   SafeLoader {slow:.3f} s  CSafeLoader {fast:.3f} s  "
          f"ratio {slow / fast:.1f}x  same lexicon: {same}")


def gazetteer(repeat: int) -> None:
    from eventwire.nlp import gazetteer_cache as gc_
    from eventwire.nlp.gazetteer import build_gazetteer

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[gc_.CACHE_DIR_ENV] = tmp
        cold = _median_seconds(build_gazetteer, max(1, repeat // 2))
        gc_.load_gazetteer()  # fills the cache
        warm = _median_seconds(gc_.load_gazetteer, repeat)
        same = gc_.load_gazetteer().index == build_gazetteer().index
        del os.environ[gc_.CACHE_DIR_ENV]
    print(f"gazetteer build {cold:.3f} s  cached load {warm:.3f} s  "
          f"ratio {cold / warm:.1f}x  same index: {same}")


def _process(argv: list[str], src: Path | None, env_extra: dict[str, str]) -> float:
    """CPU seconds (user + system) of one fresh process: on a shared machine its wall
    time mostly measures the other processes."""
    env = {**os.environ, **env_extra}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, argv)
    return usage.ru_utime + usage.ru_stime


def startup(repeat: int, baseline: Path | None) -> None:
    py = sys.executable
    cli = [py, "-m", "eventwire.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "small.duckdb"
        text = Path(tmp) / "a.txt"
        text.write_text("Colombia's president Gustavo Petro met Donald Trump in Washington "
                        "on Tuesday. Petro criticized the United States.\n", encoding="utf-8")
        subprocess.run([*cli, "ingest", str(text), "--db", str(db), "--no-progress"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cache = {"EVENTWIRE_CACHE_DIR": str(Path(tmp) / "cache")}
        commands = {
            "python -c pass": [py, "-c", "pass"],
            "import eventwire": [py, "-c", "import eventwire"],
            "eventwire query --help": [*cli, "query", "--help"],
            "eventwire query --db": [*cli, "query", "--db", str(db)],
            "eventwire code (2 sentences)": [*cli, "code", str(text)],
        }
        trees = {"this tree": None} | ({"baseline": baseline} if baseline else {})
        for label, argv in commands.items():
            row = {}
            for tree, src in trees.items():
                _process(argv, src, cache)  # warm the page cache and the gazetteer cache
                row[tree] = statistics.median(_process(argv, src, cache) for _ in range(repeat))
            figures = "  ".join(f"{k} {v:.2f} CPU-s" for k, v in row.items())
            ratio = (f"  ratio {row['baseline'] / row['this tree']:.2f}x"
                     if "baseline" in row else "")
            print(f"start-up  {label:30s} {figures}{ratio}")
    for tree, src in trees.items():
        env = {**os.environ, **({"PYTHONPATH": str(src)} if src else {})}
        probe = subprocess.run([py, "-c", "import eventwire, sys; print('spacy' in sys.modules)"],
                               capture_output=True, text=True, check=True, env=env)
        print(f"start-up  {tree}: import eventwire loads spaCy: {probe.stdout.strip()}")


def components(n_articles: int) -> None:
    sys.path.insert(0, str(HERE))
    from ingest import articles, fetch_wheel

    from eventwire.nlp.pipeline import load_pipeline
    from eventwire.nlp.segment import segment

    docs = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), n_articles)
    blocks = [d["text"][b.start : b.end] for d in docs for b in segment(d["text"])
              if b.kind == "body"]
    nlp = load_pipeline()
    t0 = time.perf_counter()
    parsed = [nlp.make_doc(b) for b in blocks]
    spent = {"tokenizer": time.perf_counter() - t0}
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        parsed = list(proc.pipe(parsed, batch_size=8))
        spent[name] = time.perf_counter() - t0
    total = sum(spent.values())
    shares = "  ".join(f"{k} {v / total:.0%}" for k, v in spent.items())
    print(f"spaCy     {len(docs)} articles, {len(blocks)} blocks, {total:.1f} s: {shares}")
    reads = {"tok2vec": "feeds tagger and parser", "tagger": "tag_ (21 reads in coding)",
             "parser": "dep_, sents (161 reads)", "attribute_ruler": "pos_ (39 reads)",
             "lemmatizer": "lemma_ (25 reads)", "ner": "ents (actors, places, dates)"}
    for name in nlp.pipe_names:
        print(f"spaCy     {name:16s} kept: {reads.get(name, '?')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline-src", type=Path)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", nargs="*", default=["lexicon", "gazetteer", "startup",
                                                   "components"])
    args = ap.parse_args()
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at start")
    if "lexicon" in args.only:
        lexicon(args.repeat)
    if "gazetteer" in args.only:
        gazetteer(args.repeat)
    if "startup" in args.only:
        startup(args.repeat, args.baseline_src)
    if "components" in args.only:
        components(args.articles)


if __name__ == "__main__":
    main()
