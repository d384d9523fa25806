"""Modality and news value of a clause: whether what a clause tells happened now, is only
asked or wondered about, is background to the news, or is worth no event at all.

Each check is a pure function over spaCy tokens, named after what it recognises:

- `is_question`: a direct question ("Will Peru sign the accord?") asserts nothing;
- `asked_or_supposed`: a quoted question the sentence attributes, or a clause opening with
  an auxiliary before its subject (a question, or an inverted condition "Should Lima ..."):
  hypothetical;
- `open_question`: an indirect question ("would not tell whether the envoys would meet again",
  "asked whether Chile would attend") leaves the act open: hypothetical;
- `says_nothing`: withholding details ("gave no further details", "did not comment") is
  no refusal and no event;
- `temporal_clause`: an act told in an "after", "since", "before" or "until" clause is
  background when it is past ("after a ferry was sunk") and hypothetical when it is still to
  come ("before the parliament votes");
- `in_condition`: an act inside an "if"/"unless" clause, at any depth, is hypothetical;
- `feared`: what someone fears or risks ("worried about troops crossing the border", "the
  risk of a war") is hypothetical;
- `posed_for`: an infinitive with its own "for" subject ("it is time for Lima to talk") is
  a proposition, not an act: hypothetical;
- `attempted_only`: the aim of an effort ("in a bid to end the siege") is not done yet:
  hypothetical;
- `alleged`: what someone is accused or suspected of ("accused Chad of shelling") is told
  by the accusation, not asserted: hypothetical;
- `unreal_noun`: an event noun marked as not (yet) real ("the planned summit", "a
  possible strike") is hypothetical;
- `forecast`: an act the writer only forecasts ("will likely meet") is hypothetical;
- `awaited`: an event noun someone prepares for, awaits or plans is hypothetical;
- `in_past_period`: a past clause placed "during his campaign" is background;
- `helps_only`: a purpose clause of helping ("sent doctors to help Italy") is what the act
  is for, not a second act: hypothetical;
- `long_ago`: a clause that says it happened "two years ago" is background;
- `permitted`: what a deal or a state allows someone to do is not done: hypothetical;
- `habitual`: what an actor often or routinely does is no event of the day: background;
- `describes_thing`: a past relative clause that says what happened to a thing or what an
  event did ("a freighter that was seized", "the explosion that killed six") describes it:
  background;
- `referenced_event`: an event noun that something is said about as an earlier event
  ("denied a role in the bombing", "the anniversary of the invasion", "after the
  killing of"): background;
- `measured_opinion`: what an opinion poll or survey found ("most Chileans oppose ..., a
  survey showed") is an opinion measured, no act: no event;
- `speculates`: a reported act whose speaker only comments on others ("could raise
  tariffs, economists said") is a forecast, not a threat or an intent by the actor.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Span, Token

from ..nlp.dates import MONTHS, WEEKDAYS
from .lexicon import ControlRule
from .syntax import (
    CONDITIONAL_MARKS,
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    INTENT_NOUNS,
    NEG_WORDS,
    SPEECH_LEMMAS,
    children_by_dep,
    intention_noun,
    is_content_clause,
    is_reported,
    lemma_of,
    lemmas_of,
    obliged,
    speaker_of,
)

# Words that open an indirect question when they lead a clause.
QUESTION_WORDS = {"when", "whether", "how", "why", "where", "what", "which", "who", "if"}
# Clause types that can hold an indirect question (not "if" conditions: those are advcl).
QUESTION_CLAUSES = {"ccomp", "xcomp", "dobj", "pcomp"}
# Markers of a clause that tells what came before (or comes after) the act of the clause it
# hangs on: told in the past, what it tells is background; told in the present, it has not
# happened yet ("before the court rules").
BACKGROUND_MARKS = {"since"}
TEMPORAL_MARKS = {"after", "since", "before", "until", "till"}
# Of those, the ones whose present tense means "not yet" ("since" with a present tense is
# causal: "since the US continues its threats, we will ...").
NOT_YET_MARKS = {"before", "until", "till"}
# Prepositions that put an event noun before the act of the clause ("after the raid",
# "following the killing of", "since the invasion").
BEFORE_PREPS = {"after", "following", "since"}
# Conditional marks (an act told inside such a clause is hypothetical).
CONDITION_MARKS = {"if", "unless", "lest"}
# Words of fear and risk: a clause they govern tells what may happen, not what did.
FEAR_WORDS = {"fear", "fearful", "afraid", "worry", "worried", "concern", "concerned",
              "anxious", "risk", "danger", "possibility", "prospect", "spectre", "specter",
              "likelihood", "chance", "threat", "scenario", "nervous", "alarm", "alarmed"}
# Of those, the ones that cast doubt on an event noun too ("the risk of war"; but "concern
# over the arrests" is about arrests that happened).
NON_FACTIVE_NOUNS = {"risk", "danger", "possibility", "prospect", "spectre", "specter",
                     "likelihood", "chance", "scenario", "fear"}
# Nouns of trying: the act they aim at is not done ("in an effort to end the strike", "the
# campaign to retake the city").
ATTEMPT_NOUNS = {"effort", "attempt", "bid", "push", "drive", "quest", "endeavour", "endeavor",
                 "bids", "efforts", "attempts", "campaign", "operation", "offensive", "mission"}
# Words of accusing and suspecting: what they say someone did is alleged, not asserted.
ACCUSE_WORDS = {"accuse", "accusation", "allegation", "allege", "suspect", "suspicion",
                "charge", "indict", "blame", "accused", "alleged", "suspected"}
# Adjectives that mark an event noun as not (yet) real.
# (Not "suspected" or "alleged": "a suspected chemical attack" happened, only its kind or
# author is in doubt; nor "threatened": "mounted its long-threatened invasion".)
UNREAL_MODIFIERS = {"planned", "proposed", "possible", "potential", "prospective", "mooted",
                    "would-be", "eventual", "hypothetical", "contemplated", "feared",
                    "rumoured", "rumored"}
# Adverbs of habit: what happens often or as a rule is no event of the day.
# (Not "routinely" or "regularly": testimony that a force "routinely" abuses prisoners is
# recorded by coders as an event.)
HABIT_ADVERBS = {"often", "usually", "repeatedly", "typically", "traditionally", "customarily",
                 "normally", "sometimes", "occasionally"}
# Verbs and nouns under which an event noun is an earlier event something is said about
# ("denied any role in the bombing", "the anniversary of the coup").
REFERENCE_WORDS = {"role", "involvement", "responsibility", "anniversary", "aftermath",
                   "wake", "commemorate", "commemoration", "mourn", "remember", "recall",
                   "memorial", "legacy", "apologise", "apologize", "apology", "victim",
                   "victims", "survivor", "survivors", "investigate", "investigation",
                   "inquiry", "probe", "examination", "discuss", "discussion", "debate"}
# Opinion polls and surveys: what they find is an opinion measured, not an act.
POLL_NOUNS = {"poll", "survey", "polls", "surveys", "census"}
# People who comment on what others may do: their forecasts are no threat or intent of the
# actor they talk about.
OBSERVER_NOUNS = {"analyst", "analysts", "expert", "experts", "observer", "observers",
                  "economist", "economists", "strategist", "strategists", "commentator",
                  "commentators", "scholar", "scholars", "researcher", "researchers",
                  "pollster", "pollsters", "trader", "traders", "investor", "investors",
                  "academic", "academics", "professor", "specialist", "specialists"}
# Dependency labels a clause or phrase climbs through to reach what governs it.
CLAUSE_LINKS = {"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj",
                "conj", "attr", "oprd", "nsubj", "nsubjpass", "acomp", "appos"}


def is_question(sent: Span) -> bool:
    """The sentence is a direct question (its last word is a question mark)."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


