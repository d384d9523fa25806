"""Targets. Who an act is not aimed at: the victim of a crime a suspect is charged, arrested or
indicted over ("over the killing of a British teacher"; arguments._victim, class
crimes_on_people), and allies it is done with or for ("on the side of X"); and whom a
warrant is issued for. Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Belgian prosecutors charged a man with the murder of a Dutch tourist.",
     {ev("BELJUD", "1121", "BELCVL")}),
    ("French police arrested a man over the killing of a British teacher.",
     {ev("FRACOP", "173", "FRACVL")}),
    ("Kenyan police detained two suspects over the abduction of a Chinese engineer.",
     {ev("KENCOP", "173", "KENCRM")}),
    ("Turkish prosecutors indicted three men for the assassination of the Russian "
     "ambassador.", {ev("TURJUD", "115", "TURCVL")}),
    # a suspect who is named keeps the arrest
    ("Nigerian police arrested a British journalist over the killing of a Ghanaian trader.",
     {ev("NGACOP", "173", "GBRMED")}),
    # criticism over a death is still aimed at whom it names
    ("Brazil criticised Argentina over the death of a Brazilian fisherman.",
     {ev("BRA", "111", "ARG")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_crime_victims(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected


# Allies an act is done with or for ("on the side of X", "on behalf of X", "in support of
# X") are not whom it is aimed at (arguments._on_side_of).
SIDE_CASES = [
    ("Colombian mercenaries fought on the side of the Sudanese army.", set()),
    ("Syrian fighters fought in support of Azerbaijani troops in Karabakh.", set()),
    ("Georgian fighters fought on behalf of Ukraine against Russian troops.",
     {ev("GEOREB", "190", "RUSMIL"), ev("RUSMIL", "190", "GEOREB")}),
    ("Cuban troops fought on the side of the Angolan government against UNITA rebels.",
     {ev("CUBMIL", "190", "AGOOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_CASES, ids=[c[0][:45] for c in SIDE_CASES])
def test_allies_are_no_target(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected


# A warrant issued for someone's arrest is the legal action against them (17.issue-warrant).
WARRANT_CASES = [
    ("The ICC issued an arrest warrant for the Sudanese president.",
     {ev("IGOICC", "173", "SDNGOV")}),
    ("A Moscow court issued an arrest warrant for the ICC prosecutor.",
     {ev("RUSJUD", "173", "IGOICC")}),
    ("Argentine judges issued warrants against Iranian officials.",
     {ev("ARGJUD", "173", "IRNGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), WARRANT_CASES,
                         ids=[c[0][:45] for c in WARRANT_CASES])
def test_warrants(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
