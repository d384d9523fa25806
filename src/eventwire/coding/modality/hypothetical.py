"""Hypothetical acts: what is only possible, conditional, feared, attempted, alleged,
planned, scheduled, sought, needed, forecast or allowed is not an act of the day."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import (
    SPEECH_LEMMAS,
    children_by_dep,
    first_conjunct,
    is_reported,
    lemma_of,
    lemmas_of,
    obliged,
    speaker_of,
)
from .clauses import ANTICIPATE_VERBS, _past, _purpose, _up

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


# Modals of possibility: what a verb carrying one allows or enables is not done.
POSSIBILITY_AUX = {"could", "may", "might", "can"}


# Modals of obligation: what a verb carrying one is meant to achieve is not done either
# ("Beijing should use its leverage to force Pyongyang to stop").
OBLIGATION_AUX = {"should", "must", "ought"}


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
    node = first_conjunct(tok)
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
    node = first_conjunct(tok)
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


# Adjectives that put an event noun ahead ("a scheduled meeting", "the upcoming summit").
AHEAD_MODIFIERS = {"scheduled", "upcoming", "forthcoming", "impending", "coming", "slated",
                   "expected"}


def scheduled(tok: Token) -> bool:
    """An event noun that is the subject of a schedule ("the talks between the two
    ministers are due in Oslo on March 20", "a summit of the three leaders is scheduled for
    May"), or marked as ahead ("before a scheduled meeting with the president", "for the
    upcoming summit"): a planned act, not one done (CAMEO codes it as the intent, 03)."""
    if tok.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.lower_ in AHEAD_MODIFIERS
                                  for c in tok.children):
        return True
    if tok.pos_ in {"VERB", "AUX"} and lemma_of(tok) in {"have", "hold"}:
        # "has a number of scheduled meetings with ...", "holds planned talks": what is
        # had or held is ahead
        for o in (c for c in tok.children if c.dep_ == "dobj"):
            nouns = [o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj")]
            if any(scheduled(n) for n in nouns if n.pos_ == "NOUN"):
                return True
    if tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = tok.head
    if head.lower_ in SCHEDULE_WORDS and head.tag_ in {"VBN", "JJ"}:
        return True
    return any(c.dep_ in {"acomp", "attr"} and c.lower_ in SCHEDULE_WORDS
               for c in head.children)


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


def speculates(tok: Token) -> bool:
    """A reported clause whose speaker comments on others ("the bloc could raise tariffs,
    economists said"): a forecast, not a threat or an intent of the one it is about."""
    if not is_reported(tok):
        return False
    return any(lemma_of(s) in OBSERVER_NOUNS or s.lower_ in OBSERVER_NOUNS
               for s in speaker_of(tok))


# Arms and forces told as able to do something: "its missiles could reach Lima" is what
# they can do, no act and no threat.
WEAPON_NOUNS = {"missile", "rocket", "weapon", "bomb", "drone", "jet", "warship", "submarine",
                "artillery", "arsenal", "warhead", "nuke", "bomber", "fighter", "tank",
                "launcher"}
# Modals of what may be, not of what will be.
MAYBE_AUX = {"could", "might", "may"}


def capability_told(tok: Token, country_of=None) -> bool:
    """A reported "could", "might" or "may" whose subject is arms ("said Peru's new
    missiles could hit Santiago"), or a side other than the speaker's ("Chile warned that
    Peru could strike its ports"): a capability or a guess about someone else, not a
    threat or intent of theirs. `country_of(token)` gives the country a token names, or
    None."""
    if not is_reported(tok) or not any(c.dep_ == "aux" and c.lower_ in MAYBE_AUX
                                       for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return False  # "could have fired": past_possibility's
    subjects = children_by_dep(tok, {"nsubj"})
    if not subjects:
        return False
    subject = subjects[0]
    if lemma_of(subject) in WEAPON_NOUNS:
        return True
    if country_of is None or subject.pos_ == "PRON":
        return False
    speakers = speaker_of(tok)
    theirs = country_of(subject)
    said_by = country_of(speakers[0]) if speakers else None
    return theirs is not None and said_by is not None and theirs != said_by


# Words that make a noun stand for whoever fits it, no one in particular.
ANY_WORDS = {"any", "anyone", "anybody", "whoever", "whichever"}


def any_relative(tok: Token) -> bool:
    """A relative clause on "any" one who fits it ("any official who was working with
    Moscow must resign", "anyone who attacks Kenya will pay", "any state that arms the
    rebels"): a description of whoever may fit, not an act of anyone."""
    node = tok
    for _ in range(3):
        if node.dep_ == "relcl":
            head = node.head
            return head.lower_ in ANY_WORDS or any(
                c.dep_ == "det" and c.lower_ in ANY_WORDS for c in head.children)
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def past_possibility(tok: Token) -> bool:
    """A modal perfect ("may have used", "could have fired"): a guess about the past, not an
    announced act (no threat, no intent)."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return any(a in {"may", "might", "could", "would", "must"} for a in auxes) and "have" in auxes


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


def modal_subject(tok: Token) -> bool:
    """An event noun, or a participle on a noun, that is the subject of a clause with an
    open modal ("an Israeli attack on Iran would be a disaster", "sanctions imposed by the
    council would be legal"): what it supposes is not real. Not "could have" (the attack
    happened, its effect is in doubt), nor a report's future-in-the-past."""
    node = tok
    if tok.pos_ == "VERB" and tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN":
        node = tok.head  # "imposed sanctions", "sanctions imposed by ..."
    elif tok.pos_ == "VERB" and tok.dep_ == "csubj":
        node = tok  # (the parser may read "council imposed sanctions would be" so)
    elif node.pos_ != "NOUN":
        return False
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "NOUN":
        node = node.head
    if node.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
        return False
    verb = node.head
    if verb.pos_ not in {"VERB", "AUX"} or is_reported(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.lower_ in OPEN_MODALS for a in auxes) and not any(
        a.lower_ == "have" for a in auxes)


def obliged_only(tok: Token) -> bool:
    """What a clause says someone must do, said by no one the sentence names ("the
    warring sides must protect civilians", "Lima ought to apologise"): an obligation, not
    an act (a reported one, "X said Lima must pay", is coded as X's demand)."""
    if not obliged(tok) or is_reported(tok):
        return False
    # (a speech verb right above it, through joined verbs, reports a demand: "said that
    # Lima must pay and Quito must apologise"; one further up, over "realise" or "get him
    # to", reports no demand of its own: "told reporters the aim is to get him to realise
    # he must negotiate")
    node = first_conjunct(tok)
    head = node.head
    return not (head.i != node.i and (lemma_of(head) in SPEECH_LEMMAS or (
        head.dep_ == "conj" and lemma_of(head.head) in SPEECH_LEMMAS)))


def anticipated(tok: Token) -> bool:
    """A clause that someone anticipates, awaits or hopes for ("are anticipating Lima
    easing its rules", "hoping Chile will help"): not done."""
    node = first_conjunct(tok)
    if (node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "dobj"
            and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(node.head.head))):
        return True  # "awaiting Lima easing its rules", parsed as "Lima" + participle
    # (someone else's act: "hoping Chile will help", "awaiting Lima to reply"; not one's own
    # hope, "hopes to meet", an intent)
    return (node.dep_ in {"ccomp", "xcomp", "dobj", "pcomp"} and node.head.i != node.i
            and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(node.head))
            and bool(children_by_dep(node, {"nsubj", "nsubjpass"})
                     or children_by_dep(node.head, {"dobj"})))


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


