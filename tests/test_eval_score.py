"""The evaluation scorer on tiny hand-built gold and emitted lists (no spaCy parsing)."""

from __future__ import annotations

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import EmptyInput, InputNotFound, MalformedInput
from eventwire.evaluation.gold import (
    CAMEO,
    PETRARCH,
    PLOVER,
    GoldEvent,
    GoldSentence,
    GoldSet,
    country,
    gold_paths,
    read_gold,
)
from eventwire.evaluation.report import print_report, to_json
from eventwire.evaluation.score import Prf, match, score_set

E = GoldEvent


def _set(kind, *sentences):
    out = []
    for i, (events, has_actors) in enumerate(sentences):
        out.append(GoldSentence(f"s{i}", f"sentence {i}", None, tuple(events), has_actors))
    return GoldSet("tiny.jsonl", "tiny.jsonl", kind, tuple(out))


def _write(tmp_path, name, records):
    p = tmp_path / name
    p.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return p


# -- precision / recall / F1 -------------------------------------------------------------------
def test_prf_exact_values():
    p = Prf(tp=2, gold=4, emitted=3)
    assert p.precision == pytest.approx(2 / 3)
    assert p.recall == pytest.approx(0.5)
    assert p.f1 == pytest.approx(4 / 7)


def test_prf_zero_denominators():
    assert (Prf(0, 0, 0).precision, Prf(0, 0, 0).recall, Prf(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    assert (Prf(0, 3, 0).precision, Prf(0, 3, 0).recall, Prf(0, 3, 0).f1) == (0.0, 0.0, 0.0)
    assert (Prf(0, 0, 2).precision, Prf(0, 0, 2).f1) == (0.0, 0.0)


def test_multiset_per_sentence():
    gold = [E(code="190"), E(code="193"), E(code="042")]
    emitted = [E(code="190"), E(code="042"), E(code="043"), E(code="111")]
    # roots: gold {19: 2, 04: 1}, emitted {19: 1, 04: 2, 11: 1} -> 1 + 1 matched
    assert match(gold, emitted, "root") == Prf(2, 3, 4)
    # codes: 190 and 042 match; a repeated emitted code matches only once
    assert match(gold, emitted + [E(code="190")], "code") == Prf(2, 3, 5)


def test_noevents_sentence_makes_every_emitted_event_a_false_positive():
    gs = _set(PETRARCH, ([E("ARN", "GON", "064")], True), ([], True))
    emitted = [[E("ARN", "GON", "064")], [E("ARN", "GON", "064"), E(None, "GON", "010")]]
    s = score_set(gs, emitted)
    assert s.levels["root"] == Prf(1, 1, 3)
    assert s.levels["code"] == Prf(1, 1, 3)
    assert s.levels["tuple"] == Prf(1, 1, 3)
    assert s.levels["root"].precision == pytest.approx(1 / 3)
    assert s.levels["root"].recall == 1.0
    assert s.levels["root"].f1 == pytest.approx(0.5)
    assert s.over_production == 3.0
    assert s.confusion["root"].spurious == 2
    assert s.confusion["root"].missed == 0


def test_petrarch_levels_and_tuple():
    gs = _set(
        PETRARCH,
        ([E("ARN", "GON", "064"), E("OSG", "GON", "064")], True),
        ([E("ETH", "LBY", "1717")], True),
    )
    emitted = [
        [E("ARN", "GON", "064"), E("OSG", None, "061")],  # second: right root, no target
        [E("ETH", "LBY", "173")],  # non-standard gold code compared as given
    ]
    s = score_set(gs, emitted)
    assert s.levels["root"] == Prf(3, 3, 3)
    assert s.levels["code"] == Prf(1, 3, 3)
    assert s.levels["tuple"] == Prf(2, 3, 3)
    assert s.levels["plover"] is None
    assert s.levels["tuple"].f1 == pytest.approx(2 / 3)
    # actors among root-matched events: sources 3/3, targets 2/3
    assert (s.source_accuracy.correct, s.source_accuracy.total) == (3, 3)
    assert (s.target_accuracy.correct, s.target_accuracy.total) == (2, 3)
    codes = {(e.gold, e.emitted): e.count for e in s.confusion["code"].top}
    assert codes == {("064", "061"): 1, ("1717", "173"): 1}


def test_cameo_set_has_no_tuple_or_plover_level():
    gs = _set(CAMEO, ([E(code="042")], False), ([E(code="1011")], False))
    s = score_set(gs, [[E("USA", None, "043"), E("USA", "IRN", "010")], []])
    assert s.levels["root"] == Prf(1, 2, 2)
    assert s.levels["code"] == Prf(0, 2, 2)
    assert s.levels["tuple"] is None and s.levels["plover"] is None
    assert s.source_accuracy is None
    c = s.confusion["root"]
    assert (c.confused, c.missed, c.spurious) == (0, 1, 1)
    kinds = {(e.kind, e.gold, e.emitted) for e in c.top}
    assert kinds == {("missed", "10", None), ("spurious", None, "01")}
    assert c.pairs == ()
    assert [(e.gold, e.count, e.example.id) for e in c.missed_by] == [("10", 1, "s1")]
    assert [(e.emitted, e.count, e.example.id) for e in c.spurious_by] == [("01", 1, "s0")]


def test_root_confusion_pairs_unmatched_events_of_a_sentence():
    gs = _set(CAMEO, ([E(code="042")], False), ([E(code="043")], False))
    s = score_set(gs, [[E(code="010")], [E(code="010")]])
    c = s.confusion["root"]
    assert [(e.gold, e.emitted, e.count) for e in c.pairs] == [("04", "01", 2)]
    assert c.pairs[0].example.id == "s0"
    assert (c.confused, c.missed, c.spurious, c.missed_by, c.spurious_by) == (2, 0, 0, (), ())
    assert [(c, p.gold, p.emitted, p.tp) for c, p in s.breakdown["root"]] == [
        ("04", 2, 0, 0),
        ("01", 0, 2, 0),
    ]


def test_plover_set_scores_plover_events_and_skips_untyped_output():
    gs = _set(
        PLOVER,
        ([E("USA", "IRN", plover="REQUEST")], True),
        ([E(None, None, plover="AGREE")], False),
    )
    emitted = [
        [E("USA", "IRN", "1056", "REQUEST"), E("USA", None, "010", None)],  # 010: no PLOVER type
        [E("JOR", None, "030", "AGREE")],
    ]
    s = score_set(gs, emitted)
    assert s.levels["plover"] == Prf(2, 2, 2)
    assert s.levels["root"] is None and s.levels["code"] is None
    # second sentence has no gold actors: tuple level skips it
    assert s.levels["tuple"] == Prf(1, 1, 1)
    assert s.unscored == 1
    assert s.emitted_events == 3


# -- gold files --------------------------------------------------------------------------------
def test_read_gold_detects_format_from_fields_not_name(tmp_path):
    p = _write(
        tmp_path,
        "plover_looking_name.jsonl",
        [
            {
                "id": "a",
                "text": "Arnor met Gondor.",
                "date": "19950108",
                "events": [{"source": "ARNGOV", "target": "---", "code": "040"}],
            },
            {
                "id": "b",
                "text": "Nothing here.",
                "date": "19950108",
                "events": [],
                "noevents": True,
            },
        ],
    )
    g = read_gold(p)
    assert g.kind == PETRARCH
    assert g.levels == ("root", "code", "tuple")
    a, b = g.sentences
    assert str(a.published) == "1995-01-08"
    assert a.events == (GoldEvent("ARN", None, "040"),)
    assert a.events[0].root == "04"
    assert b.events == ()


def test_read_plover_gold_maps_names_and_expands_actors(tmp_path):
    p = _write(
        tmp_path,
        "x.jsonl",
        [
            {
                "id": "d",
                "text": "Iraq demanded that Japan leave.",
                "plover_event": "DEMAND",
                "source": [{"actorText": "Iraq", "code": "IRQ"}],
                "target": [
                    {"actorText": "Japan", "code": "JAP"},
                    {"actorText": "Italy", "code": "ITL"},
                ],
                "markup": "(SRC: Iraq) (EVT: demanded) ...",
            },
            {
                "id": "c",
                "text": "Jordan and Britain agreed.",
                "plover_event": "AGREE",
                "source": [{"code": "JOR"}, {"code": "GBR"}],
                "target": ["diplomatic"],
                "markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) (EVT: agreed)",
            },
            {
                "id": "f",
                "text": "They fought.",
                "plover_event": "FIGHT",
                "source": [],
                "target": [],
                "markup": "They (EVT: fought).",
            },
        ],
    )
    g = read_gold(p)
    assert g.kind == PLOVER and g.levels == ("plover", "tuple")
    d, c, f = g.sentences
    assert d.events == (E("IRQ", "JPN", plover="REQUEST"), E("IRQ", "ITA", plover="REQUEST"))
    assert c.events == (E("JOR", "GBR", plover="AGREE"), E("GBR", "JOR", plover="AGREE"))
    assert f.events == (E(plover="ASSAULT"),) and not f.has_actors
    assert d.published is None


def test_read_cameo_gold(tmp_path):
    p = _write(
        tmp_path,
        "y.jsonl",
        [{"id": "CAMEO-EX-042", "text": "X visited Y.", "code": "042", "root_code": "04"}],
    )
    g = read_gold(p)
    assert g.kind == CAMEO and g.levels == ("root", "code")
    assert g.sentences[0].events == (E(code="042"),)
    assert g.head(0).sentences == ()


def test_country_of_actor_code():
    assert country("USAGOV") == "USA"
    assert country("---GOV") is None
    assert country("IGOEU") == "IGO"
    assert country(None) is None


def test_bad_gold_inputs(tmp_path):
    with pytest.raises(InputNotFound) as e:
        read_gold(tmp_path / "nope.jsonl")
    assert e.value.code == "E101"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(EmptyInput):
        read_gold(empty)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "code": "010"}\nnot json\n', encoding="utf-8")
    with pytest.raises(MalformedInput) as e:
        read_gold(bad)
    assert str(e.value).startswith(f"{bad}:2: not JSON")
    mixed = _write(
        tmp_path,
        "mixed.jsonl",
        [{"text": "a", "code": "010"}, {"text": "b", "plover_event": "AGREE"}],
    )
    with pytest.raises(MalformedInput):
        read_gold(mixed)
    with pytest.raises(InputNotFound):
        gold_paths([tmp_path / "sub"])
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputNotFound):
        gold_paths([tmp_path / "sub"])
    assert gold_paths([tmp_path]) == sorted(tmp_path.glob("*.jsonl"))


