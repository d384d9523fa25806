"""A protest held before a state's or a body's mission is aimed at its owner
(verbs.MISSION_NOUNS: embassies, consulates, high commissions, missions). Sentences of our
own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Hundreds of Sri Lankans rallied outside the Indian high commission in Colombo.",
     {ev("LKA", "141", "IND")}),
    ("Bangladeshi students protested outside the British high commission in Dhaka.",
     {ev("BGDEDU", "140", "GBR")}),
    ("Displaced families rallied outside the UN mission in Juba.",
     {ev("SSDCVL", "141", "IGOUNO")}),
    ("Serbian nationalists demonstrated in front of the US embassy in Belgrade.",
     {ev("SRBRAD", "141", "USAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_protest_at_a_mission(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
