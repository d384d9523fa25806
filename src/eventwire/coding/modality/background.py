"""Background: acts the text dates or frames as earlier than the news (temporal clauses,
dated years and months, "since" spans, habits, standing rules, earlier events referred
to)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Token

from ...nlp.dates import MONTHS, WEEKDAYS
from ..syntax import (
    SPEECH_LEMMAS,
    children_by_dep,
    first_conjunct,
    is_content_clause,
    lemma_of,
    lemmas_of,
)
from .clauses import REL_WORDS, _past, _perfect, _present, _purpose, _up

TEMPORAL_MARKS = {"after", "since", "before", "until", "till"}
# Of those, the ones whose present tense means "not yet" ("since" with a present tense is
# causal: "since the US continues its threats, we will ...").
NOT_YET_MARKS = {"before", "until", "till"}
# Prepositions that put an event noun before the act of the clause ("after the raid",
# "following the killing of", "since the invasion").
BEFORE_PREPS = {"after", "following", "since"}
# Adverbs of habit: what happens often or as a rule is no event of the day.
# (Not "routinely" or "regularly": testimony that a force "routinely" abuses prisoners is
# recorded by coders as an event.)
HABIT_ADVERBS = {"often", "usually", "repeatedly", "typically", "traditionally", "customarily",
                 "normally", "sometimes", "occasionally", "frequently", "always",
                 "systematically", "consistently", "persistently", "continually", "constantly",
                 "perennially", "habitually", "invariably"}
# Verbs and nouns under which an event noun is an earlier event something is said about
# ("denied any role in the bombing", "the anniversary of the coup").
REFERENCE_WORDS = {"role", "involvement", "responsibility", "anniversary", "aftermath",
                   "wake", "commemorate", "commemoration", "mourn", "remember", "recall",
                   "memorial", "legacy", "apologise", "apologize", "apology", "victim",
                   "victims", "survivor", "survivors", "investigate", "investigation",
                   "inquiry", "probe", "examination", "discuss", "discussion", "debate"}


# Time units that say an act came shortly before the one it is told with ("hours after",
# "two days after", "less than a month after"): within the 30 days the date check allows.
RECENT_UNITS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                "moments", "moment"}
LONG_UNITS = {"months", "year", "years", "decade", "decades", "century", "centuries"}


def _recent(mark: Token) -> bool:
    """A unit of time just before the mark ("days after") names a short span."""
    for i in range(mark.i - 1, max(mark.sent.start, mark.i - 5) - 1, -1):
        word = mark.doc[i].lower_
        if word in RECENT_UNITS:
            # ("was fired last month after ...": when the main act was, not how long after)
            if i > 0 and mark.doc[i - 1].lower_ in {"last", "this", "next", "same"}:
                return False
            if word == "month":
                # "a month after": as old as news gets (less than a month after: news)
                return any(mark.doc[j].lower_ in {"less", "under", "nearly", "almost",
                                                  "barely", "within"}
                           for j in range(max(0, i - 3), i))
            return True
        if word in LONG_UNITS or mark.doc[i].is_punct:
            return False
    return False


def temporal_clause(tok: Token) -> str | None:
    """ "background" when the token is inside a past "after/since/before/until" clause
    ("... after a ferry was sunk off the coast"), an "after"-gerund ("after being
    shelled") or a "when" clause on the time something has lasted "since" ("since 2015,
    when rebels seized the capital"); "hypothetical" inside a present "before/until"
    clause ("before the parliament ratifies the deal"); else None."""
    for node in _up(tok):
        if node.dep_ == "advcl":
            lead = [c for c in node.children if c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS]
            marks = {c.lower_ for c in lead}
            if marks and _past(node):
                # "two days after rebels shelled the base", "less than a month after":
                # recent enough to be news; "decades after": background
                return None if any(_recent(m) for m in lead) else "background"
            if marks & NOT_YET_MARKS and _present(node):
                return "hypothetical"
            if marks:
                return None
        if node.dep_ == "pcomp" and node.head.lower_ in {"after", "since", "following"}:
            return "background"
        if (node.dep_ == "relcl" and node.head.dep_ == "pobj" and node.head.head.lower_ == "since"
                and any(c.lower_ == "when" for c in node.children)):
            return "background"  # "the deadliest since 2015, when rebels seized the capital"
    return None


def then_titled(tok: Token) -> bool:
    """A past clause whose actor is named by the title held at that time ("then-President
    Obama criticised Moscow", "the then foreign minister met ...", "vowed to its
    then-leader"): the clause tells of an earlier term, background."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or not _past(verb):
        return False
    for c in verb.children:
        if c.dep_ == "prep":
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "agent"}:
            nouns = [c]
        else:
            continue
        if any(w.lower_ == "then" and w.i + 1 < len(w.doc) and w.head.i != verb.i and (
                w.doc[w.i + 1].text == "-" or w.doc[w.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"})
               for n in nouns for w in n.subtree):
            return True  # ("by then Environment Minister Kamau": the parser's "then")
    return False


def in_former_term(tok: Token) -> bool:
    """A past clause placed in an office its actor, or another, held at the time: "when
    he was mayor of Mombasa", "while she was justice minister", "while serving as
    chairwoman of the commission": an earlier term, background."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or not _past(verb):
        return False
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in c.children if m.dep_ in {"mark", "advmod"}}
        if lemma_of(c) == "be" and c.tag_ == "VBD" and marks & {"when", "while"} and any(
                a.dep_ == "attr" and a.pos_ in {"NOUN", "PROPN"} for a in c.children):
            return True  # "when he was mayor"
        if lemma_of(c) == "serve" and (marks & {"when", "while"} or c.tag_ == "VBG") and any(
                p.dep_ == "prep" and p.lower_ == "as" for p in c.children):
            return True  # "while serving as chairwoman"
    return False


def old_temporal_clause(tok: Token, day) -> bool:
    """The token is inside a past "after/since/before" clause that the sentence puts long
    ago: "months after" or "years after" it, or a main clause dated over a month before
    publication ("In June 2015, two months after Lima announced plans to build a port,
    ..."). A plan or threat told so is an old one (a recent one is news: "the peso fell
    after the minister threatened to cut aid")."""
    for node in _up(tok):
        if node.dep_ != "advcl":
            continue
        lead = [c for c in node.children if c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS]
        if not lead:
            continue
        if not _past(node):
            return False
        mark = lead[0]
        units = [mark.doc[i] for i in range(max(mark.sent.start, mark.i - 4), mark.i)]
        return any(w.lower_ in LONG_UNITS or w.lower_ == "long" for w in units) or (
            dated_before(node.head, day))  # ("long before Lima promised ...")
    return False


# Periods of someone's past: what a past clause tells "during" one is background ("pledged
# during his campaign to ...").
PAST_PERIODS = {"campaign", "tenure", "presidency", "term", "era", "reign", "administration",
                "premiership", "mandate", "childhood", "youth", "career"}


def in_past_period(tok: Token) -> bool:
    """A past clause placed "during" a period of someone's past ("during his campaign he
    vowed to ...", "who threatened during the campaign trail to scrap it", "said during his
    campaign that he would ...", "claimed on the campaign trail that ..."): background.
    The phrase may hang on the verb, its complement, the verb whose purpose it is or the
    verb that reports it."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    verbs = [verb]
    node = verb
    while (node.dep_ in {"xcomp", "ccomp"} or _purpose(node)) and node.head.i != node.i:
        node = node.head
        verbs.append(node)
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp"]
    if not any(_past(v) for v in verbs):
        return False

    def period(g: Token) -> bool:  # "his campaign", "the campaign trail"
        return lemma_of(g) in PAST_PERIODS or any(
            m.dep_ == "compound" and lemma_of(m) in PAST_PERIODS for m in g.children)

    # ("on the campaign trail", "throughout his tenure" too)
    return any(c.dep_ == "prep" and c.lower_ in {"during", "throughout", "on"} and any(
        g.dep_ == "pobj" and period(g) and (c.lower_ != "on" or lemma_of(g) == "trail")
        for g in c.children)
        for v in verbs for c in v.children)


def long_ago(tok: Token) -> bool:
    """The clause says it happened months or years ago ("was shot dead two years ago",
    "expelled them 18 years ago"): background, even when the date resolver cannot place
    it."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(c.lower_ == "ago" and any(w.lower_ in LONG_UNITS for w in c.subtree)
               for c in verb.children)


# Prepositions that place a past act in a year ("in 2011", "during 2014", "since 2009",
# "months before his death in 2010").
YEAR_PREPS = {"in", "during", "since", "before", "throughout"}
DAY_WORDS = {*WEEKDAYS, "today", "yesterday", "tonight"}


# ("the mid-1990s", "the late-1980s": one token, a part of the decade that ends with it)
_YEAR = re.compile(r"(?:(?:mid|early|late)-)?(1[89]\d\d|20\d\d)(?:[-/](\d\d))?s?")


def _period_end(w: Token):
    """The last day of the year (or of the month, "May 2015") a year token names ("2014",
    "the 1990s", "2011-12": its last year), or None."""
    m = _YEAR.fullmatch(w.text)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        year = year // 100 * 100 + int(m.group(2))
    if w.text.endswith("s"):
        year += 9
    month = None
    if w.dep_ in {"nummod", "npadvmod", "appos"}:  # "in May 2015"
        month = next((MONTHS.index(t.lower_) + 1 for t in (w.head, *w.head.children)
                      if t.lower_ in MONTHS), None)
    if month is None:
        return date(year, 12, 31)
    return date(year, month, calendar.monthrange(year, month)[1])


def _long_before(w: Token, day) -> bool:
    """The year (or month) the token names ended more than a month before `day`."""
    end = _period_end(w)
    return end is not None and (day - end).days > 30


def _last_month_before(c: Token, day) -> bool:
    """ "last September" (or "in September last year"): a month of the past year, or of
    this one before the month of publication, that ended over a month before `day`."""
    month = c if c.dep_ == "npadvmod" else next(
        (g for g in c.children if g.dep_ == "pobj"), None)
    if month is None or month.lower_ not in MONTHS or not any(
            w.lower_ == "last" and w.dep_ in {"amod", "advmod", "det"} for w in month.children):
        return False
    m = MONTHS.index(month.lower_) + 1
    year = day.year if m < day.month else day.year - 1
    end = date(year, m, calendar.monthrange(year, m)[1])
    return (day - end).days > 30


def _bare_month_before(c: Token, day) -> bool:
    """ "in January", "on December 16, 2016": a month named with no "last" or "next" (its
    latest turn up to the month of publication, or the year given) that ended over a month
    before `day`."""
    if c.dep_ != "prep" or c.lower_ not in {"in", "on"}:
        return False
    month = next((g for g in c.children if g.dep_ == "pobj"), None)
    if month is None or month.lower_ not in MONTHS or any(
            w.lower_ in {"last", "next", "this", "coming", "every", "each"}
            for w in month.children):
        return False
    m = MONTHS.index(month.lower_) + 1
    years = [int(w.text) for w in month.children
             if w.dep_ in {"nummod", "npadvmod", "appos"} and re.fullmatch(r"(19|20)\d\d", w.text)]
    days = [int(w.text) for w in month.children
            if w.like_num and w.text.isdigit() and 1 <= int(w.text) <= 31]
    if years:
        year = years[0]
    else:
        year = day.year if m <= day.month else day.year - 1
    last = calendar.monthrange(year, m)[1]
    if not days and any(w.dep_ == "amod" and w.lower_ in {"early", "mid"} for w in month.children):
        # "in early January": its first ten days, "in mid January" its first twenty
        last = 10 if any(w.lower_ == "early" for w in month.children) else 20
    end = date(year, m, min(days[0], last) if days else last)  # ("on March 2": that day)
    return (day - end).days > 30


def _since_day_before(prep: Token, day) -> bool:
    """A "since" phrase naming a month (and day) that, at its latest turn up to `day`, is
    over a month before it ("since the July 15 coup attempt" in a March story)."""
    words = list(prep.subtree)
    months = [MONTHS.index(w.lower_) + 1 for w in words if w.lower_ in MONTHS]
    if not months or any(w.lower_ in {"last", "this", "next"} or _YEAR.fullmatch(w.text)
                         for w in words):
        return False
    m = months[0]
    days = [int(w.text) for w in words if w.text.isdigit() and 1 <= int(w.text) <= 31]
    year = day.year if (m, days[0] if days else 1) <= (day.month, day.day) else day.year - 1
    when = date(year, m, min(days[0], calendar.monthrange(year, m)[1]) if days else 1)
    return (day - when).days > 30


def _last_year_before(v: Token, day) -> bool:
    """The clause is placed "last year" (in a month of it: "in August last year") that
    ended over a month before `day`."""
    if not any(c.dep_ == "npadvmod" and c.lower_ == "year" and any(
            a.lower_ == "last" for a in c.children) for c in v.children):
        return False
    months = [MONTHS.index(g.lower_) + 1 for p in v.children if p.dep_ == "prep"
              and p.lower_ == "in" for g in p.children if g.lower_ in MONTHS]
    year = day.year - 1
    m = months[0] if months else 12
    return (day - date(year, m, calendar.monthrange(year, m)[1])).days > 30


# Clause links through which a clause shares the time of the one above it: "in 2016, when
# the president visited China, both sides signed ...", "in May 2015, Kim had his minister
# killed", "in 2014 they seized the port and shelled the town".
TIME_SHARING_MARKS = {"when", "while", "as"}


def _timed_clauses(verb: Token) -> list[Token]:
    """The verb and the verbs whose time it shares: a "when" clause's main clause, the
    clause a causative or joined verb hangs on, and for a past act reported in the past,
    its report (the act is no later than the report)."""
    out = [verb]
    cur = verb
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or head.pos_ not in {"VERB", "AUX"}:
            break
        if cur.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in
                                       TIME_SHARING_MARKS for c in cur.children):
            pass
        elif cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in cur.children):
            pass  # "entered the base last September, killing 18 soldiers"
        elif cur.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                            for c in cur.children):
            pass
        elif cur.dep_ in {"ccomp", "xcomp"} and lemma_of(head) not in SPEECH_LEMMAS:
            pass
        elif cur.dep_ == "ccomp" and _past(cur) and _past(head):
            pass  # a past act reported in the past came before its report: "concluded
            # last year that Russia hacked ..." is no later than last year
        else:
            break
        out.append(head)
        cur = head
    gov = relative_time(verb)
    if gov is not None:
        out.append(gov)
    return out


