"""A reduced relative that tells who the people of a larger event are ("freed four
Americans held captive in Iran", "rescued workers taken hostage by militants") is no new
abduction (Coder._held_as, word class captive_predicates); a clause that tells the act
still codes it. Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Hamas released two elderly Israeli women held hostage in Gaza.",
     {ev("PSEINS", "0841", "ISRCVL")}),
    ("Qatar helped free four Americans held captive in Iran.", {ev("QAT", "0841", "USA")}),
    ("Sudanese troops freed six Egyptian traders held prisoner in Darfur.",
     {ev("SDNMIL", "0841", "EGYBUS")}),
    # the act itself
    ("Colombian rebels held Venezuelan soldiers hostage.", {ev("COLREB", "181", "VENMIL")}),
    ("Somali pirates took a Turkish crew hostage.", {ev("SOMCRM", "181", "TURCVL")}),
    ("Palestinian militants took Israeli hostages.", {ev("PSEINS", "181", "ISRCVL")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_held_captive(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-05-10") == expected
