"""Who ends a war is not waging it: a noun of force (CAMEO 18-20) that is the object of
"end" ("a plan to end the war", "vowed to end the war with the rebels") gets no source
from the one who ends it, so it codes no attack; a war launched or waged still does.
Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Egyptian mediators proposed a three-stage plan to end the war in Gaza.", set()),
    ("Norwegian diplomats drafted a proposal to end the war against the rebels.", set()),
    ("Ethiopia and Eritrea ended their war in 2018.", set()),
    ("Kenya launched a war against the Somali militants.", {ev("KEN", "190", "SOMINS")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_ending_a_war(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-05-10") == expected
