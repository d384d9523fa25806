"""'report' is a verb of saying (syntax.SPEECH_LEMMAS): sides named by role alone in what a
state's media or organs report are of the reporter's country, as with 'said'. Sentences of
our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Police arrested three opposition leaders overnight, Ghanaian state radio reported.",
     {ev("GHACOP", "173", "GHAOPP")}),
    ("Troops killed twelve militants in a raid, the Nigerian army reported.",
     {ev("NGAMIL", "190", "NGAINS")}),
    ("Soldiers detained two journalists, Egyptian state television reported.",
     {ev("EGYMIL", "173", "EGYMED")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_sides_of_the_reporters_country(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
