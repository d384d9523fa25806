"""The GDELT 2.0 event export as a GDELT user loads it: no header, 61 columns in order,
GDELT's own column names and types, FIPS 10-4 geography, known-group codes."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export import GDELT_COLUMNS, export
from eventwire.export.gdelt import GDELT_TYPES, actor_codes
from eventwire.export.geo import GdeltGeo, GdeltPlaces
from eventwire.models import Actor, Document, Place
from eventwire.store import open_store
from store_events import COL, RUS, event, sample

EU = Actor("The European Union", "European Union", "IGOEU", "IGOEU", None, "igo:IGOEU")
IRAN = Actor("Tehran", "Iran GOV", "IRNGOV", "IRN", "GOV", "role:IRNGOV")


def _extra_events():
    """An IGO criticising Tehran in Moscow, and a negated attack."""
    doc = Document(text="The European Union criticised Tehran in Moscow. Russia did not "
                        "attack Colombia.", source="DW", url="https://dw.example/1")
    moscow = Place("Moscow", "RUS", 55.75222, 37.61556, 524901)
    eu = event(doc, "2026-02-05", "042", EU, IRAN)
    eu = eu.__class__(**{**eu.__dict__, "cameo": "111", "cameo_label": "Criticize",
                         "quad_class": 3, "goldstein": -2.0, "plover_event": "ACCUSE",
                         "plover_mode": None, "location": moscow, "event_id": ""})
    no = event(doc, "2026-02-05", "190", RUS, COL, index=1)
    no = no.__class__(**{**no.__dict__, "polarity": "negated", "event_id": ""})
    return doc, [eu, no]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    docs, events = sample()
    doc, extra = _extra_events()
    with open_store(path) as s:
        s.add([*docs, doc], [*events, *extra])
    return path


def _load(path) -> list[dict]:
    cols = {c: GDELT_TYPES[c] for c in GDELT_COLUMNS}
    rel = duckdb.sql(f"SELECT * FROM read_csv('{path}', delim='\t', header=false, "
                     f"quote='', columns={cols})")
    return [dict(zip(rel.columns, r, strict=True)) for r in rel.order("SQLDATE, EventCode")
            .fetchall()]


def test_the_column_list_is_gdelts():
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    assert set(GDELT_TYPES) == set(GDELT_COLUMNS)
    assert GDELT_COLUMNS[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate"]
    assert GDELT_COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode",
                                    "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[35:43] == [f"Actor1Geo_{c}" for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]


def test_no_header_and_61_fields_per_line(db, tmp_path):
    out = tmp_path / "events.tsv"
    with open_store(db, read_only=True) as store:
        assert export(store, "gdelt", out) == 5  # undated and negated events left out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert lines[0].split("\t")[1].isdigit()  # data, not the name SQLDATE


def test_a_hand_built_row_column_by_column(db, tmp_path):
    out = tmp_path / "events.tsv"
    with open_store(db, read_only=True) as store:
        export(store, "gdelt", out)
    rows = _load(out)
    visit = rows[0]  # COL -> USA visit in Washington, Feb 3
    assert {c: visit[c] for c in (
        "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
        "Actor1Type1Code", "Actor2Code", "EventCode", "EventBaseCode", "EventRootCode",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
        "AvgTone", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
        "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_FeatureID", "SOURCEURL",
    )} == {
        "SQLDATE": 20260203, "MonthYear": 202602, "Year": 2026, "Actor1Code": "COLGOV",
        "Actor1Name": "GUSTAVO PETRO", "Actor1CountryCode": "COL", "Actor1Type1Code": "GOV",
        "Actor2Code": "USAGOV", "EventCode": "042", "EventBaseCode": "042",
        "EventRootCode": "04", "QuadClass": 1, "GoldsteinScale": 1.9, "NumMentions": 2,
        "NumSources": 2, "NumArticles": 2, "AvgTone": None, "ActionGeo_Type": 3,
        "ActionGeo_FullName": "Washington, District of Columbia, United States",
        "ActionGeo_CountryCode": "US", "ActionGeo_ADM1Code": "USDC",
        "ActionGeo_ADM2Code": None, "ActionGeo_FeatureID": "4140963",
        "SOURCEURL": "https://afp.example/1",
    }
    attack = next(r for r in rows if r["EventCode"] == "190")
    # the target is the place Kharkiv itself: its own place is Actor2's geography
    assert (attack["Actor2Geo_Type"], attack["Actor2Geo_FullName"],
            attack["Actor2Geo_CountryCode"], attack["Actor2Geo_ADM1Code"],
            attack["Actor2Geo_FeatureID"]) == (4, "Kharkiv, Ukraine", "UP", "UP07", "706483")
    assert attack["Actor1Geo_Type"] is None  # "Russian forces": a nationality, no place
    igo = next(r for r in rows if r["EventCode"] == "111")
    assert {c: igo[c] for c in (
        "Actor1Code", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
        "Actor2CountryCode", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    )} == {
        "Actor1Code": "IGOEU", "Actor1CountryCode": None, "Actor1KnownGroupCode": "EU",
        "Actor1Type1Code": "IGO", "Actor2CountryCode": "IRN", "Actor2Geo_Type": 4,
        "Actor2Geo_FullName": "Tehran, Iran", "Actor2Geo_CountryCode": "IR",
        "ActionGeo_Type": 4, "ActionGeo_FullName": "Moscow, Russia",
        "ActionGeo_CountryCode": "RS", "ActionGeo_ADM1Code": "RS48",
    }


def test_pandas_reads_it_with_gdelts_names(db, tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.tsv"
    with open_store(db, read_only=True) as store:
        export(store, "gdelt", out)
    # as GDELT users load the files: names given, codes as strings
    codes = {c: str for c, t in GDELT_TYPES.items() if t == "VARCHAR"}
    frame = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=codes)
    assert list(frame.columns) == GDELT_COLUMNS and len(frame) == 5
    assert sorted(frame["EventCode"]) == ["042", "042", "042", "111", "190"]
    assert frame["SQLDATE"].dtype.kind == "i" and frame["GoldsteinScale"].dtype.kind == "f"
    assert set(frame["ActionGeo_CountryCode"].dropna()) == {"US", "RS"}


def test_negated_events_only_with_the_option(db, tmp_path):
    runner = CliRunner()
    sizes = {}
    for extra in ((), ("--include-negated",)):
        out = tmp_path / f"g{len(extra)}.tsv"
        result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt",
                                     "--out", str(out), *extra])
        assert result.exit_code == 0, result.output
        sizes[extra] = [line.split("\t")[26] for line in out.read_text().splitlines()]
    assert sorted(sizes[()]) == ["042", "042", "042", "111", "190"]
    assert sorted(sizes[("--include-negated",)]) == ["042", "042", "042", "111", "190",
                                                     "190"]


def test_header_only_when_asked(db, tmp_path):
    out = tmp_path / "h.tsv"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "gdelt",
                                      "--out", str(out), "--header"])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines()[0].split("\t") == GDELT_COLUMNS


@pytest.mark.parametrize(("code", "country", "role", "expected"), [
    ("USAGOV", "USA", "GOV", ("USA", None, ["GOV"])),
    ("IGOUNO", "IGOUNO", None, (None, "UNO", ["IGO"])),
    ("NGOAMN", "NGOAMN", None, (None, "AMN", ["NGO"])),
    ("IMGINS", None, "INS", (None, None, ["IMG", "INS"])),
    ("RUS", "RUS", None, ("RUS", None, [])),
    (None, None, None, (None, None, [])),
])
def test_actor_codes_split_as_gdelt_does(code, country, role, expected):
    assert actor_codes(code, country, role) == expected


@pytest.fixture(scope="module")
def places():
    return GdeltPlaces()


@pytest.mark.parametrize(("place", "expected"), [
    (("Russia", "RUS", 60.0, 100.0, 2017370),
     GdeltGeo(1, "Russia", "RS", "RS", 60.0, 100.0, "RS")),
    (("Texas", "USA", 31.0, -99.0, 4736286),
     GdeltGeo(2, "Texas, United States", "US", "USTX", 31.0, -99.0, "TX")),
    (("Austin", "USA", 30.27, -97.74, 4671654),
     GdeltGeo(3, "Austin, Texas, United States", "US", "USTX", 30.27, -97.74, "4671654")),
    (("Moscow", "RUS", 55.75, 37.62, 524901),
     GdeltGeo(4, "Moscow, Russia", "RS", "RS48", 55.75, 37.62, "524901")),
    (("Donetsk region", "UKR", 48.1, 37.7, None),
     GdeltGeo(5, "Donetsk region, Ukraine", "UP", None, 48.1, 37.7, None)),
    (("the Middle East", None, 29.0, 41.0, None),
     GdeltGeo(None, "the Middle East", None, None, 29.0, 41.0, None)),
])
def test_geo_types_and_fips_codes(places, place, expected):
    assert places.geo(*place) == expected


def test_an_actors_own_place_is_only_what_its_mention_names(places):
    assert places.actor_geo("Iran", "IRN").type == 1
    assert places.actor_geo("the mayor of Kharkiv", "UKR").full_name == "Kharkiv, Ukraine"
    assert places.actor_geo("Virginia Foxx", "USA") is None  # a name, not a phrase
    assert places.actor_geo("Washington", "USA", "person:george-washington") is None
    assert places.actor_geo("Russian forces", "RUS") is None
    assert places.actor_geo("Jordan", "FRA") is None  # not in the actor's country
