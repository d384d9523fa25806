"""Blocking or vetoing (12.block-aid-for / -to, modality planned_only with BLOCKING_VERBS):
aid, a loan or a package meant for someone blocked is rejected material cooperation
(121) with them; an event noun a side blocks or rejects is not done. Sentences of our
own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

HYP = ("asserted", "hypothetical")

CASES = [
    ("Slovakia blocked a military aid package for Georgia.", {ev("SVK", "121", "GEO")}),
    ("Finland vetoed a loan to Serbia.", {ev("FIN", "121", "SRB")}),
    ("Austria blocked a 2 billion euro loan for Moldova on Tuesday.",
     {ev("AUT", "121", "MDA")}),
    # the sanctions blocked are not imposed
    ("Hungary blocked EU sanctions on Belarus.", {ev("IGOEU", "163", "BLR", HYP)}),
    ("Kenya rejected talks with the rebels.", {ev("KEN", "125", "KENREB")}),
    # aid given, not blocked, stays aid
    ("Denmark sent a military aid package to Georgia.", {ev("DNK", "072", "GEO")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_blocking(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