# Auxiliaries that open a question or a supposition when they come before the subject
# ("Did Chile recall its envoy?", "Should Lima reject the offer, ...", "Had Quito known, ...").
INVERTING_AUX = {"do", "does", "did", "will", "would", "can", "could", "shall", "should",
                 "is", "are", "was", "were", "has", "have", "had", "may", "might", "must"}


def _inverted(clause: Token) -> bool:
    """The clause opens with an auxiliary before its subject."""
    words = [t for t in clause.subtree if not t.is_punct and not (
        t.tag_ in {"WRB", "WP", "WDT"} and t.i < clause.i)]
    subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}
           and c.lower_ in INVERTING_AUX]
    return bool(words and subj and aux) and aux[0].i == words[0].i and aux[0].i < subj[0].i


def asked_or_supposed(tok: Token) -> bool:
    """The token's clause is a question, also one inside a quote the sentence goes on to
    attribute ("Will Chile close the border?" the minister asked), or opens with an
    auxiliary before its subject: a question without its mark ("Did Peru really recall its
    envoy, he wondered") or an inverted condition ("Should Quito expel the envoy, Lima
    will respond"). Either way the act is not asserted."""
    for node in _up(tok):
        if node.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "punct" and c.text == "?" for c in node.children):
                return True
            if _inverted(node):
                return True
        if node.dep_ == "ROOT":
            break
    return False


def _opens_question(clause: Token) -> bool:
    if clause.dep_ not in QUESTION_CLAUSES:
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    lead = [c for c in clause.children if c.i < clause.i and (
        (c.dep_ == "mark" and c.lower_ in {"whether", "if"})
        or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in QUESTION_WORDS))]
    return bool(lead) or (first.lower_ in {"whether"})


def open_question(tok: Token) -> bool:
    """The token is inside an indirect question: a clause led by "whether", "if" (as a
    complement) or a wh-adverb ("when", "how", "why") that some verb asks or leaves open."""
    for node in [tok, *tok.ancestors]:
        if _opens_question(node):
            return True
        if node.dep_ == "ROOT":
            break
    return False


# Modals of possibility: what a verb carrying one allows or enables is not done.
POSSIBILITY_AUX = {"could", "may", "might", "can"}


# Modals of obligation: what a verb carrying one is meant to achieve is not done either
# ("Beijing should use its leverage to force Pyongyang to stop").
OBLIGATION_AUX = {"should", "must", "ought"}


def _purpose(tok: Token) -> bool:
    """A to-infinitive adverbial clause: what its head is done (or to be done) for."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in tok.children)


def _future(verb: Token) -> bool:
    """A verb (or the first of joined verbs) told with "will" or "shall"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in {"aux", "nsubj"} for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


# Verbs of helping: the help a purpose clause names is what the act it hangs on is for.
HELP_VERBS = {"help", "assist"}


def helps_only(tok: Token) -> bool:
    """A purpose clause of helping ("sent doctors to help Italy fight the virus", "will
    lend $2 billion to help Ghana pay its debts"): the act it hangs on is the help, told
    once; the purpose itself is not a second act (hypothetical)."""
    return _purpose(tok) and lemma_of(tok) in HELP_VERBS


# Verbs of permitting: what they allow someone to do is permitted, not done.
PERMIT_VERBS = {"allow", "permit", "enable", "authorize", "authorise", "empower", "let"}


def permitted(tok: Token) -> bool:
    """The act is what something allows or enables someone to do ("the deal allows Turkey
    to buy missiles", "a law that permits police to detain suspects"): permitted, not done
    (the permission itself may be an event of its own)."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return (node.dep_ in {"xcomp", "ccomp"} and lemma_of(node.head) in PERMIT_VERBS
            and node.head.i != node.i)


def possible_above(tok: Token, speech: set[str]) -> bool:
    """A verb above the token's clause (through complements and purpose clauses, not
    through speech verbs) carries a modal of possibility or obligation: "the missiles could
    allow Iran to threaten Israel", "Chile should cut aid to force Peru to negotiate"."""
    node = tok
    while (node.dep_ in {"xcomp", "ccomp"} or _purpose(node)) and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in speech:
            return False
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX | OBLIGATION_AUX
               for c in node.children):
            return True
    return False


