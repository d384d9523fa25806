"""A fight against a natural force is no event: a verb of force whose object (or
"against" phrase) is a fire, flood, storm or disease and no actor ("firefighters battled
wildfires") codes nothing; the means "with waves of drones" is not such an object.
Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Greek firefighters battled wildfires on the island of Rhodes.", set()),
    ("Philippine troops battled floods in Manila alongside rescue workers.", set()),
    ("Peruvian soldiers fought against the blaze near Cusco.", set()),
    ("Indian troops fought Pakistani militants in Kashmir.",
     {ev("INDMIL", "190", "PAKINS"), ev("PAKINS", "190", "INDMIL")}),
    ("Russia attacked Kyiv with waves of drones.", {ev("RUS", "190", "UKRGOV")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_fights_with_nature(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-05-10") == expected
