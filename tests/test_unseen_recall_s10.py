"""Recall on news nobody tuned for (issue 11, session 10): general mechanisms for
constructions the held-out news missed. Each case asserts exactly the events a sentence
codes: (source code, CAMEO code, target code, polarity, modality). All sentences are
written for these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, coded_with_flags, ev

CASES = [
    # 15.hold-drills-solo (solo: true): drills one side holds with no one named are its own
    # show of force (150), aimed at no other country the sentence names ...
    ("Egypt held naval exercises in the Red Sea.", {ev("EGY", "150", None)}),
    ("North Korea conducted artillery drills on Tuesday.", {ev("PRK", "150", None)}),
    ("The Indian army staged war games in the Thar desert.", {ev("INDMIL", "150", None)}),
    ("Venezuela launched military exercises after talks with Colombia collapsed.",
     {ev("VEN", "150", None)}),
    ("The Pakistani navy carried out missile drills in the Arabian Sea.",
     {ev("PAKMIL", "150", None)}),
    # ... sides of two countries holding them together cooperate (joint_code 062) ...
    ("Chinese and Russian warships held naval drills in the Sea of Japan.",
     {ev("CHNMIL", "062", "RUSMIL"), ev("RUSMIL", "062", "CHNMIL")}),
    # ... drills "with" a partner stay 06, "around" a place stay aimed at it ...
    ("Japan held joint exercises with Australia.",
     {ev("JPN", "062", "AUS"), ev("AUS", "062", "JPN")}),
    ("China held military drills around Taiwan.", {ev("CHN", "150", "TWN")}),
    # ... and a drill of no army is no show of force
    ("The school held a fire drill on Monday.", set()),
    ("Greek officials held an exercise in crisis management.", set()),
    # resolve._named_by_role: a name the KB does not know, after a noun with a
    # nationality, is of that country (and of the noun's role)
    ("Mali suspended French broadcaster RFI.", {ev("MLI", "1721", "FRAMED")}),
    ("Burkina Faso suspended French radio station RFI on Monday.",
     {ev("BFA", "1721", "FRAMED")}),
    ("Ethiopia expelled Kenyan newspaper Nation.", {ev("ETH", "166", "KENMED")}),
    ("Iran seized Greek tanker Delta Poseidon.", {ev("IRN", "171", "GRC")}),
    # coder._sides: people a state frees were held by it, whatever people they are of
    ("Turkey freed 40 Kurdish prisoners.", {ev("TUR", "0841", "TURCRM")}),
    ("Iraq released 40 Kurdish detainees on Sunday.", {ev("IRQ", "0841", "IRQCRM")}),
    ("India freed 30 Kashmiri separatists.", {ev("IND", "0841", "INDREB")}),
    # ... but Kurds armed by a state are not of it
    ("The United States sent weapons to Kurdish fighters.", set()),
    # domestic: a backed force that hits another state's outpost takes no country from
    # that state; the place it acts in may give it one; on a state's own ground it is
    # of that state
    # ... (session 11: with no ground or side of its own named, a proxy is its backer's)
    ("Iranian-backed militias fired rockets at a US base.", {ev("IRNREB", "194", "USA")}),
    ("Iranian-backed militias fired rockets at a US base in eastern Syria.",
     {ev("SYRREB", "194", "USA")}),
    ("Russian-backed separatists shelled Ukrainian positions.", {ev("UKRREB", "194", "UKR")}),
    ("Rebels attacked a Malian army base.", {ev("MLIREB", "190", "MLIMIL")}),
    # resolve._role_phrase: a two-word role noun whose first word is an adjective
    # ("armed men", "masked men") is that role, not civilians rioting
    ("Armed men attacked a police station in Dagestan, killing four officers.",
     {ev("RUSUAF", "190", "RUSCOP")}),
    ("Masked men abducted a Nigerian businessman in Lagos.", {ev("NGAUAF", "181", "NGABUS")}),
    ("Armed men attacked a hotel in Mogadishu.", {ev("SOMUAF", "190", "SOM")}),
    # ... and the nationality on the people named before a role noun is the role's
    ("Rwandan Hutu militiamen slaughtered hundreds of Tutsi civilians.",
     {ev("RWAREB", "202", "RWACVL")}),
    ("Iraqi Kurdish fighters attacked Islamic State positions.",
     {ev("IRQREB", "190", "IMGINS")}),
    ("Nigerian Igbo traders protested in Lagos.", {ev("NGABUS", "140", "NGA")}),
    # arguments._fronted_phrase_subject: a phrase of time before the clause into which
    # the parser drew the clause's subject
    ("After talks in Nairobi, the Sudanese government and the rebels agreed to a ceasefire.",
     {ev("SDNGOV", "0871", "SDNREB"), ev("SDNREB", "0871", "SDNGOV")}),
    ("After three days of talks in Arusha, the Burundian government and the rebels agreed "
     "to a truce.", {ev("BDIGOV", "0871", "BDIREB"), ev("BDIREB", "0871", "BDIGOV")}),
    ("Following clashes in Goma, Rwanda closed its border with Congo.",
     {ev("RWA", "191", "COD")}),
    # matching.NAMING_VERBS: a verb of calling with an object predicate describes its
    # object (criticism when the description blames), it asks for nothing
    ("Venezuela's president called the US sanctions illegal.", {ev("VENGOV", "111", "USA")}),
    ("Iran called the American sanctions a crime.", {ev("IRN", "111", "USA")}),
    ("The Cuban foreign minister called the British blockade unlawful.",
     {ev("CUBGOV", "111", "GBR")}),
    ("Cuba called for sanctions against Israel.", {ev("CUB", "113", "ISR")}),
    # conventions: a refusal a side states for itself with "would not" is made now, as
    # with "will not" (not a guess); a guess by others stays hypothetical
    ("Egypt said it would not attend the summit in Baghdad.", {ev("EGY", "125", None)}),
    ("Iraq said it would not allow UN inspectors to return.", {ev("IRQ", "124", "IGOUNO")}),
    ("Chile said on Friday that it would not sign the trade pact with Peru.",
     {ev("CHL", "120", "PER")}),
    ("Analysts said Egypt would not attend the summit.",
     {ev("EGY", "125", None, ("asserted", "hypothetical"))}),
    # resolve.BODY_HEADS: a body named for its topic after its owner is the owner's
    ("The UN human rights commission investigated torture allegations in Chile.",
     {ev("IGOUNO", "092", "CHL")}),
    ("The EU election observer mission criticised the Kenyan electoral commission.",
     {ev("IGOEU", "111", "KEN")}),
    ("The Kenyan anti-corruption commission arrested two Tanzanian officials.",
     {ev("KEN", "173", "TZAGOV")}),
    # control.yaml appraisal "accusation": an adjective that lays a hostile act at
    # someone's door is an accusation (112) by the one who says or holds so
    ("Kenya held Uganda responsible for the border clashes.", {ev("KEN", "112", "UGA")}),
    ("The Indian government said Pakistan was responsible for the bombing.",
     {ev("INDGOV", "112", "PAK")}),
    ("Chile said Peru was responsible for shelling the border post.",
     {ev("CHL", "112", "PER")}),
    # ... not for a duty
    ("The minister said the army was responsible for security in the north.", set()),
    # 12.ignore-demand, 12.vote-against, 12.refuse-permission: more ways of rejecting
    ("Belarus ignored a Lithuanian demand to close the plant.", {ev("BLR", "128", "LTU")}),
    ("Venezuela disregarded an American ultimatum on the elections.",
     {ev("VEN", "128", "USA")}),
    ("The driver ignored the warning signs.", set()),
    ("Uruguay voted against the Argentine proposal at the summit.", {ev("URY", "120", "ARG")}),
    ("India voted against the resolution on Sri Lanka at the UN.", {ev("IND", "120", "LKA")}),
    ("Egypt refused permission for Turkish warships to pass through the canal.",
     {ev("EGY", "120", None)}),
    # 19.strike-back(-at); conventions._threat_on_condition: retaliation announced on a
    # condition threatens the one the condition names (its subject or passive agent)
    ("Armenia struck back at Azerbaijan.", {ev("ARM", "190", "AZE")}),
    ("Iraq said it would strike back if attacked by Iran.",
     {ev("IRQ", "138", "IRN", ("asserted", "threat"))}),
    ("Pakistan said it would retaliate if India crossed the line of control.",
     {ev("PAK", "138", "IND", ("asserted", "threat"))}),
    # 14.join-protest, 14.participate-protest, 14.take-part-protest (@protest_events):
    # taking part in a protest is protesting; 14.burn-effigy, 14.crowd-stone
    ("Tens of thousands of Serbs took part in a rally in Belgrade against the government.",
     {ev("SRB", "141", "SRBGOV")}),
    ("Chilean students joined a march against the education minister.",
     {ev("CHLEDU", "141", "CHLGOV")}),
    ("Serbian teachers participated in a rally against the government.",
     {ev("SRBEDU", "141", "SRBGOV")}),
    ("Merkel took part in talks with Putin.",
     {ev("DEUELI", "046", "RUSGOV"), ev("RUSGOV", "046", "DEUELI")}),
    ("Indian students burned effigies of the Pakistani president in New Delhi.",
     {ev("INDEDU", "140", "PAKGOV")}),
    ("Angry crowds stoned the American embassy in Khartoum.", {ev("SDNCVL", "145", "USAGOV")}),
    # coder (@scourges): fighting an ill that is no side is no force, also when vowed
    ("Bolivia and Peru vowed to fight drug trafficking together.", set()),
    ("The Nigerian president pledged to battle corruption.", set()),
    ("Chile vowed to fight the floods.", set()),
    ("Iran vowed to fight Israel.", {ev("IRN", "138", "ISR", ("asserted", "threat"))}),
    ("The Somali navy fought pirates off the coast.", {ev("SOMMIL", "190", "SOMCRM")}),
    # 19.use-weapons-against: weapons used against someone are force on them, whatever
    # country made them
    ("The Libyan army has been using Turkish drones against militias in Tripoli.",
     {ev("LBYMIL", "190", "LBYREB")}),
    ("The Sudanese army used armed drones against the rebels.", {ev("SDNMIL", "190", "SDNREB")}),
    ("The Kenyan police used drones for surveillance.", set()),
    # 05.sign-agreement: initialling an accord
    ("Croatia and Slovenia initialled an accord on the border.",
     {ev("HRV", "057", "SVN"), ev("SVN", "057", "HRV")}),
    # arguments._prep_targets: the "on" of a pact or talks names their topic, no party
    ("The European Union and Turkey struck a deal on migrants.",
     {ev("IGOEU", "057", "TUR"), ev("TUR", "057", "IGOEU")}),
    ("Ghana and Togo signed an accord on Liberian refugees.",
     {ev("GHA", "057", "TGO"), ev("TGO", "057", "GHA")}),
    ("The EU extended sanctions on Russia.", {ev("IGOEU", "1244", "RUS")}),
    # 08.restore-institutions: restoring a suspended or purged institution gives way on
    # the institutions (0834)
    ("The Nepalese king restored parliament after weeks of protests.",
     {ev("NPLGOV", "0834", "NPLLEG")}),
    ("The Thai junta restored the constitution.", {ev("THAGOV", "0834", "THA")}),
    ("The Congolese government reinstated the sacked judges.",
     {ev("CODGOV", "0834", "CODJUD")}),
    ("The Egyptian government restored electricity to Cairo.", set()),
    # 15.beef-up-military-presence, 15.increase-military-presence: more verbs of it
    ("Russia beefed up its military presence in the Arctic.", {ev("RUS", "154", None)}),
    ("Japan boosted its naval presence near the islands.", {ev("JPN", "154", None)}),
    ("The company boosted its presence in Asia.", set()),
    # resolve.HOME_NOUNS: "his/her/their country" in what someone says is the speaker's
    ("The Turkish president said his country would never recognize Cyprus.",
     {ev("TUR", "120", "CYP")}),
    ("The Chilean minister said her country would send aid to Haiti.",
     {ev("CHL", "0333", "HTI", INTENT)}),
    ("Kenyan officials said their country would close its border with Somalia.",
     {ev("KEN", "1381", "SOM", ("asserted", "threat"))}),
    # 19.forces-enter-territory: forces entering another's ground, air or waters
    ("Eritrean troops entered Ethiopian territory on Monday.", {ev("ERIMIL", "192", "ETH")}),
    ("Russian jets violated Turkish airspace.", {ev("RUSMIL", "192", "TUR")}),
    ("Tourists entered Kenyan territory.", set()),
    # 17.repatriate-migrants: sending refugees or migrants back is expelling them (174)
    ("Ghana repatriated 300 Liberian refugees.", {ev("GHA", "174", "LBRREF")}),
    ("Cambodia has begun repatriating Vietnamese settlers.", {ev("KHM", "174", "VNMCVL")}),
    ("Greece returned 100 migrants to Turkey.", {ev("GRC", "174", "TUR")}),
    ("India repatriated Pakistani fishermen.", {ev("IND", "0841", "PAKAGR")}),
    # 14.gather-to-protest: people gathering to protest or demand demonstrate
    ("Some 2,000 Bulgarians gathered in Sofia to protest against the government.",
     {ev("BGR", "141", "BGRGOV")}),
    # ... and the place a protest's crowd gathers in is no meeting venue: it gives the
    # crowd its country
    ("Some 3,000 people gathered in Kiev to protest against the government.",
     {ev("UKRCVL", "141", "UKRGOV")}),
    ("Thousands of people rallied in Minsk against the government.",
     {ev("BLRCVL", "141", "BLRGOV")}),
    ("World leaders gathered in Paris to discuss climate change.", set()),
    ("Thousands gathered in Nairobi to celebrate the victory.", set()),
    # resolve._it: "its" agrees in number, so it is not a plural side named before it
    ("Ethiopia said Sudanese troops had entered its territory.",
     {ev("SDNMIL", "192", "ETH")}),
    ("Kenya said Somali militants had attacked its border posts.", {ev("SOMINS", "190", "KEN")}),
    ("The Ugandan army said its troops had killed 20 rebels.", {ev("UGAMIL", "190", "UGAREB")}),
    # roles.tsv: a labour congress is a union
    ("The Nigerian Labour Congress called a nationwide strike over fuel prices.",
     {ev("NGALAB", "143", "NGA")}),
    ("The South African labour federation staged a strike against the government.",
     {ev("ZAFLAB", "143", "ZAFGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall_s10(engine, text, expected):
    assert coded_with_flags(engine, text) == expected


CLAUSE_CASES = [
    # 03.agree-default's clause_code: agreeing that something is so (a content clause that
    # codes nothing) is accord expressed (019), both ways for joint subjects
    ("Bulgaria and Romania agreed that the border talks had been fruitful.",
     {ev("BGR", "019", "ROU"), ev("ROU", "019", "BGR")}),
    # ... what should be done is a course agreed on: an intent to cooperate
    ("Greece and Turkey agreed that the dispute should be settled through dialogue.",
     {ev("GRC", "030", "TUR", INTENT), ev("TUR", "030", "GRC", INTENT)}),
    ("Ghana and Togo agreed on Friday that the meeting had been useful.",
     {ev("GHA", "019", "TGO"), ev("TGO", "019", "GHA")}),
    ("Uruguay agreed with Brazil that the summit was a success.", {ev("URY", "019", "BRA")}),
    # ... agreeing on or to something stays an intent to cooperate
    ("Chile and Peru agreed on a new border line.",
     {ev("CHL", "030", "PER", INTENT), ev("PER", "030", "CHL", INTENT)}),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_CASES,
                         ids=[c[0][:40] for c in CLAUSE_CASES])
def test_clause_code(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