def relative_time(verb: Token) -> Token | None:
    """The past clause whose time a past relative clause on one of its arguments shares
    ("listed on Sept. 26 the reasons the president was refusing to meet them", "in
    September police arrested a man who attacked the embassy"), or None. Not a perfect, one
    with a time of its own, nor one told "now", "later" or "since"."""
    if verb.dep_ != "relcl" or not _past(verb) or _perfect(verb):
        return None
    if any(w.ent_type_ in {"DATE", "TIME"} or _YEAR.fullmatch(w.text)
           for c in verb.children if c.dep_ in {"prep", "npadvmod", "advmod"}
           for w in c.subtree):
        return None  # a time of its own: "Peru, which annexed them in the 1950s, ..."
    noun = verb.head
    gov = noun.head
    if (noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and gov.pos_ in {"VERB", "AUX"}
            and gov.i != noun.i and _past(gov) and not any(
                c.lower_ in {"now", "later", "since", "currently"} for c in verb.children)):
        return gov
    return None


# Occurrences of their own time: taking part in one named with its year is of that year
# ("fought a 2006 war", "won the 2012 election", "backed the 2011 uprising").
DATED_OCCURRENCES = {"war", "election", "elections", "vote", "referendum", "uprising",
                     "revolution", "coup", "conflict", "tournament", "cup", "games",
                     "olympics", "championship", "invasion", "campaign", "revolt",
                     "rebellion", "poll", "polls", "primary", "primaries", "summit",
                     "conference", "congress", "talks", "visit", "trip"}


