"""Date accuracy on time-expression gold (TempEval-3 layout): what `eventwire eval` reports
for a gold file whose records carry a document creation time `dct`, `text` and
`timexes[{start, end, text, type, value}]` with TimeML values.

Our time expressions are the spaCy DATE / TIME entities of the engine's parse plus the
present / past / future references the entity recogniser leaves out
(`nlp.dates.time_expressions`); each is resolved against the document creation time in the
tense of its clause and written as a TimeML value (`nlp.dates.timeml`). A gold DATE
expression is found when one of ours overlaps it (the largest overlap wins). Reported:
recall (gold DATE expressions found), exact-value accuracy over the found ones, and overall
accuracy (correct over every gold DATE expression). DURATION, SET and TIME gold is not
scored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import EmptyInput, MalformedInput
from ..nlp.dates import time_expressions, timeml
from .places import Ratio, format_ratio

SCORED_TYPE = "DATE"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class DateDoc:
    id: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class DateGold:
    name: str
    path: str
    docs: tuple[DateDoc, ...]

    def head(self, limit: int | None) -> DateGold:
        return self if limit is None else DateGold(self.name, self.path, self.docs[:limit])

    def split(self, part: str) -> DateGold:
        """The `read` (70%) or `held` (30%) documents, by a hash of each document id, as
        the event gold is split (GoldSet.split); `all`: every document."""
        from .gold import ALL, in_part

        if part == ALL:
            return self
        return DateGold(f"{self.name} [{part}]", self.path, in_part(self.docs, part))


@dataclass(frozen=True)
class PredictedTimex:
    start: int
    end: int
    text: str
    value: str | None


@dataclass
class DateScore:
    name: str
    docs: int = 0
    gold: int = 0  # gold DATE expressions
    predicted: int = 0  # our expressions given a value
    recall: Ratio = field(default_factory=Ratio)  # gold DATE expressions overlapped by ours
    accuracy: Ratio = field(default_factory=Ratio)  # exact value, over the found ones
    overall: Ratio = field(default_factory=Ratio)  # exact value, over every gold DATE
    precision: Ratio = field(default_factory=Ratio)  # our valued expressions on any gold timex
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, ours

    kind = "dates"

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "docs": self.docs,
            "gold_dates": self.gold,
            "predicted": self.predicted,
            "recall": self.recall.to_dict(),
            "precision": self.precision.to_dict(),
            "accuracy": self.accuracy.to_dict(),
            "overall_accuracy": self.overall.to_dict(),
        }


def is_dates_record(record: object) -> bool:
    return (isinstance(record, dict) and isinstance(record.get("timexes"), list)
            and isinstance(record.get("text"), str))


def is_dates_gold(path: str | Path) -> bool:
    """True when the file's first record is a time-expression gold record."""
    try:
        with Path(path).open(encoding="utf-8-sig") as fh:
            for line in fh:
                if line.strip():
                    return is_dates_record(json.loads(line))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return False


def split_dates(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(other gold files, time-expression gold files), told apart by their records' fields."""
    from .gold import gold_paths

    rest: list[Path] = []
    dates: list[Path] = []
    for p in gold_paths(paths):
        (dates if is_dates_gold(p) else rest).append(p)
    return rest, dates


def read_dates_gold(path: str | Path) -> DateGold:
    from .gold import jsonl_records

    path = Path(path)
    docs = []
    for lineno, where, rec in jsonl_records(path, is_dates_record,
                                    "dates gold record has `text` and `timexes[]`"):
        try:
            dct = date.fromisoformat(str(rec.get("dct"))[:10])
        except ValueError as exc:
            raise MalformedInput("a dates gold record needs `dct` (YYYY-MM-DD)",
                                 source=where) from exc
        timexes = []
        for t in rec["timexes"]:
            try:
                timexes.append(GoldTimex(int(t["start"]), int(t["end"]), str(t.get("text", "")),
                                         str(t.get("type", "")).upper(), str(t.get("value", ""))))
            except (KeyError, TypeError, ValueError) as exc:
                raise MalformedInput(f"bad timex {t!r}", source=where) from exc
        doc_id = str(rec.get("id") or f"{path.stem}:{lineno}")
        docs.append(DateDoc(doc_id, dct, rec["text"],
                            tuple(timexes)))
    if not docs:
        raise EmptyInput("gold file has no records", source=str(path))
    return DateGold(path.name, str(path), tuple(docs))


def predict(text: str, published: date, engine) -> list[PredictedTimex]:
    """Our time expressions in a text with their TimeML values (None: found, not resolved)."""
    out = []
    for block, doc in engine.parse(text):
        for expr in time_expressions(doc):
            value = timeml(expr.text, published, future=expr.future())
            out.append(PredictedTimex(block.start + expr.start, block.start + expr.end,
                                      expr.text, value))
    return out


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def score_dates(gold: DateGold, predicted: Sequence[Sequence[PredictedTimex]]) -> DateScore:
    score = DateScore(gold.name, docs=len(gold.docs))
    for doc, preds in zip(gold.docs, predicted, strict=True):
        valued = [p for p in preds if p.value is not None]
        score.predicted += len(valued)
        score.precision.total += len(valued)
        score.precision.correct += sum(
            1 for p in valued if any(_overlap(p.start, p.end, g.start, g.end) > 0
                                     for g in doc.timexes))
        for g in doc.timexes:
            if g.type != SCORED_TYPE:
                continue
            score.gold += 1
            score.recall.total += 1
            score.overall.total += 1
            hits = [p for p in preds if _overlap(p.start, p.end, g.start, g.end) > 0]
            if not hits:
                score.errors.append((doc.id, g.text, g.value, "(not found)"))
                continue
            score.recall.correct += 1
            score.accuracy.total += 1
            p = max(hits, key=lambda h: (_overlap(h.start, h.end, g.start, g.end),
                                         h.value is not None))
            ok = p.value == g.value
            score.accuracy.correct += int(ok)
            score.overall.correct += int(ok)
            if not ok:
                score.errors.append((doc.id, g.text, g.value, f"{p.value} ({p.text!r})"))
    return score


def evaluate_dates(paths: Iterable[str | Path], *, limit: int | None = None, engine=None,
                   progress: Callable[[int], None] | None = None,
                   show_progress: bool = False, split: str = "all") -> list[DateScore]:
    """Score time-expression values on each dates gold file (its `read` or `held` part
    when `split` says so; first `limit` documents)."""
    from .runner import run_documents

    return run_documents(
        paths, lambda p: read_dates_gold(p).split(split), "resolving dates",
        lambda eng, docs: [predict(d.text, d.dct, eng) for d in docs], score_dates,
        limit=limit, engine=engine, progress=progress, show_progress=show_progress)


def print_dates_report(scores: Sequence[DateScore], console=None, top: int = 0) -> None:
    from rich.console import Console
    from rich.table import Table

    out = console or Console()
    table = Table(title="eventwire eval — dates (TimeML value of gold DATE expressions; "
                        "match = overlapping offsets)")
    for col in ("gold set", "docs", "gold DATE", "predicted", "recall", "precision",
                "accuracy (found)", "accuracy (all)"):
        table.add_column(col, justify="left" if col == "gold set" else "right")
    for s in scores:
        table.add_row(s.name, str(s.docs), str(s.gold), str(s.predicted), format_ratio(s.recall),
                      format_ratio(s.precision), format_ratio(s.accuracy),
                      format_ratio(s.overall))
    out.print(table)
    for s in scores:
        for err in s.errors[:top]:
            out.print(f"{s.name} {err[0]}: {err[1]!r} gold {err[2]} ours {err[3]}")
