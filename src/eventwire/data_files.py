"""Reading the package's bundled data files (TSV with `#` source notes, YAML)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import DataError


def data_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. data_path("ontology", "cameo.tsv")."""
    node = resources.files("eventwire").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    return Path(str(node))


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TAB-separated table; `#` lines are comments, the first other line is the header."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                raise DataError(
                    f"line {lineno} has {len(cells)} cells, header has {len(header)}",
                    source=str(path),
                )
            cells += [""] * (len(header) - len(cells))
            yield {h: c.strip() for h, c in zip(header, cells, strict=True)}


def split_multi(cell: str) -> list[str]:
    """A `|`-separated cell as a list, empty parts dropped."""
    return [p.strip() for p in cell.split("|") if p.strip()]
