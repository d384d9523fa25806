"""The accuracy gate: headline F1 on both parts of every development gold set (the 70% read
part and the 30% held part, split by a hash of the record id) must not fall below the
floors recorded in eval_floors.json, measured on gold files whose SHA-256 is recorded there
too. See gold_floors.py for the one-event margin and how floors are raised."""

from __future__ import annotations

import json
import subprocess

import pytest

from eventwire.evaluation import evaluate
from gold_floors import (
    EVAL_DIR,
    FLOORS_FILE,
    OVER_PRODUCTION,
    SPLITS,
    assert_not_below_floor,
    check_gold_digest,
    floors,
    floors_from_scores,
    gold_file,
    missing_gold,
    update,
)

GOLD_DIR = EVAL_DIR / "events"
FLOORS = floors("events")

CASES = [(name, level) for name, levels in FLOORS.items() for level in levels]
FILES = sorted({name.split(" [")[0] for name in FLOORS})
# PETRARCH2's unit tests name fictional actors (Arnor, Gondor ...) that no KB knows: they
# are coded keeping unknown actors, and emit far fewer events than their gold lists, so
# their over-production is reported, not gated.
OVER_PRODUCTION_GATED = [f for f in FILES if not f.startswith("petrarch")]
# Parts known to fall outside the range, each a strict xfail: when one comes back into
# range the test says so, and it must be removed from here.
OVER_PRODUCTION_KNOWN = {
    "plover_gsr.jsonl [held]": "too few events on the held PLOVER part (about 0.78): recall "
                               "on unseen PLOVER sentences is the weak point",
}


@pytest.fixture(scope="module")
def scores(engine):
    if not GOLD_DIR.is_dir():
        missing_gold(f"development gold not found at {GOLD_DIR.resolve()} (../shared/eval/events)")
    paths = [GOLD_DIR / name for name in FILES if (GOLD_DIR / name).is_file()]
    if not paths:
        missing_gold(f"none of the gold files in eval_floors.json are in {GOLD_DIR.resolve()}")
    out = {}
    for split in SPLITS:
        out.update({s.name: s for s in evaluate(paths, engine=engine, split=split)})
    return out


def test_every_set_has_floors_on_both_parts():
    for file in FILES:
        assert {f"{file} [{part}]" for part in SPLITS} <= set(FLOORS), file
    for levels in FLOORS.values():
        assert all(round(v, 4) == v for v in levels.values())  # four decimals, no more


@pytest.mark.parametrize(("gold", "level"), CASES, ids=[f"{g}:{lv}" for g, lv in CASES])
def test_score_not_below_floor(scores, gold, level):
    """F1 per level, and actor country accuracy ("source_actor", "target_actor")."""
    if gold not in scores:
        missing_gold(f"{gold} is not in {GOLD_DIR.resolve()}")
    assert_not_below_floor("events", gold, level, scores[gold].measure(level))


@pytest.mark.parametrize("file", OVER_PRODUCTION_GATED)
@pytest.mark.parametrize("part", SPLITS)
def test_over_production_in_range(scores, file, part):
    name = f"{file} [{part}]"
    if name not in scores:
        missing_gold(f"{file} is not in {GOLD_DIR.resolve()}")
    if name in OVER_PRODUCTION_KNOWN:
        if not in_range(scores[name]):
            pytest.xfail(OVER_PRODUCTION_KNOWN[name])
        pytest.fail(f"{name} is back in range: remove it from OVER_PRODUCTION_KNOWN")
    low, high = OVER_PRODUCTION
    assert low <= scores[name].over_production <= high, (name, scores[name].over_production)


def in_range(score) -> bool:
    low, high = OVER_PRODUCTION
    return low <= score.over_production <= high


@pytest.mark.parametrize(("kind", "name"), [
    (kind, name) for kind in ("events", "places", "dates") for name in floors(kind)])
def test_gold_files_are_the_ones_measured(kind, name):
    if not gold_file(kind, name).is_file():
        missing_gold(f"{gold_file(kind, name)} not found")
    check_gold_digest(kind, name)


