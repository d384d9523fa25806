"""Actor constructions: who is coded as source and target for phrases the argument table
reads beyond the verb's own subject and object (lists hung on the last object, whom aid is
"for" or helps, owned objects put after an "as" predicate, complements the parser takes for
adverbial clauses, titled appositions, places named by "the city of"). Every rule has at
least three sentences of our own, each asserting exactly the events expected as (source
code, CAMEO code, target code)."""

from __future__ import annotations

import pytest

from event_keys import coded_asserted as coded

RULES = {
    # whom aid is for or sent to: every member of a coordinated list, also when the
    # phrase hangs on a thing counted ("dollars of grants for X and Y") or on the last
    # member of a list of things sent
    "list-of-recipients": [
        ("Canada approved 20 million dollars of grants for Haiti and Cuba.",
         {("CAN", "071", "HTI"), ("CAN", "071", "CUB")}),
        ("Germany promised a package of credits for Moldova and Georgia.",
         {("DEU", "0331", "MDA"), ("DEU", "0331", "GEO")}),
        ("Qatar flew doctors and nurses, rescue dogs and food parcels to Morocco and Libya "
         "on Sunday after the disaster.",
         {("QAT", "073", "MAR"), ("QAT", "073", "LBY")}),
        ("Egypt sent search and rescue crews, army engineers and tents to Syria and Turkey "
         "on Monday following the earthquake.",
         {("EGY", "073", "SYR"), ("EGY", "073", "TUR")}),
    ],
    # "scores of Chadians and Nigeriens": every conjunct of the counted people
    "counted-list": [
        ("Sudanese soldiers tortured scores of Chadians and Nigeriens.",
         {("SDNMIL", "1822", "TCD"), ("SDNMIL", "1822", "NER")}),
        ("Greek coast guards mistreated hundreds of Syrians and Afghans, Amnesty said.",
         {("GRCMIL", "182", "SYR"), ("GRCMIL", "182", "AFG")}),
        ("Libyan guards beat dozens of Eritrean and Somali migrants.",
         {("LBYMIL", "182", "ERIREF"), ("LBYMIL", "182", "SOMREF")}),
    ],
    # an owned object put after the predicate of "as" ("condemned as X Y's act"): the owner
    "owned-object-after-as": [
        ("Algeria on Monday condemned as an act of aggression Morocco's purchase of the "
         "drones.", {("DZA", "111", "MAR")}),
        ("Serbia rejected as unacceptable Kosovo's ban on imports.", {("SRB", "120", "XKX")}),
        ("Ghana denounced as reckless Togo's closure of the border.", {("GHA", "111", "TGO")}),
    ],
    # "to help X recover", "helped X rebuild": the one helped is whom the aid is for
    "helped-by-a-purpose-clause": [
        ("Japan pledged 300 million dollars to help Nepal rebuild after the floods.",
         {("JPN", "033", "NPL")}),
        ("The United States helped Jordan rebuild its power grid.", {("USA", "070", "JOR")}),
        ("The IMF approved a loan to help Sri Lanka recover from the crisis.",
         {("IGOIMF", "071", "LKA")}),
    ],
    # the nationality of the first of counted conjuncts covers a bare role noun after it
    "counted-conjuncts-share-a-nationality": [
        ("Taliban fighters killed dozens of Afghan soldiers and policemen.",
         {("AFGGOV", "190", "AFGMIL"), ("AFGGOV", "190", "AFGCOP")}),
        ("Rebels abducted scores of Nigerian students and teachers.",
         {("NGAREB", "181", "NGAEDU")}),
        ("Militants captured hundreds of Iraqi soldiers and policemen.",
         {("IRQINS", "173", "IRQMIL"), ("IRQINS", "173", "IRQCOP")}),
    ],
    # "seized X and took them to ...": "them" is the first verb's object, not a new party
    "them-is-the-first-object": [
        ("Pakistani coast guards seized 20 Indian fishermen and took them to Karachi.",
         {("PAKMIL", "171", "INDAGR")}),
        ("Eritrean soldiers captured two Ethiopian officers and handed them to the army.",
         {("ERIMIL", "173", "ETHMIL")}),
        ("Libyan militiamen detained six Tunisian truck drivers and beat them.",
         {("LBYREB", "173", "TUNLAB")}),
    ],
    # a threatened act whose complement the parser hangs as an adverbial clause
    "threatened-complement": [
        ("Hezbollah threatened on Friday to hit Israeli towns near the border.",
         {("LBNINS", "130", "ISR")}),
        ("The leader of the Polisario Front vowed on Sunday to strike Moroccan outposts.",
         {("ESHREB", "138", "MAR")}),
        ("The leader of Sudan's paramilitary forces threatened on Monday to attack Chadian "
         "convoys.", {("SDNMIL", "138", "TCD")}),
    ],
    # "X, the Kenyan foreign minister,": a name with an apposition headed by an office is a
    # person of that country or organisation, whatever the tagger took the name for
    "titled-apposition": [
        ("Marquez, Colombia's foreign minister, praised Ecuador.", {("COLGOV", "051", "ECU")}),
        ("Okafor, Nigeria's defence minister, criticized Niger.", {("NGAGOV", "111", "NER")}),
        ("Halvorsen, the Norwegian envoy, met Sudan's army chief.",
         {("NORGOV", "040", "SDNMIL"), ("SDNMIL", "040", "NORGOV")}),
        ("Tanaka, the UN relief coordinator, urged Ethiopia to open the roads.",
         {("IGOUNO", "020", "ETH")}),
    ],
    # "Title A and Title B met": both leaders, also when the parser hangs the first name on
    # the second or leaves the "and" dangling with two subjects
    "pair-of-titled-leaders": [
        ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held "
         "talks in Arusha.", {("KENGOV", "040", "TZAGOV"), ("TZAGOV", "040", "KENGOV")}),
        ("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony "
         "Albanese held a summit in Sydney on Wednesday.",
         {("INDGOV", "040", "AUSGOV"), ("AUSGOV", "040", "INDGOV")}),
        ("German Chancellor Olaf Scholz and Brazilian President Luiz Inacio Lula da Silva "
         "held talks in Berlin.", {("DEUGOV", "040", "BRAGOV"), ("BRAGOV", "040", "DEUGOV")}),
    ],
    # force put "across the country" (its own, unnamed) is put on the doer's own country;
    # a border named with no neighbour stays no one's
    "across-the-country": [
        ("Kenya deployed soldiers across the country ahead of the vote.",
         {("KEN", "154", "KEN")}),
        ("Peru deployed 20,000 police officers throughout the nation on Sunday to secure the "
         "election.", {("PER", "153", "PER")}),
        ("Bolivia put its army on alert throughout the nation after the unrest.",
         {("BOL", "152", "BOL")}),
        ("Kenya deployed soldiers along the border ahead of the vote.", {("KEN", "154", None)}),
    ],
    # a people living wholly or mostly inside one state stands for that state, as a
    # nationality does (CAMEO codes ethnic groups by the country they live in)
    "people-of-one-state": [
        ("Zulu militants attacked a police station.", {("ZAFINS", "190", "ZAFCOP")}),
        ("Acehnese rebels ambushed an army convoy.", {("IDNREB", "190", "IDNMIL")}),
        ("Igbo separatists attacked a police station.", {("NGAREB", "190", "NGACOP")}),
        ("Kikuyu militants attacked a police post.", {("KENINS", "190", "KENCOP")}),
    ],
    # supporters, followers and sympathisers are people (civilians) of where they act
    "supporters-as-people": [
        ("Supporters of the opposition leader rallied outside the court in Nairobi.",
         {("KENCVL", "141", "KEN")}),
        ("Thousands of supporters of Imran Khan protested across Pakistan.",
         {("PAKCVL", "140", "PAK")}),
        ("Supporters of Bolsonaro attacked government buildings in Brasilia.",
         {("BRACVL", "145", "BRAGOV")}),
    ],
    # role words for who acts: mutineers are soldiers, abductors unidentified armed men,
    # pensioners and veterans people, nationalists radicals
    "role-words": [
        ("Mutineers attacked a police station in Bamako.", {("MLIMIL", "190", "MLICOP")}),
        ("Abductors seized two aid workers in Zinder, Niger.", {("NERUAF", "171", "NERNGO")}),
        ("Pensioners protested against the government in Athens.",
         {("GRCCVL", "140", "GRCGOV")}),
        ("Serbian nationalists attacked the Croatian embassy.", {("SRBRAD", "190", "HRVGOV")}),
    ],
    # a capital naming a gathering or its text is where it met, not a party ("the Vienna
    # talks"); a country naming one is a party ("the US talks")
    "gathering-named-for-its-venue": [
        ("Iran rejected the outcome of the Vienna talks.", {("IRN", "125", None)}),
        ("Armenia criticized the Moscow summit.", {("ARM", "111", None)}),
        ("Russia accused Ukraine of violating the Minsk agreements.", {("RUS", "112", "UKR")}),
        ("Iran rejected the US talks.", {("IRN", "125", "USA")}),
    ],
    # "condemned X and vowed to retaliate": a threat or retaliation with no one named is
    # aimed at whom the joined verb before it acted on
    "threat-after-a-joined-act": [
        ("Pakistan condemned India on Friday and vowed to retaliate.",
         {("PAK", "111", "IND"), ("PAK", "138", "IND")}),
        ("Turkey criticized Greece and threatened to respond.",
         {("TUR", "111", "GRC"), ("TUR", "130", "GRC")}),
        ("Venezuela accused Guyana of provocation and vowed to take revenge.",
         {("VEN", "1123", "GUY"), ("VEN", "130", "GUY")}),
    ],
    # force "on/near the X border" falls where it is, on either side: no target, and no
    # country for people found there
    "border-is-no-target": [
        ("Burmese troops captured a rebel base on the Thai border.", {("MMRMIL", "192", None)}),
        ("Pakistani troops killed ten militants near the Afghan border.",
         {("PAKMIL", "190", "PAKINS")}),
        ("Sudanese soldiers attacked a rebel camp along the Chadian border.",
         {("SDNMIL", "190", "SDNREB")}),
    ],
    # "the city of X" names a place whatever the tagger took X for
    "city-of-a-name": [
        ("Russian jets pounded the port city of Mariupol on Sunday, Ukrainian officials "
         "said.", {("RUSMIL", "190", "UKR")}),
        ("Syrian jets struck the city of Idlib on Monday.", {("SYRMIL", "190", "SYR")}),
        ("Israeli tanks shelled the town of Rafah, Palestinian officials said.",
         {("ISRMIL", "194", "PSE")}),
    ],
}

