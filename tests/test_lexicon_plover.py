"""PLOVER-set coverage: the CAMEO->PLOVER types the PLOVER manual states, and general
rules for acts asked of others (appeals through persuasion), deployments abroad on a
mission (protection given, 074 / intent 0334), and leaving agreements or talks. Every rule
has at least three sentences of our own; each asserts exactly the events expected (source,
CAMEO code, target, polarity, modality)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, ev
from event_keys import coded_with_flags as coded
from eventwire.coding.ontology import load_ontology

RULES = {
    # persuading or convincing someone to act asks them to: an appeal (02x) by the persuader
    # to the persuaded, refined by what is asked, not the act itself
    "persuade-is-appeal": [
        ("Austria persuaded Slovakia to reopen the border crossing.",
         {ev("AUT", "0255", "SVK")}),
        ("The Dutch foreign minister convinced Belgium to release the seized trawler.",
         {ev("NLDGOV", "0253", "BEL")}),
        ("Norway persuaded Sri Lanka to lift the curfew in Colombo.",
         {ev("NOR", "0251", "LKA")}),
        ("Sweden lobbied Turkey to ratify the accession protocol.",
         {ev("SWE", "022", "TUR")}),
    ],
    # urged / pressed to do a specific act: the appeal or demand takes the act's sub-code
    "appeal-demand-subcodes": [
        ("Uganda urged Kenya to extradite the suspects.", {ev("UGA", "0213", "KEN")}),
        ("Argentina pressed Britain to release the fishermen.", {ev("ARG", "1053", "GBR")}),
        ("Qatar convinced Hamas to free two Thai hostages.", {ev("QAT", "0253", "PSEINS")}),
    ],
    # forces, police or trainers sent to a country on a mission or to help: protection given
    "deploy-on-mission": [
        ("Finland sent instructors to Ukraine to train the army.", {ev("FIN", "074", "UKR")}),
        ("Brazil deployed soldiers to Haiti as part of a peacekeeping force.",
         {ev("BRA", "074", "HTI")}),
        ("Ghana dispatched police officers to Liberia on a training mission.",
         {ev("GHA", "074", "LBR")}),
        # a combat mission is no help: a show of force
        ("Russia deployed bombers to Venezuela on a combat mission.",
         {ev("RUS", "154", "VEN")}),
    ],
    # planned, agreed or pledged deployments: intent to protect when a mission is stated or
    # the sender agrees to it; a bare plan to move troops is a threat of force, not repression
    "planned-deployment": [
        ("Malawi intends to dispatch soldiers to Mozambique on a peacekeeping mission.",
         {ev("MWI", "0334", "MOZ", INTENT)}),
        ("Uruguay pledged to deploy police to Haiti.", {ev("URY", "0334", "HTI", INTENT)}),
        ("Italy offered to send soldiers to Lebanon.", {ev("ITA", "030", "LBN", INTENT)}),
        ("Poland plans to deploy troops to the Belarusian border.",
         {ev("POL", "138", "BLR", THREAT)}),
    ],
    # backing, pulling, walking or opting out of an agreement: leaving it (160); negated, no
    # rejection and no support
    "back-out-of-agreement": [
        ("Venezuela walked out of the oil agreement with Guyana.", {ev("VEN", "160", "GUY")}),
        ("Chile opted out of the maritime treaty.", {ev("CHL", "160", None)}),
        ("Bolivia will not pull out of the trade pact with Peru.",
         {ev("BOL", "160", "PER", ("negated", "future"))}),
        ("The militia said it would not back out of the ceasefire accord.", set()),
    ],
    # pulling or backing out of talks halts them (164)
    "back-out-of-talks": [
        ("The Houthis pulled out of the talks with Saudi Arabia.",
         {ev("YEMREB", "164", "SAU")}),
        ("Armenia backed out of the negotiations with Azerbaijan.", {ev("ARM", "164", "AZE")}),
        ("Ecuador pulled out of the border negotiations with Peru.", {ev("ECU", "164", "PER")}),
    ],
    # calling for, urging or pressing for a punishment of someone rallies others against
    # them (113); a punishment of no one named is no event
    "call-for-punishment": [
        ("The Danish parliament called for sanctions against Eritrea.",
         {ev("DNKLEG", "113", "ERI")}),
        ("Estonian lawmakers urged an oil embargo on Russia.", {ev("ESTLEG", "113", "RUS")}),
        ("The Polish president pressed for sanctions against Belarus.",
         {ev("POLGOV", "113", "BLR")}),
        ("Amnesty International called for an arms embargo on Myanmar.",
         {ev("NGOAMN", "113", "MMR")}),
        ("The senator called for tougher penalties for drunk drivers.", set()),
        ("Turkey urged the lifting of the embargo on Qatar.", {ev("TUR", "0254", "QAT")}),
    ],
    # peacekeepers arriving in a country: protection deployed (074), not a visit
    "peacekeepers-arrive": [
        ("A Nepalese peacekeeping contingent arrived in Lebanon.", {ev("NPL", "074", "LBN")}),
        ("Indonesian blue helmets landed in Congo.", {ev("IDN", "074", "COD")}),
        ("Rwandan peacekeepers arrived in the Central African Republic.",
         {ev("RWAMIL", "074", "CAF")}),
        ("The Egyptian foreign minister arrived in Sudan.", {ev("EGYGOV", "042", "SDN")}),
    ],
    # a noun in a phrase of time or circumstance is not the verb's object: calling off a
    # strike after talks ends the strike, not the talks
    "adjunct-phrase-no-object": [
        ("Ghanaian doctors called off their strike following talks with the health ministry.",
         {ev("GHAHLH", "082", "GHA")}),
        ("Malian traders called off their strike after talks.", {ev("MLIBUS", "082", "MLI")}),
        ("Ecuador pulled out of the border negotiations with Peru.", {ev("ECU", "164", "PER")}),
    ],
    # a strike, missile or shell as subject of hitting or destroying: force by its launcher,
    # refined by the means (shells and mortars 194, air strikes 195)
    "strike-hits": [
        ("Israeli shells struck a school in Gaza.", {ev("ISR", "194", "PSEEDU")}),
        ("A Russian missile struck a Ukrainian power station.", {ev("RUS", "190", "UKR")}),
        ("Russian air strikes pounded a hospital in Idlib.", {ev("RUS", "195", "SYRHLH")}),
        ("Hurricane winds destroyed hundreds of homes.", set()),
    ],
    # announcing or forming a partnership: intent to cooperate, militarily for a defence one;
    # coordinated founders each intend it with the other
    "announce-partnership": [
        ("Finland and Estonia announced a defence partnership.",
         {ev("FIN", "0312", "EST", INTENT), ev("EST", "0312", "FIN", INTENT)}),
        ("Brazil announced a strategic partnership with Indonesia.",
         {ev("BRA", "030", "IDN", INTENT)}),
        ("Chile forged a security alliance with Peru.", {ev("CHL", "0312", "PER", INTENT)}),
    ],
    # a missile fired or launched at no one is a show of force (150); a date after "on" is
    # no one fired on
    "missile-test": [
        ("North Korea fired a ballistic missile on Friday.", {ev("PRK", "150", None)}),
        ("North Korea fired two cruise missiles.", {ev("PRK", "150", None)}),
        ("Iran launched ballistic missiles at Israel.", {ev("IRN", "194", "ISR")}),
        ("Azerbaijani forces fired artillery rounds on Armenian villages on Sunday.",
         {ev("AZEMIL", "194", "ARM")}),
    ],
    # a humanitarian visa granted is refuge given (075)
    "grant-visa": [
        ("Germany granted a humanitarian visa to a Belarusian journalist.",
         {ev("DEU", "075", "BLRMED")}),
        ("Ecuador has granted diplomatic asylum to two Peruvian generals.",
         {ev("ECU", "075", "PERMIL")}),
        ("Mexico granted asylum to the former Bolivian president.",
         {ev("MEX", "075", "BOLGOV")}),
    ],
    # lobbying someone to act is an appeal; lobbying against someone rallies opposition
    "lobby": [
        ("The French minister lobbied Italian officials to back the plan.",
         {ev("FRAGOV", "022", "ITAGOV")}),
        ("Polish diplomats lobbied Germany to send tanks to Ukraine.",
         {ev("POLGOV", "0232", "DEU")}),
        ("Israel lobbied against Iran.", {ev("ISR", "113", "IRN")}),
    ],
    # many people driven across a border or forced to flee: mass expulsion (201)
    "mass-expulsion": [
        ("Croatian forces drove thousands of Serbs across the border.",
         {ev("HRVMIL", "201", "SRB")}),
        ("Ethiopian troops forced thousands of Somali villagers to flee.",
         {ev("ETHMIL", "201", "SOMCVL")}),
        ("Serbian forces drove thousands of Albanians across the border into Macedonia.",
         {ev("SRBMIL", "201", "ALB")}),
        ("Ugandan troops crossed into South Sudan on Tuesday.", {ev("UGAMIL", "192", "SSD")}),
    ],
    # a newspaper, broadcaster or website ordered or forced to stop or close: censorship
    "order-media-closed": [
        ("The Algerian authorities ordered an opposition radio station to stop broadcasting.",
         {ev("DZAGOV", "1721", "DZAMED")}),
        ("The Venezuelan government ordered the opposition television channel to stop "
         "broadcasting.", {ev("VENGOV", "1721", "VENMED")}),
        ("The Iranian government forced a reformist newspaper to close.",
         {ev("IRNGOV", "1721", "IRNMED")}),
        ("The United States forced Iran to halt enrichment.", {ev("USA", "100", "IRN")}),
    ],
    # forces that mass at a border build up (154); forces that withdraw from a place retreat
    # (0874); a country withdrawing from a court leaves it (160); people gathering do neither
    "forces-move": [
        ("Turkish troops massed on the Syrian border.", {ev("TURMIL", "154", "SYR")}),
        ("Armenian troops gathered near the Azerbaijani border.", {ev("ARMMIL", "154", "AZE")}),
        ("Sudanese soldiers massed along the Chadian border.", {ev("SDNMIL", "154", "TCD")}),
        ("Eritrean troops withdrew from northern Ethiopia.", {ev("ERIMIL", "0874", "ETH")}),
        ("The Ugandan army withdrew from eastern Congo.", {ev("UGAMIL", "0874", "COD")}),
        ("Hungary withdrew from the International Criminal Court.",
         {ev("HUN", "160", "IGOICC")}),
        ("Protesters gathered near the parliament.", set()),
    ],
    # reopening a border with a country eases its closure (0872)
    "reopen-border": [
        ("Algeria reopened its border with Morocco.", {ev("DZA", "0872", "MAR")}),
        ("Turkey reopened its border with Armenia.", {ev("TUR", "0872", "ARM")}),
        ("Venezuela reopened its borders with Colombia and Brazil.",
         {ev("VEN", "0872", "COL"), ev("VEN", "0872", "BRA")}),
    ],
}

CASES = [(name, text, want) for name, cases in RULES.items() for text, want in cases]


def test_every_rule_has_three_sentences():
    assert all(len(cases) >= 3 for cases in RULES.values())


@pytest.mark.parametrize("name,text,want", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_rule(engine, name, text, want):
    assert coded(engine, text) == want


@pytest.mark.parametrize("code,plover", [
    ("0813", "CONCEDE"),   # CONCEDE: removing curfews (and 081-083 are CONCEDE)
    ("0814", "CONCEDE"),
    ("055", "SUPPORT"),    # the code table (05) over prose on regret
    ("116", "SANCTION"),   # finding guilty: moved from ACCUSE to SANCTION
    ("163", "SANCTION"),   # impose embargo, boycott or sanctions
    ("192", "ASSAULT"),    # occupations carried out are ASSAULT
    ("1712", "ASSAULT"),   # destroying property: moved from COERCE to ASSAULT
    ("0871", "RETREAT"),   # 084-087 are RETREAT
    ("0831", "RETREAT"),   # resignations of government officials (mode resign)
    ("175", "ASSAULT"),
    ("191", "COERCE"),
])
def test_plover_types_follow_the_manual(code, plover):
    assert load_ontology().get(code).plover_event == plover
