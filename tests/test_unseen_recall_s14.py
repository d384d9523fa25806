"""Recall on news nobody tuned for (session 14): general mechanisms for constructions
that lose events on unseen text. Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written
for these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

CASES = [
    # syntax.charges_read_as_speakers (parse.charge-denied): "X accused Y of ..., a charge
    # Z denied" that the parser read as Z denying the accusation as its reported content:
    # the accusation is the sentence's act, by its own subject
    ("Peru accused Bolivia on Tuesday of sheltering the fugitives, a charge La Paz denied.",
     {ev("PER", "112", "BOL")}),
    ("Mali's junta accused Algeria on Sunday of backing the rebels, a charge Algiers has "
     "denied.", {ev("MLIGOV", "112", "DZA")}),
    ("Nicaragua accused Honduras on Monday of harbouring Contra rebels, a charge "
     "Tegucigalpa has repeatedly denied.", {ev("NIC", "112", "HND")}),
    ("Thailand accused Cambodia on Monday of laying new mines, allegations Phnom Penh has "
     "denied.", {ev("THA", "112", "KHM")}),
    # ... and the parse that had it right stays as it was
    ("Iran accused Iraq on Sunday of using chemical weapons, a claim Baghdad dismissed.",
     {ev("IRN", "112", "IRQ")}),
    # 13.give-deadline, syntax.time_limit_clauses (parse.time-limit): a time limit given
    # someone to act is an ultimatum (139) to them; what it demands is not done ...
    ("Ethiopia gave Eritrea 48 hours to withdraw its troops from the disputed area.",
     {ev("ETH", "139", "ERI", THREAT)}),
    ("Turkey gave Sweden a deadline to extradite the suspects.",
     {ev("TUR", "139", "SWE", THREAT)}),
    ("The Nigerian army gave the rebels 24 hours to surrender.",
     {ev("NGAMIL", "139", "NGAREB", THREAT)}),
    # ... nor what a final warning demands (syntax.DEMAND_NOUNS)
    ("The United States gave Serbia a final warning to halt its offensive in Kosovo.",
     {ev("USA", "139", "SRB", THREAT)}),
    # ... and a participle that spells out another act codes nothing of its own (finite)
    ("Chad expelled the Sudanese envoy on Friday, giving her two days to pack up and go "
     "home.", {ev("TCD", "161", "SDNGOV")}),
    ("Belarus issued an ultimatum to Lithuania, giving Vilnius five days to release the "
     "prisoners.", {ev("BLR", "139", "LTU", THREAT)}),
    # 19.drive-out-fighters (lexicon key with_prep): armed men driven, pushed or chased
    # out of a place, or from it, are fought (190), not expelled (201, 166); the place
    # is where, not whom
    ("Iraqi troops drove Kurdish rebels out of the town.", {ev("IRQMIL", "190", "IRQREB")}),
    ("Ethiopian troops pushed Eritrean forces out of the disputed town.",
     {ev("ETHMIL", "190", "ERIMIL")}),
    ("The Nigerian army chased Boko Haram fighters out of Damboa.",
     {ev("NGAMIL", "190", "NGAINS")}),
    ("Syrian troops pushed the rebels out of Aleppo.", {ev("SYRMIL", "190", "SYRREB")}),
    # ... not residents driven out, nor tanks driven into a city
    ("Azerbaijani forces drove out Armenian residents.", {ev("AZEMIL", "201", "ARMCVL")}),
    ("Iraqi troops drove the tanks into the city.", set()),
    # 11.attack-in-words (class speakers): a minister, leader, ministry or newspaper who
    # attacks someone criticises them (111); troops who attack use force (190)
    ("Iraq's foreign minister attacked Saudi Arabia for allowing US troops on its soil.",
     {ev("IRQGOV", "111", "SAU")}),
    ("Iran's state newspaper attacked the British government over the visa ban.",
     {ev("IRNMED", "111", "GBRGOV")}),
    ("Opposition leaders in Kenya attacked the government for its handling of the drought.",
     {ev("KENOPP", "111", "KENGOV")}),
    ("The Egyptian foreign ministry assailed Israel's decision to build more settlements.",
     {ev("EGYGOV", "111", "ISR")}),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", {ev("RUSMIL", "190", "UKR")}),
    # control.lemma_aliases let -> allow: letting someone in, out or do something is
    # allowing it (08), an intent when agreed to
    ("Iraq has agreed to let United Nations inspectors resume their work, Iraqi officials "
     "said on Sunday.", {ev("IRQ", "035", "IGOUNO", INTENT)}),
    ("Israel let Egyptian troops enter the Sinai.", {ev("ISR", "080", "EGYMIL")}),
    ("Turkey let Syrian refugees cross the border on Monday.", {ev("TUR", "080", "SYRREF")}),
    # control.lemma_aliases: rarer verbs of wire copy take the patterns of the commoner
    # verb of the same sense
    ("Russian jets blitzed rebel-held towns in Chechnya.", {ev("RUSMIL", "194", "RUSREB")}),
    ("Israeli artillery pummelled Hezbollah positions in southern Lebanon.",
     {ev("ISRMIL", "190", "LBNINS")}),
    ("Chinese police grilled two Japanese journalists for hours.",
     {ev("CHNCOP", "091", "JPNMED")}),
    ("A Zambian court remanded two Congolese rebels in custody.",
     {ev("ZMBJUD", "173", "CODREB")}),
    ("The French president championed Morocco's autonomy plan for Western Sahara.",
     {ev("FRAGOV", "051", "MAR")}),
    ("Japan loaned Indonesia $2 billion.", {ev("JPN", "071", "IDN")}),
    ("The United States furnished weapons to the Afghan rebels.",
     {ev("USA", "072", "AFGREB")}),
    # phrasal verbs of wire copy: aircraft brought down are shot down, supplies shut off
    # are cut off, an attack pushed or beaten back is repelled, a sentence handed down or
    # passed on someone sentences them
    ("Pakistani jets brought down an Indian helicopter.", {ev("PAKMIL", "190", "INDMIL")}),
    ("Russia shut off gas supplies to Ukraine.", {ev("RUS", "163", "UKR")}),
    ("Ukrainian troops beat back a Russian assault on Bakhmut.",
     {ev("UKRMIL", "190", "RUS")}),
    ("An Egyptian court passed death sentences on 12 Islamist militants.",
     {ev("EGYJUD", "173", "EGYINS")}),
    ("The opposition brought down the government.", set()),
    # 19.come-under-fire (reverse): those whom a side's fire or attack comes under are
    # its targets
    ("Peruvian soldiers came under fire from Shining Path guerrillas.",
     {ev("PERREB", "190", "PERMIL")}),
    ("A UN convoy came under attack from Somali militiamen near Mogadishu.",
     {ev("SOMREB", "190", "IGOUNO")}),
    ("Israeli troops came under heavy fire from Hezbollah guerrillas on Sunday.",
     {ev("LBNINS", "190", "ISRMIL")}),
    ("The Indian prime minister came under pressure from Pakistan.", set()),
    # 08.set-free: captives set free are freed
    ("Ugandan rebels set free 40 hostages.", {ev("UGAREB", "0841", "UGACVL")}),
    ("Colombian rebels set three Spanish hostages free on Monday.",
     {ev("COLREB", "0841", "ESPCVL")}),
    ("The Cuban government set free 12 political prisoners.", {ev("CUBGOV", "0841", "CUBCRM")}),
    # 11.call-in-envoy, 11.lash-back: an envoy called in is summoned; lashing back at
    # someone criticises them
    ("The Turkish foreign ministry called in the Greek ambassador.",
     {ev("TURGOV", "114", "GRCGOV")}),
    ("Poland called in the Russian envoy on Monday over the remarks.",
     {ev("POL", "114", "RUSGOV")}),
    ("Iran lashed back at the United States over the sanctions.", {ev("IRN", "111", "USA")}),
    # syntax.appeal_complements (parse.appeal-for): pushing or pressing "for X to act",
    # or pleading "with X to act", asks X to act, as "urged X to act" does
    ("Britain is pushing hard for France to back its plan.", {ev("GBR", "102", "FRA")}),
    ("Chile pressed for Peru to withdraw its troops.", {ev("CHL", "1056", "PER")}),
    ("Lebanon pleaded with Washington to stop the Israeli offensive.",
     {ev("LBN", "0256", "USAGOV")}),
    ("The Afghan president pleaded with Pakistan to close the militant camps.",
     {ev("AFGGOV", "020", "PAK")}),
    ("Egypt worked with Sudan to end the crisis.",
     {ev("EGY", "050", "SDN"), ev("SDN", "050", "EGY")}),
    # syntax.mandated: a bare subjunctive after "insisted that" says what must be done:
    # a demand (100) on the clause's subject, as "must" would; a statement of fact is none
    ("The Zambian government insisted that Zimbabwe pay its debts.",
     {ev("ZMBGOV", "100", "ZWE")}),
    ("Kenya insisted that Uganda withdraw its troops from the island.",
     {ev("KEN", "100", "UGA")}),
    ("Peru insisted that Chile return the territory.", {ev("PER", "100", "CHL")}),
    ("Ghana insisted that Togo had armed the rebels.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall_s14(engine, text, expected):
    assert coded_with_flags(engine, text) == expected

