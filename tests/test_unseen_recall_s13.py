"""Recall on news nobody tuned for (session 13): general mechanisms for constructions
that lose events on unseen text. Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written
for these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

CASES = [
    # syntax.verbs_read_as_modifiers: a verb in the simple past that the parser read as a
    # participle modifying its object, behind a long subject (an appositive "expelled
    # envoys" of the subject, which is left as the sentence's root) ...
    ("Peru, whose ties with the region have soured, imposed sanctions on Belarus.",
     {ev("PER", "163", "BLR")}),
    ("Finland, whose relations with the region have soured, imposed sanctions on Belarus.",
     {ev("FIN", "163", "BLR")}),
    ("Mexico, which has long been at odds with its neighbour, condemned Paraguay on Tuesday.",
     {ev("MEX", "111", "PRY")}),
    # ... or left as an adverbial of the speech verb after it ...
    ("Brazil on Monday condemned Paraguay, officials said.", {ev("BRA", "111", "PRY")}),
    ("Austria on Monday expelled two Libyan diplomats, officials said.",
     {ev("AUT", "161", "LBYGOV")}),
    ("Cuba on Monday criticised Ecuador, officials said.", {ev("CUB", "111", "ECU")}),
    # ... or after "and", as a second object of the verb before ("met X and condemned Y")
    ("Ghana met the Swiss envoy and condemned Paraguay.",
     {ev("GHA", "040", "CHEGOV"), ev("CHEGOV", "040", "GHA"), ev("GHA", "111", "PRY")}),
    ("Nepal met the Swiss envoy and condemned Paraguay.",
     {ev("NPL", "040", "CHEGOV"), ev("CHEGOV", "040", "NPL"), ev("NPL", "111", "PRY")}),
    ("Jordan met the Swiss envoy and expelled two Libyan diplomats.",
     {ev("JOR", "040", "CHEGOV"), ev("CHEGOV", "040", "JOR"), ev("JOR", "161", "LBYGOV")}),
    # ... but a participle of a phrase stays one: after an article, or on an unnamed,
    # uncounted noun after "and" ("displaced families" may be a second group met)
    ("Kenyan officials met Sudanese refugees and displaced Ethiopian families in Gedaref.",
     {ev("KENGOV", "040", "SDNREF"), ev("SDNREF", "040", "KENGOV"),
      ev("KENGOV", "040", "ETHCVL"), ev("ETHCVL", "040", "KENGOV")}),
    ("The detained activists were freed by Chile.", {ev("CHL", "0841", "CHLCVL")}),
    # ... and one hung after a comma on the object of an inserted participle the parser
    # took for the sentence's verb ("X, citing ..., condemned Y")
    ("Kenya, citing security concerns, condemned Uganda.", {ev("KEN", "111", "UGA")}),
    ("Nairobi, citing security concerns, condemned Uganda.", {ev("KENGOV", "111", "UGA")}),
    ("The Kenyan foreign ministry, citing security concerns, condemned Uganda.",
     {ev("KENGOV", "111", "UGA")}),
    ("Officials, citing security concerns, said the talks were postponed.", set()),
    # ... and names of a subject the parser joined to a fronted phrase ("Earlier on
    # Monday, A, B and C condemned X": conjuncts of "Monday")
    ("Earlier on Monday, Kenya, Tanzania and Rwanda condemned Uganda.",
     {ev("KEN", "111", "UGA"), ev("TZA", "111", "UGA"), ev("RWA", "111", "UGA")}),
    ("Angered by the raids, Kenya, Tanzania and Rwanda expelled two Ugandan diplomats.",
     {ev("KEN", "161", "UGAGOV"), ev("TZA", "161", "UGAGOV"), ev("RWA", "161", "UGAGOV")}),
    ("Earlier on Monday, Chile, Peru and Bolivia signed a trade pact.",
     {ev(a, "057", b) for a in ("CHL", "PER", "BOL") for b in ("CHL", "PER", "BOL")
      if a != b}),
    ("After talks in Nairobi, Kenya condemned Uganda.", {ev("KEN", "111", "UGA")}),
    # syntax.AMOUNTS, CURRENCIES: a sum counted in millions or billions of a currency is
    # money given, lent or offered (an object entry "million" matches it), whatever the
    # currency; and giving or contributing it "to" someone aims it at them
    ("Britain provided 5 million pounds to Sierra Leone.", {ev("GBR", "071", "SLE")}),
    ("Japan granted 30 billion yen to Indonesia.", {ev("JPN", "071", "IDN")}),
    ("France offered 20 million francs to Chad.", {ev("FRA", "0331", "TCD", INTENT)}),
    ("Germany gave 10 million euros to Bosnia.", {ev("DEU", "071", "BIH")}),
    ("Norway contributed $20 million to the Palestinian Authority.",
     {ev("NOR", "071", "PSEGOV")}),
    # ... not a count of people
    ("Portugal provided two million tourists with visas.", set()),
    # events.aimed_by_purpose: an act with no target whose purpose clause of the same
    # root names one ("to help rebuild schools in Haiti") is aimed at it; the purpose,
    # not done itself, is no second event and does not take the act's place
    ("Canada donated 20 million dollars to help rebuild schools in Haiti.",
     {ev("CAN", "070", "HTIEDU")}),
    ("Austria donated 6 million euros to help rebuild churches in Armenia.",
     {ev("AUT", "070", "ARMREL")}),
    ("Belgium donated 2 million euros to help rebuild homes in Lebanon.",
     {ev("BEL", "070", "LBN")}),
    ("Italy sent 40 tonnes of food to help feed villagers in Niger.",
     {ev("ITA", "073", "NERCVL")}),
    # syntax.CONTROL_NOUNS: an owned refusal to act, told as news, refuses the act as the
    # verb "refuse" does ...
    ("Ghana's refusal to hand over the suspects angered Togo.",
     {ev("GHA", "121", "GHACRM")}),
    ("Zambia's refusal to extradite the former minister angered Angola.",
     {ev("ZMB", "121", None)}),
    ("Hungary's refusal to extradite the Serbian general angered Belgrade.",
     {ev("HUN", "121", "SRBMIL")}),
    # ... not one only referred to
    ("Togo condemned Ghana's refusal to hand over the suspects.", {ev("TGO", "111", "GHA")}),
    # arguments._noun_owner: a decision or move "by" someone to act is theirs
    ("The decision by Tanzania to close its border with Burundi drew criticism.",
     {ev("TZA", "191", "BDI")}),
    ("The move by Egypt to expel the Sudanese ambassador surprised diplomats.",
     {ev("EGY", "161", "SDNGOV")}),
    ("A decision by Peru to recall its ambassador from Bolivia angered La Paz.",
     {ev("PER", "161", "BOL")}),
    # syntax.RAISING_PASSIVES: the subject of "was reported / is said / is believed to
    # have ..." does the act of the infinitive
    ("Malaysia was reported to have expelled two Indonesian diplomats.",
     {ev("MYS", "161", "IDNGOV")}),
    ("Ethiopian troops are believed to have shelled Eritrean positions near Badme.",
     {ev("ETHMIL", "194", "ERI")}),
    ("Syria is said to have supplied weapons to Hezbollah.", {ev("SYR", "072", "LBNINS")}),
    # classes.warn_verbs: hinting at a measure holds it out as warning of it does
    ("Beijing hinted at economic sanctions against Manila over the fishing dispute.",
     {ev("CHNGOV", "1312", "PHLGOV", THREAT)}),
    ("Ankara hinted at military action against Kurdish rebels in northern Iraq.",
     {ev("TURGOV", "138", "IRQREB", THREAT)}),
    ("Russia hinted at an embargo on Georgian wine.", {ev("RUS", "1312", "GEO", THREAT)}),
    ("The minister hinted at a cabinet reshuffle.", set()),
    # 19.use-force: using force against someone is military force (a threat when vowed)
    ("Ecuador said it would use force against Peru.", {ev("ECU", "138", "PER", THREAT)}),
    ("The Burmese army used force against Karen villages.", {ev("MMRMIL", "190", None)}),
    ("Syrian security forces used lethal force against demonstrators in Deraa.",
     {ev("SYRMIL", "190", "SYRCVL")}),
    # nouns._people_protest: a protest told as news with no holder named is held by the
    # people of the place it happens in, against their state ...
    ("Protests erupted in Tehran on Sunday after the election result was announced.",
     {ev("IRNCVL", "140", "IRN")}),
    ("Riots broke out in the Algerian capital after bread prices rose.",
     {ev("DZACVL", "145", "DZA")}),
    ("Demonstrations took place in several Moroccan cities.", {ev("MARCVL", "141", "MAR")}),
    # ... and one whose holders are named is theirs
    ("A hunger strike by 40 Kurdish prisoners entered its second month in Turkey.",
     {ev("TURCRM", "142", "TUR")}),
    # ... but not one only expected, or one no place is given for
    ("Protests are expected in Tehran next week.", set()),
    ("Protests have been banned.", set()),
    ("Protests over the referee's decision delayed the game in Madrid.", set()),
    ("In early March, Chile closed its consulate in Lima.",
     {ev("CHL", "161", "PERGOV", ("asserted", "background"))}),
    # ... and an act no pattern codes, done "in protest", is its doer's protest
    ("Bangladeshi textile workers stayed home in protest against low wages.",
     {ev("BGDLAB", "140", "BGD")}),
    ("Greek farmers parked their tractors on the highway in protest.",
     {ev("GRCAGR", "140", "GRC")}),
    ("Chilean students burned tyres in a protest against education reform.",
     {ev("CHLEDU", "140", "CHL")}),
    ("The Kenyan opposition walked out of parliament in protest.",
     {ev("KENOPP", "143", "KENLEG")}),
    # 14.chant-slogans, 14.sign-petition: slogans chanted and petitions signed or gathered
    # against someone are dissent (140)
    ("Nepalese students chanted slogans against the king in Pokhara.",
     {ev("NPLEDU", "140", "NPLGOV")}),
    ("Thousands of Slovak villagers signed a petition against the new highway.",
     {ev("SVKCVL", "140", "SVK")}),
    ("Hungarian farmers collected signatures against the land law.",
     {ev("HUNAGR", "140", "HUN")}),
    # syntax.co_actors: a named partner joined to the subject by "along with", "together
    # with", or after the act by "as did", does the act too
    ("Kenya, along with Tanzania, condemned Uganda.",
     {ev("KEN", "111", "UGA"), ev("TZA", "111", "UGA")}),
    ("Kenya, together with Tanzanian officials, condemned Uganda.",
     {ev("KEN", "111", "UGA"), ev("TZAGOV", "111", "UGA")}),
    ("Kenya condemned Uganda, as did Tanzania.",
     {ev("KEN", "111", "UGA"), ev("TZA", "111", "UGA")}),
    ("Kenya, along with its neighbours, condemned Uganda.", {ev("KEN", "111", "UGA")}),
    # syntax.shared_object: a verb joined by "and" to a later one with an object acts on
    # that object too (or its owner)
    ("Kenya condemned and rejected the Ugandan proposal.",
     {ev("KEN", "111", "UGA"), ev("KEN", "127", "UGA")}),
    ("Peru criticised and then expelled the Bolivian ambassador.",
     {ev("PER", "111", "BOLGOV"), ev("PER", "161", "BOLGOV")}),
    ("Chile condemned and denounced Argentina.", {ev("CHL", "111", "ARG")}),
    # syntax.reduced_passive_subject: a passive relative clause ("who were abducted by")
    # acts on the noun it modifies, not on the relative pronoun
    ("The two journalists, who were abducted by Colombian guerrillas, were released.",
     {ev("COLREB", "181", "COLMED")}),
    ("The Kenyan fishermen who were detained by Ugandan police returned home.",
     {ev("UGACOP", "173", "KENAGR")}),
    ("The ambassador, who was expelled by Venezuela, arrived in Bogota.",
     {ev("VEN", "166", "COLGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall_s13(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
