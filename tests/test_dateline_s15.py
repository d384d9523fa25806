"""A wire dateline ("QUITO, Ecuador (AP) —") says where a story was filed; it is cut off
the first paragraph before parsing, so the first sentence's own subject acts (the parser
otherwise takes the dateline's city for a second subject, and the event was lost or given
to the dateline's country). All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev
from eventwire.nlp.places import find_places

CASES = [
    ("TBILISI, Georgia (AP) — Georgian police detained dozens of students in Tbilisi on "
     "Thursday.", {ev("GEOCOP", "173", "GEOEDU")}),
    ("ISLAMABAD, Pakistan (AP) — Pakistan's army shelled Afghan border posts on Sunday.",
     {ev("PAKMIL", "194", "AFG")}),
    ("HANOI (Reuters) - Vietnam protested to China on Friday over the sinking of a fishing "
     "boat.", {ev("VNM", "114", "CHN")}),
    ("QUITO, Ecuador (AP) — An opposition lawmaker filed a complaint against President "
     "Daniel Noboa on Tuesday.", {ev("ECULEG", "115", "ECUGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_dateline_is_not_a_subject(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
    # (a headline before it changes nothing)
    assert coded_with_flags(engine, "Wire headline\n" + text) == expected


def test_dateline_after_a_headline_is_the_place_fallback():
    text = ("Georgia detains students\n"
            "TBILISI, Georgia (AP) — Police detained dozens of students on Thursday.")
    found = {(p.text, p.source) for p in find_places(text)}
    assert ("TBILISI", "dateline") in found