CASES = [(rule, text, expected) for rule, cases in RULES.items() for text, expected in cases]

# A place or capital of a state that seceded later is, in news from before, of the state it
# belonged to; movements whose status changed are coded by the period (publication date).
DATED = [
    ("Sudanese rebels shelled the town of Juba on Sunday, killing 20 people.", "1992-05-01",
     {("SDNREB", "194", "SDNGOV")}),
    ("Sudanese rebels shelled the town of Juba on Sunday, killing 20 people.", "2015-05-01",
     {("SDNREB", "194", "SSDGOV")}),
    ("SPLA rebels attacked a government garrison near Torit.", "1995-05-01",
     {("SDNREB", "190", "SDNMIL")}),
    ("Ethiopian jets bombed Asmara.", "1990-01-01", {("ETHMIL", "195", "ETHGOV")}),
    ("UNITA accused the MPLA government of violating the truce.", "1994-03-01",
     {("AGOREB", "112", "AGOPTY")}),
    ("Renamo rebels ambushed a Zimbabwean convoy.", "1989-01-01", {("MOZREB", "190", "ZWE")}),
    ("The Contras attacked a Sandinista army post.", "1987-05-01", {("NICREB", "190", "NICMIL")}),
    # public figures outside government in the news of their period
    ("Archbishop Desmond Tutu criticized Zimbabwe.", "1990-01-01", {("ZAFREL", "111", "ZWE")}),
    ("Kaunda praised Angola.", "1988-01-01", {("ZMBGOV", "051", "AGO")}),
    ("Buthelezi criticized the ANC.", "1992-01-01", {("ZAFOPP", "111", "ZAFPTY")}),
]


@pytest.mark.parametrize("rule,text,expected", CASES)
def test_rule(engine, rule, text, expected):
    assert coded(engine, text) == expected, rule


def test_every_rule_has_three_sentences():
    assert all(len(cases) >= 3 for cases in RULES.values())


@pytest.mark.parametrize("text,published,expected", DATED)
def test_dated(engine, text, published, expected):
    assert coded(engine, text, published=published) == expected