# Verbs that stop what their object names from being done ("blocked EU sanctions on
# Moscow", "vetoed the aid", "rejected talks with the rebels").
BLOCKING_VERBS = {"block", "veto", "reject", "oppose", "thwart", "obstruct", "scuttle",
                  "torpedo", "derail", "refuse"}


def planned_only(tok: Token) -> bool:
    """An event noun that is the object of a verb of planning, also one the lexicon reads
    as a support verb ("Hamas has planned attacks on the town", "Lima is mulling sanctions
    on Quito"), or of a verb that stops it ("Hungary blocked EU sanctions on Minsk"): not
    done."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in {"VERB", "AUX"}
            and lemma_of(tok.head) in PLANNING_VERBS | BLOCKING_VERBS) or planned_for(tok)


# Nouns of a plan or its making whose "for" phrase names what is not yet done ("plans for
# talks between X and Y", "preparations for a summit", "a proposal for a truce").
PLAN_NOUNS = {"plan", "preparation", "proposal", "proposals", "hope", "bid", "push", "call",
              "calls", "demand", "appeal", "prospect", "idea", "talk", "arrangement"}


def planned_for(tok: Token) -> bool:
    """An event noun in the "for" phrase of a noun of planning ("there are no plans for
    talks between the two leaders", "preparations for a summit between X and Y are under
    way"): what is planned or asked for, not done."""
    head = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ == "for"
            and lemma_of(head.head) in PLAN_NOUNS)


# Time words that, on a present tense, put the act in the coming days ("flies to Lima on
# Friday", "visits Chile next week", "meets the envoy tomorrow").
COMING_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "tomorrow", "next", "coming", "later"}


