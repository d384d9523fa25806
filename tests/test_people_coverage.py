"""Officials below head of government or foreign minister that news names all the time
(cabinet members, leaders of legislatures, judges, envoys), found missing by counting the
person names eventwire left without a code in unseen news. Each sentence is our own; the
publication day decides whether the office was held (people.tsv tenures)."""

from __future__ import annotations

import pytest

import eventwire


def coded(engine, text, published):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published=published, engine=engine)}


CASES = [
    ("Chuck Schumer criticized Saudi Arabia on Tuesday.", "2019-03-05",
     {("USALEG", "111", "SAU")}),
    # "May" alone is a month; with her honorific she is the prime minister
    ("Mrs May met the Irish prime minister in London.", "2018-02-01",
     {("GBRGOV", "040", "IRLGOV"), ("IRLGOV", "040", "GBRGOV")}),
    ("Gambian President Adama Barrow visited Senegal.", "2018-05-02",
     {("GMBGOV", "042", "SEN")}),
    ("De Mistura met Syrian opposition leaders in Geneva.", "2017-03-01",
     {("IGOUNO", "040", "SYROPP"), ("SYROPP", "040", "IGOUNO")}),
    # in office, then a former official (an elite) after his tenure ended
    ("Jared Kushner met Israeli officials.", "2017-04-01",
     {("USAGOV", "040", "ISRGOV"), ("ISRGOV", "040", "USAGOV")}),
    ("Jared Kushner met Israeli officials.", "2021-04-01",
     {("USAELI", "040", "ISRGOV"), ("ISRGOV", "040", "USAELI")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES,
                         ids=[f"{c[0][:40]}@{c[1]}" for c in CASES])
def test_officials_in_the_news_are_known(engine, text, published, expected):
    assert coded(engine, text, published) == expected
