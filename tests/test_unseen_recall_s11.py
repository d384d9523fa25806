"""Recall on news nobody tuned for (session 11): general mechanisms for constructions the
held-out news missed. Each case asserts exactly the events a sentence codes: (source
code, CAMEO code, target code, polarity, modality). All sentences are written for these
tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

CASES = [
    # verbs.to_gerund_controller: a control verb of intent or refusal whose act follows
    # as a gerund after "to" controls it as it does an infinitive
    ("Vietnam and Cambodia committed to resolving their dispute.",
     {ev("VNM", "030", "KHM", INTENT), ev("KHM", "030", "VNM", INTENT)}),
    ("Peru committed itself to releasing the Bolivian prisoners.",
     {ev("PER", "0353", "BOLCRM", INTENT)}),
    ("Serbia agreed to reopening the border with Kosovo.", {ev("SRB", "0356", "XKX", INTENT)}),
    ("Ghana committed to reopening the border with Togo and releasing the Togolese prisoners.",
     {ev("GHA", "0356", "TGO", INTENT), ev("GHA", "0353", "TGOCRM", INTENT)}),
    ("Kenya is committed to helping Somalia.", {ev("KEN", "033", "SOM", INTENT)}),
    # ... not a "to" phrase of some other verb
    ("Chile returned to talking about the weather.", set()),
    # 03.offer-noun-*: offers, pledges and promises as nouns code as the verbs do, their
    # maker the owner or the subject of the verb that makes them (support_verbs: make,
    # extend, renew ...), the target a "to" phrase on the noun, the verb or the object
    ("Germany made a pledge of 200 million marks to Poland.",
     {ev("DEU", "0331", "POL", INTENT)}),
    ("Ghana made a pledge of 500 peacekeepers to Liberia.", {ev("GHA", "0334", "LBR", INTENT)}),
    ("The Peruvian government extended an offer of talks to the rebels.",
     {ev("PERGOV", "036", "PERREB", INTENT)}),
    ("The rebels made an offer of a truce to the Ugandan army.",
     {ev("UGAREB", "0356", "UGAMIL", INTENT)}),
    ("Algeria extended an offer of mediation between Mali and the rebels.",
     {ev("DZA", "039", "MLI", INTENT), ev("DZA", "039", "MLIREB", INTENT)}),
    ("The mayor made a promise of better roads to voters.", set()),
    # syntax.INTENT_NOUNS: an offer, pledge or promise to act is an intent to do it
    ("Sweden made an offer to mediate between Ethiopia and Eritrea.",
     {ev("SWE", "039", "ETH", INTENT), ev("SWE", "039", "ERI", INTENT)}),
    ("Turkey gave a promise to release the Greek soldiers.",
     {ev("TUR", "0353", "GRCMIL", INTENT)}),
    ("Nigeria repeated its commitment to withdraw troops from Cameroon.",
     {ev("NGA", "0356", "CMR", INTENT)}),
    # ... and so is a plan or proposal to act that a side approves, adopts or accepts
    ("The Sudanese government approved a plan to withdraw troops from the south.",
     {ev("SDNGOV", "0356", None, INTENT)}),
    ("The Israeli cabinet approved a proposal to release 400 Palestinian prisoners.",
     {ev("ISRGOV", "0353", "PSECRM", INTENT)}),
    ("The Greek government adopted a scheme to release jailed Albanian migrants.",
     {ev("GRCGOV", "0353", "ALBREF", INTENT)}),
    # verbs._protested_mission: a protest held at, outside or in front of a state's
    # embassy or consulate is aimed at that state, not at the place's
    ("Lebanese students demonstrated outside the French embassy in Beirut.",
     {ev("LBNEDU", "141", "FRAGOV")}),
    ("Hundreds of Iranians protested in front of the British embassy in Tehran.",
     {ev("IRN", "140", "GBRGOV")}),
    ("Thousands of Pakistanis rallied outside the US consulate in Karachi.",
     {ev("PAK", "141", "USAGOV")}),
    # 14.burn-effigy: burning or trampling a state's flag protests against it
    ("Demonstrators in Caracas burned American flags.", {ev("VENCVL", "140", "USA")}),
    ("Pakistani students burned Danish flags in Lahore.", {ev("PAKEDU", "140", "DNK")}),
    ("Protesters in Belgrade trampled the NATO flag.", {ev("SRBCVL", "140", "IGONATO")}),
    # 11.express-dismay-at/-over/-about: disappointment or dismay at, over or about
    # someone's act is disapproval of them
    ("Australia expressed disappointment at Indonesia's decision.", {ev("AUS", "110", "IDN")}),
    ("The Kenyan minister voiced dismay about the Tanzanian tariffs.",
     {ev("KENGOV", "110", "TZA")}),
    ("Brazil expressed displeasure over the Argentine import curbs.", {ev("BRA", "110", "ARG")}),
    # sides.OWN_GROUND_CODES: a truce or withdrawal on a side's own ground has no target
    # from the place; on another's ground, that other is the target
    ("Hezbollah declared a ceasefire in south Lebanon.", {ev("LBNINS", "0871", None)}),
    ("The Colombian rebels announced a ceasefire in Colombia.", {ev("COLREB", "0871", None)}),
    ("Bosnian Serb forces completed their withdrawal from the town of Gorazde.",
     {ev("BIHMIL", "0874", None)}),
    ("The Israeli army withdrew from the Lebanese town of Jezzine.",
     {ev("ISRMIL", "0874", "LBN")}),
    # conventions.DOMESTIC_TARGET_ROOTS + 03, 08: a domestic group's undirected promise or
    # concession is towards its own country (a truce or surrender stays undirected)
    ("The Nigerian teachers union called off its strike.", {ev("NGALAB", "082", "NGA")}),
    ("Opposition leaders in Kenya agreed to postpone the rally.",
     {ev("KENOPP", "0352", "KEN", INTENT)}),
    ("Colombian students agreed to end their protest.", {ev("COLEDU", "0352", "COL", INTENT)}),
    ("Five hundred Ugandan rebels surrendered.", {ev("UGAREB", "0874", None)}),
    # resolve._owned_name: a named body the KB does not know, owned by a state named before
    # it, is that state's
    ("Iraq's Revolutionary Command Council warned Kuwait on Wednesday.",
     {ev("IRQ", "130", "KWT", THREAT)}),
    ("Nigeria's Supreme Military Council banned the opposition party.",
     {ev("NGA", "1722", "NGAOPP")}),
    ("Ghana's Provisional National Defence Council accused Togo of harboring dissidents.",
     {ev("GHA", "112", "TGO")}),
    # control.yaml lemma_aliases: a near-synonym takes the patterns of the commoner verb
    ("The Serbian government consented to the Russian proposal.",
     {ev("SRBGOV", "030", "RUS", INTENT)}),
    ("Belgrade assented to the UN plan.", {ev("SRBGOV", "030", "IGOUNO", INTENT)}),
    ("Morocco consented to release the Algerian prisoners.",
     {ev("MAR", "0353", "DZACRM", INTENT)}),
    ("Rebels slew 30 villagers in eastern Congo.", {ev("CODREB", "180", "CODCVL")}),
    # 19.respond-with-force: responding to someone with force (a threat when announced)
    ("Azerbaijan responded with force to the Armenian shelling.", {ev("AZE", "190", "ARM")}),
    ("Pakistan's prime minister said his country would respond with full force to any "
     "Indian aggression.", {ev("PAK", "138", "IND", THREAT)}),
    ("Egypt warned it would respond with military action to any Sudanese incursion.",
     {ev("EGY", "138", "SDN", THREAT)}),
    ("The minister responded to the Kenyan criticism with a statement.", set()),
    # 04.meet(-with) unless_obj @receptions (matching: also the "with" phrase): how a plan or
    # a side is received is no meeting; meeting the opposition is
    ("The Kenyan reforms met with resistance from the unions.", set()),
    ("The Ugandan proposal met with strong opposition in Nairobi.", set()),
    ("The Chilean plan met stiff opposition from Peru.", set()),
    ("The French minister met the Algerian opposition.",
     {ev("FRAGOV", "040", "DZAOPP"), ev("DZAOPP", "040", "FRAGOV")}),
    ("The Kenyan president met with opposition leaders.",
     {ev("KENGOV", "040", "KENOPP"), ev("KENOPP", "040", "KENGOV")}),
    # domestic.backer_country: a backed force with no ground or other side's country is its
    # backer's; the place it acts in, or the state it fights on its own ground, comes first
    ("Iranian-backed militias attacked an American embassy.", {ev("IRNREB", "190", "USAGOV")}),
    ("Rwandan-backed rebels attacked a UN convoy.", {ev("RWAREB", "190", "IGOUNO")}),
    ("Iranian-backed militias fired rockets at a US base in eastern Syria.",
     {ev("SYRREB", "194", "USA")}),
    ("Russian-backed separatists shelled Ukrainian positions.", {ev("UKRREB", "194", "UKR")}),
    # sides._bare_people (classes bare_people): an act that needs a target, on people of no
    # one known, is still coded, aimed at no one known
    ("Iran said it would allow the inspectors back.", {ev("IRN", "035", None, INTENT)}),
    ("Iraq allowed the inspectors to return.", {ev("IRQ", "080", None)}),
    ("Libya allowed the observers to visit the prison.", {ev("LBY", "080", None)}),
    # a high commissioner is a diplomat (16.recall-ambassador, 16.expel-diplomats,
    # 11.summon-envoy ...)
    ("Nigeria recalled its high commissioner from Britain.", {ev("NGA", "161", "GBR")}),
    ("India expelled the Pakistani deputy high commissioner.", {ev("IND", "161", "PAKGOV")}),
    ("Britain summoned the Zimbabwean high commissioner.", {ev("GBR", "114", "ZWEGOV")}),
    # sides._speaker_country: sides named by role alone in what a state's speaker reports,
    # with no place or country named, are of the speaker's country
    ("A spokesman for the Sri Lankan military said troops had killed 25 Tamil rebels.",
     {ev("LKAMIL", "190", "LKAREB")}),
    ("The Ugandan army said soldiers had killed 12 rebels.", {ev("UGAMIL", "190", "UGAREB")}),
    ("Turkish officials said police had detained 40 protesters.",
     {ev("TURCOP", "173", "TURCVL")}),
    # matching._stray_object: a preposition the parser left empty, whose noun it hung as the
    # subject of a participle describing it, still has that noun for object
    ("Chile granted asylum to two Bolivian ministers hiding in its embassy.",
     {ev("CHL", "075", "BOLGOV")}),
    ("Spain sent medicine to Cuban children suffering from the epidemic.",
     {ev("ESP", "073", "CUBCVL")}),
    ("Ghana offered asylum to Liberian refugees stranded in Accra.",
     {ev("GHA", "0333", "LBRREF", INTENT)}),
    # classes order_verbs + depart_verbs (coder.ORDER_OUT_CODE): ordering someone to
    # leave expels them (166); telling them to is a demand
    ("Sudan ordered the British ambassador to leave the country.",
     {ev("SDN", "166", "GBRGOV")}),
    ("Rwanda ordered all Belgian aid workers to quit the country within 48 hours.",
     {ev("RWA", "166", "BELNGO")}),
    ("Ghana ordered two Nigerian journalists to leave the country.",
     {ev("GHA", "166", "NGAMED")}),
    ("Chad told the French troops to leave.", {ev("TCD", "100", "FRAMIL")}),
    # sides.CITIZEN_ROLES: a state's own people held, jailed or sentenced with no holder
    # and no place named are held by that state
    ("Two Kenyan journalists were jailed for ten years on charges of sedition.",
     {ev("KENGOV", "173", "KENMED")}),
    ("A Chinese dissident was sentenced to death for spying.", {ev("CHNGOV", "173", "CHNOPP")}),
    ("Two Nigerian opposition leaders were detained on Friday.",
     {ev("NGAGOV", "173", "NGAOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_recall_s11(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
