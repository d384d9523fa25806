"""Whole-article precision, eleventh session: what fresh articles coded as acts of the day
though the text only proposes, forecasts or sums them up, fixed by general mechanisms, each
with texts of our own. Every case gives exactly these events (source code, CAMEO code,
target code, polarity, modality); hypothetical and background events are left out of
default queries."""

from __future__ import annotations

import pytest

from event_keys import THREAT, coded_with_flags, ev

BG = ("asserted", "background")
HYP = ("asserted", "hypothetical")

CASES = [
    # hypothetical.text_content: what a text says should be done, when the text is only a
    # draft, or is vetoed, overturned, blocked or opposed, is not done; a text passed is
    ("The Chilean senate overturned a regulation to protect Peruvian fishermen.",
     {ev("CHLLEG", "074", "PERAGR", HYP)}),
    ("China vetoed a draft resolution condemning North Korea.",
     {ev("CHN", "111", "PRK", HYP)}),
    ("Egyptian diplomats circulated a draft resolution condemning Ethiopia.",
     {ev("EGYGOV", "111", "ETH", HYP)}),
    ("The Thai junta blocked a regulation to protect Cambodian workers.",
     {ev("THAGOV", "074", "KHMLAB", HYP)}),
    ("The Brazilian congress passed a law banning Venezuelan charities.",
     {ev("BRALEG", "1663", "VENNGO")}),
    ("Chile condemned Bolivia.", {ev("CHL", "111", "BOL")}),
    # hypothetical.believed: a modal clause under a verb of belief about someone else is
    # a forecast, no threat; "expected to be" done to one is no act of his
    ("Ugandan diplomats think Kenya will expel the Ugandan envoy.",
     {ev("KEN", "1313", "UGAGOV", HYP)}),
    ("Indian officials believe Pakistan could attack the border post.",
     {ev("PAK", "190", None, HYP)}),
    ("Kenya said it will expel the Ugandan envoy.", {ev("KEN", "1313", "UGAGOV", THREAT)}),
    ("The Peruvian minister said he expected to be criticised by Chile.",
     {ev("PERGOV", "111", None, HYP)}),
    ("The Turkish foreign minister expects to be invited by Greece.",
     {ev("TURGOV", "030", None, HYP)}),
    # background.over_long_span: a perfect told "during" or "throughout" a long-running
    # conflict sums up its toll so far
    ("Al-Shabaab militants have killed 4,000 Somali civilians during their insurgency.",
     {ev("SOMINS", "180", "SOMCVL", BG)}),
    ("The Colombian army has killed 3,000 rebels throughout the civil war.",
     {ev("COLMIL", "190", "COLREB", BG)}),
    ("Al-Shabaab militants killed 40 Somali civilians on Monday.",
     {ev("SOMINS", "180", "SOMCVL")}),
    # background.habitual: "systematically", "consistently" tell a practice or a stance
    ("The Kenyan government has systematically refused to negotiate with Somali rebels.",
     {ev("KENGOV", "125", "SOMREB", BG)}),
    ("Serbian police consistently harass Albanian journalists.",
     {ev("SRBCOP", "170", "ALBMED", BG)}),
    ("Serbian police harassed Albanian journalists on Monday.",
     {ev("SRBCOP", "170", "ALBMED")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_article_precision_s11(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
