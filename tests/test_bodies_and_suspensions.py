"""Two general shapes (sentences of our own; exact events):

- the head, chief or officials of an international body act for it ("the head of the
  IAEA", "officials of the UN refugee agency"), as members of a party or an armed group do;
- a state or body suspended outright, with no thing named, is suspended from a body's ranks
  or dealings (160, lexicon 16.suspend-actor); suspending a thing that is no actor is none.
"""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("The head of the IAEA arrived in Tehran.", {ev("IGOIAEA", "042", "IRNGOV")}),
    ("The chief of the UN nuclear watchdog visited Tehran.", {ev("IGOIAEA", "042", "IRNGOV")}),
    ("Officials of the UN refugee agency met Sudanese ministers in Khartoum.",
     {ev("IGOUNHCR", "040", "SDNGOV"), ev("SDNGOV", "040", "IGOUNHCR")}),
    ("The African Union suspended Niger after the coup.", {ev("IGOAU", "160", "NER")}),
    ("ECOWAS suspended Guinea.", {ev("IGOECOWAS", "160", "GIN")}),
    ("The Arab League suspended Syria after the crackdown.", {ev("IGOARL", "160", "SYR")}),
    ("The ministry suspended the football league.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_bodies_and_suspensions(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-03-20") == expected
