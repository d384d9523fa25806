"""Place accuracy on toponym gold (LGL, GeoVirus layouts): what `eventwire eval` reports
for a gold file whose records carry `places[{start, end, lat, lon, country}]`.

A predicted place matches a gold mention when their character offsets overlap. Reported:
recall of gold mentions, precision of predicted mentions, accuracy within 161 km
(100 miles) of the gold coordinates, and country accuracy where the gold country is known.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EmptyInput, MalformedInput
from ..nlp.gazetteer import distance_km
from ..nlp.places import DocumentPlaces, PlaceMention
from ..nlp.segment import segment

KM = 161.0  # 100 miles, the usual geoparsing threshold


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None


@dataclass(frozen=True)
class PlaceDoc:
    id: str
    text: str
    places: tuple[GoldPlace, ...]


@dataclass(frozen=True)
class PlaceGold:
    name: str
    path: str
    docs: tuple[PlaceDoc, ...]

    def head(self, limit: int | None) -> PlaceGold:
        return self if limit is None else PlaceGold(self.name, self.path, self.docs[:limit])

    def split(self, part: str) -> PlaceGold:
        """The `read` (70%) or `held` (30%) documents, by a hash of each document id, as
        the event gold is split (GoldSet.split); `all`: every document."""
        from .gold import ALL, in_part

        if part == ALL:
            return self
        return PlaceGold(f"{self.name} [{part}]", self.path, in_part(self.docs, part))


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass
class PlaceScore:
    name: str
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    recall: Ratio = field(default_factory=Ratio)  # gold mentions found
    precision: Ratio = field(default_factory=Ratio)  # predictions on a gold mention
    within_161km: Ratio = field(default_factory=Ratio)  # found gold mentions with coordinates
    country: Ratio = field(default_factory=Ratio)  # found gold mentions with a country
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, ours

    kind = "places"

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "docs": self.docs,
            "gold_mentions": self.gold,
            "predicted_mentions": self.predicted,
            "recall": self.recall.to_dict(),
            "precision": self.precision.to_dict(),
            "accuracy_161km": self.within_161km.to_dict(),
            "country_accuracy": self.country.to_dict(),
        }


def is_places_record(record: object) -> bool:
    return isinstance(record, dict) and isinstance(record.get("places"), list) and isinstance(
        record.get("text"), str)


def is_places_gold(path: str | Path) -> bool:
    """True when the file's first record is a toponym-gold record."""
    try:
        with Path(path).open(encoding="utf-8-sig") as fh:
            for line in fh:
                if line.strip():
                    return is_places_record(json.loads(line))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return False


