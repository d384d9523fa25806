"""Protesters gathering by any verb of massing or filling a place demonstrate (141, lexicon
14.protesters-gather): the subject, or what a counted subject counts ("thousands of
demonstrators"), says what the gathering is; police gathering are no protest. Sentences of
our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Protesters massed outside the assembly building in Yerevan.",
     {ev("ARMCVL", "141", "ARM")}),
    ("Demonstrators poured into the streets of Tehran.", {ev("IRNCVL", "141", "IRNGOV")}),
    ("Thousands of demonstrators converged on the capital Dhaka.",
     {ev("BGDCVL", "141", "BGDGOV")}),
    ("Police gathered outside parliament in Yerevan.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_protest_gatherings(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-03-20") == expected
