"""Rendering evaluation scores: a readable table, or one JSON object."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .score import ALL_LEVELS, SetScore

BY_LEVELS = ("root", "code", "tuple")


def to_json(scores: Sequence[SetScore], **options) -> dict:
    return {"options": options, "sets": [s.to_dict() for s in scores]}


def _prf_cell(score: SetScore, level: str) -> str:
    prf = score.levels.get(level)
    if prf is None:
        return "-"
    return f"{prf.precision:.2f} {prf.recall:.2f} {prf.f1:.2f}"


def _acc_cell(acc) -> str:
    if acc is None or acc.accuracy is None:
        return "-"
    return f"{acc.accuracy:.2f} ({acc.correct}/{acc.total})"


def breakdown_level(score: SetScore, by: str) -> str | None:
    """The level `--by` means for this set: PLOVER sets break down by PLOVER event."""
    if by in score.breakdown:
        return by
    if by in ("root", "code") and "plover" in score.breakdown:
        return "plover"
    return None


def confusion_level(score: SetScore, by: str) -> str | None:
    if by == "code" and "code" in score.confusion:
        return "code"
    for level in ("root", "plover"):
        if level in score.confusion:
            return level
    return None


def print_report(
    scores: Sequence[SetScore], by: str = "root", console: Console | None = None, top: int = 10
) -> None:
    out = console or Console()
    table = Table(title="eventwire eval — precision recall F1 per level")
    for col in ("gold set", "sents", "gold", "emitted", "ratio"):
        table.add_column(col, justify="left" if col == "gold set" else "right")
    for level in ALL_LEVELS:
        table.add_column(f"{level} P R F1", justify="right")
    table.add_column("src acc", justify="right")
    table.add_column("tgt acc", justify="right")
    for s in scores:
        ratio = s.over_production
        table.add_row(
            s.name,
            str(s.sentences),
            str(s.gold_events),
            str(s.emitted_events),
            f"{ratio:.2f}" if ratio is not None else "-",
            *(_prf_cell(s, lv) for lv in ALL_LEVELS),
            _acc_cell(s.source_accuracy),
            _acc_cell(s.target_accuracy),
        )
    out.print(table)
    for s in scores:
        level = breakdown_level(s, by)
        if level is None:
            out.print(f"\n{s.name}: no {by} level for this gold set")
        else:
            _print_breakdown(out, s, level)
        clevel = confusion_level(s, by)
        if clevel is not None:
            _print_confusion(out, s, clevel, top)
        if s.unscored:
            out.print(
                f"{s.name}: {s.unscored} emitted events have no {s.kind} event type "
                "(not scored at that level)"
            )


def _print_breakdown(out: Console, s: SetScore, level: str) -> None:
    title = f"{s.name} — by {level}" + (" (tuple type)" if level == "tuple" else "")
    table = Table(title=title)
    for col in (level if level != "tuple" else "type", "gold", "emitted", "tp", "P", "R", "F1"):
        table.add_column(col, justify="left" if col in (level, "type") else "right")
    for cat, prf in s.breakdown[level]:
        table.add_row(
            cat,
            str(prf.gold),
            str(prf.emitted),
            str(prf.tp),
            f"{prf.precision:.2f}",
            f"{prf.recall:.2f}",
            f"{prf.f1:.2f}",
        )
    out.print(table)


def _print_confusion(out: Console, s: SetScore, level: str, top: int) -> None:
    c = s.confusion[level]
    table = Table(
        title=f"{s.name} — most frequent {level} errors: {c.confused} confused, "
        f"{c.missed} missed, {c.spurious} spurious"
    )
    for col in ("gold", "emitted", "n", "example"):
        table.add_column(
            col,
            justify="right" if col == "n" else "left",
            overflow="fold" if col == "example" else "ellipsis",
        )
    for err in c.pairs[:top]:
        table.add_row(err.gold, err.emitted, str(err.count), _example(err))
    out.print(table)
    for label, errs, attr in (
        ("missed", c.missed_by, "gold"),
        ("spurious", c.spurious_by, "emitted"),
    ):
        if errs:
            counts = ", ".join(f"{getattr(e, attr)} {e.count}" for e in errs[:top])
            out.print(f"{s.name} {label} by {level}: {counts}")


def _example(err) -> str:
    text = err.example.text
    if not text:  # a held-part record: named, not shown
        return f"{err.example.id} (held part: not shown)"
    return f"{err.example.id}: {text[:140]}" + ("…" if len(text) > 140 else "")
