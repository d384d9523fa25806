"""Recall on sentences we coded nothing for (session 15): general mechanisms for long wire
sentences that lost every event. Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written for
these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

CASES = [
    # matching._subjects: a "to" infinitive the parser hung as an adverbial of the verb
    # before it ("vowed last week to walk out") has that verb's subject, so a pattern that
    # needs a subject class (workers strike, jets do not) sees it
    ("Striking is the only option left, and Kenyan teachers threatened last week to walk "
     "out if salaries stay frozen.",
     {ev("KENEDU", "133", None, THREAT)}),
    ("Angry about unpaid wages, Ghanaian nurses vowed at a rally on Sunday to stop work "
     "from July.",
     {ev("GHAHLH", "133", None, THREAT)}),
    ("Chilean port workers warned on Thursday to strike over pension cuts.",
     {ev("CHLLAB", "133", None, THREAT)}),
    # syntax.INTENT_NOUN_VERBS: a plan drawn up, drafted or finalised to do something is
    # the planned act as an intent (as "announced plans to"), not a proposal's content
    ("Turkish commanders have drafted plans to bomb Kurdish positions in Iraq, a newspaper "
     "reported.",
     {ev("TURMIL", "138", "IRQ", THREAT)}),
    ("According to a leaked memo, Serbia's army had drawn up a plan to shell Kosovar "
     "villages.",
     {ev("SRBMIL", "138", "XKX", THREAT)}),
    ("The Venezuelan government drafted a plan to expel Spanish diplomats, a newspaper "
     "reported on Sunday.",
     {ev("VENGOV", "131", "ESPGOV", THREAT)}),
    ("Kenya has drawn up plans to open an embassy in Chile, the foreign ministry said.",
     {ev("KEN", "032", "CHL", INTENT)}),
    ("Pakistan's army has devised a plan to attack militant camps in Afghanistan, "
     "officials said.",
     {ev("PAKMIL", "138", None, THREAT)}),
    ("Brazil presented a plan to parliament on Monday.", set()),
    # appraisals.JUDGING_VERBS: a court that finds or holds that someone's act was
    # unlawful or unconstitutional appraises it as a speaker would: criticism of its doer
    ("Judges in Nairobi found that the police raid on the opposition party's offices was "
     "illegal.",
     {ev("KENCOP", "190", "KENOPP"), ev("KENJUD", "111", "KENCOP")}),
    ("A tribunal in Warsaw decided that the government's seizure of the broadcaster had "
     "been illegal, in a setback for the ruling party.",
     {ev("POLGOV", "171", "POLMED"), ev("POLJUD", "111", "POLGOV")}),
    ("Peru's top electoral court held that the Congress's removal of the ombudsman was "
     "unconstitutional.",
     {ev("PERJUD", "111", "PERLEG")}),
    ("The judge ruled that the evidence was inadmissible.", set()),
    # 08.ease-any-emergency: any verb of easing or winding back a state of emergency
    ("Ecuador scaled back the state of emergency in Guayaquil on Friday.",
     {ev("ECU", "0814", "ECU")}),
    ("Sri Lanka's president rolled back emergency rule on Thursday, his office said.",
     {ev("LKAGOV", "0814", "LKA")}),
    ("The Bolivian government suspended emergency rule in Cochabamba on Monday.",
     {ev("BOLGOV", "0814", "BOL")}),
    ("Ecuador scaled up the state of emergency in Guayaquil on Friday.", set()),
    # 08.lift-suspension-of: lifting the suspension or ban of someone named eases a
    # sanction on them; of no one named ("the suspension of talks") it is no event
    ("Mali's junta lifted the suspension of political parties on Monday.",
     {ev("MLIGOV", "081", "MLIPTY")}),
    ("The Guinean junta on Tuesday ended the ban of the opposition UFDG party.",
     {ev("GINGOV", "081", "GINPTY")}),
    ("Ghana ended the suspension of talks on Monday.", set()),
    # 12.vote-down-deal: a plan, proposal or initiative voted down is rejected (127); a
    # bill or motion voted down keeps its own code
    ("The Israeli cabinet voted down a plan for a truce on Sunday.",
     {ev("ISRGOV", "127", None)}),
    ("Armenia's parliament voted down an Azerbaijani peace proposal on Tuesday.",
     {ev("ARMLEG", "127", "AZE")}),
    ("Kenya's senate voted down a motion to impeach the Nairobi governor on Wednesday.",
     {ev("KENLEG", "129", "KEN")}),
    # 15.mass-troops: forces, tanks or warships massed or amassed somewhere
    ("Azerbaijan amassed tanks along the Armenian border on Monday.",
     {ev("AZE", "152", None)}),
    ("China massed warships near Taiwan on Saturday, Taipei said.",
     {ev("CHN", "152", "TWN")}),
    ("Russia amassed troops on the border with Finland, Helsinki said.",
     {ev("RUS", "152", "FIN")}),
    # syntax.particles_read_as_amounts: the particle of "handed over" read as "more than"
    # of the sum handed is the verb's particle again
    ("The Qatari government handed over $30 million in cash to Gaza on Tuesday to pay "
     "salaries of civil servants.",
     {ev("QATGOV", "070", "PSE")}),
    ("Iran handed over $6 billion to Iraq on Monday.", {ev("IRN", "070", "IRQ")}),
    ("Egypt turned over $15 million in aid to the Palestinian Authority on Tuesday.",
     {ev("EGY", "070", "PSEGOV")}),
    ("Kenya paid over $5 million to Uganda.", set()),
    # 08.hand-over-control: forces, fighters or a government handing or ceding control of
    # a place to someone give it up (0874); a firm doing so is business
    ("The Somali government transferred control of the port of Kismayo to Kenyan troops.",
     {ev("SOMGOV", "0874", "KENMIL")}),
    ("Colombian guerrillas ceded control of the village to the army after a week of "
     "fighting.",
     {ev("COLREB", "0874", "COLMIL")}),
    ("The Malian army transferred control of the desert camp to Chadian troops on "
     "Tuesday, residents said.",
     {ev("MLIMIL", "0874", "TCDMIL")}),
    ("Exxon transferred control of the oil field to a Chinese firm.", set()),
    # syntax.gerunds_read_as_modifiers: a gerund right after a control verb, read as an
    # adjective of the verb's object ("proposed suspending parts of the deal"), is the
    # verb's complement again
    ("The European Commission on Tuesday proposed suspending parts of a trade deal with "
     "Israel over its conduct of the war in Gaza.",
     {ev("IGOEUCOMM", "131", "ISR", THREAT)}),
    ("Germany on Monday proposed freezing parts of an aid package for Niger.",
     {ev("DEU", "131", "NER", THREAT)}),
    ("France on Thursday proposed halting parts of its arms sales to Saudi Arabia.",
     {ev("FRA", "131", "SAU", THREAT)}),
    ("Chile proposed holding talks with Bolivia.", {ev("CHL", "036", "BOL", INTENT)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_silent_recall_s15(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