def test_petrarch_floor_can_fail():
    """A floor of zero can never fail: every gated PETRARCH2 level is above zero."""
    petrarch = {n: lv for n, lv in FLOORS.items() if n.startswith("petrarch")}
    assert petrarch
    assert all(v > 0 for levels in petrarch.values() for v in levels.values()), petrarch


def test_floors_are_one_event_below_the_score():
    data = {"sets": [{"name": "x [held]", "path": "x", "levels": {
        "root": {"f1": 0.5, "gold": 100, "emitted": 100},
        "plover": None}}]}
    assert floors_from_scores(data) == {"x [held]": {"root": 0.49}}


def test_update_refuses_to_lower_a_floor(tmp_path, monkeypatch):
    import gold_floors

    recorded = {"a.jsonl [read]": {"root": 0.6}}
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(recorded), "utf-8")
    monkeypatch.setattr(gold_floors, "FLOORS_FILE", path)
    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps({"sets": [{"name": "a.jsonl [read]", "path": "a.jsonl",
                                            "levels": {"root": {"f1": 0.5, "gold": 100,
                                                                "emitted": 100}}}]}), "utf-8")
    assert update(str(scores), None) == 2
    assert json.loads(path.read_text("utf-8")) == recorded  # unchanged
    assert update(str(scores), "gold corrected") == 0
    after = json.loads(path.read_text("utf-8"))
    assert after["a.jsonl [read]"]["root"] == 0.49
    assert after["_lowered"][0]["reason"] == "gold corrected"


def test_update_raise_only_keeps_the_floors_it_would_lower(tmp_path, monkeypatch):
    import gold_floors

    recorded = {"a.jsonl [read]": {"root": 0.6, "code": 0.3}}
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(recorded), "utf-8")
    monkeypatch.setattr(gold_floors, "FLOORS_FILE", path)
    scores = tmp_path / "scores.json"
    levels = {"root": {"f1": 0.5, "gold": 100, "emitted": 100},
              "code": {"f1": 0.45, "gold": 100, "emitted": 100}}
    scores.write_text(json.dumps({"sets": [{"name": "a.jsonl [read]", "path": "a.jsonl",
                                            "levels": levels}]}), "utf-8")
    assert update(str(scores), None, raise_only=True) == 0
    after = json.loads(path.read_text("utf-8"))
    assert after["a.jsonl [read]"] == {"root": 0.6, "code": 0.44}  # root kept, code raised
    assert "_lowered" not in after


def test_no_floor_lowered_since_the_last_commit():
    """A floor lower than the committed one must be recorded under _lowered with a reason
    (tests/gold_floors.py update --allow-lower REASON), never edited down by hand."""
    try:
        committed = subprocess.run(
            ["git", "show", "HEAD:tests/eval_floors.json"], cwd=FLOORS_FILE.parents[1],
            capture_output=True, text=True, check=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        pytest.skip("not a git checkout")
    before, now = json.loads(committed), json.loads(FLOORS_FILE.read_text("utf-8"))
    recorded = {entry["floor"] for entry in now.get("_lowered", []) if entry.get("reason")}
    lowered = [f"{name} {level}" for name, levels in now.items() if not name.startswith("_")
               for level, value in levels.items()
               if value < before.get(name, {}).get(level, 0)
               and f"{name} {level}" not in recorded]
    assert not lowered, lowered


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


def test_cli_eval_split_parts():
    from typer.testing import CliRunner

    from eventwire.cli import app

    gold = GOLD_DIR / "petrarch2_unittests_dev.jsonl"
    if not gold.is_file():
        missing_gold(f"{gold.resolve()} not found")
    sizes = {}
    for part in ("read", "held", "all"):
        r = CliRunner().invoke(app, ["eval", str(gold), "--split", part, "--format", "json"])
        assert r.exit_code == 0, r.output
        sizes[part] = json.loads(r.stdout)["sets"][0]["sentences"]
    assert sizes["read"] + sizes["held"] == sizes["all"]
    assert 0.6 < sizes["read"] / sizes["all"] < 0.8
