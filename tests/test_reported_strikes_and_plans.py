"""Two general shapes (sentences of our own; exact events):

- an army telling of air strikes or artillery fire it names no owner for tells of its own
  (verbs.ARMED_SPEAKERS, ARMY_MEANS); bombs it reports are attacks on it, and ministries,
  medics or residents report others' strikes;
- an event noun in the "for" phrase of a noun of planning ("no plans for talks between X
  and Y", "preparations for a summit") is planned, not done (hypothetical.planned_for).
"""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

HYP = ("asserted", "hypothetical")

CASES = [
    ("Nigeria's military said air strikes had killed dozens of bandits in Zamfara state.",
     {ev("NGAMIL", "195", "NGACRM")}),
    ("The Israeli military said an air strike killed a senior Hamas commander in Gaza.",
     {ev("ISRMIL", "195", "PSEINS")}),
    ("Residents said air strikes killed ten civilians in Idlib.",
     {ev("SYRUAF", "195", "SYRCVL")}),
    ("The army said a car bomb killed five soldiers in Mogadishu.",
     {ev("SOMUAF", "1832", "SOMMIL")}),
    ("The Kremlin said there were no plans for talks between Putin and Zelensky.",
     {ev("RUSGOV", "046", "UKRGOV", HYP), ev("UKRGOV", "046", "RUSGOV", HYP)}),
    ("Plans for a meeting between Xi and Biden are under way.",
     {ev("CHNGOV", "040", "USAGOV", HYP), ev("USAGOV", "040", "CHNGOV", HYP)}),
    ("Qatar hosted talks between the Taliban and US envoys.", {ev("QAT", "045", "AFGGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_reported_strikes_and_plans(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-03-20") == expected
