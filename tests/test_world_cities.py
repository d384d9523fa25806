"""A world city whose common spelling is another, smaller town's own name ("St.
Petersburg", "Alexandria", "Medina") is that world city when the document names its
country, and stays the town when the document is set in the town's country."""

from __future__ import annotations

import pytest

from eventwire.nlp.places import find_places


@pytest.fixture(scope="module")
def countries(engine):
    def run(text: str) -> dict[str, str | None]:
        return {m.text: (m.place.country if m.place else None)
                for m in find_places(text, nlp=engine.nlp, kb=engine.kb)}

    return run


@pytest.mark.parametrize(("text", "name", "country"), [
    # the Russian city, in stories that name Russia
    ("Russian riot police detained dozens of students in St. Petersburg on Saturday.",
     "St. Petersburg", "RUS"),
    ("The Kremlin said the summit would move from Moscow to St. Petersburg.",
     "St. Petersburg", "RUS"),
    ("Thousands marched through St Petersburg, the second city of Russia, on Sunday.",
     "St Petersburg", "RUS"),
    # the Florida city, in stories set in the United States
    ("Florida deputies closed a beach near St. Petersburg after the storm.",
     "St. Petersburg", "USA"),
    ("The Tampa Bay Rays play in St. Petersburg, Florida, officials in Tampa said.",
     "St. Petersburg", "USA"),
    # no country named at all: the town whose own name it is
    ("A bakery in St. Petersburg closed on Monday.", "St. Petersburg", "USA"),
])
def test_a_world_city_competes_when_its_country_is_named(countries, text, name, country):
    assert countries(text).get(name) == country, countries(text)


def test_a_county_named_like_a_holy_city_stays_in_ohio(countries):
    got = countries("Outlet malls in Geauga and Medina counties draw shoppers from "
                    "Cleveland, Ohio.")
    assert got.get("Medina") == "USA", got
