"""15.simulate-attack and 15.mock-attack-noun: attacks only simulated, rehearsed or mocked
in an exercise are a show of force (150) aimed at whom they were aimed at, not force used
(190). All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("North Korea's army rehearsed an attack on Seoul in a large exercise.",
     {ev("PRKMIL", "150", "KORGOV")}),
    ("Chinese warships and fighter jets practised precision strikes on Taiwan on Sunday.",
     {ev("CHNMIL", "150", "TWN")}),
    ("Chinese jets conducted mock attacks on US warships.", {ev("CHNMIL", "150", "USAMIL")}),
    ("Iranian speedboats made mock attacks on a Greek tanker in the strait.",
     {ev("IRN", "150", "GRC")}),
    # (attacks made are force)
    ("Russian jets attacked Ukrainian positions on Monday.", {ev("RUSMIL", "190", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_simulated_attacks_are_a_show_of_force(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
