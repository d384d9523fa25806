"""Near-duplicate detection: MinHash LSH over word shingles (datasketch).

Wire stories are republished with a new headline, a byline or a trailer; their
word 3-shingles still overlap heavily. Signatures are stored with each document
so the index can be rebuilt from the store when an ingest resumes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from .options import DUP_THRESHOLD, NUM_PERM

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 3
SEED = 1
# Pinned so stored signatures stay comparable across datasketch versions.
SCHEME = "affine32"


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash values of the text's shingles (uint32, the affine32 scheme)."""
    from datasketch import MinHash

    mh = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh.hashvalues.astype(np.uint32)


class NearDuplicateIndex:
    """Documents seen so far; `match` names an earlier near-duplicate, if any."""

    def __init__(self, threshold: float = DUP_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def _minhash(self, sig: np.ndarray):
        from datasketch import LeanMinHash

        return LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME)

    def add(self, doc_id: str, sig: np.ndarray) -> None:
        if doc_id in self._sigs:
            return
        self._sigs[doc_id] = sig
        self._lsh.insert(doc_id, self._minhash(sig))

    def add_many(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        for doc_id, sig in items:
            self.add(doc_id, sig)

    def match(self, sig: np.ndarray) -> tuple[str, float] | None:
        """(doc_id, estimated Jaccard) of the most similar indexed document at or
        above the threshold; ties go to the smallest doc_id so results are stable."""
        best: tuple[str, float] | None = None
        for cand in self._lsh.query(self._minhash(sig)):
            sim = float(np.mean(self._sigs[cand] == sig))
            if sim < self.threshold:
                continue
            if best is None or sim > best[1] or (sim == best[1] and cand < best[0]):
                best = (cand, sim)
        return best
