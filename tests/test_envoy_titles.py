"""Whole-article actors (issue 11): envoy titles: a person titled as one country's envoy "to"
an organisation or another country is of the country that sends them (resolve._title_of);
the place posted to is only a fallback. Each case gives exactly these events: (source
code, CAMEO code, target code, modality)."""

from __future__ import annotations

import pytest

import eventwire

CASES = [
    ("Danish Ambassador to NATO Erik Holm met Latvian officials in Riga on Friday.",
     {("DNKGOV", "040", "LVAGOV", "actual"), ("LVAGOV", "040", "DNKGOV", "actual")}),
    ("Belgian Envoy to the European Union Marc Peeters arrived in Accra on Monday. He "
     "praised Ghana for the reforms.",
     {("BELGOV", "042", "GHAGOV", "actual"), ("BELGOV", "051", "GHA", "actual")}),
    ("On Tuesday Irish Ambassador to Japan Sean Burke visited Seoul. He thanked South "
     "Korea for its support.",
     {("IRLGOV", "042", "KORGOV", "actual"), ("IRLGOV", "051", "KOR", "actual")}),
    # no sending country in the title: the place posted to is still what is known
    ("Ambassador to Japan Sean Burke visited Seoul on Tuesday.",
     {("JPNGOV", "042", "KORGOV", "actual")}),
]


def _key(e):
    return (e.source.code if e.source else None, e.cameo,
            e.target.code if e.target else None, e.modality)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_envoy_titles(engine, text, expected):
    events = eventwire.code_text(text, published="2024-06-01", engine=engine)
    got = {_key(e) for e in events if e.polarity == "asserted"}
    assert got == expected, got
