"""A small town is not placed abroad against its own state qualifier or against every
other place the document names: it is left unresolved (the gazetteer holds cities of
15,000 people and more, so a small local place often has only a foreign homonym)."""

from __future__ import annotations

import pytest

from eventwire.nlp.places import find_places


def _places(engine, text):
    return {p.text: p.entry.country if p.entry else None
            for p in find_places(text, nlp=engine.nlp, kb=engine.kb)}


@pytest.mark.parametrize("text, name", [
    # a story set in the United States and Japan: not the Australian town
    ("The Japanese prime minister flew to Washington on Friday. He later joined the US "
     "president at his resort in Palm Beach for a round of golf. Officials in Tokyo said "
     "the talks on trade went well.", "Palm Beach"),
    # its own state qualifier says where it is
    ("Donors met the senator from Ohio in Palm Beach, Florida on Sunday, aides in "
     "Columbus said.", "Palm Beach"),
    # an East African story: the English port town is not meant
    ("Kenya's president met Ugandan officials in Nairobi and Kampala before a stop in "
     "Dover, his office said.", "Dover"),
])
def test_small_town_is_not_placed_against_the_documents_countries(engine, text, name):
    places = _places(engine, text)
    assert places.get(name) is None, places


@pytest.mark.parametrize("text, name, country", [
    ("Surfers gathered in Palm Beach, north of Brisbane, for the contest, Australian "
     "officials said.", "Palm Beach", "AUS"),
    ("Floods cut off Puerto Varas in southern Chile on Tuesday, officials in Santiago "
     "said.", "Puerto Varas", "CHL"),
    ("Kenyan police said protesters in Naivasha blocked the road to Nairobi.",
     "Naivasha", "KEN"),
])
def test_small_town_in_a_country_the_document_names_is_kept(engine, text, name, country):
    assert _places(engine, text).get(name) == country
