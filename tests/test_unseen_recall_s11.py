"""Recall on news nobody tuned for (session 11): general mechanisms for constructions the
held-out news missed. Each case asserts exactly the events a sentence codes: (source
code, CAMEO code, target code, polarity, modality). All sentences are written for these
tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, coded_with_flags, ev

CASES = [
    # verbs.to_gerund_controller: a control verb of intent or refusal whose act follows
    # as a gerund after "to" controls it as it does an infinitive
    ("Vietnam and Cambodia committed to resolving their dispute.",
     {ev("VNM", "030", "KHM", INTENT), ev("KHM", "030", "VNM", INTENT)}),
    ("Peru committed itself to releasing the Bolivian prisoners.",
     {ev("PER", "0353", "BOLCRM", INTENT)}),
    ("Serbia agreed to reopening the border with Kosovo.", {ev("SRB", "0356", "XKX", INTENT)}),
    ("Ghana committed to reopening the border with Togo and releasing the Togolese prisoners.",
     {ev("GHA", "0356", "TGO", INTENT), ev("GHA", "0353", "TGOCRM", INTENT)}),
    ("Kenya is committed to helping Somalia.", {ev("KEN", "033", "SOM", INTENT)}),
    # ... not a "to" phrase of some other verb
    ("Chile returned to talking about the weather.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall_s11(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
