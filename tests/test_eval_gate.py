"""The accuracy gate: headline F1 on the development gold sets must not fall below the
floors recorded in eval_floors.json (raise a floor there when accuracy improves)."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluation import evaluate
from gold_floors import EVAL_DIR, assert_not_below_floor, floors, missing_gold

GOLD_DIR = EVAL_DIR / "events"
FLOORS = floors("events")

CASES = [(name, level) for name, levels in FLOORS.items() for level in levels]


@pytest.fixture(scope="module")
def scores(engine):
    if not GOLD_DIR.is_dir():
        missing_gold(f"development gold not found at {GOLD_DIR.resolve()} (../shared/eval/events)")
    paths = [GOLD_DIR / name for name in FLOORS if (GOLD_DIR / name).is_file()]
    if not paths:
        missing_gold(f"none of the gold files in eval_floors.json are in {GOLD_DIR.resolve()}")
    return {s.name: s for s in evaluate(paths, engine=engine)}


@pytest.mark.parametrize(("gold", "level"), CASES, ids=[f"{g}:{lv}" for g, lv in CASES])
def test_score_not_below_floor(scores, gold, level):
    """F1 per level, and actor country accuracy ("source_actor", "target_actor")."""
    if gold not in scores:
        missing_gold(f"{gold} is not in {GOLD_DIR.resolve()}")
    assert_not_below_floor("events", gold, level, scores[gold].measure(level))


def test_cli_eval_json_on_a_few_sentences():
    from typer.testing import CliRunner

    from eventwire.cli import app

    gold = GOLD_DIR / "petrarch2_unittests_dev.jsonl"
    if not gold.is_file():
        missing_gold(f"{gold.resolve()} not found")
    r = CliRunner().invoke(app, ["eval", str(gold), "--limit", "5", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    (s,) = data["sets"]
    assert (s["name"], s["kind"], s["sentences"]) == (gold.name, "petrarch", 5)
    assert s["levels"]["plover"] is None
    assert set(s["levels"]["root"]) == {"precision", "recall", "f1", "tp", "gold", "emitted"}
