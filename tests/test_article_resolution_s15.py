"""Actor resolution across sentences (session 15). Each case asserts exactly the events a
short text codes: (source code, CAMEO code, target code, polarity, modality). All sentences
are written for these tests."""

from __future__ import annotations

import pytest

from event_keys import THREAT, coded_with_flags, ev

CASES = [
    # A subject "it" in a later sentence is the main clause's subject of the sentence before,
    # not the subject of a clause inside it ("demanded that X ...", "said Y had ...").
    ("Pyongyang demanded that Kuala Lumpur hand over the body. It also rejected the findings "
     "of the autopsy.",
     {ev("PRKGOV", "100", "MYSGOV"), ev("PRKGOV", "120", None)}),
    ("Turkey said Greek jets had violated the airspace over the Aegean. It also accused "
     "Athens of arming the islands.",
     {ev("TUR", "112", "GRCGOV")}),
    ("Iran insisted that Iraq close the camps of the Kurdish group. It later summoned the "
     "Iraqi ambassador.",
     {ev("IRN", "100", "IRQ"), ev("IRN", "114", "IRQGOV")}),
    ("Brazil urged that Argentina lift the tariffs on wheat. It also threatened to file a "
     "complaint at the WTO.",
     {ev("BRA", "020", "ARG"), ev("BRA", "130", None, THREAT)}),
    # ... and with one clause, the last subject stays the one it stands for
    ("Britain sanctioned Iran on Monday. It also expelled two Iranian diplomats.",
     {ev("GBR", "163", "IRN"), ev("GBR", "161", "IRNGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_article_resolution_s15(engine, text, expected):
    assert coded_with_flags(engine, text) == expected


ARTICLES = [
    # "Sen."/"Rep." name members of Congress in a story with no other setting, but the
    # legislators of the country a story is about when it has one (the Philippines, Nigeria
    # and Liberia use the titles too).
    ("Nigerian police arrested two opposition activists in Lagos on Monday, and Nigeria's "
     "army deployed troops in Kano.\n\nSen. Musa Bello urged the police to free the activists.",
     "Musa Bello", "NGALEG"),
    ("An opposition lawmaker in Manila filed a complaint against President Ferdinand Marcos "
     "Jr. on Tuesday over a land sale in Manila.\n\nRep. Josefa Dizon accused Marcos of "
     "violating the constitution.", "Josefa Dizon", "PHLLEG"),
    ("Police in Monrovia detained a journalist, and Liberia's information ministry suspended "
     "a radio station in Monrovia.\n\nSen. Amos Kollie criticized the ministry.",
     "Amos Kollie", "LBRLEG"),
    ("Sen. Ann Dwyer criticized the Pentagon on Tuesday over delays in the tanker programme.",
     "Ann Dwyer", "USALEG"),
]


@pytest.mark.parametrize(("text", "name", "code"), ARTICLES, ids=[a[1] for a in ARTICLES])
def test_shared_legislative_titles_take_the_story_country(engine, text, name, code):
    import eventwire

    sources = {e.source.code for e in eventwire.code_text(text, published="2024-06-01",
                                                          engine=engine)
               if e.source is not None and name in e.source.text}
    assert sources == {code}


DONE_BEFORE = [
    # coding.arguments._done_before: a definite event noun with no owner in its sentence
    # refers to the act an earlier sentence told; its doer is the one acted on
    ("Bolivian police detained three reporters in La Paz. Opposition leader Carlos Mesa "
     "condemned the arrests.",
     {ev("BOLCOP", "173", "BOLMED"), ev("BOLOPP", "111", "BOLCOP")}),
    ("Police in Harare arrested two union leaders on Monday. Amnesty International "
     "condemned the arrests.",
     {ev("ZWECOP", "173", "ZWELAB"), ev("NGOAMN", "111", "ZWECOP")}),
    ("Serbian troops shelled villages near the border on Sunday. Croatia's foreign ministry "
     "condemned the shelling.",
     {ev("SRBMIL", "194", None), ev("HRVGOV", "111", "SRBMIL")}),
    ("Israel accused Iran of arming militias in Syria. Tehran rejected the accusations.",
     {ev("ISR", "112", "IRN"), ev("IRNGOV", "016", "ISR")}),
    # ... an act told in the noun's own phrase is that one
    ("Bolivian police detained three reporters in La Paz. Peru condemned the arrests of "
     "two lawyers in Lima.",
     {ev("BOLCOP", "173", "BOLMED"), ev("PER", "111", "PERJUD")}),
]


@pytest.mark.parametrize(("text", "expected"), DONE_BEFORE, ids=[c[0][:40] for c in DONE_BEFORE])
def test_event_noun_refers_to_an_earlier_act(engine, text, expected):
    assert coded_with_flags(engine, text) == expected


def test_joining_an_earlier_act_is_doing_it(engine):
    """Joining or continuing an act a noun names is doing it, not acting on its doer."""
    text = ("Kenyan taxi drivers protested in Nairobi on Monday against a fuel tax. Hundreds "
            "of Kenyan traders joined the protests on Tuesday.")
    joined = {e for e in coded_with_flags(engine, text) if e[0] == "KENBUS"}
    assert joined == {ev("KENBUS", "141", "KEN")}


SAME_TITLE = [
    # resolve._same_head_before: "the <title>" told bare is of the country the same title
    # had earlier in the paragraph, not of the country the story is set in
    ("President Biden will host the Irish prime minister at the White House on Thursday, "
     "and the two will discuss trade with US lawmakers in Washington. The prime minister "
     "will also meet Biden's trade envoy.", "The prime minister", "IRLGOV"),
    ("Brazil's president received the Portuguese prime minister in Brasilia, and Brazilian "
     "officials signed trade deals in Brasilia. The prime minister later criticised Brazil's "
     "tariffs.", "The prime minister", "PRTGOV"),
    ("Kenya's defence minister visited Somalia on Monday. The Somali foreign minister met "
     "him in Mogadishu, and the defence minister later criticised al Shabaab.",
     "the defence minister", "KENGOV"),
]


@pytest.mark.parametrize(("text", "who", "code"), SAME_TITLE, ids=[c[2] for c in SAME_TITLE])
def test_a_bare_title_is_of_the_country_it_had_before(engine, text, who, code):
    import eventwire

    got = {a.code for e in eventwire.code_text(text, published="2024-06-01", engine=engine)
           for a in (e.source, e.target) if a is not None and a.text == who}
    assert got == {code}


SPANS_AND_BODIES = [
    # modality.background.over_long_span: a long span on a verb joined to a perfect is on
    # both ("has killed ... and abducted ... in a decade-long insurgency": its toll)
    ("Boko Haram has killed thousands of villagers and abducted hundreds of schoolgirls in "
     "a decade-long insurgency in Nigeria.",
     {ev("NGAINS", "180", "NGACVL", ("asserted", "background")),
      ev("NGAINS", "181", "NGA", ("asserted", "background"))}),
    ("The LRA has killed hundreds of farmers and burned dozens of villages in a "
     "years-long campaign in South Sudan.",
     {ev("UGAREB", "180", "SSDAGR", ("asserted", "background")),
      ev("UGAREB", "1712", "SSD", ("asserted", "background"))}),
    ("Al Shabaab militants killed six soldiers and seized a base in Somalia on Monday.",
     {ev("SOMINS", "190", "SOMMIL"), ev("SOMINS", "192", "SOM")}),
    # domestic.with_country: an international body that reports an act gives no country
    # to the role-only actors in it ("the rebels ..., the UN said" are not the UN's)
    ("The rebels have shelled towns in the north, the UN said on Monday.", set()),
    ("Gunmen burned a village near Beni, the UN mission said.",
     {ev("CODUAF", "1712", "COD")}),
]


@pytest.mark.parametrize(("text", "expected"), SPANS_AND_BODIES,
                         ids=[c[0][:40] for c in SPANS_AND_BODIES])
def test_spans_of_joined_verbs_and_reporting_bodies(engine, text, expected):
    assert coded_with_flags(engine, text) == expected
