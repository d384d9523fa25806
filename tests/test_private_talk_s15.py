"""coding.events.drop_private_talk: talk, help, promises and refusals (CAMEO roots 01-12)
between private actors only (businesses, schools, media, clinics, ordinary people,
farmers, clergy, unions), or with no one known on the other side, are not political
events; protests and force are, whoever acts, and so is anything with a state, a body
or an armed group on one side. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Kenyan farmers asked a local bank for loans.", set()),
    ("A Nigerian newspaper praised a local school for its results.", set()),
    ("A Kenyan bank promised to help small traders.", set()),
    # a state organ on one side keeps it
    ("Kenyan farmers asked the government for loans.", {ev("KENAGR", "0231", "KENGOV")}),
    ("Colombian teachers met the education minister on Monday.",
     {ev("COLEDU", "040", "COLGOV"), ev("COLGOV", "040", "COLEDU")}),
    # protests are political whoever acts
    ("Workers at a Ghanaian mine protested against the company.",
     {ev("GHALAB", "140", "GHABUS")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_private_talk_is_no_political_event(engine, text, expected):
    assert coded_with_flags(engine, text) == expected


FIGURES = [
    # 19.battle unless_obj '@hardships': battling a shortage, an epidemic or fires is a
    # figure of speech, not force
    ("Venezuela is battling a severe medicine shortage.", set()),
    ("Haiti is battling a cholera epidemic and food shortages.", set()),
    ("Portugal battled wildfires in the north on Monday.", set()),
    ("Colombian troops battled guerrillas near the border.",
     {ev("COLMIL", "190", "COLREB"), ev("COLREB", "190", "COLMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[c[0][:40] for c in FIGURES])
def test_battling_hardships_is_no_force(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