def _past(verb: Token) -> bool:
    """The clause is told in the past: a past tense, a perfect, a past passive or
    progressive ("seized", "has seized", "was seized", "were marching"), with no modal."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    # (a participle with a subject and no auxiliary is a past tense the tagger misread:
    # "after thousands protested")
    misread = verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBD" or misread or any(
        a.tag_ == "VBD" or a.lower_ in {"has", "have", "had", "'ve", "'d"} for a in auxes)


def _present(verb: Token) -> bool:
    """The clause is told in the present ("before the court rules", "until Lima pays")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.tag_ == "VBD" or a.lower_ in {"has", "have", "had"}
           for a in auxes):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _up(tok: Token):
    """The token and the words above it, to the root of its sentence."""
    yield tok
    yield from tok.ancestors


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


def in_condition(tok: Token) -> bool:
    """The token is inside an "if"/"unless" clause, at any depth ("if Quito believes that
    its navy can seize the boats"): what a condition supposes is not asserted."""
    return any(node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children)
        for node in _up(tok))


def feared(tok: Token) -> bool:
    """What a word of fear or risk governs: a clause not told in the past ("Lima is worried
    about Bolivian troops crossing the border", "fears that Kenya will close the border"),
    or an event noun under a word of possibility ("the risk of a war with Chad")."""
    verb = tok.pos_ in {"VERB", "AUX"}
    clause = tok
    for node in _up(tok):
        head = node.head
        if head.i == node.i or node.dep_ not in CLAUSE_LINKS:
            return False
        if node.pos_ in {"VERB", "AUX"}:
            clause = node
        word = lemma_of(head)
        if word in SPEECH_LEMMAS:
            return False
        if word in FEAR_WORDS or head.lower_ in FEAR_WORDS:
            if verb and not _past(clause):
                return True
            return head.pos_ == "NOUN" and word in NON_FACTIVE_NOUNS and not _past(clause)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return False  # a clause of its own ("fears grew after Chad shelled ...")
    return False


def posed_for(tok: Token) -> bool:
    """An infinitive with its own "for" subject states what should or could be, not what
    is ("it is up to Lima and Quito to talk", "impossible for Peru to attack Chile")."""
    return any(
        any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children)
        for node in _up(tok))


def attempted_only(tok: Token) -> bool:
    """The aim of an effort, attempt or bid ("in a bid to end the siege", "efforts to
    evacuate the wounded"): not done yet."""
    node = tok
    while node.dep_ in {"xcomp", "conj", "dobj", "pobj", "prep"} and node.head.i != node.i:
        node = node.head  # (an event noun: "an effort to restart talks with Chile")
    return (node.dep_ == "acl" and lemma_of(node.head) in ATTEMPT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))


def alleged(tok: Token) -> bool:
    """What someone is accused, suspected or charged of ("accused Chad of shelling
    villages", "charged with the killing of"): told by the accusation, not asserted."""
    for node in _up(tok):
        head = node.head
        if head.i == node.i:
            return False
        if (node.dep_ in {"pcomp", "pobj"} and head.lower_ in {"of", "for", "over", "with"}
                and lemma_of(head.head) in ACCUSE_WORDS):
            return True
        if node.dep_ == "ccomp" and lemma_of(head) in {"allege", "suspect"}:
            return True
        if node.dep_ not in CLAUSE_LINKS:
            return False
    return False


