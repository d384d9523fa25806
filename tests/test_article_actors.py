"""Actor errors seen in whole articles (issue 11): a meeting venue is not whose government
acts, a legislator's title gives the legislature, a titled person acting on a named country
is no official of it, "its" forces are the owner's. Sentences of our own; each asserts
exactly the events expected as (source code, CAMEO code, target code)."""

from __future__ import annotations

import pytest

from event_keys import coded_asserted as coded

RULES = {
    # a city named as where talks or meetings happen is not whose "government" or "regime"
    # acts; rebels' or an opposition's government, named by no country, is their own
    "venue-not-government": [
        ("Sudanese rebels meeting in Doha for negotiations with the regime accused it of bad "
         "faith.",
         {("SDNREB", "046", "SDNGOV"), ("SDNGOV", "046", "SDNREB"), ("SDNREB", "112", "SDN")}),
        ("Yemeni opposition leaders who flew to Vienna for talks with the government praised "
         "the proposal.",
         {("YEMOPP", "042", "AUTGOV"), ("YEMOPP", "046", "YEMGOV"), ("YEMGOV", "046", "YEMOPP")}),
        ("Malian separatists at the conference in Algiers met the government.",
         {("MLIREB", "040", "MLIGOV"), ("MLIGOV", "040", "MLIREB")}),
        ("Tunisian opposition figures who gathered in Rome for a dialogue with the government "
         "denounced the regime.",
         {("TUNOPP", "111", "TUNGOV")}),
        # (with the venue left out the sentence names one country, so the accusation is
        # coded too: "it" is Chad, read as the country rather than its government)
        ("Rebel delegates meeting in Khartoum for talks with Chad's government accused it of "
         "stalling.",
         {("TCDREB", "040", "TCDGOV"), ("TCDGOV", "040", "TCDREB"), ("TCDREB", "112", "TCD")}),
    ],
    # a place where the act happens still gives its country (not a venue)
    "place-still-counts": [
        ("Government troops shelled rebel positions near Homs.", {("SYRMIL", "194", "SYRREB")}),
        ("Protesters in Minsk denounced the government.", {("BLRCVL", "111", "BLRGOV")}),
        ("The government in Bogota condemned the attack.", {("COLGOV", "111", None)}),
    ],
    # Sen./Rep./MK before a name is the legislature (of the country whose title it is)
    "legislator-title": [
        ("US Sen. Hal Brisker criticized the Chinese government over the arrests.",
         {("USALEG", "111", "CHNGOV")}),
        ("Rep. Dana Kibble urged Russia to free the journalist.", {("USALEG", "0253", "RUS")}),
        ("Congresswoman Lia Porto praised Mexico.", {("USALEG", "051", "MEX")}),
        ("British MP Ray Hollis criticized Saudi Arabia.", {("GBRLEG", "111", "SAU")}),
        ("Israeli MK Dana Shor criticized Jordan.", {("ISRLEG", "111", "JOR")}),
    ],
    # a titled person with no nationality in the text, acting on a country named as such,
    # is no official of that country
    "titled-person-on-country": [
        ("Foreign Minister Ada Lenz criticized Hungary.", {(None, "111", "HUN")}),
        ("Defence Minister Ola Brisk praised Kenya.", {(None, "051", "KEN")}),
        ("Interior Minister Ken Ruhl accused Albania of harbouring smugglers.",
         {(None, "112", "ALB")}),
    ],
    # a person titled before the name whose apposition says only a role or a party is of
    # the country the story is about (not the one named last), or of the country a title
    # of its institutions says ("Sen.", "Rada deputy")
    "titled-person-appos": [
        ("Mexico raised tariffs.\n\nSen. Ella Brandt, a Democrat, urged the Trump "
         "administration to respond.", {("USALEG", "020", "USAGOV")}),
        ("Chile recalled its envoy.\n\nRep. Tom Varga, a Republican, praised the State "
         "Department.", {("CHL", "161", None), ("USALEG", "051", "USAGOV")}),
        ("Peru and Chile signed a deal.\n\nPeru's exports rose.\n\nJustice Minister Rui "
         "Tavares, a former judge, criticized Bolivia.",
         {("CHL", "057", "PER"), ("PER", "057", "CHL"), ("PERGOV", "111", "BOL")}),
        ("Ukraine shelled Donetsk.\n\nUkraine's army advanced.\n\nRada deputy Ivan Sorok, a "
         "veteran, praised Poland.", {("UKR", "194", None), ("UKRLEG", "051", "POL")}),
        ("Brazil expelled a diplomat.\n\nLucia Ferraz, a political analyst, criticized the "
         "government.", {("BRA", "161", None), ("BRAEDU", "111", "BRAGOV")}),
    ],
    # "its" + a role noun as the doer of a reported act is of what "its" stands for, not of
    # the place the act happens in
    "its-forces": [
        ("The Indian army says its soldiers shelled positions inside Pakistan.",
         {("INDMIL", "194", "PAK")}),
        ("NATO said its troops had trained soldiers in Latvia.", {("IGONATO", "062", "LVAMIL")}),
        ("The Egyptian government said its police arrested smugglers in Sudan.",
         {("EGYCOP", "173", "SDNCRM")}),
    ],
    # who travels to a place takes no country from it (a visit to one's own state is no
    # diplomatic visit)
    "visitor-not-of-place": [
        ("Lawmakers travelled to Caracas on Monday.", set()),
        ("Opposition leaders flew to Harare for the funeral.", set()),
        ("Judges visited Kigali last week.", set()),
        ("A delegation of French senators flew to Kabul.", {("FRAGOV", "042", "AFGGOV")}),
    ],
    # "it" as the subject of what is said stands for who says it, also when the saying is a
    # participle hanging on the main clause ("X criticized Y, saying it would ..."), not for
    # the last organisation named
    "it-is-the-speaker": [
        ("Kenya rejected the report by Amnesty, saying it would sue the group.",
         {("KEN", "120", None), ("KEN", "115", None)}),
        ("Peru condemned the fishing fleet from Ecuador, saying it would seize the boats.",
         {("PER", "111", "ECU"), ("PER", "137", None)}),
        ("Ghana criticized the mining company, saying it would revoke the firm's licence.",
         {("GHA", "111", "GHABUS"), ("GHA", "132", "GHABUS")}),
    ],
}

CASES = [(rule, text, want) for rule, cases in RULES.items() for text, want in cases]


@pytest.mark.parametrize("rule,text,want", CASES, ids=[f"{r}-{i}" for i, (r, _, _) in
                                                        enumerate(CASES)])
def test_article_actors(engine, rule, text, want):
    assert coded(engine, text) == want
