"""Recall constructions on unseen news, session 8 (issue 11). Each case asserts exactly the
events a sentence codes: (source code, CAMEO code, target code, polarity, modality). All
sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import INTENT, coded_with_flags, ev

CASES = [
    # control.yaml ctl.aspect: "decided to" carries the act decided, as done (not a threat
    # or a plan)
    ("Kenya decided to expel two Ugandan diplomats.", {ev("KEN", "161", "UGAGOV")}),
    ("Ghana decided to close its border with Togo.", {ev("GHA", "191", "TGO")}),
    ("The Gambian cabinet decided to recall its ambassador from Senegal.",
     {ev("GMBGOV", "161", "SEN")}),
    # arguments._implied_owner_country: "their/its/his" on a bare role noun points back to
    # the subject of a clause above it
    ("Ethiopian commanders said their forces had pulled out of the Somali port.",
     {ev("ETHMIL", "0874", "SOM")}),
    ("Chadian officers said their troops had crossed into Sudan.",
     {ev("TCDMIL", "192", "SDN")}),
    ("The Nepalese home minister said his police had arrested three Indian smugglers.",
     {ev("NPLCOP", "173", "INDCRM")}),
    # ... an "of" country names a titled person's, and a definite role noun subject of a
    # reported clause is its speaker's
    ("Foreign Minister Ali Osman of Sudan accused Egypt of meddling.",
     {ev("SDNGOV", "112", "EGY")}),
    ("A spokesman for the Chadian army said the army had repelled a Libyan incursion.",
     {ev("TCDMIL", "190", "LBY")}),
    ("Zambian officials said the police had arrested two Congolese smugglers.",
     {ev("ZMBCOP", "173", "CODCRM")}),
    # ... an object's "their" may mean a noun beside it, not the subject
    ("Kenyan police arrested two Somali smugglers and their driver.",
     {ev("KENCOP", "173", "SOMCRM")}),
    # ... a role noun with a country of its own keeps it
    ("Kenyan officials said Ugandan troops had crossed into Kenya.",
     {ev("UGAMIL", "192", "KEN")}),
    # arguments.enacted: a law, decree or motion passed, issued or adopted does what it
    # says, by whoever enacts it
    ("The Serbian parliament approved a bill granting amnesty to Albanian rebels.",
     {ev("SRBLEG", "0841", "ALBREB")}),
    ("The Nigerien junta issued a decree banning French media.",
     {ev("NERGOV", "1721", "FRAMED")}),
    ("The Peruvian congress passed a law recognizing the independence of Kosovo.",
     {ev("PERLEG", "054", "XKX")}),
    # ... a law criticised is not enacted by its critic
    ("The Chilean opposition criticised a law banning protests.",
     {ev("CHLOPP", "111", "CHL")}),
    # 08.recognize-victory: accepting a rival's win is yielding, not diplomatic recognition
    ("The Gabonese ruling party recognised the opposition victory.",
     {ev("GABPTY", "080", "GABOPP")}),
    ("The Zambian president accepted the opposition's victory in the capital.",
     {ev("ZMBGOV", "080", "ZMBOPP")}),
    ("The Ecuadorian electoral court recognized wins by indigenous candidates.",
     {ev("ECUJUD", "080", "ECUPTY")}),
    # classes.agreements: the verbs of making an agreement take any word of the class
    ("Ghana struck a barter arrangement with Nigeria.",
     {ev("GHA", "057", "NGA"), ev("NGA", "057", "GHA")}),
    ("Kenya concluded a border protocol with Ethiopia.",
     {ev("KEN", "057", "ETH"), ev("ETH", "057", "KEN")}),
    ("Malaysia inked a defence framework with Australia.",
     {ev("MYS", "057", "AUS"), ev("AUS", "057", "MYS")}),
    # 19.sink-vessel: sinking a ship is force on its owner; a storm doing it is no event
    ("The Peruvian navy sank a Chilean patrol boat.", {ev("PERMIL", "190", "CHL")}),
    ("Eritrean gunboats sank a Yemeni trawler.", {ev("ERIMIL", "190", "YEM")}),
    ("A storm sank three Filipino fishing boats.", set()),
    # 07.open-border-to: opening a border to people lets them in
    ("Turkey opened its border to Syrian refugees.", {ev("TUR", "075", "SYRREF")}),
    ("Jordan opened its borders to Iraqis fleeing the war.", {ev("JOR", "075", "IRQ")}),
    ("Malaysia opened its borders to trade.", set()),
    # 08.shorten-curfew: a curfew cut back is eased
    ("The Egyptian government reduced the curfew in Alexandria.",
     {ev("EGYGOV", "0813", "EGY")}),
    # arguments._noun_owner: whose decision, move or plan an infinitive spells out does it
    # (a plan as an intent), when the sentence tells of it (syntax.told_as_news)
    ("Ghana announced its decision to expel the French ambassador.",
     {ev("GHA", "161", "FRAGOV")}),
    ("Eritrea's move to recall its ambassador from Djibouti drew criticism.",
     {ev("ERI", "161", "DJI")}),
    ("Chad's plan to open talks with the rebels was welcomed by Niger.",
     {ev("NER", "051", "TCD"), ev("TCD", "036", "TCDREB", INTENT)}),
    # ... not one it only refers to
    ("Kenya welcomed Uganda's plan to reopen its embassy in Nairobi.",
     {ev("KEN", "051", "UGA")}),
    ("Thousands of Israelis marched against the government's plan to curb the courts.",
     {ev("ISR", "141", "ISRGOV")}),
    # 08.end-hostilities: ending, halting or calling off fighting stands it down (0871),
    # it is no attack; states that do so together with no one else named do it towards
    # each other (coder._emit), and what the doer's own pronoun owns is no target
    ("Libya and Chad ended the fighting along their border.",
     {ev("LBY", "0871", "TCD"), ev("TCD", "0871", "LBY")}),
    ("The Eritrean rebels called off their offensive against Asmara.",
     {ev("ERIREB", "0871", "ERIGOV")}),
    ("The Angolan army ended its offensive against the rebels.",
     {ev("AGOMIL", "0871", "AGOREB")}),
    ("The Ugandan army halted its offensive.", {ev("UGAMIL", "087", None)}),
    # classes.express_verbs: any verb of voicing a stance takes the stance's pattern
    ("The Arab League reaffirmed its support for Iraq.", {ev("IGOARL", "051", "IRQ")}),
    ("Tunisia voiced solidarity with the Palestinians.", {ev("TUN", "018", "PSE")}),
    ("Portugal reaffirmed its confidence in Angola.", {ev("PRT", "013", "AGO")}),
    ("Brazil voiced its disapproval of the Argentine decision.",
     {ev("BRA", "110", "ARG")}),
    # syntax.lemmas_of / obj_matches: a hyphenated noun split by the tokenizer is matched
    # whole ("sit-in"), as a trigger and as an object
    ("Nepalese teachers began a sit-in against the government.",
     {ev("NPLEDU", "141", "NPLGOV")}),
    ("Kenyan opposition supporters held a sit-in in Nairobi.", {ev("KENCVL", "141", "KEN")}),
    ("Kenyan unions called off their sit-in.", {ev("KENLAB", "082", "KEN")}),
    # 08.legalise: unbanning a party eases the ban
    ("The Zambian government unbanned the main opposition party.",
     {ev("ZMBGOV", "0812", "ZMBOPP")}),
    # coder._emit / conventions._home_state: an opposition or rebels with no country named
    # are of the one country their sentence names, even with no target
    ("The opposition coalition called off its rally in Baku.",
     {ev("AZEOPP", "082", "AZE")}),
    ("Opposition leaders postponed a rally in Minsk.", {ev("BLROPP", "082", "BLR")}),
    ("Ugandan rebels in Kampala called off their offensive.", {ev("UGAREB", "0871", None)}),
    # ... but private people placed only by their sentence are no political event
    ("Tourists visited the old town in Tbilisi.", set()),
    # 15.deploy-troops: troops deployed, dispatched or rushed to a country with no mission
    # stated are a show of force (with one stated, protection: 07.send-forces-on-mission)
    ("Egypt dispatched soldiers to Yemen.", {ev("EGY", "154", "YEM")}),
    ("Nigeria rushed troops to Sierra Leone.", {ev("NGA", "154", "SLE")}),
    ("Senegal sent troops to Gambia on a peacekeeping mission.", {ev("SEN", "074", "GMB")}),
    # roles.tsv MIL: fighter planes and fighter-bombers are an air force, not rebels
    ("Syrian fighter-bombers attacked Israeli positions.", {ev("SYRMIL", "190", "ISR")}),
    ("Turkish jets intercepted Greek fighter planes.", {ev("TURMIL", "190", "GRCMIL")}),
    # 19.destroy-military: destroying a side's weapons or positions is force on it; one's
    # own weapons destroyed are disarming
    ("Eritrean rebels destroyed an Ethiopian army helicopter.",
     {ev("ERIREB", "190", "ETHMIL")}),
    ("Kurdish fighters destroyed four Turkish tanks.", {ev("TURREB", "190", "TURMIL")}),
    ("Libya destroyed its chemical weapons.", {ev("LBY", "0873", None)}),
    # arguments._demonym_phrase: a two-word nationality the parser split into two modifiers
    # names its country as the owner of what is acted on
    ("Angola denounced South African aggression.", {ev("AGO", "111", "ZAF")}),
    ("Kenya condemned North Korean missile tests.", {ev("KEN", "111", "PRK")}),
    # arguments._object_targets: a "by" phrase the parser hangs on an active verb names who
    # did the act its object names
    ("Angola denounced the raids by South African troops.", {ev("AGO", "111", "ZAFMIL")}),
    ("Kenya protested the incursion by Somali militiamen.", {ev("KEN", "114", "SOMREB")}),
    ("Chad condemned the shelling by Libyan forces.", {ev("TCD", "111", "LBYMIL")}),
    # classes.acts_done: an act named by a noun that is welcomed is approved, not hosted
    ("Russia welcomed the withdrawal of NATO forces from Kosovo.",
     {ev("RUS", "051", "IGONATO")}),
    ("Kenya welcomed the release of Ugandan prisoners.", {ev("KEN", "051", "UGACRM")}),
    # ... a person welcomed is hosted
    ("Vietnam welcomed the Cambodian prime minister.", {ev("VNM", "043", "KHMGOV")}),
    # coder._attach_by_voice: people acted on in a passive are its target whatever their
    # nationality (the doer is the agent, the state they are sent from, or whose office
    # they are called to); one's own people (recalled, deployed) are the owner's act
    ("Three Sudanese diplomats were expelled from Egypt on Monday.",
     {ev("EGY", "161", "SDNGOV")}),
    ("Four Chinese nationals were deported by Zambia.", {ev("ZMB", "174", "CHN")}),
    ("The Greek ambassador was summoned to the Turkish foreign ministry.",
     {ev("TURGOV", "114", "GRCGOV")}),
    ("Kenya's ambassador was recalled from Uganda.", {ev("KEN", "161", "UGA")}),
    # arguments._deep_agent: a passive's "by" phrase hung inside its "of"/"with" phrase
    # (out of office: resolve.OUT_OF_OFFICE)
    ("Ousted leader Moussa Traore has been charged with murder by Malian prosecutors.",
     {ev("MLIJUD", "1121", "MLIELI")}),
    ("The Lebanese banker was accused of funding militants by Lebanese prosecutors.",
     {ev("LBNJUD", "112", "LBNBUS")}),
    # coder._official_punished: a state's organ acting with hostility on one of its own
    # officials named apart is a domestic event (praise of one's own envoy stays none)
    ("The Chinese government arrested a senior Chinese official.",
     {ev("CHNGOV", "173", "CHNGOV")}),
    ("The former Kenyan minister has been accused by the Kenyan government of stealing "
     "public funds.", {ev("KENGOV", "112", "KENGOV")}),
    ("The Kenyan president praised the Kenyan ambassador.", set()),
    # coder._purpose_demand: what a purpose clause of a coded act wants of another is why
    # the act was done, not a further demand
    ("Ghana cut aid to Togo to press Lome to free its prisoners.", {ev("GHA", "162", "TGO")}),
    # sides.OWN_GROUND_CODES (session 11): withdrawing troops from one's own region is
    # towards no one the place names
    ("Sudan withdrew its troops from Darfur.", {ev("SDN", "0874", None)}),
    # 12.scoff-at, 05.patch-up-ties: a few idioms of news wires
    ("Cuba scoffed at the American offer.", {ev("CUB", "120", "USA")}),
    ("Turkey patched up relations with Syria.",
     {ev("TUR", "050", "SYR"), ev("SYR", "050", "TUR")}),
    ("The rock band patched up its quarrel with the record label.", set()),
    # coder._placeable: an official the KB does not know, acting on no one of a country, is
    # of the one country the sentence names
    ("Vice-President Peter Mwale has declined to resign despite pressure from the Zambian "
     "opposition.", {ev("ZMBGOV", "124", None)}),
    ("Interior Minister Peter Mwale declined to resign after protests in Lusaka.",
     {ev("ZMBGOV", "124", None)}),
    # coder._blamed (control.yaml appraisal.blame): a noun of blame said of an act or a side
    # is criticism of whoever did it, by whoever says or describes it so
    ("Sudan said the attack was an act of aggression by Eritrea.", {ev("SDN", "111", "ERI")}),
    ("Sudan described the Eritrean attack as a blatant aggression.", {ev("SDN", "111", "ERI")}),
    ("Ghana called the Togolese decision a violation of the treaty.",
     {ev("GHA", "111", "TGO")}),
    ("Kenya branded the Somali militants terrorists.", {ev("KEN", "111", "SOMINS")}),
    ("Chile said Peru was an aggressor.", {ev("CHL", "111", "PER")}),
    # ... a blame noun with no doer named blames no one
    ("Chad said the raid was a provocation.", set()),
    ("Kenya warned of a risk of terrorism.", set()),
    # 18.execute-anyone: executing or beheading anyone named as an actor, whatever noun
    # names them; not a plan or an order carried out
    ("Saudi Arabia executed three Pakistani drug smugglers.", {ev("SAU", "1823", "PAKCRM")}),
    ("Iran executed two Kurdish dissidents.", {ev("IRN", "1823", "IRNOPP")}),
    ("The Iraqi government executed the Kenyan plan.", set()),
    # 18.poison-anyone, 17.silence-anyone: verb defaults for anyone named as an actor
    ("Russian agents poisoned a Ukrainian banker.", {ev("RUSSPY", "180", "UKRBUS")}),
    ("The scandal poisoned relations between Kenya and Uganda.", set()),
    ("The Rwandan government muzzled opposition journalists.",
     {ev("RWAGOV", "1721", "RWAMED")}),
    ("The ceasefire silenced the Ethiopian guns.", set()),
    # 12.refuse-access, 17.turn-back-people: refusing admittance, turning people back
    ("Thailand was refusing admittance to Burmese refugees.", {ev("THA", "1245", "MMRREF")}),
    ("Greek border guards turned back Albanian migrants.", {ev("GRCCOP", "174", "ALBREF")}),
    ("The Italian coast guard pushed back Tunisian migrants.",
     {ev("ITAMIL", "174", "TUNREF")}),
    # coder._own_organs: a state organ named by a role noun alone that coerces people of
    # the one country its sentence names is that country's
    ("The army detained two Malian journalists.", {ev("MLIMIL", "173", "MLIMED")}),
    ("The junta arrested the former Malian president.", {ev("MLIGOV", "173", "MLIGOV")}),
    # ... force abroad is not read so
    ("The army shelled Syrian positions.", set()),
    # arguments._implied_owner_country: "its troops" as the doer of an event noun
    ("Ethiopia said the withdrawal of its troops from Somalia was complete.",
     {ev("ETHMIL", "0874", "SOM")}),
    # 16.embassy-closure-noun, control.yaml support_verbs (confirm): an embassy's closure
    # ordered or announced, an act confirmed by its doer
    ("Kenya announced the closure of its embassy in Somalia.", {ev("KEN", "161", "SOM")}),
    ("The Ugandan closure of its embassy in Kenya surprised diplomats.",
     {ev("UGA", "161", "KEN")}),
    ("Chad confirmed the expulsion of two Libyan diplomats.", {ev("TCD", "166", "LBYGOV")}),
    # 05.team-up, 16.break-with: teaming up with someone, breaking with someone
    ("Chad teamed up with Niger against Boko Haram.",
     {ev("TCD", "050", "NER"), ev("NER", "050", "TCD")}),
    ("Argentina broke with Britain over the islands.", {ev("ARG", "160", "GBR")}),
    ("The Peruvian president broke with tradition.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_recall_constructions_s8(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
