"""One verb acting on several people or bodies of one country codes an event for each
kind of target (a government and its army, judges and a minister), while the same kind
named twice ("the president and the prime minister": both the government) stays one
event, and one act told by a verb and a noun stays one (events.dedupe)."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags as coded
from event_keys import ev

CASES = [
    ("Japan praised the Indonesian president and the Indonesian army.",
     {ev("JPN", "051", "IDNGOV"), ev("JPN", "051", "IDNMIL")}),
    ("Norway condemned Russian soldiers and Russian police for the abuses.",
     {ev("NOR", "111", "RUSCOP"), ev("NOR", "111", "RUSMIL")}),
    ("Brazil criticized Argentine judges and the Argentine foreign minister.",
     {ev("BRA", "111", "ARGGOV"), ev("BRA", "111", "ARGJUD")}),
    ("Canada imposed sanctions on Belarusian border guards and election officials.",
     {ev("CAN", "163", "BLRCOP"), ev("CAN", "163", "BLRGOV")}),
    ("The Kenyan court convicted two police officers and a former minister.",
     {ev("KENJUD", "116", "KENCOP"), ev("KENJUD", "116", "KENGOV")}),
    # the same kind of target twice: one event
    ("Germany praised the French president and the French prime minister.",
     {ev("DEU", "051", "FRAGOV")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_kind_of_target_of_one_verb(engine, text, expected):
    assert coded(engine, text) == expected