def unreal_noun(tok: Token) -> bool:
    """An event noun marked as not (yet) real: "the planned summit", "a possible strike",
    "the alleged massacre"."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in UNREAL_MODIFIERS for c in tok.children)


# Adverbs of likelihood: with them the writer forecasts ("Chile will likely veto the plan").
FORECAST_ADVERBS = {"likely", "probably", "possibly", "perhaps", "maybe", "conceivably",
                    "presumably"}


def forecast(tok: Token) -> bool:
    """The clause forecasts the act with an adverb of likelihood ("the envoys will probably
    meet in Doha", "Lima may possibly recall its ambassador"): hypothetical."""
    return any(c.dep_ == "advmod" and c.lower_ in FORECAST_ADVERBS for c in tok.children)


# Verbs whose object event is still to come ("preparing for the summit", "awaiting talks").
AWAITING_VERBS = {"prepare", "await", "expect", "anticipate", "plan", "schedule", "organise",
                  "organize", "arrange", "propose", "seek", "want", "hope", "consider"}


def awaited(tok: Token) -> bool:
    """An event noun that someone prepares for, awaits, plans or seeks ("preparing for the
    meeting between the two presidents", "expects talks with Lima"): not (yet) real."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ in {"VERB", "AUX"} and lemma_of(head) in AWAITING_VERBS


# Verbs and nouns of asking or pushing for an event ("called for talks", "pressed for a
# meeting", "his calls for a summit"), and paths opened to one ("paved the way for a
# visit", "opened the door to talks"): the event is wished for, not held.
SOUGHT_FOR = {"call", "push", "press", "ask", "appeal", "lobby", "campaign", "clamour",
              "clamor", "plead", "wait", "pray", "hope", "bid", "demand", "plea"}
PATH_NOUNS = {"way", "door", "path", "road", "ground", "groundwork", "stage"}


def sought(tok: Token) -> bool:
    """An event noun asked or pushed for, looked forward to, or that a path is opened to
    ("has called for direct talks with the regime", "looks forward to a meeting with the
    king", "paved the way for a state visit"): not (yet) real."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep, gov = tok.head, tok.head.head
    if prep.lower_ == "for" and lemma_of(gov) in SOUGHT_FOR | PATH_NOUNS:
        return True
    if prep.lower_ == "to" and lemma_of(gov) in PATH_NOUNS:
        return True
    return prep.lower_ == "to" and (gov.lower_ == "forward" or any(
        c.lower_ == "forward" for c in gov.children if c.dep_ in {"advmod", "prt"}))


# Adjectives of need: what is said to be needed is not done ("believes it essential to
# consult Baghdad", "it is vital that the sides meet").
NEED_ADJECTIVES = {"important", "essential", "necessary", "vital", "crucial", "imperative",
                   "urgent", "critical", "indispensable"}


# Adjectives of likelihood: what they govern is a guess ("it is doubtful Lima will
# recognise the ruling", "it is unlikely that Chile will expel the envoy").
LIKELIHOOD_ADJECTIVES = {"doubtful", "unlikely", "likely", "possible", "probable",
                         "uncertain", "unclear", "conceivable", "impossible", "improbable"}
_UNREAL_ADJECTIVES = NEED_ADJECTIVES | LIKELIHOOD_ADJECTIVES


def _of_need(word: Token) -> bool:
    """The word is an adjective of need or likelihood, or a verb (a copula) it
    complements (or follows: "it is doubtful Lima will ...", parsed with the adjective
    on the clause's subject)."""
    if word.pos_ == "ADJ" and word.lower_ in _UNREAL_ADJECTIVES:
        return True
    if lemma_of(word) == "be" and word.i + 1 < len(word.doc) and (
            word.doc[word.i + 1].lower_ in _UNREAL_ADJECTIVES):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in _UNREAL_ADJECTIVES for c in word.children)


def needed_only(tok: Token) -> bool:
    """A clause that an adjective of need or likelihood governs ("considers it important to
    discuss the islands with Tokyo", "it is crucial that Lima and Quito talk", "it is
    doubtful Lima will recognise it"): what someone thinks should or may happen, not an
    act."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if _of_need(node) and any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in node.children):
        return True  # (the clause's chain of control may stop at the adjective or copula)
    return (node.dep_ in {"xcomp", "ccomp", "advcl"} and node.head.i != node.i
            and _of_need(node.head) and (node.dep_ == "ccomp" or any(
                (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
                for c in node.children)))


# Predicates that put an event noun on a calendar: "the talks are due on Monday", "a
# summit is scheduled for May", "the visit is planned for next week".
SCHEDULE_WORDS = {"due", "scheduled", "planned", "slated", "set", "expected", "pencilled",
                  "penciled"}


def scheduled(tok: Token) -> bool:
    """An event noun that is the subject of a schedule ("the talks between the two
    ministers are due in Oslo on March 20", "a summit of the three leaders is scheduled for
    May"): a planned act, not one done (CAMEO codes it as the intent, 03)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = tok.head
    if head.lower_ in SCHEDULE_WORDS and head.tag_ in {"VBN", "JJ"}:
        return True
    return any(c.dep_ in {"acomp", "attr"} and c.lower_ in SCHEDULE_WORDS
               for c in head.children)


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


_YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?:[-/](\d\d))?s?")


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
    clause a causative or joined verb hangs on (not a speech verb's)."""
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
        else:
            break
        out.append(head)
        cur = head
    return out


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
    if not _past(verb) and not (verb.tag_ == "VBG" and len(clauses) > 1 and _past(clauses[1])):
        return False  # (a participle added to a past clause is past: "..., killing 18")
    if any(w.lower_ in DAY_WORDS for v in clauses for c in v.children
           if c.dep_ in {"prep", "npadvmod"} for w in c.subtree):
        return False  # "traded fire on Tuesday in the worst fighting since 2020": the news
    if verb.dep_ == "relcl":
        # "the 2015 nuclear deal, in which Iran agreed to ...": the deal's time (also when
        # the clause hangs on a later noun of its phrase: "the 2015 accord between A, B
        # and others, in which ...")
        node = verb.head
        for _ in range(6):
            if any(c.dep_ in {"nummod", "compound", "amod"} and _long_before(c, day)
                   for c in node.children):
                return True
            if node.dep_ not in {"conj", "pobj", "prep", "appos"} or node.head.i == node.i:
                break
            node = node.head
    if any(_last_month_before(c, day) for v in clauses for c in v.children
           if c.dep_ in {"npadvmod", "prep"}):
        return True  # "last September, militants entered ..." (in a March article)
    if any(_last_year_before(v, day) for v in clauses):
        return True  # "visited China in August last year"
    for v in clauses:
        perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "'ve"}
                      for c in v.children)
        # a clause dated on a day ("acquitted him on March 2 of killings during the 2011
        # uprising") is of that day: a dated event noun trailing it is what it is about
        on_day = any(c.dep_ == "prep" and c.lower_ == "on" and any(
            w.lower_ in MONTHS or w.like_num for w in c.subtree) for c in v.children)
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in YEAR_PREPS or (
                    prep.lower_ == "since" and not perfect):
                continue
            trailing = prep.lower_ in {"in", "during"} and prep.i > v.i
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


