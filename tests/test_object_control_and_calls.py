"""Three general shapes of plain wire news (sentences of our own; exact events):

- object control (syntax.object_controller): "X prompted / led / caused Y to act": Y does
  the act, and an act another's act led to is aimed at that other when nothing else is
  named ("Lima expelled two envoys, prompting Quito to recall its ambassador");
- a call or talks that name no other party, in which one side tells, assures or thanks
  someone (classes.address_verbs): the one addressed is the other party;
- sides that do a symmetric act together ("Peru and Chile discussed the row"): they are
  its pairs, and the verb's object is its topic, not a party.
"""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

OBJECT_CONTROL = [
    ("The bombing prompted Norway to close its embassy in Kabul.",
     {ev("NOR", "161", "AFGGOV")}),
    ("Mounting pressure led Ghana to recall its envoy from Togo.", {ev("GHA", "161", "TGO")}),
    ("The border clash caused India to suspend flights to China.",
     {ev("IND", "161", "CHN")}),
    ("Canada expelled two Indian diplomats, prompting New Delhi to expel six Canadian "
     "diplomats.", {ev("CAN", "161", "INDGOV"), ev("INDGOV", "161", "CANGOV")}),
    ("Kuwait banned Lebanese imports, leading Beirut to recall its ambassador.",
     {ev("KWT", "163", "LBN"), ev("LBNGOV", "161", "KWT")}),
    # the causing verb's mood is the act's: a possibility is no event of the day
    ("The killing could prompt Britain to expel Iranian diplomats.",
     {ev("GBR", "161", "IRNGOV", ("asserted", "hypothetical"))}),
    ("Joining the court would oblige Yerevan to arrest the Russian president if he visited.",
     {ev("ARMGOV", "173", "RUSGOV", ("asserted", "hypothetical"))}),
    # a purpose infinitive stays its subject's ("summoned the envoy to complain")
    ("Kenya summoned Uganda's ambassador to complain about the raid.",
     {ev("KEN", "114", "UGAGOV")}),
]

CALLS = [
    ("Ruto told Museveni in a telephone call that Kenya would reopen the border.",
     {ev("KENGOV", "041", "UGAGOV"), ev("UGAGOV", "041", "KENGOV")}),
    ("In a phone call on Monday, the Italian premier assured Zelensky of Rome's support.",
     {ev("ITAGOV", "041", "UKRGOV"), ev("UKRGOV", "041", "ITAGOV"),
      ev("ITAGOV", "013", "UKRGOV")}),
    ("During talks in Cairo, the Qatari emir thanked Sisi for his mediation.",
     {ev("QATGOV", "046", "EGYGOV"), ev("EGYGOV", "046", "QATGOV"),
      ev("QATGOV", "051", "EGYGOV")}),
]

JOINT_SIDES = [
    ("Vietnam and Cambodia discussed border demarcation on Thursday.",
     {ev("VNM", "040", "KHM"), ev("KHM", "040", "VNM")}),
    ("Nigeria and Ghana discussed the trade dispute.",
     {ev("NGA", "040", "GHA"), ev("GHA", "040", "NGA")}),
    ("Putin and Erdogan discussed Syria on Friday.",
     {ev("RUSGOV", "040", "TURGOV"), ev("TURGOV", "040", "RUSGOV")}),
]

CASES = OBJECT_CONTROL + CALLS + JOINT_SIDES


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_object_control_calls_and_joint_sides(engine, text, expected):
    assert coded_with_flags(engine, text, published="2021-05-10") == expected
