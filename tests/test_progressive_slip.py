"""A progressive with no object that the parser reads as "be" + a noun-like "-ing"
("Turkey is mediating between ...": "mediating" an attribute of "is"): the subject of
"is" does the act (arguments._subjects). Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Egypt is mediating between Sudan and Ethiopia.",
     {ev("EGY", "045", "SDN"), ev("EGY", "045", "ETH")}),
    ("Turkey is mediating between Russia and Ukraine.",
     {ev("TUR", "045", "RUS"), ev("TUR", "045", "UKR")}),
    ("Oman was mediating between Iran and the United States.",
     {ev("OMN", "045", "IRN"), ev("OMN", "045", "USA")}),
    ("The problem is spending.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_progressive_read_as_attribute(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