def test_cli_eval_bad_path_exits_1_with_code(tmp_path):
    missing = tmp_path / "gold.jsonl"
    r = CliRunner().invoke(app, ["eval", str(missing)])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"eventwire: error: {missing}: no such file [E101]"
    r = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert r.exit_code == 1
    assert "[E101]" in r.stderr and str(tmp_path) in r.stderr


# -- report ------------------------------------------------------------------------------------
def test_report_marks_levels_that_do_not_apply():
    gs = _set(CAMEO, ([E(code="042")], False))
    s = score_set(gs, [[E(code="042")]])
    out = Console(record=True, width=250)
    print_report([s], "tuple", out)
    text = out.export_text()
    assert "1.00 1.00 1.00" in text
    assert "no tuple level for this gold set" in text
    data = to_json([s], by="root")
    assert data["sets"][0]["levels"]["tuple"] is None
    assert data["sets"][0]["levels"]["root"]["f1"] == 1.0
    assert data["options"] == {"by": "root"}


def test_held_part_errors_never_show_their_sentence():
    """The held 30% is only scored: its error examples name the record id, not the text,
    in both the table and the JSON report; the read part shows the sentence."""
    sentences = []
    for i in range(40):
        sentences.append(GoldSentence(f"rec-{i}", f"Made-up sentence number {i} here.", None,
                                      (E(code="190"),), False))
    whole = GoldSet("tiny.jsonl", "tiny.jsonl", CAMEO, tuple(sentences))
    shown = {}
    for part in ("read", "held"):
        g = whole.split(part)
        assert g.sentences and g.part == part
        score = score_set(g, [[E(code="042")] for _ in g.sentences])
        console = Console(record=True, width=200)
        print_report([score], "root", console)
        text = console.export_text() + json.dumps(to_json([score], by="root"))
        shown[part] = "Made-up sentence" in text
        ids = {s.id for s in g.sentences}
        assert any(i in text for i in ids)
    assert shown == {"read": True, "held": False}


def test_only_a_fictional_actor_dictionary_keeps_unknown_actors(tmp_path):
    """Event-list gold is coded as a user's engine codes it; only records that name a
    fictional actor dictionary (which no KB can know) are coded keeping events whose
    actors are unknown."""
    from eventwire.evaluation.runner import code_gold, eval_engine

    text = "Gunmen shot dead a village chief in the Zorvan valley on Sunday."
    record = {"id": "x1", "text": text, "date": "20230102", "events": []}
    plain = read_gold(_write(tmp_path, "news.jsonl", [record]))
    fictional = read_gold(_write(tmp_path, "fict.jsonl", [
        dict(record, actor_dictionary="fictional (a test dictionary)")]))
    assert (plain.kind, plain.fictional_actors) == (PETRARCH, False)
    assert fictional.fictional_actors and fictional.split("read").fictional_actors
    assert fictional.head(1).fictional_actors
    engine = eval_engine()
    kept = code_gold([fictional], engine)[0][0]
    assert kept and all(e.source is None for e in kept)
    assert code_gold([plain], engine)[0][0] == []
