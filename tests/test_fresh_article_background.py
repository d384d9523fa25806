"""Whole-article precision on fresh articles: acts the text dates or frames as earlier
than the news (a bare month, a full date on the report, "in the past", "as a candidate", an
old announcement of a plan), acts told only as not done (a negated statement carrying
them), named pacts that already exist, infinitives joined under one control verb, and actor
fixes (a capital that only says where a thing is from, an armed group's leader). Sentences
of our own; each case gives exactly these events (source, CAMEO code, target, polarity,
modality)."""

from __future__ import annotations

import pytest

from event_keys import THREAT, coded_with_flags, ev

BG = ("asserted", "background")
NEGATED = ("negated", "actual")
INTENT = ("asserted", "intent")

CASES = [
    # ModalityMixin._chain (joined_complement): infinitives joined under one control verb
    # are all vowed or threatened, not done (same code and target merge into one event)
    ("The Bolivian rebels have vowed to seize the airport, shell the barracks and expel the "
     "Peruvian consul.", "2017-03-20",
     {ev("BOLREB", "131", "PERGOV", THREAT)}),
    ("Hungary's far-right leader has pledged to shut the border with Serbia, close the camps "
     "and deport the Syrian refugees.", "2017-03-20",
     {ev("HUNGOV", "137", "SYRREF", THREAT)}),
    ("Kenya threatened to recall its envoy from Uganda, close the border and expel the "
     "Ugandan consul.", "2017-03-20",
     {ev("KEN", "1313", "UGA", THREAT)}),
    # background.told_earlier: "in the past" (no span) puts a past act before the news;
    # "in the past week" is news
    ("Nigerian soldiers have raided the militant camps in the past.", "2017-03-20",
     {ev("NGAMIL", "190", None, BG)}),
    ("Militants attacked Nigerian army bases in the past, the governor said.", "2017-03-20",
     {ev("NGAINS", "190", "NGAMIL", BG)}),
    ("Armed men have kidnapped Kenyan aid workers near the border in the past.", "2017-03-20",
     {ev("KENUAF", "181", "KENNGO", BG)}),
    # background.dated_before (_bare_month_before): a month named alone is its latest turn
    # up to publication; over a month old, background
    ("In January, Chile expelled two Bolivian diplomats.", "2017-03-20",
     {ev("CHL", "161", "BOLGOV", BG)}),
    ("In March, Chile expelled two Bolivian diplomats.", "2017-03-20",
     {ev("CHL", "161", "BOLGOV")}),
    ("In November, when Peru threatened to expel the Chilean envoy, Chile protested.",
     "2017-03-20",
     {ev("PER", "1313", "CHLGOV", BG), ev("CHL", "114", None, BG)}),
    # ... and a full date on the report of a past act dates the act too
    ("On 3 December 2016, the ministry said that Peru and Chile had signed an accord on "
     "fishing.", "2017-03-20",
     {ev("PER", "057", "CHL", BG), ev("CHL", "057", "PER", BG)}),
    # background.report_dated_before: a plan announced over a month ago is old news
    ("Peru said in January that its president would visit Chile.", "2017-03-20",
     {ev("PERGOV", "036", "CHL", BG)}),
    ("Peru said on Monday that its president would visit Chile.", "2017-03-20",
     {ev("PERGOV", "036", "CHL", INTENT)}),
    ("The Kenyan army announced in December that it would deploy troops to Somalia.",
     "2017-03-20",
     {ev("KENMIL", "137", "SOM", BG)}),
    # background.told_earlier (_former_role): what someone did "as a candidate" is before
    # the office held in the news
    ("Ms Lopez, who as a candidate accused Venezuela of meddling, met the Venezuelan envoy "
     "on Friday.", "2017-03-20",
     {(None, "112", "VEN", *BG), (None, "040", "VENGOV", "asserted", "actual")}),
    # polarity.carrier_negated: a statement not issued carries no criticism or praise
    ("Uganda did not release a statement criticising the Kenyan police.", "2017-03-20",
     {ev("UGA", "111", "KENCOP", NEGATED)}),
    ("Egypt did not issue a statement praising the Libyan army.", "2017-03-20",
     {ev("EGY", "051", "LBYMIL", NEGATED)}),
    # background.named_pact: a pact named with capitals exists; naming it is no signing
    ("Ministers discussed the Comprehensive Trade Pact between Chile and Peru.", "2017-03-20",
     {(None, "057", "CHL", *BG), (None, "057", "PER", *BG)}),
    ("Talks focused on the Economic Partnership Agreement between Kenya and Japan.",
     "2017-03-20",
     {ev("KEN", "057", "JPN", BG), ev("JPN", "057", "KEN", BG)}),
    ("A treaty between Chile and Peru was signed on Friday.", "2017-03-20",
     {ev("CHL", "057", "PER"), ev("PER", "057", "CHL")}),
    # resolve._city_of_thing: a capital before a common noun that names no role or stance
    # says where the thing is from, not that the government acts
    ("A Lima restaurant sued the Chilean winemaker.", "2017-03-20",
     {ev("PER", "115", "CHL")}),
    ("A Nairobi bakery sued the Ugandan supplier.", "2017-03-20",
     {ev("KEN", "115", "UGABUS")}),
    ("The Lima police arrested the Chilean tourist.", "2017-03-20",
     {ev("PERCOP", "173", "CHLCVL")}),
    # resolve._title_of: the leader or commander of an armed group is the group's
    ("Al-Shabaab leader Ahmed Umar condemned the Kenyan airstrike.", "2017-03-20",
     {ev("SOMINS", "111", "KEN")}),
    ("Boko Haram commander Abu Musab condemned the Nigerian airstrike.", "2017-03-20",
     {ev("NGAINS", "111", "NGA")}),
    ("Hezbollah leader Hassan Nasrallah praised the Syrian army.", "2017-03-20",
     {ev("LBNINS", "051", "SYRMIL")}),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_fresh_article_background(engine, text, published, expected):
    assert coded_with_flags(engine, text, published=published) == expected
