"""The accuracy floors (eval_floors.json, the one place they are recorded) and how the
gate tests treat a missing gold folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).parents[1] / ".." / "shared" / "eval"
TOLERANCE = 0.01  # a score may fall this far below its floor before the gate fails


def floors(kind: str) -> dict[str, dict[str, float]]:
    """Floors of one kind of gold: "events" (keys without a prefix), "places" or "dates"
    (keys "places/…", "dates/…"), keyed by gold file name."""
    recorded = json.loads((Path(__file__).parent / "eval_floors.json").read_text("utf-8"))
    out = {}
    for name, levels in recorded.items():
        prefix, _, file = name.rpartition("/")
        if (prefix or "events") == kind:
            out[file] = levels
    return out


def missing_gold(reason: str):
    """Outside CI the gold may be absent (a clone without ../shared): skip with the reason.
    In CI the gold is always there, so its absence is a failure, never a silent skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def assert_not_below_floor(kind: str, gold: str, measure: str, value: float | None) -> None:
    """The gate itself: `value` may fall at most TOLERANCE below the recorded floor."""
    floor = floors(kind)[gold][measure]
    assert value is not None, f"{gold} has no {measure}"
    assert value >= floor - TOLERANCE, f"{gold} {measure} {value:.4f} fell below floor {floor:.2f}"
