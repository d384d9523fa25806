"""The date accuracy gate: recall and exact TimeML-value accuracy of DATE expressions on the
time-expression development gold (../shared/eval/dates) must not fall below the floors
under the "dates/<file>" keys of eval_floors.json (the whole set: it is 10 documents).
`eventwire eval ../shared/eval/dates/` prints the same measures."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.evaluation.dates import evaluate_dates, split_dates
from eventwire.nlp.dates import resolve, timeml
from gold_floors import EVAL_DIR, assert_not_below_floor, floors, missing_gold

GOLD_DIR = EVAL_DIR / "dates"
FLOORS = floors("dates")
CASES = [(name, measure) for name, levels in FLOORS.items() for measure in levels]


@pytest.fixture(scope="module")
def scores(engine):
    paths = [GOLD_DIR / name for name in FLOORS if (GOLD_DIR / name).is_file()]
    if not paths:
        missing_gold(f"time-expression gold not found in {GOLD_DIR.resolve()}")
    return {s.name: s.to_dict() for s in evaluate_dates(paths, engine=engine)}


def test_floors_are_pinned():
    assert CASES, "eval_floors.json has no dates/ entries"


@pytest.mark.parametrize(("gold", "measure"), CASES, ids=[f"{g}:{m}" for g, m in CASES])
def test_date_accuracy_not_below_floor(scores, gold, measure):
    if gold not in scores:
        missing_gold(f"{gold} is not in {GOLD_DIR.resolve()}")
    assert_not_below_floor("dates", gold, measure, scores[gold][measure]["value"])


def test_dates_gold_is_told_apart_from_other_gold():
    others = [GOLD_DIR.parent / "events", GOLD_DIR.parent / "places"]
    if not GOLD_DIR.is_dir() or not all(d.is_dir() for d in others):
        missing_gold("development gold not found")
    rest, dates = split_dates([GOLD_DIR, *others])
    assert {p.name for p in dates} >= set(FLOORS)
    assert dates and not set(dates) & set(rest)
    assert all(p.parent.name != "dates" for p in rest)


def test_cli_eval_dates_json(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    gold = tmp_path / "timexes.jsonl"
    text = (
        "The minister met rebels on Tuesday. Talks will resume in June, officials said. "
        "The group was founded in 1998 and fought a war that lasted a decade."
    )

    def span(s: str, type_: str, value: str) -> dict:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s, "type": type_, "value": value}

    rec = {
        "id": "d1",
        "dct": "2026-02-05",
        "text": text,
        "timexes": [
            span("Tuesday", "DATE", "2026-02-03"),
            span("June", "DATE", "2026-06"),
            span("1998", "DATE", "1998"),
            span("a decade", "DURATION", "P10Y"),
        ],
    }
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(gold), "--format", "json"])
    assert r.exit_code == 0, r.output
    (s,) = json.loads(r.stdout)["sets"]
    assert (s["kind"], s["docs"], s["gold_dates"]) == ("dates", 1, 3)
    assert s["recall"]["value"] == 1.0
    assert s["accuracy"]["value"] == 1.0 and s["overall_accuracy"]["value"] == 1.0


PUB = date(2013, 3, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("Friday", False, "2013-03-22"),  # the publication day itself
        ("Thursday", False, "2013-03-21"),
        ("Friday", True, "2013-03-22"),  # "will vote Friday" in a Friday paper
        ("next Friday", True, "2013-03-29"),
        ("Monday", True, "2013-03-25"),
        ("this week", False, "2013-W12"),
        ("last week", False, "2013-W11"),
        ("two weeks ago", False, "2013-W10"),
        ("last summer", False, "2012-SU"),
        ("last winter", False, "2012-WI"),
        ("late last July", False, "2012-07"),
        ("early December", False, "2012-12"),
        ("August", False, "2012-08"),
        ("June", True, "2013-06"),
        ("June", None, "2013-06"),  # no tense: the nearest June
        ("December", None, "2012-12"),
        ("April 7", True, "2013-04-07"),
        ("May 2010", False, "2010-05"),
        ("this fiscal year", False, "2013"),
        ("the end of the year", False, "2012"),  # past tense: the last year-end passed
        ("the end of the year", True, "2013"),
        ("just six years ago", False, "2007"),
        ("the 20th century", False, "19"),
        ("the 1990s", False, "199"),
        ("the third quarter", False, "2012-Q3"),
        ("now", False, "PRESENT_REF"),
        ("currently", None, "PRESENT_REF"),
        ("in the past", False, "PAST_REF"),
        ("in the future", True, "FUTURE_REF"),
        ("3/22/2013", False, "2013-03-22"),
    ],
)
def test_timeml_values(text, future, value):
    assert timeml(text, PUB, future=future) == value


@pytest.mark.parametrize(
    "text",
    [
        "a decade",
        "90 days",
        "five years'",
        "22-year-old",
        "48",
        "ages 6 months",
        "about a month earlier",
        "the 99th day",
        "The day",
        "each season",
        "annually",
    ],
)
def test_durations_ages_and_numbers_name_no_date(text):
    assert timeml(text, PUB) is None
    assert resolve(text, PUB) is None


def test_event_dates_keep_the_precision_stated():
    r = resolve("six years ago", PUB)
    assert r is not None and (r.iso, r.precision) == ("2007-01-01", "year")
    r = resolve("two months ago", PUB)
    assert r is not None and (r.iso, r.precision) == ("2013-01-01", "month")


def test_clause_tense_points_month_names(engine):
    from eventwire.nlp.dates import time_expressions

    def values(sentence: str) -> list[str | None]:
        doc = engine.nlp(sentence)
        return [timeml(e.text, PUB, future=e.future()) for e in time_expressions(doc)]

    assert values("The minister visited Caracas in June.") == ["2012-06"]
    assert values("The minister will visit Caracas in June.") == ["2013-06"]
    assert values("A book about him is due to be published in May.") == ["2013-05"]
    assert values("Talks are scheduled for Monday.") == ["2013-03-25"]
    assert values("Officials said on Thursday that elections would be held in October.") == [
        "2013-03-21",
        "2013-10",
    ]
    assert values("The pandemic of 2009-2010 killed 348 children.") == ["2009", "2010"]
    assert values("The expedition of 1957-58 crossed Antarctica.") == ["1957", "1958"]