def dated_before(tok: Token, day) -> bool:
    """A past clause placed in a year or month that ended over a month before publication
    ("In 2012, the police arrested two officers", "in April 2016, when the president
    visited Beijing", "during the 2015 election, he urged ...", "months before his death
    in 2009 ...") or "since" a century ago ("have negotiated since 1956", a perfect: how
    long, not when): background, even when the date resolver keeps the publication date.
    The phrase hangs on the clause's verb or on the one whose time it shares (see
    `_timed_clauses`); a clause on a noun dated so ("the 2015 accord, under which Iran
    agreed ...") is background too. A future or present clause, or one the sentence also
    places on a day of this week, is left alone."""
    if day is None:
        return False
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    clauses = _timed_clauses(verb)
    if verb.dep_ == "ccomp" and lemma_of(verb.head) in SPEECH_LEMMAS and any(
            a.dep_ == "aux" and a.lower_ in {"has", "have", "'ve"} for a in verb.children):
        # a span "since" put on the report of a perfect is the perfect's ("since the 2014
        # offensive, the army says it has killed 3,000 fighters")
        if any(p.dep_ == "prep" and p.lower_ == "since" and p.i < verb.i
               and any(_long_before(w, day) for w in p.subtree) for p in verb.head.children):
            return True
    if not _past(verb) and not (verb.tag_ == "VBG" and len(clauses) > 1 and _past(clauses[1])):
        return False  # (a participle added to a past clause is past: "..., killing 18")
    # a past "when" clause under it shares its time ("the base was captured when the
    # rebels overran the city in June 2014")
    whens = [c for c in verb.children if c.dep_ == "advcl" and _past(c) and any(
        m.dep_ in {"advmod", "mark"} and m.lower_ == "when" for m in c.children)]
    clauses += whens
    if any(w.lower_ in DAY_WORDS for v in clauses for c in v.children
           if c.dep_ in {"prep", "npadvmod"} for w in c.subtree):
        return False  # "traded fire on Tuesday in the worst fighting since 2020": the news
    if verb.dep_ == "relcl" and _relative_to_dated_noun(verb, day):
        return True
    if any(o.dep_ == "dobj" and lemma_of(o) in DATED_OCCURRENCES and any(
            m.dep_ in {"nummod", "compound", "amod"} and _long_before(m, day)
            for m in o.children) for o in verb.children):
        return True  # "which fought a 2006 war with Israel", "won the 2012 election"
    if any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and any(
            m.dep_ in {"nummod", "compound", "amod", "nmod"} and (_long_before(m, day) or any(
                _long_before(g, day) for g in m.children if g.dep_ == "nummod"))
            for m in s.children) for v in clauses for s in v.children):
        return True  # "Russia's September 2015 intervention changed the balance": its time
    if any(_last_month_before(c, day) or _bare_month_before(c, day)
           for v in clauses for c in v.children if c.dep_ in {"npadvmod", "prep"}):
        return True  # "last September, militants entered ..." (in a March article)
    if any(_last_year_before(v, day) for v in clauses):
        return True  # "visited China in August last year"
    return _dated_by_phrase(verb, clauses, whens, day)


def _relative_to_dated_noun(verb: Token, day) -> bool:
    """A relative clause on a noun dated long before: the noun's time is the clause's."""
    # "the 2015 nuclear deal, in which Iran agreed to ...": the deal's time (also when
    # the clause hangs on a later noun of its phrase: "the 2015 accord between A, B
    # and others, in which ...")
    node = verb.head
    for _ in range(6):
        if any(c.dep_ in {"nummod", "compound", "amod"} and _long_before(c, day)
               for c in node.children):
            return True
        if node.dep_ not in {"conj", "pobj", "prep", "appos", "agent", "acl"} or (
                node.head.i == node.i):
            break
        node = node.head  # (also "the 1972 visit made by Nixon, who met Mao")
    return False


