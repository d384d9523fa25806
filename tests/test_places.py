"""Places: gazetteer lookups, disambiguation in context, the event's location from its
clause or the dateline, and capitals used as actors."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.data_files import data_path
from eventwire.nlp.gazetteer import COUNTRY, distance_km, gazetteer, key
from eventwire.nlp.places import find_dateline, find_places


@pytest.fixture(scope="module")
def places(engine):
    def run(text: str):
        return {m.text: m.place for m in find_places(text, nlp=engine.nlp, kb=engine.kb)}

    return run


def _located(events, word: str):
    """The location of the (first) event whose evidence contains `word`."""
    for e in events:
        if word in e.evidence.text:
            return e.location
    raise AssertionError(f"no event with {word!r} in {[e.evidence.text for e in events]}")


# -- gazetteer ------------------------------------------------------------------------

def test_keys_fold_accents_case_articles_and_periods():
    assert key("Bogotá") == "bogota"
    assert key("the Gaza Strip") == "gaza strip"
    assert key("U.S.") == "us"
    assert key("Port-au-Prince") == "port au prince"


def test_gazetteer_kinds_and_coordinates():
    gaz = gazetteer()
    kinds = {gaz.entry(c.index).kind for c in gaz.lookup("Georgia")}
    assert {"country", "admin1"} <= kinds
    bogota = [gaz.entry(c.index) for c in gaz.lookup("Bogota")]
    assert any(e.country == "COL" and e.capital for e in bogota)
    for iso3 in ("USA", "VEN", "GEO", "FRA", "XKX"):
        e = gaz.country(iso3)
        assert e is not None and e.kind == COUNTRY and e.lat is not None, iso3
    # landmarks stand for their city
    (wh,) = [c for c in gaz.lookup("the White House") if c.primary]
    city = gaz.resolved(wh.index)
    assert (city.name, city.country, city.geonameid) == ("Washington", "USA", 4140963)


def test_regions_table_is_well_formed():
    from eventwire.data_files import read_tsv

    rows = list(read_tsv(data_path("places", "regions.tsv")))
    assert len(rows) > 150
    for r in rows:
        assert r["kind"] in {"region", "sea", "admin1", "landmark"}, r
        assert r["city"] or (r["lat"] and r["lon"]), r
    for name in ("the Caribbean", "Gaza Strip", "West Bank", "Donbas", "Crimea", "Kashmir",
                 "Sahel", "the Balkans", "Middle East", "Darfur", "Tigray", "Kurdistan",
                 "Kremlin", "Downing Street", "Oval Office"):
        assert gazetteer().lookup(name), name


def test_distance():
    # Bogota - Caracas is about 1,030 km
    assert 1000 < distance_km(4.61, -74.08, 10.49, -66.88) < 1060


# -- disambiguation ---------------------------------------------------------------------

def test_paris_is_in_france_unless_the_story_is_about_texas(places):
    p = places("Protesters marched through Paris on Saturday.")["Paris"]
    assert p.country == "FRA"
    p = places("Officials in Texas said the storm hit Paris and flooded roads near Dallas.")
    assert (p["Paris"].country, p["Paris"].geonameid) == ("USA", 4717560)


def test_a_qualifier_decides(places):
    p = places("The mayor of Paris, Texas, spoke on Monday.")
    assert p["Paris"].country == "USA"
    p = places("Dublin, Ga. - The city council met on Monday.")
    assert p["Dublin"].country == "USA"


def test_georgia_the_country_or_the_state(places):
    p = places("Georgia's president met officials in Tbilisi. Georgia said Russia must leave.")
    assert p["Tbilisi"].country == "GEO"
    assert p["Georgia"].country == "GEO"
    p = places("Georgia's governor said Atlanta and Savannah would get new funds.")
    assert (p["Georgia"].name, p["Georgia"].country) == ("Georgia", "USA")


def test_regions_and_landmarks(places):
    p = places("Strikes on boats in the Caribbean continued. Talks at the Kremlin ended.")
    assert p["Caribbean"].name == "Caribbean"
    assert (p["Kremlin"].name, p["Kremlin"].country) == ("Moscow", "RUS")


def test_dateline():
    text = "CARACAS, Jan 3 (Reuters) - Police arrested two men on Friday."
    d = find_dateline(text, 0)
    assert d is not None and d.text == "CARACAS"
    assert find_dateline("BOGOTA (AFP) — Colombia said on Monday it would talk.", 0) is not None
    assert find_dateline("Kyiv, Ukraine (AP) — Officials said.", 0).qualifier is not None
    assert find_dateline("Trump said - again - that he would talk.", 0) is None


# -- the event's location -------------------------------------------------------------

def test_clause_place_of_verb_and_noun(events):
    evs = events("Colombian President Gustavo Petro met Venezuelan officials in Caracas on "
                 "Monday.")
    loc = _located(evs, "met")
    assert (loc.name, loc.country) == ("Caracas", "VEN")


def test_place_of_another_clause_is_not_the_event_location(events):
    evs = events("Russia condemned the United States after talks in Geneva, Russia's foreign "
                 "ministry said. Russia accused Ukraine of attacking civilians.")
    for e in evs:
        if "accused" in e.evidence.text:
            assert e.location is None


def test_dateline_is_the_fallback(events):
    evs = events("BOGOTA (AFP) — Colombia accused Venezuela of harbouring rebels.")
    loc = _located(evs, "accused")
    assert (loc.name, loc.country) == ("Bogotá", "COL")


def test_capital_as_actor_is_not_the_location(events):
    evs = events("Bogota criticized Washington over the deportation flights.")
    assert evs, "no event coded"
    for e in evs:
        assert e.location is None, e


def test_attacked_capital_is_the_location(events):
    evs = events("The United States carried out a military raid on Caracas.")
    loc = _located(evs, "raid")
    assert (loc.name, loc.country) == ("Caracas", "VEN")


def test_demo_story_locations(engine):
    folder = data_path("demo", "petro-trump")
    text = (folder / "article.txt").read_text(encoding="utf-8")
    evs = eventwire.code_text(text, published="2026-02-03", engine=engine)
    talks = _located(evs, "held their first face-to-face talks")
    assert (talks.name, talks.country, talks.geonameid) == ("Washington", "USA", 4140963)
    raid = _located(evs, "raid on Caracas")
    assert (raid.name, raid.country) == ("Caracas", "VEN")
    d = next(e for e in evs if "raid on Caracas" in e.evidence.text).to_dict()
    assert set(d["location"]) == {"name", "country", "lat", "lon", "geonameid"}


def test_a_world_city_over_a_namesake_in_the_actor_country(places):
    p = places("Iranian and US negotiators held talks in Geneva on Friday.")
    assert p["Geneva"].country == "CHE"


def test_place_hung_on_the_object(events):
    evs = events("The president of Georgia met the Russian foreign minister in Tbilisi.")
    loc = _located(evs, "met")
    assert (loc.name, loc.country) == ("Tbilisi", "GEO")


def test_another_clause_keeps_its_own_place(events):
    evs = events("Macron met Merz in Paris and Malian rebels attacked a convoy.")
    assert _located(evs, "met").name == "Paris"
    assert _located(evs, "attacked") is None


def test_topic_is_not_a_place(events):
    evs = events("Colombian President Gustavo Petro criticized Trump over Venezuela.")
    assert evs
    assert all(e.location is None for e in evs)
