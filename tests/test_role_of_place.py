"""A role noun "of" a place the gazetteer knows is of that place's country ("the mayor of
Kandahar", "residents of Mosul"), and an unnamed armed or domestic side acting on it then
borrows that country as it would a stated one (domestic.own_place_country, fill_domestic).
Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Gunmen killed the mayor of Kandahar on Sunday.", {ev("AFGUAF", "186", "AFGGOV")}),
    ("Militants abducted three residents of Mosul.", {ev("IRQINS", "181", "IRQCVL")}),
    ("Protesters demanded the resignation of the governor of Lagos.",
     {ev("NGACVL", "1041", "NGAGOV")}),
    # a country the KB names stays what it was
    ("The governor of Texas criticized the Mexican government.",
     {ev("USAGOV", "111", "MEXGOV")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_role_of_a_place(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