def _dated_by_phrase(verb: Token, clauses: list[Token], whens: list[Token], day) -> bool:
    """A clause placed long before by one of its phrases: "since" a dated clause or day,
    "in"/"during" a year, a century."""
    for v in clauses:
        perfect = _perfect(v)
        if perfect and any(
                c.dep_ == "advcl" and c.i != verb.i and _past(c) and any(
                    m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                and dated_before(c, day) for c in v.children):
            return True  # "have been killed since the president launched his drive in June"
        # a clause dated on a day ("acquitted him on March 2 of killings during the 2011
        # uprising") is of that day: a dated event noun trailing it is what it is about
        on_day = any(c.dep_ == "prep" and c.lower_ == "on" and any(
            w.lower_ in MONTHS or w.like_num for w in c.subtree) for c in v.children)
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in YEAR_PREPS or (
                    prep.lower_ == "since" and not perfect):
                continue
            if prep.lower_ == "since" and _since_day_before(prep, day):
                return True  # "since the July 15 coup attempt, Turkey has accused ..."
            # (a "when" clause's own year is its time: "when he returned in 2015")
            trailing = prep.lower_ in {"in", "during"} and prep.i > v.i and v not in whens
            if trailing and any(c.dep_ == "prep" and v.i < c.i < prep.i for c in v.children):
                continue  # "freed them over their reports during the 2016 election": the
                # phrase may date what an earlier phrase names
            for w in prep.subtree:
                if w.lower_ in {"century", "centuries"} and not trailing:
                    return True
                if trailing and (on_day or not (w.dep_ in {"nummod", "compound", "amod"}
                                     and w.head.dep_ == "pobj" and w.head.head.i == prep.i)):
                    # (a trailing bare "in 2019" may be when a process the news ends began;
                    # "in the 1967 war", "during the 2014 protests" name a past event)
                    continue
                if _long_before(w, day):
                    return True
    return False


def report_dated_before(tok: Token, day) -> bool:
    """A plan, threat or forecast reported by a past speech verb dated over a month before
    publication ("the ministry said in January that 300 troops would be sent", "Lima
    announced on 4 May 2016 that it would build a base"): an old announcement."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.pos_ == "NOUN":
            verb = verb.head  # "announced plans in January to build a base": the plan's
            # report
        elif verb.dep_ not in {"ccomp", "xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
        if lemma_of(verb) in SPEECH_LEMMAS and _past(verb):
            return dated_before(verb, day)
    return False


def reported_over_span(tok: Token) -> bool:
    """A plan or forecast reported by a perfect over a span since an earlier event ("since
    my election, ten firms have announced that they will invest", "since the coup, Lima has
    said it would ..."): a summary of announcements, not the day's."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
        if verb.dep_ not in {"ccomp", "xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
        if lemma_of(verb) in SPEECH_LEMMAS:
            return span_since(verb)
    return False


# Adverbs that put a clause, or the report of it, in an earlier time.
EARLIER_ADVERBS = {"previously", "formerly"}
# Time nouns that keep a "since" span recent ("since Monday", "since last week").
RECENT_SINCE = DAY_WORDS | {"week", "weekend", "morning", "night", "evening", "afternoon"}
CALENDAR_WORDS = {*MONTHS, "year", "month", "last", "spring", "summer", "autumn", "fall",
                  "winter"}
_DATED_SPAN = RECENT_SINCE | CALENDAR_WORDS


def _past_phrase(prep: Token) -> bool:
    """ "in the past" (with no span: "in the past week" is news); "at the time", "at that
    time", "in those days", "back in the day", "back then": a time before the story's."""
    if prep.dep_ == "advmod" and prep.lower_ == "back" and any(
            c.lower_ == "then" or (c.dep_ == "prep" and any(g.lower_ == "day" for g in c.children))
            for c in prep.children):
        return True  # "back then", "back in the day"
    if prep.lower_ == "then" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "back":
        return True  # ("back" and "then" hung apart)
    if prep.dep_ != "prep":
        return False
    for g in prep.children:
        if g.dep_ != "pobj" or any(m.dep_ in {"amod", "nummod", "compound", "prep", "relcl", "acl"}
                                   for m in g.children):
            continue
        dets = {m.lower_ for m in g.children if m.dep_ == "det"}
        if prep.lower_ == "in" and g.lower_ == "past" or (
                prep.lower_ == "at" and g.lower_ == "time" and dets & {"the", "that"}) or (
                prep.lower_ == "in" and g.lower_ == "days" and "those" in dets):
            return True
    return False


# Roles someone held on the way to office: what they did "as a candidate" (or "as
# president-elect") came before the office they hold in the news.
FORMER_ROLES = {"candidate", "nominee", "contender", "challenger", "president-elect",
                "campaigner"}


def _former_role(prep: Token) -> bool:
    """ "as a presidential candidate", "as president-elect"."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        g.dep_ == "pobj" and (g.lower_ in FORMER_ROLES or lemma_of(g) in FORMER_ROLES or (
            g.lower_ == "elect" or any(m.lower_ == "elect" for m in g.children)))
        for g in prep.children)


def told_earlier(tok: Token) -> bool:
    """The clause, or the speech verb that reports it, is put in an earlier time
    ("police have previously said the suspects fled", "Tunis had formerly expelled", "have
    raided the port in the past", "as a candidate he accused Lima of ..."): background."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for node in [verb, *verb.ancestors][:4]:
        if any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in node.children):
            return True
        # (the parser may hang the phrase on the auxiliary: "have in the past admitted")
        children = [*node.children, *(g for a in node.children if a.dep_ == "aux"
                                      for g in a.children)]
        if _past(node) and any(
                c.dep_ == "advmod" and c.lower_ == "once" and c.i < node.i
                and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in {"again", "more"})
                for c in children):
            return True  # "was once considered an heir", "once ruled the north"
        if _past(node) and any(_past_phrase(c) or _former_role(c) for c in children):
            # "rebels have shelled the town in the past", "who as a candidate accused
            # Lima of dumping": an earlier time, not the news
            return True
        if node.dep_ not in {"ccomp", "xcomp", "conj"}:
            break
    return False


# Shares of a whole taken bit by bit ("much of the territory", "most of the villages").
SHARE_WORDS = {"much", "most", "many", "all", "half", "parts", "swathes", "swaths", "bulk"}


def span_since(tok: Token) -> bool:
    """A perfect clause over a span "since" an earlier event ("since the collapse of the
    union, Moscow has fought two wars", "since then, the president has cracked down",
    "thousands have been displaced since rebels seized the north"): a summary up to now,
    not an act of the day (a span since a day of this week is, and one since a date is left
    to the date). So is what such a span's thing saw ("has waged a crackdown since the
    coup that has seen hundreds jailed")."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    clauses = _timed_clauses(verb)
    top = clauses[-1]
    if top.dep_ == "relcl" and top.head.dep_ in {"pobj", "dobj"}:
        gov = top.head.head
        gov = gov.head if gov.dep_ == "prep" else gov
        if gov.pos_ in {"VERB", "AUX"}:
            clauses.append(gov)  # the span of the thing the clause tells about
    # (a span told on the last of joined verbs is theirs too: "thousands have been killed
    # and millions displaced since ...")
    clauses += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    for v in clauses:
        if not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in v.children):
            continue
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ == "since":
                # (a span since a date is the date's business: "since last July", "since
                # 2015" -- see dated_before)
                if not any(w.lower_ in _DATED_SPAN or w.like_num for w in prep.subtree):
                    return True
            if prep.dep_ == "advcl" and _past(prep) and any(
                    c.dep_ == "mark" and c.lower_ == "since" for c in prep.children) and not any(
                    w.lower_ in _DATED_SPAN for w in prep.subtree):
                return True  # "have been killed since rebels seized the north"
            if prep.dep_ == "mark" and prep.lower_ == "since" and prep.i < v.i:
                # the parser may read a fronted "since" phrase as the mark of the perfect
                # itself ("Since my election, A, B and others have announced ..."): the
                # words up to the comma are the span's start
                words = []
                for w in v.doc[prep.i + 1 : v.i]:
                    if w.text == ",":
                        break
                    words.append(w)
                if words and len(words) < len(v.doc[prep.i + 1 : v.i]) and not any(
                        w.lower_ in _DATED_SPAN or w.like_num for w in words):
                    return True
            if prep.dep_ == "advmod" and prep.lower_ == "since":
                # "has since returned": a later act, maybe today's; but "has since waged a
                # campaign", "have since fought two wars": carried on up to now, a summary;
                # so is "have since retaken much of the land": a share of a whole, taken
                # bit by bit
                return any(lm in DURATIVE_VERBS for lm in lemmas_of(v)) or any(
                    o.dep_ == "dobj" and o.lower_ in SHARE_WORDS for o in v.children)
    return False


def habitual(tok: Token) -> bool:
    """The clause says what an actor often or as a rule does ("Manila routinely protests",
    "the navy regularly conducts drills"), or does at every turn of the calendar ("each
    December the leaders meet to set targets", "every year the army holds drills"): no
    event of the day."""
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in tok.children) or (
        recurring(tok)) or used_to(tok)


def used_to(tok: Token) -> bool:
    """The clause tells what someone "used to" do ("Lima used to buy its jets from Paris",
    "the two navies used to hold drills together"): a past habit, no event of the day."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head

    def habit(used: Token, xcomp: Token) -> bool:
        # "to" right after "used", and no object of "used" ("used tear gas to disperse
        # them" is a use)
        return (lemma_of(used) == "use" and used.tag_ == "VBD" and xcomp.dep_ == "xcomp"
                and xcomp.head.i == used.i and used.i + 1 < len(used.doc)
                and used.doc[used.i + 1].lower_ == "to"
                and used.doc[used.i + 1].head.i == xcomp.i)

    return habit(verb, next((c for c in verb.children if c.dep_ == "xcomp"), verb)) or (
        habit(verb.head, verb))


def recurring(tok: Token) -> bool:
    """The clause, or one it is the purpose or a joined part of, is placed at every turn of
    the calendar ("each December", "every year", "every time Lima raised tariffs")."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(4):
        if any(_every_period(c) for c in verb.children if c.dep_ in {"npadvmod", "prep"}):
            return True
        if verb.dep_ == "relcl" and _every_period(verb.head):
            return True  # "every time Lima raised tariffs"
        if verb.dep_ not in {"xcomp", "advcl", "conj"} or verb.head.i == verb.i or (
                verb.head.pos_ not in {"VERB", "AUX"}):
            return False
        verb = verb.head  # "each year they meet to set targets": the setting too
    return False


# Words that count or measure what follows "of" ("80 percent of its exports", "the bulk
# of the attacks") and verbs that tell how much an event noun amounted to ("exports rose
# 5 percent", "trade reached $10 billion").
QUANTITY_NOUNS = {"percent", "%", "share", "bulk", "half", "third", "quarter", "majority",
                  "value", "volume", "total", "sum", "amount", "number", "proportion",
                  "fraction", "tonnes", "tons", "worth"}
MEASURE_VERBS = {"reach", "total", "amount", "rise", "fall", "grow", "exceed", "account",
                 "stand", "climb", "drop", "surge", "decline", "jump", "increase", "decrease",
                 "soar", "slump", "plunge", "double", "triple", "top", "hit", "maintain"}
AMOUNT_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def measured(tok: Token) -> bool:
    """An event noun told as a figure ("sends 80 percent of its exports to the US",
    "exports to Chile rose 5 percent", "bilateral trade reached $14 billion"): a
    statistic, not an act of the day."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in QUANTITY_NOUNS:
        return True
    head = tok.head
    while tok.dep_ == "conj" and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if tok.dep_ not in {"nsubj", "conj"} or head.pos_ not in {"VERB", "AUX"} or (
            lemma_of(head) not in MEASURE_VERBS):
        return False
    return any(w.ent_type_ in AMOUNT_ENTS or w.lower_ in QUANTITY_NOUNS
               for c in head.children if c.dep_ in {"dobj", "prep", "npadvmod", "attr"}
               for w in c.subtree)


PERIOD_WORDS = {*MONTHS, *WEEKDAYS, "year", "month", "week", "day", "spring", "summer",
                "autumn", "winter", "season", "time", "morning", "evening", "night", "weekend"}


def _every_period(c: Token) -> bool:
    """ "each December", "every year", "on every Friday": a recurring time."""
    head = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else c
    return head is not None and head.lower_ in PERIOD_WORDS and any(
        d.dep_ in {"det", "nummod"} and d.lower_ in {"each", "every"} for d in head.children)


def describes_thing(tok: Token, is_actor) -> bool:
    """A past relative or participle clause on a noun that is no actor says what happened
    to a thing or what an event did ("a freighter that was seized by the coast guard", "the
    explosion that killed six", "the bronzes looted by soldiers"): it describes the noun,
    it is not news of its own. `is_actor(token)` tells whether a noun is an actor."""
    if tok.dep_ not in {"relcl", "acl"} or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.dep_ == "relcl" and is_content_clause(tok) and not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that"}
            for c in tok.children):
        return False  # "the demand that it disarm": the noun's content
    if tok.dep_ == "acl" and (tok.tag_ == "VBD" or any(c.dep_ == "dobj" for c in tok.children)):
        return False  # a main verb the parser hung on its subject ("airstrikes killed 30")
    participle = tok.dep_ == "acl" and tok.tag_ == "VBN"
    return (_past(tok) or participle) and not is_actor(tok.head)


def earlier_relative(tok: Token) -> bool:
    """A past perfect relative clause ("the fighters, who had seized the town in 2014",
    "families who had been driven from their homes", "a smuggler who had been on a wanted
    list"): it tells what came before the story's own time to say who or what the noun
    is, not news of the day."""
    if tok.dep_ != "relcl" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} and c.tag_ == "VBD"
               for c in tok.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in REL_WORDS
               for c in tok.children)


