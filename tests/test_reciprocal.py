"""Acts co-doers do to "each other" / "one another" (sides.reciprocal): every doer acts on
every other, whatever the pattern. Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

HYP = ("asserted", "hypothetical")

CASES = [
    ("India and Canada expelled each other's diplomats.",
     {ev("IND", "161", "CAN"), ev("CAN", "161", "IND")}),
    ("Russia and Ukraine accused each other of shelling the plant.",
     {ev("RUS", "112", "UKR"), ev("UKR", "112", "RUS")}),
    ("Ethiopia and Eritrea blamed one another for the clashes.",
     {ev("ETH", "112", "ERI"), ev("ERI", "112", "ETH"),
      ev("ETH", "190", "ERI", HYP), ev("ERI", "190", "ETH", HYP)}),
    ("Serbia and Kosovo criticised each other.",
     {ev("SRB", "111", "XKX"), ev("XKX", "111", "SRB")}),
    # with no reciprocal, co-doers of a one-way act aim at no one named
    ("Peru and Chile recalled their ambassadors.",
     {ev("PER", "161", None), ev("CHL", "161", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_reciprocal(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
