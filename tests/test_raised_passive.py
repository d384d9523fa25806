"""Passives of saying or believing with an infinitive (syntax.RAISING_PASSIVES): the subject
does the infinitive's act when the infinitive is active ("Chad was reported to have closed
the border"), but is what the act is done to when the infinitive is itself passive ("... are
believed to have been killed"; syntax.raised_patient). Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    # the infinitive is passive: the raised subject is the target, the agent the source
    ("Two Malian soldiers were reported to have been abducted by jihadists near Gao.",
     {ev("MLIINS", "181", "MLIMIL")}),
    ("Ten Nigerian villagers are said to have been kidnapped by gunmen in Zamfara.",
     {ev("NGAUAF", "181", "NGACVL")}),
    ("The Libyan envoy was said to have been expelled by Tunisia.",
     {ev("TUN", "166", "LBYGOV")}),
    # the infinitive is active: the raised subject does the act
    ("Chad was reported to have closed its border with Sudan.",
     {ev("TCD", "191", "SDN")}),
    ("Iran is believed to have supplied drones to Russia.",
     {ev("IRN", "072", "RUS")}),
    ("Eritrean troops are reported to have shelled Ethiopian villages.",
     {ev("ERIMIL", "194", "ETH")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_raised_subjects(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected


def test_victims_never_do_the_harm(engine):
    # no doer named: the victims are the target of a killing by no one known
    assert coded_with_flags(
        engine, "At least 30 Afghan civilians are believed to have been killed in the strike.",
        published="2017-03-20") == {ev(None, "195", "AFGCVL")}
