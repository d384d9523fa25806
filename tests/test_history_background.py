"""Acts that can only be history in their story: an act by or on a state that no longer
existed at publication (the Soviet Union, East Germany, Zaire ...), and a past act reported
in a report itself dated long before publication. Both are background, which default
queries leave out; in news of its own time the act is news. Sentences of our own."""

from __future__ import annotations

import pytest

from event_keys import coded_with_modality


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("More than 30 years ago, during the Soviet invasion of Afghanistan, millions fled.",
     "2017-03-03", {("SUN", "192", "AFG", "background")}),
    ("Soviet troops invaded Afghanistan, the article recalled.", "2017-03-03",
     {("SUNMIL", "192", "AFG", "background")}),
    ("East German border guards shot a man who tried to cross into West Berlin, the museum "
     "exhibit shows.", "2019-11-09", {("DDRCOP", "193", "DDRCVL", "background")}),
    ("Yugoslav army units shelled Croatian towns, the tribunal heard.", "2012-05-01",
     {("YUGMIL", "194", "HRV", "background")}),
    # in news of their own time, acts of these states are the news
    ("The Soviet Union criticized the United States on Tuesday.", "1985-03-03",
     {("SUN", "111", "USA", "actual")}),
    ("Zairean troops shelled Rwandan refugee camps.", "1995-03-03",
     {("ZARMIL", "194", "RWAREF", "actual")}),
])
def test_acts_of_states_that_ended_are_background(engine, text, published, expected):
    assert coded_with_modality(engine, text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past act reported in the past is no later than its report
    ("In 2015, the minister said that Turkish jets had bombed Kurdish villages.",
     {("TURMIL", "195", None, "background")}),
    ("Investigators concluded last year that Iranian hackers attacked Saudi banks.",
     {("IRNCRM", "180", "SAUBUS", "background")}),
    # a report of this week, or of what is still to come, leaves the act alone
    ("The ministry said on Thursday that Russian jets bombed Syrian rebel positions.",
     {("RUSMIL", "195", "SYRREB", "actual")}),
])
def test_a_past_act_reported_long_ago_is_background(engine, text, expected):
    assert coded_with_modality(engine, text, "2017-03-03") == expected
