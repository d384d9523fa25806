"""Recall constructions (issue: events missed on unseen news). Each case asserts exactly
the events a sentence codes: (source code, CAMEO code, target code, polarity, modality).
All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

CASES = [
    # lexicon.infinitive_complement: an infinitive hung as an adverbial clause of a control
    # verb because a phrase of time stands between them is its complement all the same
    ("The Somali government vowed on Sunday to expel Kenyan diplomats.",
     {ev("SOMGOV", "131", "KENGOV", THREAT)}),
    ("Ghana pledged on Tuesday to lift its ban on Togolese imports.",
     {ev("GHA", "0351", "TGO", INTENT)}),
    ("Zambian teachers threatened last week to stage a national strike against the government.",
     {ev("ZMBEDU", "133", "ZMBGOV", THREAT)}),
    # ... but a purpose clause of an act is no complement
    ("Chad sent troops to the border to protect its refugees.",
     {ev("TCD", "074", "TCDREF")}),
    # 04.host-meeting-between: hosting any meeting between two others is mediation
    ("Kazakhstan hosted a meeting between Armenia and Azerbaijan.",
     {ev("KAZ", "045", "ARM"), ev("KAZ", "045", "AZE")}),
    ("Switzerland offered to host a summit between the Serbian and Kosovar leaders.",
     {ev("CHE", "039", "SRBGOV", INTENT), ev("CHE", "039", "XKXGOV", INTENT)}),
    ("The Jordanian king said he would be ready to host a conference between Israeli "
     "officials and the Palestinian Authority.",
     {ev("JORGOV", "039", "ISRGOV", INTENT), ev("JORGOV", "039", "PSEGOV", INTENT)}),
    # ... a summit hosted with no "between" is a hosted visit, no mediation
    ("Egypt hosted an Arab League summit in Cairo.", {ev("EGY", "043", "IGOARL")}),
    # 19.battle-with-noun / 19.battle-between-noun: fights named by a noun are mutual
    ("A firefight between Colombian troops and Colombian guerrillas lasted hours.",
     {ev("COLMIL", "190", "COLREB"), ev("COLREB", "190", "COLMIL")}),
    ("Four Colombian policemen died in fighting with FARC rebels.",
     {ev("COLCOP", "190", "COLREB"), ev("COLREB", "190", "COLCOP")}),
    # ... and a passive killing in a clash "with" an armed side is force both ways
    ("Ten Kenyan soldiers were killed in a clash with Somali troops near the border.",
     {ev("SOMMIL", "190", "KENMIL"), ev("KENMIL", "190", "SOMMIL")}),
    ("Two Turkish soldiers were killed in a firefight with Kurdish militants.",
     {ev("TURINS", "190", "TURMIL"), ev("TURMIL", "190", "TURINS")}),
    # ... but civilians killed in clashes did not fight
    ("Three civilians were killed in clashes with the Malian army.",
     {ev("MLIMIL", "190", "MLICVL")}),
    ("Indian troops clashed with Chinese troops.",
     {ev("INDMIL", "190", "CHNMIL"), ev("CHNMIL", "190", "INDMIL")}),
    # "on a visit to": the visit is the subject's
    ("The Chilean president signed a trade pact on a visit to Peru.",
     {ev("CHLGOV", "057", "PER"), ev("PER", "057", "CHLGOV"), ev("CHLGOV", "042", "PER")}),
    # syntax.INTENT_NOUN_VERBS: an intent expressed or announced is an intent
    ("Ecuador expressed its willingness to resume negotiations with Peru.",
     {ev("ECU", "036", "PER", INTENT)}),
    ("Chile announced plans to open an embassy in Bolivia.",
     {ev("CHL", "032", "BOL", INTENT)}),
    ("Laos voiced its readiness to restore diplomatic ties with Thailand.",
     {ev("LAO", "032", "THA", INTENT)}),
    # conventions: a cooperative act announced on a condition is an intent, as CAMEO codes
    # conditional offers (a hostile one stays a threat)
    ("Iran said it would resume talks with the United States if Washington lifted sanctions.",
     {ev("IRN", "036", "USA", INTENT)}),
    ("Sudanese rebel leaders said they would meet the African Union envoy if he guaranteed "
     "their safety.",
     {ev("SDNREB", "036", "IGOAU", INTENT)}),
    ("Syria said it would retaliate against Israel if attacked.",
     {ev("SYR", "138", "ISR", THREAT)}),
    # 14.crowd-damage / crowd-burn / crowd-set-fire: crowds wrecking property riot (145)
    ("Chilean rioters burned buses in Santiago.", {ev("CHLCVL", "145", "CHL")}),
    ("Iraqi protesters set fire to the Iranian consulate.", {ev("IRQCVL", "145", "IRNGOV")}),
    ("Angry mobs ransacked the offices of the Zambian ruling party.",
     {ev("ZMBCVL", "145", "ZMBPTY")}),
    # ... while settlers or soldiers doing it destroy property (1712) or loot (1711)
    ("Israeli settlers set fire to a Palestinian mosque.", {ev("ISRCVL", "1712", "PSEREL")}),
    ("Syrian troops looted the homes.", {ev("SYRMIL", "1711", "SYR")}),
    # 17.force-on-crowds: police or soldiers using force on a crowd repress it (175)
    ("Peruvian police shot protesters in Lima.", {ev("PERCOP", "175", "PERCVL")}),
    ("Sudanese security forces fired at protesters in Khartoum.",
     {ev("SDNMIL", "175", "SDNCVL")}),
    ("Bolivian police beat demonstrators in La Paz.",
     {ev("BOLCOP", "175", "BOLCVL")}),
    # ... but soldiers firing at rebels, or on a crowd across a front line, use military force
    ("Israeli soldiers opened fire on Palestinian demonstrators.",
     {ev("ISRMIL", "193", "PSECVL")}),
    ("Sudanese soldiers fired rockets at rebel positions.", {ev("SDNMIL", "194", "SDNREB")}),
    # coder._avowal: denying an act is a denial (016) by the denier, aimed at the act's
    # target, besides the negated act; acknowledging one is an admission (015)
    ("Brazil denied that it had attacked Paraguayan troops.",
     {ev("BRA", "190", "PRYMIL", ("negated", "actual")), ev("BRA", "016", "PRYMIL")}),
    ("Rwanda denied supporting the M23 rebels in Congo.",
     {ev("RWA", "050", "CODREB", ("negated", "actual")), ev("RWA", "016", "CODREB")}),
    ("The Ethiopian army acknowledged that it had mistakenly bombed a Somali village.",
     {ev("ETHMIL", "195", "SOM"), ev("ETHMIL", "015", "SOM")}),
    # ... but not denying it is no denial
    ("Nigeria did not deny that it had expelled Ghanaian traders.",
     {ev("NGA", "166", "GHABUS")}),
    # 03.agree-to-proposal: agreeing to (or on) a plan, proposal or terms is an intent (030)
    ("The Sudanese rebels agreed to an African Union peace plan.",
     {ev("SDNREB", "030", "IGOAU", INTENT)}),
    ("Chad consented to the terms of the Libyan mediator.", {ev("TCD", "030", "LBY", INTENT)}),
    ("Kenya and Tanzania agreed on a timetable for the border talks.",
     {ev("KEN", "030", "TZA", INTENT), ev("TZA", "030", "KEN", INTENT)}),
    # ... a truce agreed keeps its own code
    ("Bosnia and Croatia agreed to a ceasefire.",
     {ev("BIH", "0871", "HRV"), ev("HRV", "0871", "BIH")}),
    # 06.approve-arms-sale: approving or clearing an arms sale to a state sells it arms
    ("Germany approved an arms sale to Egypt.", {ev("DEU", "062", "EGY")}),
    ("Spain authorised weapons sales to Morocco.", {ev("ESP", "062", "MAR")}),
    # ... also a sale "of" weapons (classes.measures: what a sale is of)
    ("The State Department cleared a potential sale of F-16 jets to Turkey.",
     {ev("USAGOV", "062", "TUR")}),
    ("France halted the sale of weapons to Saudi Arabia.", {ev("FRA", "1622", "SAU")}),
    # 08.disengage: pulling forces apart is de-escalation (087); agreed to, an intent
    ("The Indian army disengaged from Chinese positions.", {ev("INDMIL", "087", "CHN")}),
    ("India and China agreed to disengage troops along their disputed border.",
     {ev("IND", "0356", "CHN", INTENT), ev("CHN", "0356", "IND", INTENT)}),
    # 13.take-revenge: seeking or vowing to take revenge is a threat of force
    ("The Pakistani Taliban sought revenge on the Pakistani army.",
     {ev("PAKINS", "138", "PAKMIL", THREAT)}),
    ("Hezbollah vowed to take revenge on Israel.", {ev("LBNINS", "130", "ISR", THREAT)}),
    ("The Kurdish militants swore to take vengeance on the Turkish army.",
     {ev("TURINS", "130", "TURMIL", THREAT)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_recall_constructions(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