def yet_to(tok: Token) -> bool:
    """The verb is what someone "has yet to" or "is yet to" do ("Lima has yet to reply",
    "the envoy is yet to arrive"): it has not happened."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head.i != tok.i and head.lemma_ in {"have", "be"}
            and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children)
            and not any(c.dep_ == "neg" for c in head.children))


def to_be_done(tok: Token) -> bool:
    """The verb is what someone "is to" do ("the envoy is to visit Lima on Monday", "the
    ministers are to hold talks"): an announced plan, not an act done. Not "has/is yet to"
    (not done so far) nor "was to" (a plan of the past)."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head.i != tok.i and lemma_of(head) == "be"
            and head.lower_ in {"is", "are", "'s", "'re", "am"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
            and not any(c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children))


# Adverbs that put a clause, or the report of it, in an earlier time.
EARLIER_ADVERBS = {"previously", "formerly"}
# Time nouns that keep a "since" span recent ("since Monday", "since last week").
RECENT_SINCE = DAY_WORDS | {"week", "weekend", "morning", "night", "evening", "afternoon"}
CALENDAR_WORDS = {*MONTHS, "year", "month", "last", "spring", "summer", "autumn", "fall",
                  "winter"}
_DATED_SPAN = RECENT_SINCE | CALENDAR_WORDS


def told_earlier(tok: Token) -> bool:
    """The clause, or the speech verb that reports it, is put in an earlier time
    ("police have previously said the suspects fled", "Tunis had formerly expelled"):
    background."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for node in [verb, *verb.ancestors][:4]:
        if any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in node.children):
            return True
        if node.dep_ not in {"ccomp", "xcomp", "conj"}:
            break
    return False


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
            if prep.dep_ == "advmod" and prep.lower_ == "since":
                return False  # "has since returned": a later act, maybe today's
    return False


def habitual(tok: Token) -> bool:
    """The clause says what an actor often or as a rule does ("Manila routinely protests",
    "the navy regularly conducts drills"), or does at every turn of the calendar ("each
    December the leaders meet to set targets", "every year the army holds drills"): no
    event of the day."""
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in tok.children) or (
        recurring(tok))


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


def measured_opinion(tok: Token) -> bool:
    """The sentence reports what an opinion poll or survey found ("most Chileans oppose
    the deal, a survey showed", "according to a poll"), and the token is not part of the
    poll's own description: an opinion measured is no act."""
    for t in tok.sent:
        if lemma_of(t) not in POLL_NOUNS and t.lower_ not in POLL_NOUNS:
            continue
        according = t.dep_ == "pobj" and t.head.lower_ == "to" and any(
            w.lower_ == "according" for w in (t.head.head, t.head.nbor(-1)) if w.i >= 0)
        if (t.dep_ in {"nsubj", "appos", "npadvmod"} or according) and (
                tok.i not in {w.i for w in t.subtree}):
            return True
    return False


def speculates(tok: Token) -> bool:
    """A reported clause whose speaker comments on others ("the bloc could raise tariffs,
    economists said"): a forecast, not a threat or an intent of the one it is about."""
    if not is_reported(tok):
        return False
    return any(lemma_of(s) in OBSERVER_NOUNS or s.lower_ in OBSERVER_NOUNS
               for s in speaker_of(tok))


def shares_negation(tok: Token) -> bool:
    """A verb joined by "or"/"nor" to a negated verb, with no subject or auxiliary of its
    own, is negated with it ("did not deny the report or criticise the paper")."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "neg"} for c in tok.children):
        return False
    return any(c.dep_ == "neg" for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in (*head.children, *tok.children))


def past_possibility(tok: Token) -> bool:
    """A modal perfect ("may have used", "could have fired"): a guess about the past, not an
    announced act (no threat, no intent)."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return any(a in {"may", "might", "could", "would", "must"} for a in auxes) and "have" in auxes


def negated_past(toks: list[Token]) -> bool:
    """A plain past negation ("the envoys did not meet on Friday", "he had never discussed
    sanctions with them"): the act did not happen, which is no refusal (unlike "will not
    meet" or "refused to meet")."""
    return any((t.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"did", "had", "has",
                                                                      "have"}
                                       for c in t.children))
               and any(c.dep_ == "neg" for c in t.children) for t in toks) or any(
        # "has yet to sign": not so far, no refusal; "no troops were sent": nobody did it
        yet_to(t) or no_one_did(t, frozenset(w.i for w in toks)) for t in toks)


# Ordinal and exclusive words that make "the first leader to visit" a description.
RANKING_WORDS = {"first", "last", "only", "second", "third", "latest", "fourth", "fifth"}


def characterises(tok: Token) -> bool:
    """An infinitive that describes a noun by rank ("the first Andean president to tour
    Portugal", "the only minister to attend", also when the parser hangs it on the copula:
    "when she becomes the first envoy to visit Quito"): it says who someone is, not a new
    act."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return characterises(tok.head)  # "the first envoy to attend and address the forum"
    if tok.dep_ not in {"acl", "relcl", "xcomp"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    nouns = [tok.head] if tok.dep_ != "xcomp" else (
        [c for c in tok.head.children if c.dep_ == "attr"]
        if lemma_of(tok.head) in {"be", "become", "remain"} else [])
    return any(c.lower_ in RANKING_WORDS for n in nouns for c in n.children
               if c.dep_ in {"amod", "advmod", "det", "nummod"})


def says_nothing(tok: Token, no_news_objects: frozenset[str], negated: bool) -> bool:
    """A negated giving of details or comment ("did not give further details", "gave no
    reason", "provided no figures"): no event."""
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    for o in objs:
        none = any(c.lower_ in {"no", "few"} for c in o.children if c.dep_ == "det")
        if (negated or none) and (o.lemma_.lower() in no_news_objects
                                  or o.lower_ in no_news_objects):
            return True
    return False


def _names_actor(tok: Token, actors) -> bool:
    """The noun itself names an actor: a named entity, or a word for people the actor
    resolver knows ("police", "a teacher"); not a thing an adjective ties to a country
    ("the Australian example", "an Iranian tanker")."""
    actor = actors.actor_for(tok)
    if actor is None:
        return False
    return bool(tok.ent_type_) or tok.pos_ == "PROPN" or (
        actor.kb_id or "").startswith(("role:", "person:"))


# -- whole-article precision checks ------------------------------------------------------

# Words that open a link to another story inside an article's text ("READ MORE: ...",
# "Also read: ..."): the link's title is a headline of other news, not this text's.
LINK_LEADS = (("read", "more"), ("also", "read"), ("see", "also"), ("related",))
_LEAD_FIRST = {lead[0] for lead in LINK_LEADS}


def link_tokens(sent: Span) -> set[int]:
    """Token indices of a link title the sentence carries ("READ MORE: Chad shuts its
    border with Sudan In a statement, ..."): from the lead to the first capitalised word
    that is no name and follows a lower-case word with no punctuation between (where the
    article's own text goes on), else to the end of the sentence."""
    doc = sent.doc  # (the lead may end the sentence before: "READ MORE:" alone)
    span = doc[max(0, sent.start - 3):sent.end]
    if ":" not in span.text:  # every lead is followed by a colon: most sentences end here
        return set()
    toks = [t for t in span if not t.is_space]
    for k in range(len(toks)):
        if toks[k].lower_ not in _LEAD_FIRST:
            continue
        for lead in LINK_LEADS:
            words = toks[k:k + len(lead)]
            if (len(words) == len(lead)
                    and all(w.lower_ == x for w, x in zip(words, lead, strict=True))
                    and k + len(lead) < len(toks) and toks[k + len(lead)].text == ":"
                    and (k == 0 or toks[k - 1].is_punct or words[0].is_upper)):
                start = k + len(lead) + 1
                end = len(toks)
                for j in range(start + 2, len(toks)):
                    w, prev = toks[j], toks[j - 1]
                    if (w.text[:1].isupper() and w.tag_ not in {"NNP", "NNPS"}
                            and prev.text[:1].islower() and not prev.is_punct):
                        end = j
                        break
                return {w.i for w in toks[k:end] if w.i >= sent.start}
    return set()


# Nouns whose content clause is told by someone's claim, not asserted by the text ("reports
# that X coordinated with Y", "evidence that Z used gas", "allegations that ... were behind").
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "evidence", "rumour", "rumor",
               "suggestion", "speculation", "assertion", "suspicion", "theory", "proof",
               "indication", "sign"}
# Verbs that, hung on such a noun, pass its content on ("evidence proving that ...").
PROVING_VERBS = {"prove", "show", "suggest", "indicate", "confirm", "link", "tie"}


def claimed(tok: Token) -> bool:
    """The act is the content of a report, claim, allegation or piece of evidence
    ("denied reports that its envoys had met the rebels", "evidence that the militia
    used mortars", "evidence proving that Chad had shelled the camp"): told by the claim,
    not asserted."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ == "NOUN" and (
                lemma_of(head) in CLAIM_NOUNS or head.lower_ in CLAIM_NOUNS):
            return node.dep_ != "relcl" or is_content_clause(node)
        if (node.dep_ == "ccomp" and lemma_of(head) in PROVING_VERBS
                and head.dep_ in {"acl", "relcl"} and head.head.pos_ == "NOUN"
                and lemma_of(head.head) in CLAIM_NOUNS):
            return True  # "evidence proving that ..."
        if node.dep_ not in {"pobj", "prep", "pcomp", "dobj", "conj", "xcomp", "attr",
                             "acomp", "compound"} and not (
                node.dep_ == "advcl" and not children_by_dep(node, {"mark", "nsubj"})):
            return False  # (an advcl with no mark or subject is part of the clause)
        node = head
    return False


# Subjects that say nobody did it ("nobody accused them", "no troops were sent").
NOBODY = {"nobody", "none", "nothing", "no-one", "noone"}


def no_one_did(verb: Token, coded: frozenset[int] = frozenset()) -> bool:
    """The verb's subject denies the act: "nobody", "none", "no one", or a noun with "no"
    ("no Chilean troops are deployed there", "no country has recognised it")."""
    for s in verb.children:
        if s.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if s.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in s.children):
            return True
        if s.lower_ == "one" and s.i > 0 and s.doc[s.i - 1].lower_ == "no":
            return True  # "no one"
    # "made no comments", "sent no troops": nothing was (not "has no plans to": an intent)
    # (an object that is the event noun itself carries its own "no": `coded`)
    return any(o.dep_ == "dobj" and lemma_of(o) not in INTENT_NOUNS and o.i not in coded
               and any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)
               for o in verb.children)


# Modals that leave what a verb governs open (not "will": announced; not "should"/"must":
# what is asked, coded as demands elsewhere).
OPEN_MODALS = {"would", "could", "might", "may"}


def modal_above_noun(tok: Token) -> bool:
    """An event noun that a verb with a modal of possibility governs ("it would be the
    first summit of the two", "the deal could turn into a treaty with Lima"): not real
    yet. Not the future-in-the-past of a report ("said she would attend the summit")."""
    if tok.pos_ != "NOUN":
        return False
    node = tok
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "dobj", "attr", "conj", "oprd"}:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break
    else:
        return False
    if node.pos_ not in {"VERB", "AUX"} or is_reported(node):
        return False
    return any(c.dep_ == "aux" and c.lower_ in OPEN_MODALS for c in node.children)


# Spans that make a clause a summary of a long time ("for years", "over the past decade").
SPAN_UNITS = {"months", "year", "years", "decade", "decades", "century", "centuries"}


def over_long_span(tok: Token) -> bool:
    """A past or perfect clause told over a long span ("have been fighting the rebels for
    years", "over the past decade, gangs have seized 200 ships", "has long accused Lima of
    ..."): a summary up to now, not an act of the day."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or not _past(verb):
        return False
    verbs = [verb]
    if verb.dep_ == "conj" and not children_by_dep(verb, {"nsubj", "aux"}):
        verbs.append(verb.head)  # "over the past decade they have seized ... and killed"
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "advmod" and c.lower_ == "long" and any(
                a.dep_ == "aux" and a.lower_ in {"has", "have", "had", "'ve"}
                for a in verb.children):
            return True  # "has long blamed"
        if c.dep_ == "prep" and c.lower_ in {"for", "over", "during", "in", "throughout"}:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            for g in objs:
                unit = g.lower_ in SPAN_UNITS
                past = any(m.lower_ in {"past", "last"} for m in g.children)
                if unit and (c.lower_ == "for" or past):
                    return True
    return False


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


def text_provision(tok: Token) -> bool:
    """A present clause whose subject is a text that lays down what is to be done ("the
    resolution calls for a new constitution", "the accord, which grants autonomy to the
    north"), or the content of what such a text says ("the document says: 'both sides
    agree to continue talks'"): the text's content, no act of the day."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
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
    if tok.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "nsubj" and lemma_of(c) in LAW_NOUNS
                                          for c in tok.children):
        return True
    aux = [c for c in tok.children if c.dep_ == "auxpass"]
    return bool(aux) and aux[0].tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ == "aux" for c in tok.children)


# Event nouns used for a contest of words or markets, no force: "a war of words", "a trade
# war", "a legal battle".
FIGURATIVE_HEADS = {"war", "battle", "fight", "offensive", "attack", "assault", "conflict",
                    "clash", "clashes", "warfare", "feud"}
FIGURATIVE_MODIFIERS = {"trade", "price", "currency", "tariff", "culture", "turf", "bidding",
                        "propaganda", "legal", "court", "courtroom", "political", "charm",
                        "verbal", "rhetorical", "diplomatic", "ratings", "media", "budget",
                        "electoral", "custody"}


# Verbs of force and the abstract objects that make them figures of speech ("struck a
# cordial tone", "fought corruption", "killed the bill", "threatens stability").
FORCE_VERBS = {"strike", "hit", "attack", "fight", "battle", "combat", "target", "threaten",
               "kill", "torpedo", "shoot", "bomb"}
FIGURATIVE_OBJECTS = {"tone", "note", "chord", "balance", "pose", "corruption", "graft",
                      "poverty", "inflation", "unemployment", "disease", "epidemic",
                      "pandemic", "drought", "hunger", "bill", "idea", "proposal", "rhetoric",
                      "stability", "record", "nerve"}


def figurative(tok: Token) -> bool:
    """An event noun of force that names a contest of words, laws or markets ("stepped up
    its war of words with Lima", "a trade war with Beijing", "a legal battle over the
    ship"), or a verb of force whose object is no one but a figure ("struck a cordial tone
    in Beijing", "vowed to fight corruption", "the group threatens stability"): no use of
    force."""
    if tok.pos_ in {"VERB", "AUX"} and lemma_of(tok) in FORCE_VERBS:
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ == "against"
            for g in p.children if g.dep_ == "pobj"]
        return bool(objs) and all(lemma_of(o) in FIGURATIVE_OBJECTS for o in objs)
    if tok.pos_ != "NOUN" or lemma_of(tok) not in FIGURATIVE_HEADS:
        return False
    if any(g.lower_ in {"words", "nerves", "attrition"} for p in tok.children
           if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
        return True
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in FIGURATIVE_MODIFIERS
               for c in tok.children)


def obliged_only(tok: Token) -> bool:
    """What a clause says someone must do, said by no one the sentence names ("the
    warring sides must protect civilians", "Lima ought to apologise"): an obligation, not
    an act (a reported one, "X said Lima must pay", is coded as X's demand)."""
    return obliged(tok) and not is_reported(tok) and not any(
        lemma_of(a) in SPEECH_LEMMAS for a in tok.ancestors)


def shared_auxiliaries(verb: Token) -> list[Token]:
    """The modal or future auxiliaries of the verb a verb is joined to, when it has no
    subject or auxiliary of its own ("would close the embassy and expel the envoy", "will
    attend the summit and meet Lula"): its mood is theirs."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return []
    return [c for c in verb.head.children
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX]


def negated_purpose(tok: Token) -> bool:
    """What a negated act was to do ("has not followed through on threats to cut aid",
    "did not send troops to fight the rebels"): not done."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return _purpose(node) and any(c.dep_ == "neg" for c in node.head.children)


# Verbs of looking ahead to what someone will do ("anticipating Xi addressing the forum").
ANTICIPATE_VERBS = {"anticipate", "await", "foresee", "envisage", "envision", "hope", "pray"}


def anticipated(tok: Token) -> bool:
    """A clause that someone anticipates, awaits or hopes for ("are anticipating Lima
    easing its rules", "hoping Chile will help"): not done."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if (node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "dobj"
            and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(node.head.head))):
        return True  # "awaiting Lima easing its rules", parsed as "Lima" + participle
    # (someone else's act: "hoping Chile will help", "awaiting Lima to reply"; not one's own
    # hope, "hopes to meet", an intent)
    return (node.dep_ in {"ccomp", "xcomp", "dobj", "pcomp"} and node.head.i != node.i
            and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(node.head))
            and bool(children_by_dep(node, {"nsubj", "nsubjpass"})
                     or children_by_dep(node.head, {"dobj"})))


# Verbs of weighing an option: what they take is not decided ("will consider working with
# Russia", "is mulling recalling its envoy", "explored cutting aid").
WEIGHING_VERBS = {"consider", "contemplate", "mull", "weigh", "explore", "ponder"}


# Phrases that put an event noun after the act they go with ("ahead of the visit", "on
# the eve of the summit", "in the run-up to the vote", "in preparation for the talks").
UPCOMING_HEADS = {"ahead", "eve", "advance", "run-up", "preparation", "prelude"}


def upcoming(tok: Token) -> bool:
    """An event noun that something is done ahead of ("arrived in Lima ahead of the
    minister's visit to Peru", "on the eve of the summit"): still to come."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    head = prep.head
    if prep.lower_ not in {"of", "to", "for"} or head.i == prep.i:
        return False
    if head.lower_ in UPCOMING_HEADS:
        return True
    return head.lower_ == "up" and head.i > 1 and head.doc[head.i - 2].lower_ == "run"


# Verbs of planning: an event noun they take is not done ("has planned attacks on X").
PLANNING_VERBS = {"plan", "prepare", "plot", "schedule", "await", "expect", "anticipate",
                  "propose", "seek", "want", "hope", "consider", "contemplate", "mull"}


def planned_only(tok: Token) -> bool:
    """An event noun that is the object of a verb of planning, also one the lexicon reads
    as a support verb ("Hamas has planned attacks on the town", "Lima is mulling sanctions
    on Quito"): not done."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in {"VERB", "AUX"}
            and lemma_of(tok.head) in PLANNING_VERBS)


def describes_actor(tok: Token, is_actor) -> bool:
    """A present simple relative clause on an actor says what the actor is or does as a
    rule ("Ukraine, which shares border data with Moldova", "the group, which controls
    the port"): a description, not news of the day."""
    if tok.dep_ != "relcl" or tok.pos_ not in {"VERB", "AUX"} or tok.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in REL_WORDS
               for c in tok.children):
        return False
    return is_actor(tok.head)


REL_WORDS = {"which", "who", "that"}


class ModalityMixin:
    """Control chains, polarity and modality of the Coder."""

    # -- chains -----------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[tuple[Token, ControlRule | None]]:
        """Control verbs above a trigger: "threatened to topple" -> [(threatened, rule)]."""
        chain = []
        cur = tok
        while (cur.dep_ in {"xcomp", "ccomp"} or self.lexicon.infinitive_complement(cur)) \
                and cur.head.i != cur.i:
            head = cur.head
            # (the lemmatizer may slip: "hopes" -> "hop")
            rule = next((r for lm in lemmas_of(head)
                         if (r := self.lexicon.control.get(lm)) is not None), None)
            if rule is None and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(head)):
                # "awaiting Lima to reply", "anticipating Chile easing its rules": what is
                # looked ahead to is not done
                rule = self.lexicon.control.get("likely")
            elif rule is None and cur.tag_ == "VBG" and lemma_of(head) in WEIGHING_VERBS:
                # "will consider working with Moscow", "is mulling recalling its envoy":
                # an option weighed, not an act
                rule = self.lexicon.control.get("likely")
            elif rule is None and to_be_done(cur):
                rule = self.lexicon.control.get("plan")  # "is to meet": an announced plan
            elif lemma_of(head) == "expect" and any(c.dep_ == "auxpass" for c in head.children):
                # "are expected to forge ties": others forecast it, no plan of theirs
                rule = self.lexicon.control.get("likely")
            if cur.dep_ == "ccomp" and (rule is None or rule.effect not in {"threat", "negate"}):
                break  # ("denied that it had allowed ...": the denial negates the clause)
            chain.append((head, rule))
            cur = head
        return chain

    def _modality(self, toks: list[Token]) -> tuple[str, str]:
        polarity, modality = "asserted", "actual"
        for t in toks:
            if shares_negation(t):
                polarity = "negated" if polarity == "asserted" else "asserted"
            for c in (*t.children, *shared_auxiliaries(t)):
                if c.dep_ == "neg" or (c.lower_ in NEG_WORDS and c.dep_ in {"advmod", "det"}):
                    polarity = "negated" if polarity == "asserted" else "asserted"
                if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                    modality = "hypothetical"
                elif c.dep_ == "aux" and c.lower_ in FUTURE_AUX and modality == "actual":
                    modality = "future"
                if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                    modality = "hypothetical"
            if t.dep_ == "advcl" and any(c.lower_ in CONDITIONAL_MARKS for c in t.children):
                modality = "hypothetical"
            if yet_to(t) or no_one_did(t, frozenset(w.i for w in toks)):
                # "has yet to comment", "is yet to respond": not done (so far); "nobody
                # blamed Lima", "no troops were sent": not done by anyone
                polarity = "negated" if polarity == "asserted" else "asserted"
        if modality == "actual" and toks and _purpose(toks[-1]) and _future(toks[-1].head):
            # "will fly to Nairobi to meet the president": what a future act is for is
            # future too
            modality = "future"
        return polarity, modality

    def _clause_modality(self, top: Token, modality: str, actors=None) -> str:
        """An act asked about ("did not say when talks would resume"), only made possible
        ("could allow Iran to strike"), supposed, feared, attempted, alleged or forecast is
        hypothetical; one told as what came before ("since", "after" clauses, relative
        clauses on things, earlier events referred to) or as a habit is background (both
        left out of default queries)."""
        if (open_question(top) or asked_or_supposed(top) or possible_above(top, SPEECH_LEMMAS)
                or in_condition(top)
                or feared(top) or posed_for(top) or attempted_only(top) or alleged(top)
                or unreal_noun(top) or awaited(top) or speculates(top) or forecast(top)
                or helps_only(top) or permitted(top) or claimed(top) or modal_above_noun(top)
                or negated_purpose(top) or anticipated(top) or obliged_only(top)
                or sought(top) or needed_only(top)):
            return "hypothetical"
        if modality == "actual" and (scheduled(top) or upcoming(top)):
            return "future"  # "the talks between them are due on Monday", "ahead of the visit"
        when = temporal_clause(top)
        if when == "hypothetical" and modality in {"actual", "future", "intent"}:
            return when
        if modality in {"threat", "intent"} and (
                in_past_period(top) or dated_before(top, getattr(actors, "day", None))
                or text_provision(top) or recurring(top)):
            return "background"  # "during his campaign he vowed to ...", "in 2015 it agreed"
        if modality not in {"actual", "future"}:
            return modality
        if (when == "background" or habitual(top) or referenced_event(top) or measured(top)
                or in_past_period(top) or long_ago(top)
                or dated_before(top, getattr(actors, "day", None))
                or told_earlier(top) or span_since(top) or over_long_span(top)
                or standing_rule(top) or text_provision(top)):
            return "background"
        clause = top
        while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in {
                "pobj", "prep", "dobj", "attr", "conj", "compound"} and clause.head.i != clause.i:
            clause = clause.head  # an event noun inside the clause ("began as a meeting")
        if actors is not None and (
                describes_thing(clause, lambda t: _names_actor(t, actors))
                or describes_actor(clause, lambda t: _names_actor(t, actors))):
            return "background"
        return modality

    def _demanded(self, tok: Token) -> bool:
        """The clause is what someone demands or asks ("demanded that X withdraw", "its
        demand that Israel ease restrictions"): the demand is the event, not the act; so is
        a second act joined to it ("threats to expel the envoy or cut trade")."""
        while (tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}
               and not children_by_dep(tok, {"nsubj", "nsubjpass"})):
            tok = tok.head
        chain = self._chain(tok)
        if chain:
            tok = chain[-1][0]  # "demanded that its partners refuse to recognize X"
        if tok.dep_ == "relcl" and is_content_clause(tok):
            return lemma_of(tok.head) in DEMAND_NOUNS | CONTENT_NOUNS  # "the demand that it disarm"
        if tok.dep_ not in {"ccomp", "acl", "advcl"}:
            return False
        if intention_noun(tok) is not None:
            return False  # "has no plans to meet": coded as the (negated) intent
        if is_reported(tok) and obliged(tok):
            return False  # "told Libya that it must hand over ...": coded as the demand
        head = tok.head
        rule = self.lexicon.control.get(lemma_of(head))
        if tok.dep_ == "ccomp" and lemma_of(head) in {"tell", "inform", "assure"}:
            return False  # "a tribunal heard (that) guards mistreated ...": reported
        if rule is not None and rule.effect in {"demand", "appeal"} and (
                tok.dep_ != "advcl" or any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in tok.children)):
            # what is demanded, and a demand's purpose ("demanding a UN presence to protect
            # them"); not its circumstances ("demanded justice after police killed a boy")
            return True
        if tok.dep_ == "acl" and head.dep_ == "dobj" and (
                (asked := self.lexicon.control.get(lemma_of(head.head))) is not None
                and asked.effect in {"demand", "appeal"}):
            return True  # "demanding a UN presence to protect them": what is demanded
        if any(lemma_of(o) in DEMAND_NOUNS | CONTENT_NOUNS
               for o in children_by_dep(head, {"dobj"})):
            return True  # "reiterated its demand that Israel ease restrictions"
        # "turned down a Qatari proposal to hold a conference", "a warning that it must comply":
        # what is offered, proposed or asked has not happened
        return head.pos_ == "NOUN" and lemma_of(head) in DEMAND_NOUNS | CONTENT_NOUNS
