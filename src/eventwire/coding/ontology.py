"""CAMEO event codes with labels, Goldstein values, quad classes and PLOVER types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data_files import data_path, read_tsv
from ..errors import DataError

# CAMEO roots of violence: assault (18), fight (19), mass violence (20).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Lookup of CAMEO codes; unknown codes fall back to their nearest listed parent."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self.codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        probe = code
        while probe:
            if probe in self.codes:
                return self.codes[probe]
            probe = probe[:-1]
        raise DataError(f"unknown CAMEO code {code!r}")

    def roots(self) -> list[str]:
        return sorted(c for c in self.codes if len(c) == 2)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    codes: dict[str, CameoCode] = {}
    for row in read_tsv(data_path("ontology", "cameo.tsv")):
        codes[row["code"]] = CameoCode(
            code=row["code"],
            label=row["label"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return Ontology(codes)
