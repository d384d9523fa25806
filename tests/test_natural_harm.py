"""Harm told in the passive (verbs._passive_causes): a natural force or an accident that
caused it ("killed in floods", "by an avalanche", "when a typhoon hit") makes no event; a
side named as the subject of the clause that tells how the harm came ("wounded when
rebels attacked") is who did it. Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    # natural forces and accidents: no one's act
    ("At least 40 Peruvian villagers were killed in mudslides on Sunday.", set()),
    ("Nine Pakistani soldiers were killed by an avalanche in Gilgit.", set()),
    ("Two Chinese fishermen were injured after a typhoon capsized their boat.", set()),
    ("Six Saudi pilgrims were killed in a bus crash near Medina.", set()),
    ("Fourteen Nepali porters were killed when an avalanche struck their camp.", set()),
    # a side doing the harm stays an event
    ("Nine Pakistani soldiers were killed by militants in Waziristan.",
     {ev("PAKINS", "190", "PAKMIL")}),
    # ... and the side in the clause that tells how it came is its doer
    ("Two Colombian soldiers were killed as FARC dissidents attacked a base in Cauca.",
     {ev("COLREB", "190", "COLMIL")}),
    ("Three Malian soldiers were wounded when rebels attacked their convoy.",
     {ev("MLIREB", "190", "MLIMIL"), ev("MLIREB", "180", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_natural_harm(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
