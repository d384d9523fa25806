"""Names of small territories that are also surnames or names of other things in news do
not make a country actor: "the Saba agency" is Yemen's news agency, "Mann" a surname."""

from __future__ import annotations

import pytest

import eventwire


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebel-run Saba news agency said Saudi jets struck Houthi positions near Sanaa.",
     {("SAUMIL", "190", "YEMREB")}),
    ("Jonas Mann, a German lawmaker, criticized Turkey on Monday.",
     {("DEULEG", "111", "TUR")}),
    ("Ambassador Wallis met the Nigerian foreign minister in Abuja.", set()),
])
def test_territory_aliases_that_are_names_are_no_country(engine, text, expected):
    got = {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
           for e in eventwire.code_text(text, published="2017-03-01", engine=engine)}
    assert not any(c and c.startswith(("BES", "IMN", "WLF")) for k in got for c in k[::2])
    assert got == expected


def test_the_territories_are_still_found_by_their_names(engine):
    kb = engine.kb
    for name, code in [("Bonaire", "BES"), ("Isle of Man", "IMN"), ("Wallis and Futuna", "WLF"),
                       ("US Virgin Islands", "VIR")]:
        assert any(e.country == code for e in kb.lookup(name)), name