# Words by which the writer tells a clause as a fact already known ("it is well known that
# ...", "it is no secret that ...", "it is common knowledge that ...").
KNOWN_WORDS = {"known", "secret", "knowledge", "documented", "established"}


def known_fact(tok: Token) -> bool:
    """The clause is told as a fact the reader may know, under an empty "it" ("it is well
    known that Lima armed the militias", "it is no secret that Quito funds them"): no news
    of the day, background."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    node = first_conjunct(verb)
    for _ in range(2):  # (the parser may hang the clause on a noun of it: "militias")
        if node.dep_ in {"ccomp", "relcl", "csubj"}:
            break
        if node.dep_ not in {"dobj", "amod"} or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if node.dep_ not in {"ccomp", "relcl", "csubj"}:
        return False
    head = node.head
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"acomp", "attr"}}
    if not words & KNOWN_WORDS:
        return False
    frame = head.head if head.dep_ == "attr" else head
    if any(w.lower_ in DAY_WORDS for c in verb.children
           if c.dep_ in {"prep", "npadvmod"} for w in c.subtree):
        return False  # "it is known that they met on Monday": news all the same
    return any(c.lower_ == "it" and c.dep_ in {"nsubj", "nsubjpass"} for c in frame.children)


def continuing_present(tok: Token) -> bool:
    """A simple present of carrying on ("the government continues to jail reporters",
    "both sides keep shelling the town"): an ongoing practice, no act of the day (a
    story's lead may tell news so; the caller leaves the lead alone)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
        # (a base form with a subject and no auxiliary is a present the tagger misread)
        present = verb.tag_ in {"VBZ", "VBP"} or (
            verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))
        if lemma_of(verb) in {"continue", "keep"} and present and not any(
                c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return any(c.dep_ == "xcomp" for c in verb.children)
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Verbs of a stance taken on what one will do ("vows to ban the book", "wants to leave the
# bloc", "has pledged to shut the schools").
STANCE_VERBS = {"vow", "pledge", "promise", "want", "threaten", "wish", "intend", "plan",
                "aim", "seek", "hope", "swear"}


def stance_told(top: Token) -> bool:
    """A plan or threat told in the simple present or the present perfect, with no time of
    its own and outside any quotation ("He also wants to pull the country out of the
    bloc.", "The candidate has vowed to shut the schools."): in a story's body, a standing
    platform or stance, not the day's announcement (the caller leaves the lead alone)."""
    verb = top
    # (the tagger may take "pledges" with a subject for a plural noun)
    misread = verb.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in verb.children)
    if (verb.pos_ not in {"VERB", "AUX"} and not misread) or lemma_of(verb) not in STANCE_VERBS:
        return False
    if not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = (verb.tag_ in {"VBZ", "VBP"} or misread) and not auxes
    perfect = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in {"has", "have", "'ve"}
    if not (present or perfect):
        return False
    if any(w.ent_type_ in {"DATE", "TIME"} for c in verb.children
           if c.dep_ in {"prep", "npadvmod", "advmod"} for w in c.subtree):
        return False  # "has vowed this week to ...": news
    node = verb
    while node.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "conj"} and node.head.i != node.i:
        if node.dep_ in {"ccomp", "xcomp"} and lemma_of(node.head) in SPEECH_LEMMAS:
            return False  # reported: "said he wants to ...", the day's statement
        node = node.head
    return not inside_quote(verb)


