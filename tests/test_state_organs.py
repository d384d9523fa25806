"""A legislature or court named without a country: acting on a state named as such it is
its own state's organ acting abroad, not that state's ("the Senate condemned Iran" is not
Iran's senate); later in a story it is the institution of the country the story is about.
Sentences of our own; paragraphs are separated by blank lines."""

from __future__ import annotations

import pytest

import eventwire

DAY = "2017-03-01"


def coded(engine, text):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published=DAY, engine=engine)}


CASES = [
    # alone, with no other clue, the organ's country is unknown: no event rather than the
    # target's own parliament
    ("The Senate condemned Iran on Tuesday.", set()),
    ("Congress passed a bill sanctioning Russia.", set()),
    # its own nationality or place still says whose it is
    ("The US Senate condemned Iran on Tuesday.", {("USALEG", "111", "IRN")}),
    ("Lawmakers in Nairobi condemned Somalia.", {("KENLEG", "111", "SOM")}),
    ("Serbian lawmakers voted to condemn Croatia.", {("SRBLEG", "111", "HRV")}),
    # acting on its own government it is domestic, as before
    ("The Kenyan parliament censured the government on Tuesday.",
     {("KENLEG", "111", "KENGOV")}),
    # later in a story: the institutions of the story's country
    ("President Trump signed the order on Monday.\n\nCongress passed a bill sanctioning "
     "Russia.", {("USALEG", "163", "RUS")}),
    ("American lawmakers are angry about the missile test.\n\nThe Senate condemned Iran on "
     "Tuesday.", {("USALEG", "111", "IRN")}),
    ("The Turkish government detained 40 journalists.\n\nThe Constitutional Court "
     "criticized Germany on Friday.",
     {("TURGOV", "173", "TURMED"), ("TURJUD", "111", "DEU")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_state_organs(engine, text, expected):
    assert coded(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city that names a meeting or an agreement is its venue, not the country of
    # whoever rejects or joins it
    ("Rebels rejected the Astana talks.", set()),
    ("Opposition groups boycotted the Geneva talks.", set()),
    ("Syrian rebels rejected the Astana talks.", {("SYRREB", "125", "SYR")}),
    # a city where people act still places them
    ("Protesters rallied in Nairobi against the government.", {("KENCVL", "141", "KENGOV")}),
])
def test_a_city_naming_talks_or_an_accord_is_a_venue(engine, text, expected):
    assert coded(engine, text) == expected
