"""An appraisal adjective put on what a verb of calling or describing names ("called the
Russian move unacceptable", "described the offer as generous") is criticism (111) or
praise (051) of that thing's side, by the verb's subject (Coder._appraisals, the appraisal
word lists in control.yaml); a thing of no known side gives nothing. Sentences of our own;
each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Germany called the Russian move unacceptable.", {ev("DEU", "111", "RUS")}),
    ("Peru's president called the Bolivian blockade illegal.", {ev("PERGOV", "111", "BOL")}),
    ("Chile called the Argentine offer generous.", {ev("CHL", "051", "ARG")}),
    ("The Greek government described the Turkish drills as provocative.",
     {ev("GRCGOV", "111", "TUR")}),
    ("A French minister called the regime illegitimate.", set()),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_appraised_object(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-05-10") == expected
