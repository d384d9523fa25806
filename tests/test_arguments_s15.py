"""Target attachment in long wire sentences (issue 11, session 15). Each case asserts
exactly the events a sentence codes: (source code, CAMEO code, target code, polarity,
modality). All sentences are written for these tests (other actors and words than any
gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

# arguments.dative-phrase: a "to" phrase the parser takes for a dative ("dispatched
# monitors to a camp in Libya") is read as the verb's directional phrase when the nearest actor is
# looked for, so a country named as where the post is becomes the target; a town further
# in is where it happened, and no place at all gives no target.
DATIVE_PHRASE_CASES = [
    ("The OSCE dispatched investigators to a checkpoint in Moldova.",
     {ev("IGOOSCE", "090", "MDA")}),
    ("The UN dispatched monitors to a detention camp in Libya.", {ev("IGOUNO", "090", "LBY")}),
    ("The OSCE dispatched a team of experts to a border post in Georgia on Monday.",
     {ev("IGOOSCE", "090", "GEO")}),
    ("The UN sent inspectors to a depot near Aleppo.", {ev("IGOUNO", "090", None)}),
    ("The OSCE sent investigators to a warehouse.", {ev("IGOOSCE", "090", None)}),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_PHRASE_CASES,
                         ids=[c[0][:45] for c in DATIVE_PHRASE_CASES])
def test_dative_phrase_target(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# arguments.investigated-campaign: what an inquiry looks into may be placed in an owned
# campaign or war ("arrests made during X's purge", "beatings in X's raids", or
# a "during" phrase the parser hung on the verb after the inquiry's phrase): its owner did
# the acts and is the inquiry's target. A "during" phrase before the inquiry is only when
# it was opened.
INVESTIGATED_CAMPAIGN_CASES = [
    ("The OSCE started an investigation into arrests made during Belarus's election "
     "crackdown.", {ev("IGOOSCE", "090", "BLR")}),
    ("The Council of Europe launched an inquiry into beatings carried out during the "
     "Azerbaijani police's raids.", {ev("IGOCOE", "090", "AZECOP")}),
    ("Amnesty International began a probe into torture during the Egyptian army's "
     "crackdown.", {ev("NGOAMN", "090", "EGYMIL")}),
    ("The UN opened an inquiry into abuses in the Burmese military's campaign against the "
     "Rohingya.", {ev("IGOUNO", "090", "MMRMIL")}),
    ("During the president's visit to Paris, the UN opened an inquiry into abuses.",
     {ev("IGOUNO", "090", None)}),
]


@pytest.mark.parametrize(("text", "expected"), INVESTIGATED_CAMPAIGN_CASES,
                         ids=[c[0][:45] for c in INVESTIGATED_CAMPAIGN_CASES])
def test_investigated_campaign_owner(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# arguments.considered-act: an act considered, weighed or mulled (CAMEO 014) is aimed at
# whom the act itself would be aimed at: the actor its phrase names, even when the object
# is an event noun of another kind ("a ban on Tanzanian maize"), which otherwise keeps its own
# target to itself. A phrase naming no actor leaves none.
CONSIDERED_ACT_CASES = [
    ("Kenya is considering a ban on Tanzanian maize.", {ev("KEN", "014", "TZA")}),
    ("Australia is considering a boycott of Chinese goods.", {ev("AUS", "014", "CHN")}),
    ("Chile said it was considering an embargo on Bolivian gas.", {ev("CHL", "014", "BOL")}),
    ("Germany is considering new sanctions against Belarus.", {ev("DEU", "014", "BLR")}),
    ("Canada is considering an attack on its own budget deficit.", {ev("CAN", "014", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CONSIDERED_ACT_CASES,
                         ids=[c[0][:45] for c in CONSIDERED_ACT_CASES])
def test_considered_act_target(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# arguments.withdrawn-from + sides.one-place-per-country: forces pulled back or operations
# scaled down (CAMEO 087, and 0356 its intent) are aimed at the country of the place they
# leave or stop operating around ("near Baku", "out of bases near Basra"), not at the
# source's own ground; a capital and a town of one country beside it are one target.
WITHDRAWN_FROM_CASES = [
    ("Armenian forces will scale back their military operations near Baku, officials in "
     "Yerevan announced.", {ev("ARMMIL", "0356", "AZEGOV", ("asserted", "intent"))}),
    ("Last month Armenia scaled back its military operations near Baku and the town of "
     "Ganja.", {ev("ARM", "087", "AZEGOV")}),
    ("Serbia pulled its gunners out of camps near Pristina.", {ev("SRB", "0874", "XKXGOV")}),
    # (an "in" phrase is where the act happens, as the lexicon's construction tests keep it)
    ("Israel scaled back its military operations in the West Bank.",
     {ev("ISR", "087", None)}),
    ("Britain pulled its soldiers out of bases near Basra.", {ev("GBR", "0874", "IRQ")}),
    ("Chad withdrew its troops from Mali.", {ev("TCD", "0874", "MLI")}),
    ("France scaled back operations.", {ev("FRA", "087", None)}),
    ("Ethiopia withdrew its forces from areas around Mekelle.", {ev("ETH", "0874", None)}),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWN_FROM_CASES,
                         ids=[c[0][:45] for c in WITHDRAWN_FROM_CASES])
def test_withdrawn_from_place(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# sides.speaking-organ: an arrest, charge, inquiry or other legal act no one is named for,
# placed nowhere, reported by one state organ of a known country (police, a ministry, a
# court) was done by that organ; an army reporting deaths, a rights group or a villager
# reporting an arrest did not do it. A placed act keeps the place's authorities.
SPEAKING_ORGAN_CASES = [
    ("Three smugglers were detained at the border, the Iranian police said.",
     {ev("IRNCOP", "173", "IRNCRM")}),
    ("An inquiry was opened into the crash, the French interior ministry said.",
     {ev("FRAGOV", "090", None)}),
    ("A curfew was imposed on the northern districts, the Ethiopian government said.",
     {ev("ETHGOV", "1723", "ETH")}),
    ("Dozens of protesters were detained overnight, the Belarusian interior ministry said.",
     {ev("BLRGOV", "173", "BLRCVL")}),
    ("Four opposition activists were arrested in Harare on Monday, Zimbabwean police said.",
     {ev("ZWEGOV", "173", "ZWECVL")}),
    ("Three smugglers were detained at the border, Amnesty International said.", set()),
    ("Three smugglers were detained at the border, a villager said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_ORGAN_CASES,
                         ids=[c[0][:45] for c in SPEAKING_ORGAN_CASES])
def test_speaking_organ_source(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# arguments.gerund-phrase: the nearest actor an object's phrase points at may sit in a
# gerund phrase under it ("a road map for repairing its ties with X"): the gerund's object is
# one step further in, and its "with" phrase names the target (not "its", the source's own).
GERUND_PHRASE_CASES = [
    ("Qatar backed a road map for repairing its ties with Bahrain.",
     {ev("QAT", "050", "BHR")}),
    ("Morocco accepted a plan for easing its quarrel with Algeria.", {ev("MAR", "080", "DZA")}),
    ("Ghana rejected a proposal for resolving its trade dispute with Togo.",
     {ev("GHA", "127", "TGO")}),
    ("Chile rejected a plan for building a dam.", {ev("CHL", "127", None)}),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_PHRASE_CASES,
                         ids=[c[0][:45] for c in GERUND_PHRASE_CASES])
def test_gerund_phrase_target(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected
