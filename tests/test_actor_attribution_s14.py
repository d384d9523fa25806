"""Actor attribution (issue 11, session 14): events whose trigger and subject were found but
whose subject resolved to no actor (officials named by title alone, a first lady, titled
people the KB does not list). Each case asserts exactly the events a sentence codes:
(source code, CAMEO code, target code, polarity, modality). All sentences are written for
these tests (other actors and words than any gold sentence)."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

# domestic.one-official: one official named by his title alone ("the interior minister",
# "the governor") is placed as a titled person the KB does not know: by the one country
# his sentence names, counting its towns (domestic.sentence-place), or by the country of
# the people or organs he acts on; a diplomat or a foreign minister is not.
ONE_OFFICIAL_CASES = [
    ("The interior minister accused rebels of killing 12 villagers in Gao.",
     {ev("MLIGOV", "112", None)}),
    ("The governor criticised the Nigerian police.", {ev("NGAGOV", "111", "NGACOP")}),
    ("The interior minister praised the Kenyan police.", {ev("KENGOV", "051", "KENCOP")}),
    ("The defence minister condemned the bombing of a market in Kandahar.",
     {ev("AFGGOV", "111", "AFGBUS")}),
    # no country for who serves abroad, nor for one with no place or people to go by
    ("The foreign minister condemned the bombing of a market in Kandahar.", set()),
    ("The ambassador praised the Kenyan police.", set()),
    ("The interior minister accused the opposition of plotting a coup.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OFFICIAL_CASES,
                         ids=[c[0][:45] for c in ONE_OFFICIAL_CASES])
def test_official_named_by_title(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# roles.tsv (ELI "first lady"; resolve._role_noun: an adjective that makes a role of a
# word that is none): a head of state's spouse is an elite of the state her phrase names.
FIRST_LADY_CASES = [
    ("The first lady of Zimbabwe accused the opposition of insulting her husband.",
     {ev("ZWEELI", "112", "ZWEOPP")}),
    ("Kenya's first lady donated medicine to a hospital in Kisumu.",
     {ev("KENELI", "073", "KENHLH")}),
    ("The first lady of Peru praised the Peruvian navy.", {ev("PERELI", "051", "PERMIL")}),
    ("The first lady accused the opposition of insulting her husband.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_LADY_CASES,
                         ids=[c[0][:45] for c in FIRST_LADY_CASES])
def test_first_lady(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve._title_of: a name set off after the office it is the apposition of takes that
# office's country and role even with a rank before the name ("General", "Lt. Gen."), and
# an office told with an "of" phrase ("chief of staff") is read whole.
RANKED_APPOSITION_CASES = [
    ("Angola's military chief, General Joao Matos, met his Namibian counterpart.",
     {ev("AGOMIL", "040", "NAMGOV"), ev("NAMGOV", "040", "AGOMIL")}),
    ("Israel's chief of staff, Lt. Gen. Dan Halutz, warned Hezbollah against further "
     "attacks.", {ev("ISRMIL", "130", "LBNINS", ("asserted", "threat"))}),
    ("Pakistan's army chief, General Ashfaq Kayani, met his Afghan counterpart.",
     {ev("PAKMIL", "040", "AFGGOV"), ev("AFGGOV", "040", "PAKMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_APPOSITION_CASES,
                         ids=[c[0][:45] for c in RANKED_APPOSITION_CASES])
def test_ranked_apposition(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve._nationalities: an official owned by a body that a nationality names ("the
# Ugandan army's spokesman") is of that nationality, though the owner is resolved after.
OWNER_NATIONALITY_CASES = [
    ("The Angolan government's defence minister, Pedro Sebastiao, accused Zambia of "
     "sheltering rebels.", {ev("AGOGOV", "112", "ZMB")}),
    ("The Ugandan army's spokesman condemned Kenya.", {ev("UGAGOV", "111", "KEN")}),
    ("The Nigerian police's spokesman accused Cameroon of harbouring bandits.",
     {ev("NGAGOV", "112", "CMR")}),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_NATIONALITY_CASES,
                         ids=[c[0][:45] for c in OWNER_NATIONALITY_CASES])
def test_owner_nationality(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# resolve._nationalities: officials of a body whose name holds a country ("Bosnia Veterans
# Union officials") are of that country; resolve._acronym_of_name: the body's initials in
# brackets after its name are no person the KB knows by them.
NAMED_BODY_CASES = [
    ("Ghana Cocoa Farmers Union (GCFU) officials accused the Ghanaian police of beating "
     "farmers.", {ev("GHAGOV", "112", "GHACOP")}),
    ("Malawi Congress of Trade Unions officials accused the Malawian police of brutality.",
     {ev("MWIGOV", "112", "MWICOP")}),
    ("Bosnia Veterans Union officials criticised the Bosnian army.",
     {ev("BIHGOV", "111", "BIHMIL")}),
    ("Croatia Pensioners Federation (AKK) officials condemned the Croatian government.",
     {ev("HRVGOV", "111", "HRVGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BODY_CASES,
                         ids=[c[0][:45] for c in NAMED_BODY_CASES])
def test_officials_of_named_body(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# sides.placed-body: an organisation the KB does not know is of the one country its sentence
# names when it acts on no one of a country, else of the people or organs of one country it
# acts on; not of a state it acts on named as such.
UNKNOWN_BODY_CASES = [
    ("The Kivu Civil Society Forum accused rebels of killing civilians in Beni.",
     {ev("COD", "112", None)}),
    ("The Mwananchi Justice Network accused Tanzanian police of beating protesters.",
     {ev("TZA", "112", "TZACOP")}),
    ("The Tamil Rehabilitation Organisation accused the Sri Lankan army of shelling "
     "civilians.", {ev("LKA", "112", "LKAMIL")}),
    ("Acme Holdings accused Kenya of breaking the contract.", {ev(None, "112", "KEN")}),
    # acting on no one, a body is not placed by the places its sentence lists
    ("Zenith Motors is weighing an expansion into Turkey and Russia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_BODY_CASES,
                         ids=[c[0][:45] for c in UNKNOWN_BODY_CASES])
def test_unknown_body_placed(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected


# actors.titled-antecedent (resolve._pronouns_to_offices): a person pronoun no name stands
# for is the office held by one person named last before it ("the Kenyan defence
# minister ... He"); an object pronoun is not the subject of its own clause.
OFFICE_ANTECEDENT_CASES = [
    ("The Ghanaian foreign minister arrived in Lome on Monday. He criticised the Togolese "
     "government.", {ev("GHAGOV", "042", "TGOGOV"), ev("GHAGOV", "111", "TGOGOV")}),
    ("The Kenyan defence minister flew to Mogadishu on Friday. He praised the Somali army.",
     {ev("KENGOV", "042", "SOMGOV"), ev("KENGOV", "051", "SOMMIL")}),
    ("The Peruvian interior minister visited Lima's main prison. He ordered the release of "
     "40 inmates.", {ev("PERGOV", "0841", "PERCRM")}),
    ("The Sudanese president met the Chadian leader in Khartoum. He accused him of arming "
     "rebels.", {ev("SDNGOV", "040", "TCDGOV"), ev("TCDGOV", "040", "SDNGOV"),
                 ev("SDNGOV", "112", "TCDGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_ANTECEDENT_CASES,
                         ids=[c[0][:45] for c in OFFICE_ANTECEDENT_CASES])
def test_pronoun_to_office(engine, text, expected):
    assert coded_with_flags(engine, text, published="2019-05-01") == expected
