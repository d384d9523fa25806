"""coding.events.drop_private_talk: talk, help, promises and refusals (CAMEO roots 01-13)
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
