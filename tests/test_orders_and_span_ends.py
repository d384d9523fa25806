"""Two general shapes (sentences of our own; exact events and dates):

- an authority ordering something done to someone ("a judge ordered the leader to be
  released on bail", "the minister ordered the traders to be deported"): the order is the
  act, done by whoever ordered it to whom it is done (syntax.ordered_done);
- a date after "until" ends a span ("held in custody until May", "extended the curfew
  until June"): it is not when the act was done, so it neither dates the event nor makes
  it background (nlp.dates.SPAN_END_PREPS).
"""

from __future__ import annotations

import pytest

import eventwire

CASES = [
    ("A Kenyan judge ordered the opposition leader to be released on bail.",
     {("KENJUD", "0841", "KENOPP", "actual", "2023-03-20")}),
    ("The Nigerian interior minister ordered the Ghanaian traders to be deported.",
     {("NGAGOV", "174", "GHABUS", "actual", "2023-03-20")}),
    ("A Russian court ordered the American reporter to be held in custody until May.",
     {("RUSJUD", "173", "USAMED", "actual", "2023-03-20")}),
    ("Tunisian police detained the opposition leader until the end of the month.",
     {("TUNCOP", "173", "TUNOPP", "actual", "2023-03-20")}),
    ("Kenya extended the nationwide curfew until June.",
     {("KEN", "1241", None, "actual", "2023-03-20")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_orders_and_span_ends(engine, text, expected):
    got = {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None,
            e.modality, str(e.date))
           for e in eventwire.code_text(text, published="2023-03-20", engine=engine)}
    assert got == expected