def split_places(args: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(event gold files, toponym gold files) named by the arguments (folders expanded),
    told apart by their records' fields."""
    from .gold import gold_paths

    events: list[Path] = []
    places: list[Path] = []
    for p in gold_paths(args):
        (places if is_places_gold(p) else events).append(p)
    return events, places


def _float(v) -> float | None:
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def read_places_gold(path: str | Path) -> PlaceGold:
    from .gold import jsonl_records

    path = Path(path)
    docs = []
    for lineno, where, rec in jsonl_records(path, is_places_record,
                                    "places gold record has `text` and `places[]`"):
        places = []
        for p in rec["places"]:
            try:
                places.append(GoldPlace(int(p["start"]), int(p["end"]), str(p.get("name", "")),
                                        _float(p.get("lat")), _float(p.get("lon")),
                                        p.get("country") or None))
            except (KeyError, TypeError, ValueError) as exc:
                raise MalformedInput(f"bad place {p!r}", source=where) from exc
        doc_id = str(rec.get("id") or f"{path.stem}:{lineno}")
        docs.append(PlaceDoc(doc_id, rec["text"],
                             tuple(places)))
    if not docs:
        raise EmptyInput("gold file has no records", source=str(path))
    return PlaceGold(path.name, str(path), tuple(docs))


def predict(texts: Sequence[str], nlp, kb=None, batch: int = 32) -> list[list[PlaceMention]]:
    """Resolved place mentions of each text (headlines included), parsing in batches."""
    out: list[list[PlaceMention]] = []
    for s in range(0, len(texts), batch):
        chunk = texts[s : s + batch]
        blocks = [[b for b in segment(t) if b.kind in {"body", "headline"}] for t in chunk]
        flat = [t[b.start : b.end] for t, bs in zip(chunk, blocks, strict=True) for b in bs]
        docs = iter(list(nlp.pipe(flat, batch_size=64)))
        for t, bs in zip(chunk, blocks, strict=True):
            places = DocumentPlaces.build(t, [(b, next(docs)) for b in bs], kb)
            out.append(places.resolved())
    return out


def score_places(gold: PlaceGold, predicted: Sequence[Sequence[PlaceMention]]) -> PlaceScore:
    score = PlaceScore(gold.name, docs=len(gold.docs))
    for doc, preds in zip(gold.docs, predicted, strict=True):
        score.gold += len(doc.places)
        score.predicted += len(preds)
        score.precision.total += len(preds)
        score.precision.correct += sum(
            1 for m in preds if any(m.start < g.end and g.start < m.end for g in doc.places))
        for g in doc.places:
            score.recall.total += 1
            hits = [m for m in preds if m.start < g.end and g.start < m.end]
            if not hits:
                continue
            score.recall.correct += 1
            m = max(hits, key=lambda h: min(h.end, g.end) - max(h.start, g.start))
            p = m.entry
            ok_km = ok_country = None
            if g.lat is not None and g.lon is not None:
                score.within_161km.total += 1
                ok_km = p.lat is not None and distance_km(g.lat, g.lon, p.lat, p.lon) <= KM
                score.within_161km.correct += int(ok_km)
            if g.country:
                score.country.total += 1
                ok_country = p.country == g.country
                score.country.correct += int(ok_country)
            if ok_km is False or ok_country is False:
                score.errors.append((doc.id, doc.text[g.start : g.end],
                                     f"{g.country} {g.lat},{g.lon}",
                                     f"{p.name} {p.country} {p.lat},{p.lon}"))
    return score


def evaluate_places(paths: Iterable[str | Path], *, limit: int | None = None, engine=None,
                    progress: Callable[[int], None] | None = None,
                    show_progress: bool = False, split: str = "all") -> list[PlaceScore]:
    """Score place finding on each toponym gold file (its `read` or `held` part when
    `split` says so; first `limit` documents of each)."""
    from .runner import run_documents

    return run_documents(
        paths, lambda p: read_places_gold(p).split(split), "finding places",
        lambda eng, docs: predict([d.text for d in docs], eng.nlp, eng.kb), score_places,
        limit=limit, engine=engine, progress=progress, show_progress=show_progress)


def format_ratio(r: Ratio) -> str:
    return "-" if r.value is None else f"{r.value:.3f} ({r.correct}/{r.total})"


def print_places_report(scores: Sequence[PlaceScore], console=None, top: int = 0) -> None:
    from rich.console import Console
    from rich.table import Table

    out = console or Console()
    table = Table(title="eventwire eval — places (match = overlapping offsets)")
    for col in ("gold set", "docs", "gold", "predicted", "recall", "precision",
                "acc@161km", "country acc"):
        table.add_column(col, justify="left" if col == "gold set" else "right")
    for s in scores:
        table.add_row(s.name, str(s.docs), str(s.gold), str(s.predicted), format_ratio(s.recall),
                      format_ratio(s.precision), format_ratio(s.within_161km),
                      format_ratio(s.country))
    out.print(table)
    for s in scores:
        for err in s.errors[:top]:
            out.print(f"{s.name} {err[0]}: {err[1]!r} gold {err[2]} ours {err[3]}")
