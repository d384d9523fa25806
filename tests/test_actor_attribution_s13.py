"""Actor attribution (issue 11, session 13): events whose category is right but whose
source or target was not. Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written for
these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

# arguments._doers_by: an act objected to, rejected or protested is aimed at whoever did
# it (its "by" phrase), not at whom it was done to (its "of" phrase); the parser may hang
# the "by" phrase on the noun, on the victim or on the active verb.
DOER_CASES = [
    ("Mexico criticised the deportation of Mexican workers by the United States.",
     {ev("MEX", "111", "USA"), ev("USA", "174", "MEXLAB")}),
    ("Vietnam denounced the sinking of a Vietnamese fishing boat by a Chinese vessel.",
     {ev("VNM", "111", "CHN")}),
    ("Thai students rallied against the detention of Thai activists by Cambodian police.",
     {ev("THAEDU", "141", "KHMCOP"), ev("KHMCOP", "173", "THACVL")}),
    ("Chile protested the capture of Chilean fishermen by the Argentine coast guard.",
     {ev("CHL", "114", "ARGMIL")}),
    # with no "by" phrase, the act's victim stays the target
    ("Ghana condemned the killing of Ghanaian traders.", {ev("GHA", "111", "GHABUS")}),
]


@pytest.mark.parametrize(("text", "expected"), DOER_CASES, ids=[c[0][:45] for c in DOER_CASES])
def test_objection_aimed_at_doer(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# arguments.LAID_ON_VERBS: "blamed X on Y" accuses Y, not X.
BLAME_CASES = [
    ("Kenya blamed the riots on Ugandan agitators.", {ev("KEN", "112", "UGA")}),
    ("Morocco blamed the unrest on Algerian agents.", {ev("MAR", "112", "DZASPY")}),
    ("The Somali government blamed the bombing on al-Shabaab.",
     {ev("SOMGOV", "1123", "SOMINS")}),
]


@pytest.mark.parametrize(("text", "expected"), BLAME_CASES, ids=[c[0][:45] for c in BLAME_CASES])
def test_blamed_on(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# nlp.places: a place named as the owner of where something happens ("near Raqqa's main
# square", "outside Kandahar's airport") puts the act in that place's country (a
# transnational group acting there is coded as that country's).
POSSESSIVE_PLACE_CASES = [
    ("Islamic State fighters beheaded two aid workers near Raqqa's main square.",
     {ev("SYRINS", "1823", "SYRNGO")}),
    ("A suicide bomber blew himself up at a checkpoint outside Kandahar's airport.",
     {ev("AFGINS", "1831", "AFG")}),
    ("Al-Qaeda militants stormed a prison in Aden's Mansoura district.",
     {ev("YEMINS", "192", "YEM")}),
    ("Gunmen killed three policemen in Peshawar's old city.", {ev("PAKUAF", "190", "PAKCOP")}),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_PLACE_CASES,
                         ids=[c[0][:45] for c in POSSESSIVE_PLACE_CASES])
def test_possessive_place(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve._demonym_actor and sides._place_ethnic: an ethnic group ("ethnic Uzbeks") is
# coded by the country it lives in, as its people (CVL): where its phrase or its clause
# places it (a capital too), else the state it makes a claim on or the one other state its
# sentence names, or, as a target, the state acting on it. Not by its kin state.
ETHNIC_CASES = [
    ("About 500 ethnic Russians rallied in Riga against Latvia's new language law.",
     {ev("LVACVL", "1412", "LVA")}),
    ("Ethnic Uzbeks marched against the Kyrgyz government's land reform.",
     {ev("KGZCVL", "1412", "KGZGOV")}),
    ("Ethnic Turks staged a hunger strike over Bulgaria's plan to rename them.",
     {ev("BGRCVL", "142", "BGR")}),
    ("Some 2,000 ethnic Hungarians began a sit-in to protest against Slovakia's decision "
     "to restrict minority schools.", {ev("SVKCVL", "140", "SVK")}),
    ("Ethnic Serbs rallied in Mitrovica.", {ev("XKXCVL", "141", "XKX")}),
    ("Kyrgyz police detained dozens of ethnic Uzbeks.", {ev("KGZCOP", "173", "KGZCVL")}),
    # a nationality alone is its own country's
    ("About 500 Latvian students rallied in Riga against Latvia's new language law.",
     {ev("LVAEDU", "1412", "LVA")}),
    ("Hungarian students demonstrated in Budapest.", {ev("HUNEDU", "141", "HUN")}),
    # resolve.MINORITY_HEADS: "the X minority / population / community", and "ethnic X"
    # before a role noun, are people of the state they live in (their role kept)
    ("Serbian troops carried out ethnic cleansing in Kosovo against the Albanian population.",
     {ev("SRBMIL", "203", "XKXCVL")}),
    ("Bulgarian authorities forced the Turkish minority to adopt Slavic names.",
     {ev("BGRGOV", "100", "BGRCVL")}),
    ("The Hungarian community in Slovakia demanded autonomy.",
     {ev("SVKCVL", "1044", "SVK")}),
    ("Ethnic Russian miners went on strike in eastern Ukraine.", {ev("UKRLAB", "143", "UKR")}),
    # a nationality before a people noun says where that people lives
    ("Macedonian Albanians protested in Tetovo.", {ev("MKDCVL", "140", "MKD")}),
]


@pytest.mark.parametrize(("text", "expected"), ETHNIC_CASES, ids=[c[0][:45] for c in ETHNIC_CASES])
def test_ethnic_group_where_it_lives(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve.CULTURE_HEADS: a nationality naming a language or culture ("the Russian
# language", "French-language schools", "Russian songs") is no state acted on; a law on a
# language stays its maker's.
CULTURE_CASES = [
    ("The Ukrainian parliament banned Russian-language broadcasts.",
     {ev("UKRLEG", "172", "UKR")}),
    ("Algeria restricted the teaching of the French language in universities.",
     {ev("DZA", "172", "DZA")}),
    ("Estonia banned Russian songs from state radio.", {ev("EST", "172", "EST")}),
    ("Moscow condemned the Ukrainian language law.", {ev("RUSGOV", "111", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), CULTURE_CASES,
                         ids=[c[0][:45] for c in CULTURE_CASES])
def test_language_is_no_state(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve._surname_of_other: a KB surname at the end of a longer name whose given names
# are none of the KB person's is another person; resolve._title_of: a name set off after
# the title it is the apposition of takes that title's country and role.
NAME_CASES = [
    ("Eritrea's foreign minister, Osman Saleh, said his country would not accept the ruling.",
     {ev("ERI", "124", None)}),
    ("Yemeni President Ali Abdullah Saleh rejected the Saudi proposal.",
     {ev("YEMGOV", "127", "SAU")}),
    ("President Saleh rejected the Saudi proposal.", {ev("YEMGOV", "127", "SAU")}),
    ("The Kenyan trade minister, Joseph Odongo, said his government would ban Ugandan sugar "
     "imports.", {ev("KENGOV", "1312", "UGA", ("asserted", "threat"))}),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES, ids=[c[0][:45] for c in NAME_CASES])
def test_names_and_titles(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# roles.tsv: peoples with no state of their own (Kurds, Tamils, Tuareg ...) are civilians
# of the state their phrase or clause places them in.
PEOPLE_CASES = [
    ("Iraqi Kurds rallied in Erbil against the Turkish bombardment.",
     {ev("IRQCVL", "141", "TUR")}),
    ("Kurds in southeastern Turkey protested against the arrest of a Kurdish mayor.",
     {ev("TURCVL", "140", "TURGOV")}),
    ("Tamils demonstrated in London against the Sri Lankan government.",
     {ev("GBRCVL", "141", "LKAGOV")}),
    ("Turkish troops killed 12 Kurds near the Iraqi border.", {ev("TURMIL", "190", "TURCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_CASES, ids=[c[0][:45] for c in PEOPLE_CASES])
def test_stateless_peoples(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# nlp.places.LOCATIVE: a march "through" a city is in it; arguments.PLACE_TARGET_ROOTS:
# investigators sent to a place look into its country.
PLACE_CASES = [
    ("Hundreds of Buddhist monks marched through Rangoon in defiance of the military junta.",
     {ev("MMRREL", "141", "MMRGOV")}),
    ("Hundreds of students marched through Lagos.", {ev("NGAEDU", "141", "NGA")}),
    ("Interpol dispatched investigators to the port of Beirut.",
     {ev("IGOINTERPOL", "090", "LBNGOV")}),
    ("The OPCW launched an investigation in Syria.", {ev("IGOOPCW", "090", "SYR")}),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_CASES, ids=[c[0][:45] for c in PLACE_CASES])
def test_places_of_acts(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve.OUT_OF_OFFICE: a title after "former", "ousted", "deposed" is out of office (ELI);
# sides: such an official, acted on by a state, is of the one country the sentence names.
FORMER_CASES = [
    ("Ousted president Moussa Traore was accused of embezzling public funds by the new "
     "Malian government.", {ev("MLIGOV", "112", "MLIELI")}),
    ("The Kenyan government accused former finance minister Amos Kiprono of fraud.",
     {ev("KENGOV", "1121", "KENELI")}),
    ("Ghanaian police arrested former minister Kofi Mensah.", {ev("GHACOP", "173", "GHAELI")}),
    # still in office
    ("Outgoing Chilean president Pablo Roca met the Argentine president.",
     {ev("CHLGOV", "040", "ARGGOV"), ev("ARGGOV", "040", "CHLGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), FORMER_CASES, ids=[c[0][:45] for c in FORMER_CASES])
def test_out_of_office(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# appraisals._behind_act: who a speaker says "was behind" a hostile act is accused of it.
BEHIND_CASES = [
    ("A Zambian spokesman said Rhodesian forces were behind the raid.",
     {ev("ZMBGOV", "112", "ZWEMIL")}),
    ("The Nigerian army said Boko Haram was behind the kidnapping of the schoolgirls.",
     {ev("NGAMIL", "112", "NGAINS")}),
    ("Iran was behind the attack, Saudi Arabia said.", {ev("SAU", "112", "IRN")}),
    # not an act of hostility
    ("Pakistan said India was behind the talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BEHIND_CASES, ids=[c[0][:45] for c in BEHIND_CASES])
def test_said_to_be_behind(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve.ANONYMOUS_PEOPLE: "he" after an unnamed person its own sentence is about ("the
# man", "a passenger") is that person, not a person named in an earlier sentence.
PRONOUN_CASES = [
    ("Philippine Health Secretary Francisco Duque met reporters. The man had passed a "
     "medical check when he arrived at Moscow's main airport.", set()),
    ("Kenyan President Daniel arap Moi arrived in Kampala. A passenger said he had flown "
     "to Tanzania.", {ev("KENGOV", "042", "UGAGOV")}),
    # a pronoun after a named person still stands for that person
    ("Kenyan President Daniel arap Moi arrived in Kampala. He met Ugandan President Yoweri "
     "Museveni.", {ev("KENGOV", "042", "UGAGOV"), ev("KENGOV", "040", "UGAGOV"),
                   ev("UGAGOV", "040", "KENGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_CASES,
                         ids=[c[0][:45] for c in PRONOUN_CASES])
def test_pronoun_after_unnamed_person(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected
