"""Stopping an act (control rule ctl.cease): ending aid, cooperation or talks is itself
an act of CAMEO 16; stopping any other act is not doing it (negated, left out of default
queries). Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

NEG = ("negated", "actual")

CASES = [
    # aid and arms cut: 162x, aimed at whom they went to
    ("Norway stopped sending aid to Nicaragua.", {ev("NOR", "1623", "NIC")}),
    ("Poland stopped supplying weapons to Ukraine.", {ev("POL", "1622", "UKR")}),
    ("Slovakia ceased sending arms to Armenia last month.", {ev("SVK", "1622", "ARM")}),
    # talks and mediation halted: 164, 165
    ("Sudan stopped negotiating with the rebels.", {ev("SDN", "164", "SDNREB")}),
    ("Qatar stopped mediating between Israel and Hamas.",
     {ev("QAT", "165", "ISR"), ev("QAT", "165", "PSEINS")}),
    # any other act stopped is not done
    ("Kenyan rebels stopped attacking the army.", {ev("KENREB", "190", "KENMIL", NEG)}),
    ("Israel stopped shelling Gaza.", {ev("ISR", "194", "PSE", NEG)}),
    # carrying on is the act itself (ctl.aspect)
    ("Chile continued sending aid to Bolivia.", {ev("CHL", "073", "BOL")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_ceasing(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