def present_for_coming_day(verb: Token) -> bool:
    """A simple present of an act with a time of the coming days on it ("the minister
    travels to Seoul on Friday", "the envoy visits Lima next week"): in a news text, a
    scheduled act, not one done (nor a headline's past)."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"} or lemma_of(verb) in SPEECH_LEMMAS:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    return any(w.lower_ in COMING_WORDS for c in verb.children
               if c.dep_ in {"prep", "npadvmod"} for w in c.subtree)


# Texts that say what should be done: their content is in force only once enacted.
DOCUMENT_NOUNS = {"bill", "bills", "law", "laws", "legislation", "regulation", "regulations",
                  "resolution", "resolutions", "measure", "measures", "motion", "motions",
                  "draft", "amendment", "amendments", "ordinance", "decree", "rule", "rules",
                  "manifesto", "platform", "petition", "text"}
# Verbs by which a text is undone, stopped or only put forward: what it would do is not
# done ("vetoed a resolution condemning X", "overturned a rule to protect the rivers",
# "tabled a motion calling for ...").
UNDOING_VERBS = {"veto", "reject", "oppose", "block", "overturn", "repeal", "defeat", "scrap",
                 "withdraw", "kill", "strike", "debate", "consider", "draft", "propose",
                 "submit", "table", "discuss", "study", "review", "weigh", "sponsor",
                 "filibuster", "shelve", "stall", "drop", "abandon", "annul", "revoke",
                 "rescind", "suspend", "delay", "challenge", "circulate"}
# Marks of a text not (yet) adopted ("a draft resolution", "the proposed law").
DRAFT_MODIFIERS = {"draft", "proposed", "planned", "mooted", "pending", "failed", "rejected",
                   "vetoed"}


def _text_undone(doc_noun: Token) -> bool:
    """A text noun that is only a draft or proposal, or that is undone or opposed: the
    object of a verb of UNDOING_VERBS, or voted or spoken "against"."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in DRAFT_MODIFIERS
           for c in doc_noun.children):
        return True
    node = first_conjunct(doc_noun)
    head = node.head
    if node.dep_ in {"dobj", "nsubjpass"} and lemma_of(head) in UNDOING_VERBS:
        return True
    return node.dep_ == "pobj" and head.lower_ == "against"


def text_content(tok: Token) -> bool:
    """The act is what a text says should be done, and the text is only a draft, a
    proposal or one that is undone or opposed ("Moscow vetoed a resolution condemning
    Damascus", "lawmakers voted against a bill to protect refugees", "the senate overturned
    a rule to protect rivers"): not done (hypothetical). A text passed or signed is left
    alone ("passed a law banning the party")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB":
        node = node.head
    if node.dep_ in {"acl", "relcl"} and lemma_of(node.head) in DOCUMENT_NOUNS:
        return _text_undone(node.head)
    if _purpose(node) and node.head.pos_ in {"VERB", "AUX"}:
        # the parser hangs "a bill to protect X" on the verb as a purpose: the text is the
        # word right before the infinitive
        before = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
        if before is not None and lemma_of(before) in DOCUMENT_NOUNS and any(
                a.i == node.head.i for a in before.ancestors):
            return _text_undone(before)
    return False


# Verbs of belief and expectation: a clause they take that says what someone else will or
# may do is the believer's forecast, no act, threat or intent of the one it is about.
BELIEF_VERBS = {"think", "believe", "expect", "suspect", "reckon", "assume", "guess",
                "suppose", "doubt", "bet", "estimate", "speculate", "forecast", "predict",
                "figure", "feel"}
MODAL_AUX = {"will", "would", "could", "might", "may", "shall", "'ll", "wo", "ca", "can"}


def believed(tok: Token) -> bool:
    """A clause with a modal under a verb of belief ("diplomats think Kenya will expel the
    envoy", "he believes the talks could collapse"), or a passive infinitive under
    "expect" ("said he expected to be criticised"): a forecast, not an act. A clause whose
    subject is the believer's pronoun ("Chile believes it will win the case") is left
    alone: that is the believer's own plan."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        node = node.head
    if lemma_of(node) == "expect" and any(
            c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children)
            for c in node.children):
        return True  # the chain's top is "expect" itself
    head = node.head
    if head.i == node.i or lemma_of(head) not in BELIEF_VERBS:
        return False
    if node.dep_ == "xcomp" and lemma_of(head) == "expect" and any(
            c.dep_ == "auxpass" for c in node.children):
        return True  # "expected to be criticised": what others are expected to do to him
    if node.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX
                                       for c in node.children):
        return False
    subj = children_by_dep(node, {"nsubj", "nsubjpass"})
    return bool(subj) and subj[0].pos_ != "PRON"
