"""The accuracy floors (eval_floors.json, the one place they are recorded), the gold files
they were measured on, and how the gate tests treat a missing gold folder.

Event floors are recorded per part of each development gold set, "<file> [read]" (the 70%
rules may be written by looking at) and "<file> [held]" (the 30% that is only scored), to
four decimals. Each floor is the measured score minus a margin of ONE EVENT: the F1 that
losing a single true positive costs, 2 / (gold events + emitted events) of that part. The
coder is deterministic for a given model, lexicon and knowledge base, so the only honest
variation is one parse coming out differently on another CPU/BLAS build; a drop of more than
one event is a regression, and the gate fails. Over-production (emitted / gold events) must
stay within OVER_PRODUCTION on every part scored by its own actors.

`_gold_sha256` records the SHA-256 of every gold file a gate reads: a changed gold file
fails the gate until the floors are measured again on it.

Floors are only raised by hand; `python tests/gold_floors.py update SCORES.json` writes
floors from `eventwire eval --format json` output and refuses to lower any floor unless
`--allow-lower REASON` is given, which records the lowering under `_lowered`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).parents[1] / ".." / "shared" / "eval"
FLOORS_FILE = Path(__file__).parent / "eval_floors.json"
# Places and dates floors are older two-decimal figures with a fixed tolerance; event
# floors carry their margin in the floor itself.
TOLERANCE = {"events": 0.0, "places": 0.01, "dates": 0.01}
OVER_PRODUCTION = (0.8, 1.2)
SPLITS = ("read", "held")


def _recorded() -> dict:
    return json.loads(FLOORS_FILE.read_text("utf-8"))


def floors(kind: str) -> dict[str, dict[str, float]]:
    """Floors of one kind of gold: "events" (keys without a prefix, "<file> [part]"),
    "places" or "dates" (keys "places/…", "dates/…"). Keys starting with "_" are records
    about the floors, not floors."""
    out = {}
    for name, levels in _recorded().items():
        if name.startswith("_"):
            continue
        prefix, _, file = name.rpartition("/")
        if (prefix or "events") == kind:
            out[file] = levels
    return out


def gold_file(kind: str, name: str) -> Path:
    """The gold file a floor key names ("wire_dev.jsonl [held]" -> events/wire_dev.jsonl)."""
    file = name.split(" [")[0]
    return EVAL_DIR / kind / file


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_gold_digest(kind: str, name: str) -> None:
    """Fail when the gold file a floor was measured on has changed since."""
    path = gold_file(kind, name)
    key = f"{kind}/{path.name}"
    recorded = _recorded().get("_gold_sha256", {}).get(key)
    assert recorded, f"no SHA-256 recorded for {key} in eval_floors.json"
    assert sha256(path) == recorded, (
        f"{key} changed since its floors were measured (SHA-256 differs): measure again and "
        f"update the floors with tests/gold_floors.py")


def missing_gold(reason: str):
    """Outside CI the gold may be absent (a clone without ../shared): skip with the reason.
    In CI the gold is always there, so its absence is a failure, never a silent skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def assert_not_below_floor(kind: str, gold: str, measure: str, value: float | None) -> None:
    """The gate itself: `value` may not fall below the recorded floor (less the kind's
    tolerance, zero for events whose floors already carry a one-event margin)."""
    floor = floors(kind)[gold][measure]
    assert value is not None, f"{gold} has no {measure}"
    assert value >= floor - TOLERANCE[kind], (
        f"{gold} {measure} {value:.4f} fell below floor {floor:.4f}")


def one_event_margin(level: dict) -> float:
    """The F1 one true positive is worth at this level: 2 / (gold + emitted)."""
    total = level["gold"] + level["emitted"]
    return 2 / total if total else 0.0


def floors_from_scores(data: dict) -> dict[str, dict[str, float]]:
    """Event floors from `eventwire eval --format json` output: each headline F1 less one
    event, to four decimals (rounded down). A level within one event of zero gets no floor
    (PETRARCH2's tuple level, whose fictional actors no KB knows): a zero floor could never
    fail, and the gate says so by not pretending to check it."""
    out: dict[str, dict[str, float]] = {}
    for s in data["sets"]:
        if "levels" not in s:
            continue
        levels = {}
        for name, level in s["levels"].items():
            if level is None:
                continue
            floor = int((level["f1"] - one_event_margin(level)) * 10000) / 10000
            if floor > 0:  # a floor of zero gates nothing: the level is left ungated
                levels[name] = floor
        for side, acc in (s.get("actors") or {}).items():
            # actor country accuracy: one actor wrong is 1 / total
            if acc and acc.get("total"):
                floor = int((acc["accuracy"] - 1 / acc["total"]) * 10000) / 10000
                if floor > 0:
                    levels[f"{side}_actor"] = floor
        out[s["name"]] = levels
    return out


def update(scores_path: str, allow_lower: str | None, raise_only: bool = False) -> int:
    data = json.loads(Path(scores_path).read_text("utf-8"))
    recorded = _recorded()
    new = floors_from_scores(data)
    lowered = [(name, level, recorded[name][level], value)
               for name, levels in new.items() for level, value in levels.items()
               if level in recorded.get(name, {}) and value < recorded[name][level]]
    if raise_only:  # keep every floor the new scores would lower; raise the others
        for name, level, _old, _value in lowered:
            del new[name][level]
        lowered = []
    if lowered and not allow_lower:
        for name, level, old, value in lowered:
            print(f"refused: {name} {level} would fall from {old:.4f} to {value:.4f}",
                  file=sys.stderr)
        print("give --allow-lower REASON to lower a floor on purpose", file=sys.stderr)
        return 2
    for name, levels in new.items():
        recorded.setdefault(name, {}).update(levels)
    if lowered:
        recorded.setdefault("_lowered", []).extend(
            {"floor": f"{n} {lv}", "from": o, "to": v, "reason": allow_lower}
            for n, lv, o, v in lowered)
    digests = recorded.setdefault("_gold_sha256", {})
    for s in data["sets"]:
        path = Path(s["path"])
        if path.is_file():
            digests[f"{path.parent.name}/{path.name}"] = sha256(path)
    FLOORS_FILE.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="floors from `eventwire eval --format json` output")
    up.add_argument("scores")
    up.add_argument("--allow-lower", metavar="REASON", default=None,
                    help="lower floors on purpose, recording why")
    up.add_argument("--raise-only", action="store_true",
                    help="raise the floors the scores clear by more than the margin, keep the rest")
    args = parser.parse_args(argv)
    return update(args.scores, args.allow_lower, args.raise_only)


if __name__ == "__main__":
    sys.exit(main())
