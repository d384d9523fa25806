"""Timelines and rankings: the shared filter, SQL aggregation, the CLI and its plots."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire.cli import app
from eventwire.errors import FilterError
from eventwire.store.queries import EventFilter
from explore_store import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("explore") / "events.duckdb")


def test_weekly_dyad_timeline_counts_both_directions(db):
    rows = eventwire.timeline(db, dyad=("USA", "COL"), both_directions=True,
                              by="week").to_pylist()
    assert [(str(r["period"]), r["events"]) for r in rows] == [
        ("2026-01-05", 2), ("2026-01-12", 0), ("2026-01-19", 3)]  # the empty week is kept
    first, _, last = rows
    assert (first["verbal_conflict"], first["goldstein_sum"], first["goldstein_mean"]) == (
        2, -6.4, -3.2)
    assert (last["verbal_coop"], last["material_coop"], last["documents"]) == (2, 1, 2)
    assert last["top_roots"] == "04:2 05:1"


def test_directed_dyad_and_month(db):
    rows = eventwire.timeline(db, dyad=("COL", "USA"), by="month").to_pylist()
    assert [(str(r["period"]), r["events"], r["goldstein_sum"]) for r in rows] == [
        ("2026-01-01", 2, 9.9)]


def test_defaults_leave_out_negated_hypothetical_and_background(db):
    def total(**kw):
        return sum(r["events"] for r in eventwire.timeline(db, by="year", **kw).to_pylist())

    assert total() == 6
    assert total(include_negated=True) == 7
    assert total(include_hypothetical=True) == 7
    assert total(include_background=True) == 7  # the 2025 visit recalled in 2026
    assert total(include_negated=True, include_hypothetical=True,
                 include_background=True) == 9
    assert total(polarity="negated") == 1  # asking for negated events brings them back


def test_top_active_and_hostile(db):
    active = eventwire.top(db, by="dyad").to_pylist()
    assert [(r["source"], r["target"], r["events"]) for r in active][:2] == [
        ("USAGOV", "COLGOV", 3), ("COLGOV", "USAGOV", 2)]
    hostile = eventwire.top(db, by="dyad", rank="hostile", limit=1).to_pylist()
    assert (hostile[0]["source"], hostile[0]["hostility"]) == ("RUSMIL", 10.0)
    roots = eventwire.top(db, by="root").to_pylist()
    assert roots[0]["root"] == "04" and roots[0]["example_label"] == "Make a visit"
    countries = {r["country"]: r["events"] for r in eventwire.top(db, by="country").to_pylist()}
    assert countries == {"USA": 2, "COL": 1, "UKR": 1}


def test_filter_fields_compile_to_bound_sql(db):
    f = EventFilter(roots=("11", "13"), quad_classes=(3,), since=date(2026, 1, 1),
                    min_confidence=0.5, country="usa", text="trump")
    where, params = f.where("e")
    assert "trump" not in where and "%trump%" in params  # values are bound, never pasted
    assert sum(r["events"] for r in eventwire.timeline(db, f, by="year").to_pylist()) == 2


@pytest.mark.parametrize("kw, field", [
    ({"dyad": ("USA",)}, "dyad"), ({"roots": ("99",)}, "root"), ({"quad_classes": (5,)},
                                                                 "quad_class"),
    ({"code": "x1"}, "code"), ({"since": date(2026, 2, 1), "until": date(2026, 1, 1)}, "since"),
    ({"modalities": ("maybe",)}, "modality"), ({"min_confidence": 2.0}, "min_confidence"),
])
def test_malformed_filters_are_coded_errors(kw, field):
    with pytest.raises(FilterError, match=field) as err:
        EventFilter(**kw)
    assert err.value.code == "E401"


def test_cli_timeline_csv_and_jsonl(db):
    runner = CliRunner()
    res = runner.invoke(app, ["timeline", "--db", str(db), "--dyad", "USA", "COL",
                              "--both-directions", "--by", "week", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2026-01-05", "2"), ("2026-01-12", "0"), ("2026-01-19", "3")]
    res = runner.invoke(app, ["top", "--db", str(db), "--by", "source", "--format", "jsonl"])
    assert json.loads(res.stdout.splitlines()[0])["source"] == "USAGOV"
    res = runner.invoke(app, ["timeline", "--db", str(db), "--root", "42"])
    assert res.exit_code == 2 and "E401" in res.output


def test_cli_plots_png_and_offline_html(db, tmp_path):
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    pytest.importorskip("plotly", reason="the plot extra is not installed")
    runner = CliRunner()
    png, html, world = tmp_path / "t.png", tmp_path / "t.html", tmp_path / "m.png"
    for args in (["timeline", "--dyad", "USA", "COL", "--plot", str(png)],
                 ["timeline", "--plot", str(html)], ["map", "--plot", str(world)]):
        res = runner.invoke(app, [*args, "--db", str(db)])
        assert res.exit_code == 0, res.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert world.read_bytes()[:4] == b"\x89PNG"
    page = html.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in page and "<script src=\"http" not in page  # js inlined
    res = runner.invoke(app, ["timeline", "--db", str(db), "--plot", str(tmp_path / "t.svg")])
    assert res.exit_code == 1 and "E100" in res.output


def test_query_and_export_share_the_filter(db, tmp_path):
    runner = CliRunner()

    def count(*args):
        res = runner.invoke(app, ["query", "--db", str(db), "--format", "jsonl", *args])
        assert res.exit_code == 0, res.output
        return len(res.stdout.splitlines())

    assert count() == 6
    assert count("--include-negated", "--include-hypothetical", "--include-background") == 9
    assert count("--dyad", "USA", "COL", "--both-directions", "--quad", "1") == 2
    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out),
                              "--include-negated"])
    assert res.exit_code == 0, res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + 7


def test_a_misdated_event_does_not_fill_a_millennium(tmp_path):
    from dataclasses import replace as copy

    from eventwire.store import open_store
    from explore_store import sample

    docs, events = sample()
    old = copy(events[0], date="1066-10-14", event_id="")
    db = tmp_path / "old.duckdb"
    with open_store(db) as store:
        store.add(docs, [*events, old])
    rows = eventwire.timeline(db, by="day", include_background=True).to_pylist()
    assert str(rows[0]["period"]) == "1066-10-14" and len(rows) < 20  # only dated days
    assert len(eventwire.timeline(db, by="year", include_background=True)) > 900  # filled
