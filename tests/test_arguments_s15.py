"""Target attachment in long wire sentences (issue 11, session 15). Each case asserts
exactly the events a sentence codes: (source code, CAMEO code, target code, polarity,
modality). All sentences are written for these tests (other actors and words than any
gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

# arguments.dative-phrase: a "to" phrase the parser takes for a dative ("sent inspectors
# to a site in Syria") is read as the verb's directional phrase when the nearest actor is
# looked for, so a country named as where the site is becomes the target; a town further
# in is where it happened, and no place at all gives no target.
DATIVE_PHRASE_CASES = [
    ("The IAEA sent inspectors to a reactor site in northern Syria to check the work there.",
     {ev("IGOIAEA", "090", "SYR")}),
    ("The UN dispatched monitors to a detention camp in Libya.", {ev("IGOUNO", "090", "LBY")}),
    ("The OSCE dispatched a team of experts to a border post in Georgia on Monday.",
     {ev("IGOOSCE", "090", "GEO")}),
    ("The UN sent inspectors to a depot near Aleppo.", {ev("IGOUNO", "090", None)}),
    ("The IAEA sent inspectors to a reactor site.", {ev("IGOIAEA", "090", None)}),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_PHRASE_CASES,
                         ids=[c[0][:45] for c in DATIVE_PHRASE_CASES])
def test_dative_phrase_target(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected
