"""Four general shapes of long wire sentences (sentences of our own; exact events):

- a free relative that names the object ("launched what it called a retaliatory strike",
  "condemned what it termed provocations by X"): the thing named is the act's object
  (syntax.named_objects_mended);
- a reaction drawn from others ("..., drawing condemnation from X", "the decision drew
  criticism from X"): X reacts to whoever drew it (classes.draw_verbs);
- a noun set off after a clause that refers back to its act ("..., a move X criticised",
  "..., a charge X rejected"): the reaction is news, aimed at whoever did the act
  (syntax.referred_act, classes.act_references);
- "fighting erupted / clashes broke out between X and Y": the phrase the parser hangs on
  the verb of happening belongs to the event noun.
"""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("The army shelled what it described as rebel bases in Darfur.",
     {ev("SDNMIL", "194", "SDNREB")}),
    ("Moscow condemned what it termed provocations by Ukrainian forces.",
     {ev("RUSGOV", "111", "UKRMIL")}),
    ("Tehran launched what it called a retaliatory strike on Pakistan.",
     {ev("IRNGOV", "195", "PAK")}),
    ("Iran struck targets in Iraq, drawing condemnation from Baghdad.",
     {ev("IRN", "190", "IRQ"), ev("IRQGOV", "111", "IRN")}),
    ("Israel's decision drew criticism from Egypt and Jordan.",
     {ev("EGY", "111", "ISR"), ev("JOR", "111", "ISR")}),
    ("The Turkish raid drew a protest from the Iraqi government.",
     {ev("IRQGOV", "114", "TUR")}),
    ("OPEC agreed to cut output, a move Washington criticised as short-sighted.",
     {ev("USAGOV", "111", "IGOOPEC")}),
    ("Ecuador expelled two Colombian envoys, a decision that Bogota condemned.",
     {ev("ECU", "161", "COLGOV"), ev("COLGOV", "111", "ECU")}),
    ("Seoul accused Pyongyang of hacking its banks, a charge North Korea rejected.",
     {ev("KORGOV", "112", "PRKGOV"), ev("PRK", "120", "KORGOV")}),
    ("Fighting erupted between Sudanese troops and rebels.",
     {ev("SDNMIL", "190", "SDNREB"), ev("SDNREB", "190", "SDNMIL")}),
    ("Clashes broke out between Ethiopian troops and Eritrean forces.",
     {ev("ETHMIL", "190", "ERIMIL"), ev("ERIMIL", "190", "ETHMIL")}),
    ("Heavy fighting erupted in Khartoum between the army and rebels.",
     {ev("SDNMIL", "190", "SDNREB"), ev("SDNREB", "190", "SDNMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_reactions_and_named_objects(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-03-20") == expected


# verbs._claimed_by: an act whose noun says who claimed or carried it out was done by them
CLAIMED = [
    ("The attack, claimed by the Islamic State group, killed 12 Afghan soldiers.",
     {ev("IMGINS", "190", "AFGMIL")}),
    ("The blast, claimed by al-Shabaab, killed ten Kenyan soldiers near the border.",
     {ev("SOMINS", "183", "KENMIL")}),
    ("An assault by Houthi fighters killed three Saudi border guards.",
     {ev("YEMREB", "190", "SAUCOP")}),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED, ids=[c[0][:45] for c in CLAIMED])
def test_claimed_acts(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-03-20") == expected
