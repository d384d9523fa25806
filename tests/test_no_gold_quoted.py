"""No file under src/ or tests/ may quote a development gold sentence: rules and tests are
written with constructions of our own, so the gold measures how the coder does on news it
was not written for. Compared by normalised 8-word shingles (lower case, words only)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.evaluation.gold import HELD, READ, read_gold, split_of

ROOT = Path(__file__).parents[1]
EVAL_DIR = ROOT / ".." / "shared" / "eval"


def shingles(text: str, n: int = 8) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def gold_shingles() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(EVAL_DIR.rglob("*.jsonl")):
        for line in path.read_text("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and len(text) < 2000:
                for s in shingles(text):
                    out.setdefault(s, f"{path.name}:{record.get('id')}")
    return out


def test_shingles_are_normalised():
    assert shingles("One, two; THREE four five six seven eight nine") == {
        "one two three four five six seven eight", "two three four five six seven eight nine"}


def test_no_gold_sentence_in_src_or_tests():
    if not EVAL_DIR.is_dir():
        pytest.skip(f"no development gold at {EVAL_DIR}: nothing to compare with")
    gold = gold_shingles()
    hits = []
    for top in (ROOT / "src", ROOT / "tests"):
        for path in sorted(top.rglob("*")):
            if not path.is_file() or path.stat().st_size > 5_000_000 or "__pycache__" in path.parts:
                continue
            try:
                text = path.read_text("utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for lineno, line in enumerate(text.splitlines(), 1):
                quoted = next((gold[s] for s in shingles(line) if s in gold), None)
                if quoted:
                    hits.append(f"{path.relative_to(ROOT)}:{lineno} quotes {quoted}")
    assert not hits, "\n".join(hits)


def test_split_is_stable_and_near_70_30():
    ids = [f"X{i:04d}" for i in range(2000)]
    parts = [split_of(i) for i in ids]
    assert parts == [split_of(i) for i in ids]  # a hash, not a random draw
    share = parts.count(READ) / len(parts)
    assert 0.66 < share < 0.74, share
    assert set(parts) == {READ, HELD}


def test_split_parts_partition_a_gold_set(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"S{i}", "text": f"Sentence number {i}.", "code": "010"}) + "\n"
        for i in range(40)), "utf-8")
    whole = read_gold(path)
    read, held = whole.split(READ), whole.split(HELD)
    assert len(read.sentences) + len(held.sentences) == 40
    assert {s.id for s in read.sentences}.isdisjoint({s.id for s in held.sentences})
    assert whole.split("all") is whole
    with pytest.raises(ValueError):
        whole.split("train")
