"""Actor resolution across the sentences of one article (our own texts): a pronoun in a
later sentence refers to the subject of the last sentence that named an agreeing person,
not to its object; each case asserts exactly the events expected."""

from __future__ import annotations

import pytest

import eventwire


def coded(engine, text, published="2024-06-01"):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published=published, engine=engine)
            if e.polarity == "asserted"}


PRONOUN_SUBJECT = [
    ("Mexican President Andres Manuel Lopez Obrador met Canadian Prime Minister Justin "
     "Trudeau on Wednesday. He said he would visit Washington next month.",
     {("MEXGOV", "040", "CANGOV"), ("CANGOV", "040", "MEXGOV"), ("MEXGOV", "036", "USAGOV")}),
    ("Angela Merkel met Emmanuel Macron in Berlin in 2019. She praised Poland.",
     {("DEUGOV", "040", "FRAGOV"), ("FRAGOV", "040", "DEUGOV"), ("DEUGOV", "051", "POL")}),
    # gender still decides: "she" is not the subject when he is a man
    ("Emmanuel Macron met Angela Merkel in Paris in 2019. She praised Poland.",
     {("FRAGOV", "040", "DEUGOV"), ("DEUGOV", "040", "FRAGOV"), ("DEUGOV", "051", "POL")}),
]


@pytest.mark.parametrize("text,expected", PRONOUN_SUBJECT)
def test_pronoun_prefers_the_last_subject(engine, text, expected):
    assert coded(engine, text, published="2019-06-01") == expected
