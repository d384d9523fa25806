"""Whole-article precision, fourteenth session (sentences of our own; exact events):
a violent act told "in" or "during" a span that lasted years ("in a three-decade-long
rebellion", "during its decade-long insurgency") is the toll of that span, a summary, not
an act of the day (background.over_long_span); the same act with a day of its own is news.
Found on real articles too: "confined to" read as a detention by a verb alias."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

BG = ("asserted", "background")

CASES = [
    ("The LRA has killed more than 100,000 people in a three-decade-long rebellion.",
     {ev("UGAREB", "180", "UGACVL", BG)}),
    ("Boko Haram has abducted thousands of children during its decade-long insurgency.",
     {ev("NGAINS", "181", "NGACVL", BG)}),
    ("Maoist guerrillas killed eight policemen in eastern India on Tuesday.",
     {ev("INDREB", "190", "INDCOP")}),
    # "confined to" tells where something is, not a detention (control.lemma_aliases)
    ("In Kenya, research capacity is still confined to universities.", set()),
    ("The Chilean optimism is confined to a small base of voters.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_tolls_of_long_spans(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-25") == expected
