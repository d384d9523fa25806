"""The place accuracy gate: recall, accuracy within 161 km and country accuracy on the
toponym development gold (../shared/eval/places) must not fall below the floors under the
"places/<file>" keys of eval_floors.json. The test scores the first DOCS documents of each
set to stay quick; `eventwire eval ../shared/eval/places/` scores them all."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluation.places import evaluate_places, split_places
from gold_floors import EVAL_DIR, assert_not_below_floor, floors, missing_gold

GOLD_DIR = EVAL_DIR / "places"
DOCS = 60  # floors are measured on the first 60 documents of each set
FLOORS = floors("places")
CASES = [(name, measure) for name, levels in FLOORS.items() for measure in levels]


@pytest.fixture(scope="module")
def scores(engine):
    paths = [GOLD_DIR / name for name in FLOORS if (GOLD_DIR / name).is_file()]
    if not paths:
        missing_gold(f"toponym gold not found in {GOLD_DIR.resolve()} (../shared/eval/places)")
    return {s.name: s.to_dict() for s in evaluate_places(paths, limit=DOCS, engine=engine)}


@pytest.mark.parametrize(("gold", "measure"), CASES, ids=[f"{g}:{m}" for g, m in CASES])
def test_place_accuracy_not_below_floor(scores, gold, measure):
    if gold not in scores:
        missing_gold(f"{gold} is not in {GOLD_DIR.resolve()}")
    assert_not_below_floor("places", gold, measure, scores[gold][measure]["value"])


def test_places_gold_is_told_apart_from_event_gold():
    events_dir = GOLD_DIR.parent / "events"
    if not GOLD_DIR.is_dir() or not events_dir.is_dir():
        missing_gold("development gold not found")
    events, places = split_places([GOLD_DIR, events_dir])
    assert {p.name for p in places} >= set(FLOORS)
    assert places and not set(places) & set(events)


def test_cli_eval_places_json(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    gold = tmp_path / "toponyms.jsonl"
    text = "Officials met in Caracas on Monday. Later they flew to Bogota."
    rec = {
        "id": "t1",
        "text": text,
        "places": [
            {
                "start": 17,
                "end": 24,
                "name": "Caracas",
                "lat": 10.5,
                "lon": -66.9,
                "country": "VEN",
            },
            {"start": 55, "end": 61, "name": "Bogota", "lat": 4.6, "lon": -74.1, "country": "COL"},
        ],
    }
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(gold), "--format", "json"])
    assert r.exit_code == 0, r.output
    (s,) = json.loads(r.stdout)["sets"]
    assert (s["kind"], s["docs"], s["gold_mentions"]) == ("places", 1, 2)
    assert s["recall"]["value"] == 1.0
    assert s["accuracy_161km"]["value"] == 1.0 and s["country_accuracy"]["value"] == 1.0


def test_split_applies_to_toponym_and_time_gold(tmp_path):
    """--split cuts toponym and time-expression gold by a hash of the document id, as it
    cuts event gold: the two parts are disjoint and together the whole set."""
    from datetime import date

    from eventwire.evaluation.dates import DateDoc, DateGold
    from eventwire.evaluation.gold import split_of
    from eventwire.evaluation.places import PlaceDoc, PlaceGold

    ids = [f"doc-{i}" for i in range(40)]
    places = PlaceGold("p.jsonl", "p.jsonl", tuple(PlaceDoc(i, "text", ()) for i in ids))
    dates = DateGold("d.jsonl", "d.jsonl", tuple(DateDoc(i, date(2020, 1, 1), "t", ())
                                                 for i in ids))
    for gold in (places, dates):
        read, held = gold.split("read"), gold.split("held")
        assert read.name.endswith(" [read]") and held.name.endswith(" [held]")
        assert {d.id for d in read.docs} == {i for i in ids if split_of(i) == "read"}
        assert {d.id for d in held.docs} == {i for i in ids if split_of(i) == "held"}
        assert read.docs and held.docs
        assert gold.split("all") is gold
        with pytest.raises(ValueError, match="unknown split"):
            gold.split("train")