def inside_quote(tok: Token) -> bool:
    """The token is inside a quotation of its sentence: an odd number of quotation marks
    comes before it (a quoted word after it, '"preventative" basis', does not count)."""
    marks = sum(t.text in {'"', "\u201c", "\u201d", "''", "``"}
                for t in tok.sent if t.i < tok.i)
    return marks % 2 == 1


# Marks of a clause that sets something earlier against the main one ("while he had
# vowed to ..., fewer than 2,000 came").
CONCESSIVE_MARKS = {"while", "although", "though", "whereas"}


def earlier_main(tok: Token) -> bool:
    """A past perfect told by the writer, not reported ("The minister had pledged to cut
    aid.", "While the president had vowed to admit 20,000 refugees, ..."): it tells what came
    before the story's own past, background, unless it is placed on a day of this week."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and c.lower_ in {"had", "'d"} and c.tag_ == "VBD"
            for c in verb.children):
        return False
    node = verb
    if node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl":
        if not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in node.children):
            return False
    elif node.dep_ != "ROOT":
        return False
    return not any(w.lower_ in DAY_WORDS | RECENT_WORDS for c in verb.children
                   if c.dep_ in {"prep", "npadvmod", "advmod"} for w in c.subtree)


# Words that place a clause within the day ("hours earlier", "minutes before", "earlier
# in the day", "this morning").
RECENT_WORDS = {"hours", "hour", "minutes", "minute", "moments", "morning", "afternoon",
                "evening", "night"}


# Prepositions naming what a word is about ("misled them about his talks with Lima"), and
# the verbs and nouns whose "for" names what they judge or answer ("sanctioned for its
# raid on the port", "thanked Peru for its help"): an owned event noun after them is one
# the reader is taken to know, an earlier event.
TOPIC_PREPS = {"about", "over", "regarding", "concerning"}
JUDGING_WORDS = {"sanction", "sanctions", "punish", "fire", "sack", "oust", "dismiss",
                 "blame", "criticise", "criticize", "condemn", "praise", "thank", "apologise",
                 "apologize", "apology", "fine", "jail", "sentence", "convict", "charge",
                 "indict", "expel", "suspend", "reward", "honour", "honor", "congratulate",
                 "credit", "remain", "punishment", "penalty", "compensation"}


def owned_topic(tok: Token) -> bool:
    """An event noun with an owner ("his talks with", "its incursion into", "the
    minister's call with") that is what something is about, or what is judged or answered
    "for" ("misled parliament about his conversations with the envoy", "sanctions remain
    for its incursion into Georgia", "referring to the president's call with"): an earlier
    event the reader knows, not news; unless a time of its own says when it is."""
    if tok.dep_ != "pobj" or not any(c.dep_ == "poss" for c in tok.children):
        return False
    if any(w.ent_type_ == "DATE" for w in tok.subtree):
        return False  # "his visit to Lima next week", "its raid on Monday"
    prep, gov = tok.head, tok.head.head
    if prep.lower_ in TOPIC_PREPS:
        return True
    if prep.lower_ == "to" and lemma_of(gov) == "refer":
        return True
    return prep.lower_ == "for" and (lemma_of(gov) in JUDGING_WORDS
                                     or gov.lower_ in JUDGING_WORDS)


def referenced_event(tok: Token) -> bool:
    """An event noun told as an earlier event: after a preposition that puts it before
    ("after the raid", "following the killing of", "since the invasion"), or under a word
    that speaks about a past event ("denied any role in the bombing", "the anniversary of
    the coup", "an inquiry into the shooting"). What the sentence presupposes as done before
    its own act ("a day after their summit", "after talks with X") is not asserted as news,
    even when it is a meeting."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_PREPS:
        return True
    if owned_topic(tok):
        return True
    node = tok
    for _ in range(3):
        if node.dep_ not in {"pobj", "dobj", "conj", "compound", "nsubjpass"}:
            return False
        head = node.head
        if head.dep_ == "prep":
            head = head.head
        if head.i == node.i:
            return False
        if lemma_of(head) in REFERENCE_WORDS or head.lower_ in REFERENCE_WORDS:
            return True
        if head.pos_ != "NOUN":
            return False
        node = head
    return False


# Spans that make a clause a summary of a long time ("for years", "over the past decade").
SPAN_UNITS = {"months", "year", "years", "decade", "decades", "century", "centuries"}


# Verbs that carry on what their object names: waged over years, it is a standing state
# ("has fought a decades-long insurgency"), unlike ending or starting it.
DURATIVE_VERBS = {"wage", "fight", "battle", "combat", "pursue", "conduct", "lead", "face",
                  "sustain", "carry", "continue", "endure", "suffer"}


def long_span_modified(noun: Token) -> bool:
    """The noun is told as lasting a long span: "a three-decade-long rebellion", "its
    decades-long campaign", "a years-long feud"."""
    return any(m.dep_ == "amod" and m.lower_ == "long" and any(
        w.lower_ in SPAN_UNITS or w.lower_ == "decade" for w in m.subtree if w.i != m.i)
        for m in noun.children)


def over_long_span(tok: Token) -> bool:
    """A past or perfect clause told over a long span ("have been fighting the rebels for
    years", "over the past decade, gangs have seized 200 ships", "has long accused Lima of
    ..."): a summary up to now, not an act of the day. So is an event noun told as lasting
    years ("the rebels' decades-long insurgency"), and carrying one on ("has waged a
    decades-long campaign against Lima", "battled a years-long revolt")."""
    if tok.pos_ in {"NOUN", "PROPN"} and long_span_modified(tok):
        return True
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ in {"VERB", "AUX"} and any(lm in DURATIVE_VERBS for lm in lemmas_of(verb)) \
            and any(long_span_modified(o) for c in verb.children
                    for o in ([c] if c.dep_ == "dobj" else [g for g in c.children
                              if g.dep_ == "pobj"] if c.dep_ == "prep" else [])):
        return True
    if verb.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "nsubj" and long_span_modified(c) for c in verb.children):
        return True  # "the decades-long conflict has killed 40,000 people": its whole toll
    if verb.pos_ not in {"VERB", "AUX"} or not _past(verb):
        return False
    verbs = [verb]
    if verb.dep_ == "conj" and not children_by_dep(verb, {"nsubj", "aux"}):
        verbs.append(verb.head)  # "over the past decade they have seized ... and killed"
    # (a span put on what a perfect of trying or going on governs: "has been trying to
    # oust him for the past five years")
    verbs += [c for c in verb.children
              if c.dep_ == "xcomp" and _perfect(verb, {"aux", "auxpass"})]
    # (a perfect shares its "has" with verbs joined to it: "has killed 4,000 and displaced
    # a million during its insurgency")
    perfect = _perfect(verb) or (verb.dep_ == "conj" and _perfect(verb.head))
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not children_by_dep(c, {"nsubj", "nsubjpass", "aux"})]
    if perfect and any(c.dep_ == "prep" and c.lower_ in {"during", "throughout"} and any(
            g.dep_ == "pobj" and lemma_of(g) in LONG_RUNNING for g in c.children)
            for v in shared for c in v.children):
        return True  # (the span on the joined verb)
    # (a span on a verb joined to a perfect is on both: "has killed 9,000 and abducted
    # 2,000 in a decade-long revolt")
    spanned = verbs + shared if perfect else verbs
    for c in (c for v in spanned for c in v.children):
        if c.dep_ == "advmod" and c.lower_ == "long" and _perfect(verb):
            return True  # "has long blamed"
        if c.dep_ == "prep" and c.lower_ in {"during", "throughout"} and perfect and any(
                g.dep_ == "pobj" and lemma_of(g) in LONG_RUNNING for g in c.children):
            return True  # "has killed 4,000 people during its insurgency": its toll so far
        if c.dep_ == "prep" and c.lower_ in {"for", "over", "during", "in", "throughout"}:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if any(long_span_modified(g) for g in objs):
                return True  # "killed 9,000 in a decade-long revolt": its toll, summed up
            for g in objs:
                unit = g.lower_ in SPAN_UNITS
                past = any(m.lower_ in {"past", "last"} for m in g.children)
                if unit and (c.lower_ == "for" or past) and not _term_imposed(c.head, c, g, past):
                    return True
    # (the parser may hang the span on the object: "trying to oust the leader for the past
    # five years")
    return any(p.dep_ == "prep" and p.lower_ in {"for", "over"} and any(
        g.dep_ == "pobj" and g.lower_ in SPAN_UNITS and any(
            m.lower_ in {"past", "last"} for m in g.children) for g in p.children)
        for v in verbs for o in v.children if o.dep_ == "dobj" for p in o.children)


# What runs for months or years: a perfect told "during" or "throughout" one sums it up
# ("the rebels have killed 4,000 people during their insurgency").
LONG_RUNNING = {"insurgency", "uprising", "war", "conflict", "rebellion", "revolt", "occupation",
                "crisis", "siege", "intifada", "struggle", "rule", "campaign",
                "tenure", "presidency", "reign"}


# Verbs whose act lasts as long as the span told with it (a summary "for five years"),
# besides those that carry on what their object names (DURATIVE_VERBS).
LASTING_VERBS = {"rule", "govern", "occupy", "hold", "serve", "live", "stay", "remain",
                 "last", "work", "run", "control", "besiege", "reign"}


def _term_imposed(verb: Token, prep: Token, noun: Token, past: bool) -> bool:
    """ "for" with a counted span on a simple past act that does not last itself ("jailed
    the editor for six years", "banned the party for three years", "suspended the envoy
    for two months") gives the term the act imposes, not a span the act went on over."""
    if prep.lower_ != "for" or past or not any(m.dep_ == "nummod" for m in noun.children):
        return False
    if any(lm in DURATIVE_VERBS or lm in LASTING_VERBS for lm in lemmas_of(verb)):
        return False
    perfect_or_ongoing = _perfect(verb, {"aux", "auxpass"}) or verb.tag_ == "VBG" or any(
        a.dep_ in {"aux", "auxpass"} and a.lower_ == "been" for a in verb.children)
    return not perfect_or_ongoing


# Verbs of a standing rule: told in the present passive, what they say is a state of law.
RULE_VERBS = {"ban", "bar", "prohibit", "forbid", "outlaw", "restrict", "oblige", "require"}


# Texts that lay down what is to be done: what they say or call for is their content,
# not an act of the day ("the 1956 declaration says both sides agree to ...", "the
# resolution, which calls for elections, ...").
PROVISION_TEXTS = {"document", "resolution", "declaration", "treaty", "agreement", "accord",
                   "pact", "memorandum", "law", "constitution", "charter", "bill", "draft",
                   "clause", "provision", "statute", "decree", "roadmap", "protocol",
                   "convention", "communique", "communiqué"}
PROVISION_VERBS = {"say", "state", "stipulate", "read", "provide", "call", "envisage",
                   "foresee", "require", "demand", "urge", "oblige", "allow", "grant"}


# Arrangements under which something is done, besides the texts above ("under the deal").
UNDER_TEXTS = {"deal", "plan", "scheme", "rule", "rules", "regulation", "regulations",
               "arrangement", "system", "programme", "program"}


def text_provision(tok: Token) -> bool:
    """A present clause whose subject is a text that lays down what is to be done ("the
    resolution calls for a new constitution", "the accord, which grants autonomy to the
    north"), the content of what such a text says ("the document says: 'both sides
    agree to continue talks'"), or a present or "can/may" clause placed "under" one
    ("under the deal, migrants can be sent back"): the text's content, no act of the day."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(
                g.dep_ == "pobj" and lemma_of(g) in PROVISION_TEXTS | UNDER_TEXTS
                for g in c.children)
               for c in verb.children) and (any(
                a.dep_ == "aux" and a.tag_ == "MD" and a.lower_ not in {"will", "shall", "'ll"}
                for a in verb.children) or (verb.tag_ in {"VBZ", "VBP"} and not any(
                    a.dep_ in {"aux", "auxpass"} for a in verb.children))):
            # "under the deal, migrants can be deported": what the deal allows (not "under
            # the plan, Israel will evacuate the settlements": an announced intent)
            return True
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in REL_WORDS and verb.dep_ == "relcl":
            subj = verb.head  # "resolution 2254, which calls for ..."
        if (subj is not None and lemma_of(subj) in PROVISION_TEXTS and verb.tag_ in {"VBZ", "VBP"}
                and lemma_of(verb) in PROVISION_VERBS and not any(
                    c.dep_ in {"aux", "auxpass"} for c in verb.children)):
            return True
        if verb.dep_ not in {"ccomp", "xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Texts of law: what they do in the present is a standing rule ("the law bars ...").
LAW_NOUNS = {"law", "constitution", "legislation", "rule", "code", "statute", "charter",
             "treaty", "decree", "regulation", "act", "resolution", "ordinance"}


def standing_present(tok: Token) -> bool:
    """A simple present of an act with no time of its own, outside any quotation or report
    ("Japan and Korea host thousands of US troops", "Moscow supplies the army with arms"):
    in the body of a news text, a standing arrangement, not an act of the day."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    # (so is a present progressive told "currently": "Jordan is currently hosting 600,000
    # refugees" is a state, not the day's act)
    ongoing = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are"} for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ == "currently" for c in verb.children)
    if verb.pos_ != "VERB" or (verb.tag_ not in {"VBZ", "VBP"} and not ongoing) or (
            lemma_of(verb) in SPEECH_LEMMAS):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg", "mark"} and not (ongoing and c.dep_ == "aux")
           for c in verb.children):
        return False
    if verb.dep_ not in {"ROOT", "conj"} or any(t.ent_type_ in {"DATE", "TIME"}
                                               for t in verb.sent):
        return False
    return not any(t.text in {'"', "\u201c", "\u201d", "'"} or lemma_of(t) in SPEECH_LEMMAS
                   for t in verb.sent)


