"""Recall on news nobody tuned for (issue 11 item 2): one general mechanism per class of
missed construction -- a word class of verbs or nouns shared by one pattern, instead of
one object list per verb. Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written for
these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, coded_with_flags, ev

HYPO = ("asserted", "hypothetical")

CASES = [
    # 14.start-labour-strike: any verb of beginning or keeping up (@start_verbs) with any
    # work stoppage or boycott (@labour_strikes), when workers, crowds or dissenters do it
    ("Zambian miners began an indefinite strike over unpaid wages.",
     {ev("ZMBLAB", "143", "ZMB")}),
    ("Nurses in Kenya resumed their walkout on Thursday.", {ev("KENHLH", "143", "KEN")}),
    # (arguments._targets: whom an act named by the object is "against" is the target)
    ("Argentine truckers mounted a nationwide strike against the government.",
     {ev("ARGLAB", "143", "ARGGOV")}),
    ("Nepalese shopkeepers began a general strike against the government on Sunday.",
     {ev("NPLCVL", "143", "NPLGOV")}),
    # ... an army's strike stays an attack
    ("Israeli jets launched strikes on Hamas positions on Tuesday.",
     {ev("ISRMIL", "195", "PSEINS")}),
    # 14.begin-any-hunger-strike: a fast begun by any verb of beginning
    ("Jailed Bahraini activists launched a hunger strike.", {ev("BHRCVL", "142", "BHR")}),
    ("Detainees at a Cameroonian prison declared a hunger strike on Friday.",
     {ev("CMRCRM", "142", "CMR")}),
    # 08.end-own-protest: any verb of ending or putting off (@end_verbs) one's own protest
    # (@protest_actions)
    ("Peruvian truckers abandoned their nationwide strike.", {ev("PERLAB", "082", "PER")}),
    ("Moroccan teachers halted their boycott of exams.", {ev("MAREDU", "082", "MAR")}),
    # ... police who halt a march do not stand down a protest of theirs
    ("Police halted the march in Harare.", set()),
    # 07.send-relief-goods: any verb of sending or handing (@relief_verbs) with any relief
    # goods (@relief_goods), to someone
    ("Norway trucked tents and blankets to flood victims in Bangladesh.",
     {ev("NOR", "073", "BGDCVL")}),
    ("Senegal has sent 500 tonnes of rice to drought-stricken Gambia.",
     {ev("SEN", "073", "GMB")}),
    ("Japan donated 2,000 tonnes of maize to Malawi.", {ev("JPN", "073", "MWI")}),
    ("The Red Cross distributed flour and cooking oil to displaced families in Yemen.",
     {ev("NGOICRC", "073", "YEMCVL")}),
    # ... goods shipped in trade are no aid
    ("Thailand shipped rice to China under a new trade deal.", set()),
    # 19.close-border: any verb of closing (@close_verbs) a frontier with a neighbour
    ("Pakistan sealed its border with Afghanistan after the attack.",
     {ev("PAK", "191", "AFG")}),
    ("Turkey closed its border crossings with Iran on Monday.", {ev("TUR", "191", "IRN")}),
    ("Chad sealed its frontier with Sudan.", {ev("TCD", "191", "SDN")}),
    # arguments._investigated: who did what an inquiry looks into is its target (the
    # "by" phrase or participle agent of what is looked into, or its owner)
    ("The International Criminal Court opened an investigation into war crimes committed "
     "by Russian forces in Ukraine.", {ev("IGOICC", "090", "RUSMIL")}),
    ("Kenyan police began an inquiry into killings blamed on Somali militants.",
     {ev("KENCOP", "090", "SOMINS")}),
    ("The ICC launched an investigation into Venezuela's treatment of protesters.",
     {ev("IGOICC", "090", "VEN")}),
    ("Brazilian prosecutors are investigating bribes paid by a Chinese mining company.",
     {ev("BRAJUD", "091", "CHNBUS")}),
    # ... a place where the looked-into act happened is no target
    ("Swiss prosecutors opened a criminal investigation into money laundering in Geneva.",
     {ev("CHEJUD", "090", None)}),
    # verb defaults: the verb's generic code when none of its object patterns fires, only
    # with a target named (03.agree-default, 10.press-default); and a class of things asked
    # for (02.seek-sought-things)
    ("Chile and Peru agreed on a new border line.",
     {ev("CHL", "030", "PER", INTENT), ev("PER", "030", "CHL", INTENT)}),
    ("Greece and Turkey failed to agree on the fate of the island.",
     {ev("GRC", "120", "TUR"), ev("TUR", "120", "GRC")}),
    ("Thai and Cambodian officials agreed on Monday that their armies should pull back "
     "from the temple.",
     {ev("THAGOV", "030", "KHMGOV", INTENT), ev("KHMGOV", "030", "THAGOV", INTENT)}),
    ("Economists agree that inflation will rise next year.", set()),
    ("France pressed Lebanon over the formation of a new government.",
     {ev("FRA", "100", "LBN")}),
    ("The Dutch foreign minister pressed Suriname on the fate of the missing reporters.",
     {ev("NLDGOV", "100", "SUR")}),
    ("Prosecutors pressed charges against the Peruvian mayor.", set()),
    ("Greek police pressed the crowd back from the embassy.", set()),
    ("Kenya sought guarantees from Somalia on border security.", {ev("KEN", "020", "SOM")}),
    ("Bulgaria asked Romania for assurances about the bridge.", {ev("BGR", "020", "ROU")}),
    ("Estonia sought compensation from Russia for the damaged ferry.",
     {ev("EST", "020", "RUS")}),
    ("The Chilean president sought re-election in November.", set()),
    # common verbs of political news that had no pattern: 11.allege (the actor of the
    # clause alleged is accused; the alleged act itself is only reported), 17.evict
    ("Human Rights Watch alleged that Sudanese troops burned villages in Darfur.",
     {ev("NGOHRW", "112", "SDNMIL"), ev("SDNMIL", "1712", "SDN", HYPO)}),
    ("Uganda alleged that Rwanda was arming rebels in eastern Congo.",
     {ev("UGA", "112", "RWA"), ev("RWA", "072", "CODREB", HYPO)}),
    ("Critics alleged fraud in the vote.", set()),
    ("Zimbabwean police evicted white farmers from their land.",
     {ev("ZWECOP", "170", "ZWEAGR")}),
    ("Israeli authorities evicted a Palestinian family from its home in Jerusalem.",
     {ev("ISRGOV", "170", "PSECVL")}),
    ("The landlord evicted the tenants.", set()),
    # 15.send-police-units / 15.send-combat-forces: any verb of sending (@deploy_verbs)
    # police units or combat forces "to" somewhere; peacekeepers stay protection given
    ("The Bolivian government ordered troops to the border with Chile.",
     {ev("BOLGOV", "154", "CHL")}),
    ("Russia flew bombers to Venezuela.", {ev("RUS", "154", "VEN")}),
    ("Italy offered to send soldiers to Lebanon.", {ev("ITA", "030", "LBN", INTENT)}),
    ("The Bolivian government moved riot police to the mining town of Potosi.",
     {ev("BOLGOV", "153", None)}),
    ("Ghana dispatched peacekeeping troops to Mali.", {ev("GHA", "074", "MLI")}),
    # ... an order to withdraw is no deployment, a company's staff are no force
    ("The Malian president ordered troops to withdraw from the north.",
     {ev("MLIGOV", "100", None)}),
    ("The company moved its staff to Dubai.", set()),
    # 12.decline-default / 08.approve-default: declining or approving what someone offers or
    # asks, with a target named; a control use with no target found is left to the control
    # table (coder._default_of_control)
    ("Zambia declined Zimbabwe's offer of help.", {ev("ZMB", "120", "ZWE")}),
    ("Belgium refused the Congolese ambassador's credentials.", {ev("BEL", "120", "CODGOV")}),
    ("Jordan approved the Iraqi request for transit rights.", {ev("JOR", "080", "IRQ")}),
    ("The Chilean parliament approved the budget.", set()),
    ("The US Senate approved the nomination of the new ambassador to Mexico.", set()),
    ("Exports to Russia declined sharply in May.", set()),
    ("The Peruvian minister declined to comment.", {ev("PERGOV", "011", None)}),
    ("The Serbian president refused to meet the Kosovar leader.",
     {ev("SRBGOV", "125", "XKXGOV")}),
    ("The Greek government refused to contribute to the Saudi-led operation in Yemen.",
     {ev("GRCGOV", "120", "SAU")}),
    ("Portugal declined to take part in the French-led mission in Mali.",
     {ev("PRT", "120", None)}),
    # coder._noun_sides: an event noun's target phrase hung on its "by" phrase
    ("A visit by the Indian prime minister to Nepal began on Monday.",
     {ev("INDGOV", "042", "NPL")}),
    ("The criticism by Brazil of the Venezuelan elections angered Caracas.",
     {ev("BRA", "111", "VEN")}),
    ("A raid by Israeli troops on a Palestinian town left three dead.",
     {ev("ISRMIL", "190", "PSE")}),
    # countries.tsv: peoples living wholly or mostly in one state are coded as that state
    ("Egyptian police arrested 20 Coptic protesters in Cairo.",
     {ev("EGYCOP", "173", "EGYCVL")}),
    ("Rhodesian troops raided guerrilla camps in Mozambique.",
     {ev("ZWEMIL", "190", "MOZREB")}),
    ("Ingush activists protested against the Russian government.",
     {ev("RUSCVL", "140", "RUSGOV")}),
    # 03.offer-default: offering, pledging or promising someone what no pattern names
    ("Qatar offered Lebanon a deal on fuel supplies.", {ev("QAT", "030", "LBN", INTENT)}),
    ("Norway pledged a new partnership to Mozambique.", {ev("NOR", "030", "MOZ", INTENT)}),
    ("The mayor promised voters lower taxes.", set()),
    ("Iran offered to mediate between Armenia and Azerbaijan.",
     {ev("IRN", "039", "ARM", INTENT), ev("IRN", "039", "AZE", INTENT)}),
    # coder._sides: aid given or cut in another country's place, to no one named, is given
    # to or cut from that country (not one's own)
    ("Red Cross officials suspended aid deliveries in Mogadishu.",
     {ev("NGOICRC", "1623", "SOM")}),
    ("Japan delivered food aid in Gaza on Monday.", {ev("JPN", "073", "PSE")}),
    ("The Kenyan government suspended aid deliveries in Nairobi.",
     {ev("KENGOV", "1623", None)}),
    # 06.hold-joint-drills: joint drills held, staged or begun by any verb of holding are
    # the sides' military cooperation
    ("Egyptian and Greek warships staged joint naval drills in the Mediterranean.",
     {ev("EGYMIL", "062", "GRCMIL"), ev("GRCMIL", "062", "EGYMIL")}),
    ("Japan and the United States began joint military exercises on Okinawa.",
     {ev("JPN", "062", "USA"), ev("USA", "062", "JPN")}),
    ("Russia and China held joint naval exercises.",
     {ev("RUS", "062", "CHN"), ev("CHN", "062", "RUS")}),
    # 17.put-under-arrest: putting or keeping someone under house arrest or in detention
    ("Myanmar's junta put the opposition leader under house arrest.",
     {ev("MMRGOV", "173", "MMROPP")}),
    ("Bahraini police kept three activists in detention for a week.",
     {ev("BHRCOP", "173", "BHRCVL")}),
    ("The Algerian army placed the opposition leader under house arrest.",
     {ev("DZAMIL", "173", "DZAOPP")}),
    # arguments.MEMBER_HEADS: people named as part of a non-state body act for it
    ("Leaders of the opposition coalition agreed to postpone their rally in Harare.",
     {ev("ZWEOPP", "0352", "ZWE", INTENT)}),
    ("Members of the ruling party in Lusaka demanded the resignation of the finance minister.",
     {ev("ZMBPTY", "1041", "ZMBGOV")}),
    ("Fighters of the Free Syrian Army attacked a government checkpoint.",
     {ev("SYRREB", "190", "SYRGOV")}),
    # ... not a member of a state organ, who is a person (no complaint by parliament)
    ("A member of the Nepalese parliament began a hunger strike in Kathmandu.", set()),
    # coder._chain_recode: an attempt to kill an official is an attempted assassination
    ("Militants attempted to kill the Pakistani interior minister.",
     {ev("PAKINS", "185", "PAKGOV")}),
    ("Rebels tried to kill the Malian defence minister in Bamako.",
     {ev("MLIREB", "185", "MLIGOV")}),
    ("Militants killed the Pakistani interior minister.", {ev("PAKINS", "186", "PAKGOV")}),
    # 18.survive-assassination-attempt: the survivor is the target, the "by" phrase the doer
    ("The Guinean president survived an assassination attempt by Guinean soldiers.",
     {ev("GINMIL", "185", "GINGOV")}),
    ("The Chilean team survived the attempt to qualify.", set()),
    # 17.ban-party / dissolve / outlaw: any party, union or movement (@political_bodies)
    ("Polish authorities banned the Solidarity trade union.", {ev("POLGOV", "1722", "POLLAB")}),
    ("Belarus disbanded the independent journalists' association.",
     {ev("BLR", "1722", "BLRMED")}),
    ("A Thai court dissolved the opposition party.", {ev("THAJUD", "1722", "THAOPP")}),
    ("Kenya banned imports of Ugandan sugar.", {ev("KEN", "163", "UGA")}),
    # coder._default_of_control: a verb default on a control verb with a complement leaves it
    # to the control table ("against" someone is no partner of a promised act)
    ("Ghana and Togo agreed to cooperate closely against smugglers.",
     {ev("GHA", "032", "TGO", INTENT), ev("TGO", "032", "GHA", INTENT)}),
    # control.yaml appraisal/blame words, and coder._blamed through "appeared to be": a
    # speaker who calls an act unlawful, provocative or a case of cleansing criticises its doer
    ("Germany said Russia's annexation of Crimea was illegal.",
     {ev("DEU", "111", "RUS"), ev("RUS", "192", None)}),
    ("The Kenyan opposition declared that the president's decree was unconstitutional.",
     {ev("KENOPP", "111", "KENGOV")}),
    ("Japan said the Chinese drills near Taiwan were provocative.", {ev("JPN", "111", "CHN")}),
    ("The Bangladeshi foreign minister said Myanmar's crackdown in Rakhine appeared to be a "
     "clear case of ethnic cleansing.", {ev("BGDGOV", "111", "MMR")}),
    ("Germany said the Serbian offensive seemed to be an act of aggression against Kosovo.",
     {ev("DEU", "111", "SRB")}),
    ("Egypt said the weather was bad.", set()),
    # 02.ask-default: asking someone for what no pattern names is an appeal to them
    ("Chad asked Nigeria for an urgent reply.", {ev("TCD", "020", "NGA")}),
    ("The Bolivian president asked Chile for a corridor to the sea.",
     {ev("BOLGOV", "020", "CHL")}),
    ("Kenya asked Uganda to explain the incursion.", {ev("KEN", "020", "UGA")}),
    ("The Chilean minister asked questions of the Peruvian envoy.", set()),
    ("Analysts asked whether Brazil would recognise the Venezuelan government.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
