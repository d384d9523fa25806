"""Whole-article precision, tenth session: background and standing summaries that fresh
articles coded as new events, fixed by general mechanisms, each with texts of our own.
Every case gives exactly these events (source code, CAMEO code, target code, polarity,
modality); negated, hypothetical and background events are left out of default queries."""

from __future__ import annotations

import pytest

from event_keys import INTENT, THREAT, coded_with_flags, ev

BG = ("asserted", "background")
HYP = ("asserted", "hypothetical")
FUT = ("asserted", "future")

CASES = [
    # background.used_to: what someone "used to" do is a past habit; "used" with an object
    # of its own is a use, and news
    ("Kenya used to buy its jets from France.", {ev("KEN", "062", "FRA", BG)}),
    ("Chile used to sell copper and arms to Peru.", {ev("CHL", "062", "PER", BG)}),
    ("Bolivian police used tear gas to disperse students in La Paz.",
     {ev("BOLCOP", "175", "BOLEDU")}),
    # background.over_long_span: carrying on (waging, fighting) what is told as lasting
    # decades or years is a standing state, not the day's act
    ("The Colombian army has fought a five-decade-long insurgency by leftist rebels.",
     {ev("COLMIL", "190", "COLINS", BG), ev("COLINS", "190", "COLMIL", BG)}),
    ("Turkey has waged a decades-long campaign against Kurdish militants.",
     {ev("TUR", "190", "TURINS", BG)}),
    ("Sudanese troops battled a years-long revolt by Darfur rebels.",
     {ev("SDNMIL", "190", "SDNREB", BG), ev("SDNREB", "190", "SDNMIL", BG)}),
    # background.span_since: "has since" with a verb of carrying on is a summary up to now;
    # "has since" with an act of a moment may be today's news
    ("Uganda has since waged a campaign against Somali militants.",
     {ev("UGA", "190", "SOMINS", BG)}),
    ("The Kurdish party has since fought the Turkish army in the southeast.",
     {ev("TURPTY", "190", "TURMIL", BG)}),
    ("The Colombian president has since returned to Havana for talks with the rebels.",
     {ev("COLGOV", "046", "COLREB"), ev("COLREB", "046", "COLGOV")}),
    # nlp.dates: a month of a year named relative to publication ("June last year")
    ("In June last year, the Nigerian president visited Chad.",
     {ev("NGAGOV", "042", "TCD", BG)}),
    ("The Kenyan president met the Ugandan president in April of last year.",
     {ev("KENGOV", "040", "UGAGOV", BG), ev("UGAGOV", "040", "KENGOV", BG)}),
    ("The Kenyan president met the Ugandan president in March this year.",
     {ev("KENGOV", "040", "UGAGOV"), ev("UGAGOV", "040", "KENGOV")}),
    # Engine._old_period: a clause placed in a decade or century long past is background,
    # though no day can be given to it
    ("Peru, which annexed the islands in the 1950s, rejected a Chilean claim on Monday.",
     {ev("PER", "192", None, BG), ev("PER", "120", "CHL")}),
    ("Chile fought Bolivia in the 19th century.",
     {ev("CHL", "190", "BOL", BG), ev("BOL", "190", "CHL", BG)}),
    ("The Chilean president, who fought Peruvian rebels in the 1980s as a general, met the "
     "Peruvian president on Monday.",
     {ev("CHLGOV", "190", "PERREB", BG), ev("PERREB", "190", "CHLGOV", BG),
      ev("CHLGOV", "040", "PERGOV"), ev("PERGOV", "040", "CHLGOV")}),
    # mixin: an intent or threat told in a past "after" clause, or reported by a plan
    # announced over a month ago, is background too
    ("Two years after Kenya announced plans to build a dam with Uganda, Egypt recalled its "
     "ambassador.", {ev("KEN", "031", "UGA", BG), ev("EGY", "161", None)}),
    ("Egypt recalled its ambassador in May 2015, a month after Kenya announced plans to "
     "build a dam with Uganda.", {ev("KEN", "031", "UGA", BG), ev("EGY", "161", None, BG)}),
    ("Egypt recalled its ambassador in 2015, shortly after Kenya threatened to close the "
     "border with Uganda.", {ev("KEN", "1381", "UGA", BG), ev("EGY", "161", None, BG)}),
    ("After Kenya announced plans to build a dam with Uganda, Egypt recalled its ambassador.",
     {ev("KEN", "031", "UGA", INTENT), ev("EGY", "161", None)}),
    ("In early January, Chile announced plans to invest in Peru.",
     {ev("CHL", "0311", "PER", BG)}),
    ("In early March, Chile announced plans to invest in Peru.",
     {ev("CHL", "0311", "PER", INTENT)}),
    ("On Monday, Chile announced plans to invest in Peru.",
     {ev("CHL", "0311", "PER", INTENT)}),
    # background.owned_topic: an owned event noun that something is about, or that is
    # judged or answered "for", is an earlier event the reader knows; one that a trip is
    # made for is news
    ("Sanctions will remain in place on Russia for its incursion into Georgia.",
     {ev("RUS", "190", "GEO", BG)}),
    ("The senator was referring to the Kenyan president's call with the Ugandan president.",
     {ev("KENGOV", "041", "UGAGOV", BG), ev("UGAGOV", "041", "KENGOV", BG)}),
    ("The Ugandan president misled parliament over Kenya's talks with Somali rebels.",
     {ev("KEN", "046", "SOMREB", BG), ev("SOMREB", "046", "KEN", BG)}),
    ("Peru was sanctioned for its attack on Chile.",
     {ev(None, "163", "PER"), ev("PER", "190", "CHL", BG)}),
    ("The Kenyan president flew to Kampala for his meeting with the Ugandan president.",
     {ev("KENGOV", "042", "UGAGOV"), ev("KENGOV", "040", "UGAGOV"),
      ev("UGAGOV", "040", "KENGOV")}),
    # hypothetical.capability_told: a reported "could", "might" or "may" of arms, or of a
    # side other than the speaker's, is a capability or a guess, no threat; said of one's
    # own side it is a threat
    ("The Chilean president said Peru's new missiles could hit Santiago.",
     {ev("PERMIL", "138", "CHLGOV", HYP)}),
    ("Israeli officials said Iran might attack Saudi Arabia.",
     {ev("IRN", "138", "SAU", HYP)}),
    ("Peru said it could strike Chilean ports.", {ev("PER", "138", "CHL", THREAT)}),
    ("The Peruvian defence minister said the Peruvian army could strike rebel camps in "
     "Bolivia.", {ev("PERMIL", "138", "BOL", THREAT)}),
    # background.earlier_relative: a past perfect relative clause says what came before
    # the story's time to tell who someone is; a simple past one dated today is news
    ("Kenyan police freed two Ugandan traders who had been kidnapped by Somali militants.",
     {ev("KENCOP", "0841", "UGABUS"), ev("SOMINS", "181", "UGABUS", BG)}),
    ("The Kenyan soldiers, who had fought Somali militants near the border, returned to "
     "Nairobi.", {ev("KENMIL", "190", "SOMINS", BG), ev("SOMINS", "190", "KENMIL", BG)}),
    ("Kenyan police freed two Ugandan traders who were kidnapped by Somali militants on "
     "Monday.", {ev("KENCOP", "0841", "UGABUS"), ev("SOMINS", "181", "UGABUS")}),
    # background._bare_month_before: "early" in a month is its first ten days
    ("In early February, Kenya signed a trade deal with Uganda.",
     {ev("KEN", "057", "UGA", BG), ev("UGA", "057", "KEN", BG)}),
    ("In late February, Kenya signed a trade deal with Uganda.",
     {ev("KEN", "057", "UGA"), ev("UGA", "057", "KEN")}),
    ("In early March, Kenya signed a trade deal with Uganda.",
     {ev("KEN", "057", "UGA"), ev("UGA", "057", "KEN")}),
    # hypothetical.scheduled: meetings or talks someone "has" that are marked as ahead are
    # future, not held
    ("The Kenyan president has upcoming talks with the Ugandan president.",
     {ev("KENGOV", "040", "UGAGOV", FUT), ev("UGAGOV", "040", "KENGOV", FUT)}),
    ("The minister said the Kenyan president had a number of scheduled meetings with the "
     "Ugandan president.",
     {ev("KENGOV", "040", "UGAGOV", FUT), ev("UGAGOV", "040", "KENGOV", FUT)}),
    ("The Kenyan president held talks with the Ugandan president.",
     {ev("KENGOV", "040", "UGAGOV"), ev("UGAGOV", "040", "KENGOV")}),
    # background.habitual: "frequently" and "always" tell a habit or a standing stance
    ("Kenya has frequently accused Uganda of meddling.", {ev("KEN", "112", "UGA", BG)}),
    ("The Ugandan minister had always denied any role in the raid on Kenya.",
     {ev("UGAGOV", "016", "KEN", BG)}),
    ("Somali militants frequently carry out attacks on Kenyan police.",
     {ev("SOMINS", "190", "KENCOP", BG)}),
    # background.dated_before: a past "when" clause under a clause shares its time
    ("The Kenyan town was captured by Somali militants when they overran the border region "
     "in June 2014.", {ev("SOMINS", "192", "KEN", BG)}),
    ("Kenyan police arrested the Ugandan activist when he returned from Somalia in 2015.",
     {ev("KENCOP", "173", "UGACVL", BG)}),
    ("Kenyan police arrested the Ugandan activist when he returned from Somalia on Monday.",
     {ev("KENCOP", "173", "UGACVL")}),
    # background.then_titled: an actor named by the title held "then" dates a past clause
    # to an earlier term
    ("Then-President Barack Obama criticised Russia.", {ev("USAGOV", "111", "RUS", BG)}),
    ("The then president of Kenya met the Ugandan president.",
     {ev("KENGOV", "040", "UGAGOV", BG), ev("UGAGOV", "040", "KENGOV", BG)}),
    ("Kenya's then-foreign minister criticised Uganda.", {ev("KENGOV", "111", "UGA", BG)}),
    ("Then, Kenya criticised Uganda.", {ev("KEN", "111", "UGA")}),
    # background.dated_before: a perfect over a span since a clause dated over a month ago,
    # or since a long-past year put on the report of the perfect, is a summary
    ("Dozens of Filipino activists have been killed by Philippine police since Duterte "
     "launched his crackdown in June.", {ev("PHLCOP", "190", "PHLCVL", BG)}),
    ("Dozens of Filipino activists have been killed by Philippine police since Duterte "
     "launched his crackdown on March 2.", {ev("PHLCOP", "190", "PHLCVL")}),
    ("Since the start in 2014 of an army offensive in the north, the Nigerian army says it "
     "has killed 2,000 Boko Haram militants.", {ev("NGAMIL", "190", "NGAINS", BG)}),
    ("The Nigerian army says it has killed 200 Boko Haram militants since Monday.",
     {ev("NGAMIL", "190", "NGAINS")}),
    # background.over_long_span: the span may hang on what a perfect of trying governs, or
    # (as the parser has it) on its object
    ("Kenya has been trying to arrest the Somali rebel leader for years.",
     {ev("KEN", "173", "SOMREB", BG)}),
    ('"Nairobi has been trying to assassinate the Somali rebel leader for the past five '
     'years," a Kenyan lawmaker said.', {ev("KENGOV", "185", "SOMREB", BG)}),
    ("Kenya tried to arrest the Somali rebel leader on Monday.",
     {ev("KEN", "173", "SOMREB")}),
    # hypothetical.any_relative: a relative clause on "any" one who fits it describes
    # whoever may fit, no act of anyone
    ("Any Kenyan official who was working with Somali rebels must resign.",
     {ev("KENGOV", "050", "SOMREB", HYP), ev("SOMREB", "050", "KENGOV", HYP),
      ev("KENGOV", "0831", "KEN", HYP)}),
    ("Kenya will not talk to any Ugandan official who met Somali rebels.",
     {ev("KEN", "125", "UGAGOV"), ev("UGAGOV", "040", "SOMREB", HYP),
      ev("SOMREB", "040", "UGAGOV", HYP)}),
    ("The Kenyan official who was working with Somali rebels resigned on Monday.",
     {ev("KENGOV", "050", "SOMREB"), ev("SOMREB", "050", "KENGOV"), ev("KENGOV", "0831", "KEN")}),
    # background.told_earlier: "once" before a past verb is "formerly" ("once again" is
    # not), and "in the past" counts where the parser hangs it on the auxiliary
    ("The Kenyan president once accused Uganda of meddling.", {ev("KENGOV", "112", "UGA", BG)}),
    ("Kenya once again accused Uganda of meddling.", {ev("KEN", "112", "UGA")}),
    ("Both Kenya and Uganda have in the past admitted to keeping stockpiles of mustard gas.",
     {ev("KEN", "015", None, BG), ev("UGA", "015", None, BG)}),
    # background.then_titled: also "then" as the parser hangs it in a "by" phrase
    ("The blockade was condemned by then Kenyan foreign minister John Kamau.",
     {ev("KENGOV", "111", None, BG)}),
    ("The blockade was then condemned by the Kenyan foreign minister.",
     {ev("KENGOV", "111", None)}),
    # background.in_former_term: a past clause placed in an office held at the time
    ("While serving as chairwoman of the rights commission, the Kenyan senator opened a "
     "probe into Kenyan police.", {ev("KENLEG", "090", "KENCOP", BG)}),
    ("The Kenyan senator opened a probe into Kenyan police when she was justice minister.",
     {ev("KENLEG", "090", "KENCOP", BG)}),
    ("The Kenyan senator opened a probe into Kenyan police when she returned on Monday.",
     {ev("KENLEG", "090", "KENCOP")}),
    # background.dated_before: a subject event noun dated long ago dates its clause; a
    # meeting or a visit named with its year is of that year; a relative clause on who made
    # a dated visit is of its time
    ("Russia's September 2015 military intervention helped Syrian troops retake Aleppo.",
     {ev("RUSMIL", "070", "SYRMIL", BG)}),
    ("The 2014 Israeli offensive killed 2,000 Palestinians.", {ev("ISR", "190", "PSE", BG)}),
    ("Monday's Israeli offensive killed 20 Palestinians.", {ev("ISR", "190", "PSE")}),
    ("China pledged troops when the Chinese president addressed the 2015 summit on "
     "peacekeeping.", {ev("CHN", "0334", None, INTENT), ev("CHNGOV", "010", None, BG)}),
    ("The Kenyan president mentioned the 1972 visit to China made by Richard Nixon, who met "
     "Mao Zedong.", {ev(None, "040", "CHNELI", BG)}),
    # news_value.describes_actor: a present progressive relative clause on an actor says
    # what war it is in; one dated this week is news
    ("The Chadian president praised Nigeria and Niger, which are fighting Boko Haram "
     "militants.",
     {ev("TCDGOV", "051", "NGA"), ev("TCDGOV", "051", "NER"), ev("NGA", "190", "NGAINS", BG),
      ev("NER", "190", "NGAINS", BG), ev("NGAINS", "190", "NGA", BG),
      ev("NGAINS", "190", "NER", BG)}),
    ("Kenyan troops, who are fighting Somali militants this week, shelled a camp.",
     {ev("KENMIL", "190", "SOMINS"), ev("SOMINS", "190", "KENMIL")}),
    # background.reported_over_span: plans reported by a perfect over a span since an
    # earlier event are a summary of announcements; since a day of this week, news
    ("Since my election, Kenyan and Ugandan firms have announced that they will invest in "
     "Somalia.", {ev("KENBUS", "0311", "SOM", BG), ev("UGABUS", "0311", "SOM", BG)}),
    ("Since the coup, Chile has said it will cut aid to Bolivia.",
     {ev("CHL", "1311", "BOL", BG)}),
    ("Since Monday, Chile has said it will cut aid to Bolivia.",
     {ev("CHL", "1311", "BOL", THREAT)}),
    # background.span_since: a fronted "since" phrase the parser reads as the perfect's
    # own mark still opens a span
    ('"Since my election, Acme, Globex and many others have announced that they will '
     'invest billions of dollars in Kenya," he said.', {ev(None, "0311", "KEN", BG)}),
    ("Since the coup, Kenya, Uganda and Tanzania have cut aid to Burundi.",
     {ev("KEN", "162", "BDI", BG), ev("UGA", "162", "BDI", BG), ev("TZA", "162", "BDI", BG)}),
    ("Since Monday, Kenya, Uganda and Tanzania have cut aid to Burundi.",
     {ev("KEN", "162", "BDI"), ev("UGA", "162", "BDI"), ev("TZA", "162", "BDI")}),
    # background.told_earlier (_past_phrase): "at the time", "at that time", "back then",
    # "back in the day" put a past clause before the story's time; "at the time of" an
    # event, or "in the past week", do not
    ("The Kenyan president denied the accusations at the time.",
     {ev("KENGOV", "016", None, BG)}),
    ("At that time Kenya accused Uganda of meddling.", {ev("KEN", "112", "UGA", BG)}),
    ("Back then, Kenya accused Uganda of meddling.", {ev("KEN", "112", "UGA", BG)}),
    ("Kenya accused Uganda of meddling at the time of the attack.",
     {ev("KEN", "112", "UGA")}),
    ("Kenya accused Uganda of meddling in the past week.", {ev("KEN", "112", "UGA")}),
    # news_value.describes_actor: a present perfect relative clause on an actor says what
    # the actor has stood for; one dated this week is left to the date
    ("The Kenyan senator, who has called for sanctions against Uganda, met the Ugandan "
     "envoy on Monday.",
     {ev("KENLEG", "113", "UGA", BG), ev("KENLEG", "040", "UGAGOV"),
      ev("UGAGOV", "040", "KENLEG")}),
    ("Two Kenyan lawmakers, who have each criticised Uganda in harsh terms, resigned.",
     {ev("KENLEG", "111", "UGA", BG), ev("KENLEG", "0831", "KEN")}),
    ("Kenyan police arrested Somali militants who have attacked Kenyan police.",
     {ev("KENCOP", "173", "SOMINS"), ev("SOMINS", "190", "KENCOP", BG)}),
    # background._term_imposed: "for" with a counted span on a simple past act that does
    # not last itself is the term it imposes (news); on a perfect, on a verb that carries
    # on, or with no count ("for years") it is still a summary
    ("A Russian court jailed an opposition activist for five years.",
     {ev("RUSJUD", "173", "RUSCVL")}),
    ("Turkey detained the Greek journalist for three months.",
     {ev("TUR", "173", "GRCMED")}),
    ("Nicaragua revoked the licence of the Catholic radio station for five years.",
     {ev("NIC", "172", "NICMED")}),
    ("The Iranian court had jailed the dissident for six years.",
     {ev("IRNJUD", "173", "IRNOPP", BG)}),
    ("Serbia fought the rebels for years.",
     {ev("SRB", "190", "SRBREB", BG), ev("SRBREB", "190", "SRB", BG)}),
    ("The Serbian army has fought Albanian rebels for five years.",
     {ev("SRBMIL", "190", "ALBREB", BG), ev("ALBREB", "190", "SRBMIL", BG)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_article_precision_s10(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