# Verbs that make a law: the rule a law they take lays down is new ("passed a law banning").
ENACT_VERBS = {"pass", "adopt", "approve", "enact", "sign", "introduce", "impose", "issue",
               "decree", "unveil", "announce", "promulgate", "vote", "ratify"}


# Verbs that class someone as something ("lists X as a terrorist group", "considers X a
# threat"): told in the present, what they say is a standing designation.
DESIGNATE_VERBS = {"list", "designate", "classify", "consider", "regard", "recognise",
                   "recognize", "brand", "deem", "label", "view", "see", "count"}


def standing_designation(tok: Token) -> bool:
    """A present tense of a verb that classes someone as something, with the class named
    ("the EU lists the group as a terrorist organisation", "the US and Israel consider it a
    terrorist group", "the PKK is listed as a terrorist organisation"): a standing
    designation, no act of the day (a past one, "designated it on Monday", is news)."""
    if tok.pos_ not in {"VERB", "AUX"} or lemma_of(tok) not in DESIGNATE_VERBS:
        return False
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    present = (tok.tag_ in {"VBZ", "VBP"} and not auxes) or (
        tok.tag_ == "VB" and not auxes and any(c.dep_ == "nsubj" for c in tok.children)) or (
        tok.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass"
        and auxes[0].tag_ in {"VBZ", "VBP"})
    if not present:
        return False
    return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "ccomp"}
               for c in tok.children)


