"""Peak memory is bounded by the block size, not the document: the worst spaCy-side
inputs (one long line with no sentence breaks) are coded in a subprocess whose
address space is capped with setrlimit, and must finish.

Measured when the limit was set (`/usr/bin/time -v eventwire code FILE`): a 600 kB
line with no punctuation peaked at 1.78 GB with spaCy's default batch of 256 blocks
of 20k characters, and at 0.42 GB with batches of 8 blocks of 5k characters (a
one-sentence text peaks at 0.34 GB)."""

from __future__ import annotations

import random
import resource
import subprocess
import sys

import pytest

from eventwire.nlp.pipeline import PIPE_BATCH_SIZE
from eventwire.nlp.segment import MAX_BLOCK_CHARS, segment

LIMIT_BYTES = 1024 * 1024 * 1024  # the bound: any single input under 1 GB

WORDS = ("ministers from both states discussed tariffs and border crossings while farmers "
         "waited outside the provincial assembly for news of the harvest subsidy").split()


def _run_capped(*args: str) -> subprocess.CompletedProcess:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], preexec_fn=cap,
                          capture_output=True, text=True, timeout=600)


def _one_line(n_chars: int, *, stop_every: int | None) -> str:
    rng = random.Random(7)
    words, size = [], 0
    while size < n_chars:
        w = rng.choice(WORDS)
        if stop_every and rng.randrange(stop_every) == 0:
            w += "."
        words.append(w)
        size += len(w) + 1
    return " ".join(words)[:n_chars]


def test_long_line_is_cut_into_bounded_blocks():
    text = _one_line(120_000, stop_every=None)
    blocks = segment(text)
    assert len(blocks) >= 120_000 // MAX_BLOCK_CHARS
    assert max(b.end - b.start for b in blocks) <= MAX_BLOCK_CHARS
    assert PIPE_BATCH_SIZE <= 16


def test_long_line_cut_prefers_sentence_ends():
    text = _one_line(60_000, stop_every=20)
    for b in segment(text)[:-1]:
        assert text[b.start:b.end].endswith("."), text[b.end - 30:b.end]


@pytest.mark.parametrize("stop_every", [None, 25], ids=["no-punctuation", "sentences"])
def test_long_single_line_codes_under_one_gigabyte(tmp_path, stop_every):
    # 400 kB: with the old batching (256 blocks of 20k chars per nlp.pipe call) this
    # needs well over 1 GB; the test therefore fails if batching regresses.
    path = tmp_path / "one-line.txt"
    path.write_text(_one_line(400_000, stop_every=stop_every), encoding="utf-8")
    result = _run_capped("code", str(path), "--date", "2026-03-02")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "MemoryError" not in result.stderr
