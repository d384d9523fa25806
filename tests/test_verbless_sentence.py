"""A sentence the parser left with no verb ("Hundreds of students protested in Manila."
read as the noun "Hundreds" modified by "protested") gets its verb back when the participle
has an object or is an act that cannot be passive (classes.intransitive_acts;
syntax._verb_of_verbless_sentence). Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Hundreds of students protested in Manila.", {ev("PHLEDU", "140", "PHL")}),
    ("Hundreds of Peruvian miners protested in Lima.", {ev("PERLAB", "140", "PER")}),
    ("Dozens of Kenyan nurses protested in Nairobi on Monday.",
     {ev("KENHLH", "140", "KEN")}),
    # a headline's participle with no object stays a passive: no one named does it
    ("Hundreds of protesters arrested in Moscow", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_verbless_sentences(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