def standing_rule(tok: Token) -> bool:
    """A present passive of a rule ("Pyongyang is barred by UN resolutions from testing
    missiles", "the group is banned in Chile"), or a text of law doing it in the present
    ("the law bars anyone convicted from running", "the constitution forbids a third
    term"): a state of law, no act of the day."""
    if tok.pos_ not in {"VERB", "AUX"} or lemma_of(tok) not in RULE_VERBS:
        return False
    if tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in tok.children):
        return True  # "the group, banned in Russia,": what the law says of it
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma_of(tok.head) in LAW_NOUNS and not (
            tok.head.dep_ in {"dobj", "nsubjpass"} and lemma_of(tok.head.head) in ENACT_VERBS):
        # "under a law banning the sale of ivory": what the law says (not "passed a law
        # banning ...": a new ban)
        return True
    if tok.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "nsubj" and lemma_of(c) in LAW_NOUNS
                                          for c in tok.children):
        return True
    aux = [c for c in tok.children if c.dep_ == "auxpass"]
    return bool(aux) and aux[0].tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ == "aux" for c in tok.children)


# Nouns of a pact that, named with capitals, are an existing text ("the North American
# Free Trade Agreement between Canada, Mexico and the US", "the Treaty of Rome").
PACT_NOUNS = {"agreement", "treaty", "accord", "accords", "pact", "partnership", "convention",
              "protocol", "alliance", "union", "charter", "deal", "memorandum", "compact"}


def named_pact(tok: Token) -> bool:
    """An agreement noun that is part of a proper name ("the Paris Agreement between its
    parties", "the Free Trade Agreement between X and Y"): a pact that exists, named, not
    the news of one made."""
    if tok.lower_ not in PACT_NOUNS or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    return tok.tag_ in {"NNP", "NNPS"} or any(
        c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"} for c in tok.children)


# Adverbs that bring a story back to the present ("now", "currently", "today").
NOW_ADVERBS = {"now", "currently", "today", "tonight", "presently", "nowadays"}


def narrative_time(sent, day) -> str | None:
    """The time a sentence's main clause tells of, for the sentences that follow it:
    "old" when it is a past clause placed over a month before `day` ("The accord was
    signed in 1993.", "In 2007, the president hosted a summit."), "now" when it is told in
    the present, the perfect or the future, by a verb of speech (the reporting of the
    news), or placed within the month; None for a plain past clause with no time of its
    own ("The talks achieved little.", "Later, both sides agreed to resume talks."), which
    goes on in the time of the story told before it."""
    from ...nlp.dates import clause_dates, resolve  # (dates imports nothing of ours)

    if day is None:
        return "now"
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    auxes = [c for v in verbs for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "advmod" and c.lower_ in NOW_ADVERBS for v in verbs for c in v.children):
        return "now"
    perfect_now = any(a.lower_ in {"has", "have", "'ve"} for a in auxes)
    if not _past(root) or perfect_now or lemma_of(root) in SPEECH_LEMMAS:
        return "now"
    ends = []
    for ent, _node in clause_dates(sent.doc, [v.i for v in verbs]):
        resolved = resolve(ent.text, day)
        if resolved is not None:
            ends.append(resolved.end)
    if ends:
        return "old" if all((day - end).days > 30 for end in ends) else "now"
    if any(w.lower_ in DAY_WORDS for v in verbs for c in v.children
           if c.dep_ in {"prep", "npadvmod"} for w in c.subtree):
        return "now"
    if dated_before(root, day) or long_ago(root) or told_earlier(root):
        return "old"
    return None
