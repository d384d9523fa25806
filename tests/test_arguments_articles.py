"""Actor resolution across the sentences of one article (our own texts): a pronoun in a
later sentence refers to the subject of the last sentence that named an agreeing person,
not to its object; each case asserts exactly the events expected."""

from __future__ import annotations

import pytest

import eventwire
from event_keys import coded_asserted as coded

PRONOUN_SUBJECT = [
    ("Mexican President Andres Manuel Lopez Obrador met Canadian Prime Minister Justin "
     "Trudeau on Wednesday. He said he would visit Washington next month.",
     {("MEXGOV", "040", "CANGOV"), ("CANGOV", "040", "MEXGOV"), ("MEXGOV", "036", "USAGOV")}),
    ("Angela Merkel met Emmanuel Macron in Berlin in 2019. She praised Poland.",
     {("DEUGOV", "040", "FRAGOV"), ("FRAGOV", "040", "DEUGOV"), ("DEUGOV", "051", "POL")}),
    # gender still decides: "she" is not the subject when he is a man
    ("Emmanuel Macron met Angela Merkel in Paris in 2019. She praised Poland.",
     {("FRAGOV", "040", "DEUGOV"), ("DEUGOV", "040", "FRAGOV"), ("DEUGOV", "051", "POL")}),
]


@pytest.mark.parametrize("text,expected", PRONOUN_SUBJECT)
def test_pronoun_prefers_the_last_subject(engine, text, expected):
    assert coded(engine, text, published="2019-06-01") == expected


IT_AND_THEY = [
    # "it" in a later sentence: the subject of the last sentence that named a country
    ("Britain imposed new sanctions on Iran. It also summoned the Iranian ambassador.",
     {("GBR", "163", "IRN"), ("GBR", "114", "IRNGOV")}),
    ("Canada expelled a Chinese diplomat. It also criticized Beijing's conduct.",
     {("CAN", "161", "CHNGOV"), ("CAN", "111", "CHNGOV")}),
    # "they": the several actors, or the plural group, that were the last subject
    ("Brazil and Argentina signed a trade deal. They also criticized the United States.",
     {("BRA", "057", "ARG"), ("ARG", "057", "BRA"), ("BRA", "111", "USA"),
      ("ARG", "111", "USA")}),
    ("The foreign ministers of Egypt and Jordan met in Amman on Sunday. They condemned "
     "Israel's military operation.",
     {("EGYGOV", "040", "JORGOV"), ("JORGOV", "040", "EGYGOV"), ("EGYGOV", "111", "ISR"),
      ("JORGOV", "111", "ISR")}),
    ("Chilean police raided a camp. They detained ten Bolivian migrants.",
     {("CHLCOP", "190", None), ("CHLCOP", "173", "BOLREF")}),
]


@pytest.mark.parametrize("text,expected", IT_AND_THEY)
def test_it_and_they_refer_to_the_last_subject(engine, text, expected):
    assert coded(engine, text) == expected


LEAD_GOVERNMENT = [
    # "the government" of a story: the country of the lead's subject breaks a tie with a
    # country the middle paragraphs name as often
    ("KHARTOUM (Reuters) - Sudan's army chief said on Monday he would not negotiate with "
     "the paramilitary forces.\n\nThe United States and Saudi Arabia have urged both sides "
     "to return to talks in Jeddah. A US envoy visited the region last week, and Washington "
     "has threatened sanctions.\n\nThe government rejected the call on Tuesday.",
     {("SDNGOV", "120", None)}),
    ("ADDIS ABABA (Reuters) - Ethiopia's prime minister said on Friday his forces would not "
     "withdraw from the border area.\n\nEritrea and the African Union have urged restraint. "
     "Eritrean officials met an AU envoy in Asmara, and Asmara has warned of consequences."
     "\n\nThe government rejected the appeal on Saturday.",
     # (the appeal is the one the AU made before: arguments._done_before)
     {("ETHGOV", "120", "IGOAU")}),
    ("Serbia's president said on Monday he would not recognise the vote.\n\nKosovo and the "
     "European Union criticised the remarks. Kosovo's prime minister met EU officials in "
     "Brussels.\n\nThe government later recalled its envoy from Pristina.",
     {("SRBGOV", "161", "XKXGOV")}),
]


@pytest.mark.parametrize("text,expected", LEAD_GOVERNMENT)
def test_the_government_is_the_lead_subjects(engine, text, expected):
    events = eventwire.code_text(text, published="2024-06-01", engine=engine)
    got = {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
           for e in events if "government" in e.sentence.lower()}
    assert got == expected
