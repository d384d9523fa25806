"""Whole-article precision (issue 11): planned acts told as done. Each case
gives exactly these events: (source code, CAMEO code, target code, modality)."""

from __future__ import annotations

import pytest

import eventwire

CASES = [
    # modality.to_be_done: what someone "is to" / "are to" do is an announced plan, coded
    # as the intent (036 for a meeting or visit), not as a meeting that took place
    ("The Kenyan president is to meet with Ugandan leaders on Monday in Nairobi.",
     {("KENGOV", "036", "UGAGOV", "intent")}),
    ("The Greek foreign minister is to visit Cyprus next week.",
     {("GRCGOV", "036", "CYP", "intent")}),
    ("The ministers of Chad and Niger are to hold talks with their French counterparts.",
     {("TCDGOV", "036", "FRAGOV", "intent"), ("NERGOV", "036", "FRAGOV", "intent")}),
    # ... "is yet to" is not done so far: no asserted event
    ("The envoy is yet to meet the Peruvian president.", set()),
    # control.yaml ctl.intent-weak: what someone "expects to" do is a plan too, not done
    ("Peru's opposition said it expects to meet a Chilean delegation on Friday.",
     {("PEROPP", "036", "CHLGOV", "intent")}),
    ("Brazil expects to sign a trade deal with Argentina.",
     {("BRA", "032", "ARG", "intent")}),
    ("Nepal expected to host the Indian prime minister in March.",
     {("NPL", "036", "INDGOV", "intent")}),
    # ... but what someone "is expected to" do is a forecast by others, hypothetical (left
    # out of default queries), not a plan of theirs
    ("Both Spain and Morocco are expected to deepen their economic ties.",
     {("ESP", "050", "MAR", "hypothetical"), ("MAR", "050", "ESP", "hypothetical")}),
    ("The Kenyan president is expected to meet with Ugandan leaders on Monday.",
     {("KENGOV", "040", "UGAGOV", "hypothetical"),
      ("UGAGOV", "040", "KENGOV", "hypothetical")}),
]


def _key(e):
    return (e.source.code if e.source else None, e.cameo,
            e.target.code if e.target else None, e.modality)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_planned_acts(engine, text, expected):
    events = eventwire.code_text(text, published="2024-06-01", engine=engine)
    got = {_key(e) for e in events if e.polarity == "asserted"}
    assert got == expected, got
