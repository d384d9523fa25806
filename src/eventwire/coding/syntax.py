"""Dependency-parse helpers and the word lists the coder reads clauses with.

Pure functions over spaCy tokens: objects of prepositions, coordinated conjuncts,
lemmas, and the clause predicates that decide how a clause relates to the verb above it
(reported speech and its speaker, obligations, conditions, content clauses of demands).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
NEG_WORDS = {"not", "n't", "never", "no"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONAL_MARKS = {"if", "unless"}
REL_PRONOUNS = {"who", "which", "that", "whom"}
VERB_POS = {"VERB", "AUX", "ADJ"}
NOUN_POS = {"NOUN", "PROPN"}
OWNER_DEPS = {"poss", "compound", "nmod", "amod"}


# Passives of saying and believing whose subject does the act of their infinitive ("Chad
# was reported to have closed the border", "the army is believed to have shelled it").
RAISING_PASSIVES = {"report", "say", "believe", "think", "know", "understand", "allege",
                    "rumour", "rumor", "see", "suppose", "claim", "feel", "estimate"}


def children_by_dep(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def raised_patient(tok: Token) -> list[Token]:
    """The subject of a passive of saying or believing whose infinitive is itself passive:
    what the act is done to ("two guards are believed to have been shot", "the envoy was
    said to have been expelled"), not its doer as in "Chad was reported to have closed
    the border"."""
    if (tok.dep_ == "xcomp" and lemma_of(tok.head) in RAISING_PASSIVES
            and any(c.dep_ == "auxpass" for c in tok.children)):
        return [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return []


def pobjs(heads, preps: set[str] | None = None) -> list[Token]:
    """Objects of the prepositions under `heads` (only those in `preps`, when given)."""
    return [g for h in heads for c in h.children
            if c.dep_ == "prep" and (preps is None or c.lower_ in preps)
            for g in c.children if g.dep_ == "pobj"]


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts a token is joined to ("fired and killed": "fired")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in NOUN_POS | {"PRON"}:
            out.extend(conjuncts(c))
    return out


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


def hyphened(tok: Token) -> str | None:
    """The word a token ends when the tokenizer split it at a hyphen ("sit-in",
    "walk-out", "cease-fire"): "<before>-<token>" in lower case, or None."""
    doc = tok.doc
    if (tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
            and not doc[tok.i - 1].whitespace_):
        return doc[tok.i - 2].lower_ + "-" + tok.lower_
    return None


def lemmas_of(tok: Token) -> list[str]:
    """The lemma, plus regular-inflection guesses for when the lemmatizer slips
    ("staged" -> "stag"; we also try "stage"), plus the joined form of a hyphenated
    compound split by the tokenizer ("cease-fire" -> "ceasefire")."""
    out = [tok.lemma_.lower()]
    if (joined := hyphened(tok)) is not None:
        # (and the hyphenated form itself: "sit-in", "walk-out")
        out.insert(0, joined)
        out.insert(0, tok.doc[tok.i - 2].lower_ + tok.lemma_.lower())
    word = tok.lower_
    if tok.tag_ in {"VBD", "VBN"} and word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 5 and word[-3] == word[-4]:
            out.append(word[:-3])  # a doubled consonant: "unbanned" -> "unban"
    elif tok.tag_ == "VBG" and word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
        if len(word) > 6 and word[-4] == word[-5]:
            out.append(word[:-4])
    elif tok.tag_ in {"VBZ", "NNS"} and word.endswith("s"):
        out += [word[:-1]]
    return list(dict.fromkeys(out))


# Large amounts: "million" as an object word stands for a sum of money counted in them
# ("10 million euros", "30 billion yen"), not for people ("two million refugees").
AMOUNTS = frozenset({"million", "billion", "trillion"})
CURRENCIES = frozenset({
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
    "renminbi", "franc", "francs", "mark", "marks", "deutschmark", "deutschmarks", "rupee",
    "rupees", "ruble", "rubles", "rouble", "roubles", "riyal", "riyals", "rial", "rials",
    "dinar", "dinars", "dirham", "dirhams", "shilling", "shillings", "krona", "kronor",
    "krone", "kroner", "peso", "pesos", "real", "reais", "rand", "lira", "lire", "naira",
    "cedi", "cedis", "baht", "won", "ringgit", "rupiah", "dong", "taka", "kwacha", "birr",
    "forint", "zloty", "zlotys", "koruna", "hryvnia", "hryvnias", "tenge", "manat", "lari",
    "shekel", "shekels", "ecu", "ecus", "guilder", "guilders", "escudo", "escudos",
    "peseta", "pesetas", "drachma", "drachmas", "schilling", "schillings"})


def obj_matches(tok: Token, wanted: tuple[str, ...]) -> int:
    """Object noun check: the number of words of the best matching entry (0: none).
    Multi-word entries ("chemical weapon") need the modifier too."""
    lemma, lower = lemma_of(tok), tok.lower_
    if (joined := hyphened(tok)) is not None:
        lemma = lower = joined  # "sit-in", "walk-out"
    mods = {lemma_of(c) for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
    mods |= {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
    # a sum counted in millions names them, in any currency ("10 million euros")
    heads = {lemma, lower} | {c.lower_ for c in tok.children if c.dep_ == "nummod"
                              and c.lower_ in AMOUNTS and lower in CURRENCIES}
    best = 0
    for w in wanted:
        *first, last = w.split()
        if last in heads and all(f in mods for f in first):
            best = max(best, len(first) + 1)
    return best


FRAME_NOUNS = {"effort", "mission", "bid", "attempt", "campaign", "operation", "process",
               "drive", "initiative", "plan", "offer", "proposal", "deal"}
# (and a warning or a time limit to act: "gave Chad a final warning to withdraw", "gave
# the envoys 48 hours to leave": what is to be done has not been)
TIME_LIMITS = {"deadline", "hour", "day", "week", "month"}
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "ultimatum", "insistence",
                "warning"} | TIME_LIMITS
# Participles that with "be ... <prep>" state the subject's stance or activity ("is
# opposed to", "were engaged in"): the grammatical subject is the actor.
STATIVE_PASSIVES = {"oppose": "to", "commit": "to", "dedicate": "to", "devote": "to",
                    "open": "to", "engage": "in", "involve": "in"}
CONTENT_NOUNS = {"offer", "proposal", "plan", "invitation", "threat",
                 "promise", "pledge", "suggestion", "initiative", "bid", "idea", "assurance",
                 "guarantee", "hope", "expectation"}
# What someone issues or sends that says something: its clause is reported speech of the
# issuer ("put out a communique insisting that ...", "a reminder that it must ...").
SPEECH_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "message",
                "reminder", "warning", "resolution", "note", "memo", "memorandum", "ultimatum",
                "petition", "manifesto", "appeal", "call"}
# "struck an understanding to swap data": what is agreed to do is an intent.
AGREEMENT_NOUNS = {"agreement", "consensus", "understanding", "deal", "accord", "pact",
                   "compromise", "arrangement"}
# "Putin has no plans to meet Zelensky": what someone has a plan to do is an intent.
INTENT_NOUNS = {"plan", "plans", "intention", "intentions", "intent", "desire", "wish",
                "readiness", "willingness", "determination", "preparedness", "eagerness",
                "resolve", "offer", "offers", "pledge", "pledges", "promise", "promises",
                "commitment", "commitments", "vow", "vows", "proposal", "proposals",
                "scheme"}
# ... and what someone expresses, signals or announces a plan to do ("voiced its
# readiness to resume talks", "announced plans to open an embassy"), or draws up
# ("devised a plan to seize the port", "drew up plans to build a base")
INTENT_NOUN_VERBS = {"have", "express", "voice", "signal", "announce", "reaffirm", "reiterate",
                     "confirm", "state", "show", "indicate", "declare", "unveil", "outline",
                     "stress", "underline", "emphasise", "emphasize", "make", "renew",
                     "repeat", "extend", "give", "approve", "adopt", "endorse", "accept",
                     "finalise", "finalize", "draw", "draft", "devise", "prepare",
                     "formulate", "complete", "hatch", "craft", "map", "present", "table"}
REPORTED_PRONOUNS = {"it", "they", "he", "she", "we"}

WISH_LEMMAS = {"want", "wish", "expect", "prefer", "like", "need"}
SPEECH_LEMMAS = {"say", "warn", "announce", "declare", "state", "tell", "vow", "insist", "add",
                 "reiterate", "stress", "argue", "conclude", "write", "repeat", "emphasise",
                 "emphasize", "maintain", "confirm", "claim", "assert", "indicate", "signal",
                 "predict", "acknowledge", "report"}
QUANTITY_HEADS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                  "score", "scores",
                  "millions", "ten", "tens", "group", "number", "crowd", "band", "delegation",
                  "team", "couple", "handful", "contingent", "some", "many", "most", "all"}
# Verbs that make a participle an adjective ("felt threatened", "seemed surprised").
LINKING_VERBS = {"feel", "felt", "feels", "seem", "seemed", "seems", "appear", "appeared",
                 "appears", "look", "looked", "looks", "sound", "sounded", "remain", "remained",
                 "remains", "become", "became", "becomes"}
# Prepositions that point a verb phrase at someone (not "in" or "at": where, not whom).
TARGET_PREPS = {"to", "against", "on", "into", "with", "for", "from", "over", "toward",
                "towards", "upon"}
LOCATIVE_PREPS = {"in", "throughout", "across", "inside", "at", "near", "outside", "through",
                  "around"}


def conditions_on(toks: list[Token]) -> list[Token]:
    """The "if"/"unless" clauses attached to these tokens."""
    return [c for t in toks for c in t.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                         for m in c.children)]


def condition_spans(sent: Span, matches: dict) -> list[set[int]]:
    """Token indices of the condition clauses of this sentence that hang on a clause which
    codes something itself (the condition of an act is not an act of its own)."""
    out = []
    for tok in sent:
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                       for m in tok.children):
            inside = {t.i for t in tok.subtree}
            if any(i not in inside for i in matches):
                out.append(inside)
    return out


def wishing_verb(tok: Token) -> Token | None:
    """The verb of wanting whose object clause this is ("wants Germany to pay"), when the
    clause has a subject of its own."""
    if (tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in WISH_LEMMAS
            and children_by_dep(tok, SUBJ)):
        return tok.head
    return None


def obliged(tok: Token) -> bool:
    """The clause says what someone must or should do."""
    return any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in tok.children)


# Verbs whose "that" clause in the bare subjunctive says what must be done ("insisted that
# Zambia pay its debts").
MANDATIVE_VERBS = {"insist", "demand", "urge", "ask", "request", "propose", "recommend",
                   "require"}


def mandated(tok: Token) -> bool:
    """The clause is a bare subjunctive after a verb of demanding ("insisted that Zambia
    pay", "urged that the talks resume"): what someone must do, as with "must"."""
    if not (tok.dep_ == "ccomp" and lemma_of(tok.head) in MANDATIVE_VERBS
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)):
        return False
    subj = children_by_dep(tok, SUBJ)
    # (the tagger may read "Zambia pay" as a present: a base form after a singular noun)
    return bool(subj) and (tok.tag_ == "VB" or tok.tag_ == "VBP" and subj[0].tag_ in {
        "NN", "NNP"})


def is_reported(tok: Token) -> bool:
    """The clause is the content of a speech verb ("said it would ...") or of a statement
    someone issued ("sent a firm note to Nepal that it must comply")."""
    head = tok.head
    if tok.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_LEMMAS:
        return True
    return (tok.dep_ in {"ccomp", "acl"} and head.pos_ == "NOUN"
            and head.lemma_.lower() in SPEECH_NOUNS and head.dep_ == "dobj")


def is_content_clause(tok: Token) -> bool:
    """A clause the parser hung on a noun as a relative clause that is really its content:
    it has a subject of its own ("the demand that it disarm", not "the group that
    demanded")."""
    subj = children_by_dep(tok, SUBJ)
    return bool(subj) and subj[0].lower_ not in REL_PRONOUNS


def addressee_of(tok: Token) -> list[Token]:
    """Whom a reported clause is said to: "told Iraq that", "a reminder to Iraq that"."""
    head = tok.head
    heads = [head, head.head] if head.pos_ == "NOUN" else [head]
    said_to = [t for h in heads for c in h.children
               if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
               for t in c.children if t.dep_ == "pobj"]
    said_to += [c for c in head.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "ADP"]
    return [t for t in said_to if t.i != head.i][:1]


def speaker_of(tok: Token) -> list[Token]:
    """Who says the reported clause: the speech verb's subject, or the subject of the verb
    that issued the statement."""
    head = tok.head
    if head.pos_ == "NOUN":
        head = head.head
    return children_by_dep(head, SUBJ)


def told_as_news(noun: Token) -> bool:
    """A noun of deciding or planning the sentence tells of (its subject: "Chad's plan to
    open talks was welcomed"; or what is announced, expressed or stated: "announced its
    decision to ..."), not one it only refers to ("rallied against the government's plan
    to ...", "welcomed Uganda's decision to ...")."""
    return noun.dep_ in {"nsubj", "nsubjpass", "ROOT"} or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in INTENT_NOUN_VERBS)


# Nouns that embed an act as control verbs do ("Chad's refusal to extradite him"): the
# control verb whose rule their infinitive takes. (A threat to act is a noun event of its
# own: 13.threat-noun.)
CONTROL_NOUNS = {"refusal": "refuse", "refusals": "refuse"}


def control_noun(tok: Token) -> tuple[Token, str] | None:
    """The noun of refusal whose infinitive this is, told as news and owned ("Ghana's
    refusal to hand over the suspects angered Togo"), with the control verb it stands
    for; None otherwise (not one referred to: "condemned Ghana's refusal to ...")."""
    head = tok.head
    if (tok.dep_ == "acl" and lemma_of(head) in CONTROL_NOUNS and head.i != tok.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and told_as_news(head) and any(c.dep_ == "poss" for c in head.children)):
        return head, CONTROL_NOUNS[lemma_of(head)]
    return None


def intention_noun(tok: Token) -> Token | None:
    """The noun of intent whose clause this is: "has (no) plans to meet" -> plans; also
    an owned one wherever it stands ("Chad's plan to open talks was welcomed")."""
    head = tok.head
    if tok.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS and (
            (head.dep_ == "dobj" and head.head.lemma_.lower() in INTENT_NOUN_VERBS)
            or (any(c.dep_ == "poss" for c in head.children) and told_as_news(head))):
        return head
    return None


def agreement_noun(tok: Token) -> Token | None:
    """The agreement whose content this clause is: "reached an agreement to exchange
    prisoners" -> agreement (the object of the verb that reached or signed it)."""
    head = tok.head
    if (tok.dep_ == "acl" and head.lemma_.lower() in AGREEMENT_NOUNS and head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return head
    return None


# Dependency labels of a noun phrase the parser made the head of a sentence (or of a
# speech verb's adverbial) when it read the sentence's verb as an adjective.
STRANDED_SUBJECT_DEPS = {"ROOT", "npadvmod", "dep"}


def verbs_read_as_modifiers(doc, is_event_verb, intransitive=frozenset()) -> list[Token]:
    """Repair a parse that took a verb in the simple past for a participle modifying its
    object, where a long subject or a coordination hides the verb: "Peru, whose ties with
    the region have soured, expelled Chilean envoys" (parsed: Peru, appositive "expelled
    envoys"), "Ghana on Friday recalled Togolese diplomats, officials said" (Ghana an
    adverbial of "said"), "Oslo met the envoy and condemned Moscow" ("condemned Moscow" a
    second object of "met"), "Ghana, citing security concerns, expelled Togolese envoys"
    (the participle taken for the verb). The verb (`is_event_verb(token)`: one the
    lexicon codes) heads its clause again with the stranded subject and its object; the
    tokens repaired are returned. Only a participle that opens its noun phrase (no
    article or possessive before it) is repaired: "the detained activists" stays a noun
    phrase. A sentence left with no verb at all ("Hundreds of nurses protested in Nairobi."
    parsed as "Hundreds", modified by "protested") gets its verb back when the participle
    has an object or is an act that cannot be passive (`intransitive`: a headline's "Two
    soldiers killed in ambush" stays a passive)."""
    fixed = []
    for t in doc:
        if _after_fronted_participle(t, is_event_verb) or _subject_in_fronted_phrase(
                t, is_event_verb) or _verb_of_verbless_sentence(t, is_event_verb, intransitive):
            fixed.append(t)
            continue
        if not (t.dep_ == "amod" and t.tag_ in {"VBN", "VBD"} and t.pos_ == "VERB"):
            continue
        h = t.head
        if (h.i <= t.i or h.pos_ not in NOUN_POS or t.i == 0
                or any(c.i < t.i for c in h.children)
                or any(c.dep_ in {"det", "poss"} for c in t.children)):
            continue
        if not is_event_verb(t):
            continue
        before = doc[t.i - 1]
        subject = _stranded_subject(h, t)
        if h.dep_ == "appos" and subject is not None:
            if subject.dep_ == "ROOT":
                t.head = t
                t.dep_ = "ROOT"
            else:
                # "Ghana on Friday recalled ..., officials said": the speech verb's clause
                t.head = subject.head
                t.dep_ = "ccomp"
            subject.head = t
            subject.dep_ = "nsubj"
        elif (h.dep_ == "conj" and before.dep_ == "cc" and before.head.i == h.head.i
              and h.head.dep_ in {"dobj", "pobj", "attr"} and _named(h)):
            # (a name or a count: "and displaced families" may still be a second thing met)
            verb = h.head.head
            while verb.dep_ == "prep" or verb.pos_ not in {"VERB", "AUX"}:
                if verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            t.head = verb
            t.dep_ = "conj"
            before.head = verb
        else:
            continue
        h.head = t
        h.dep_ = "dobj"
        t.tag_ = "VBD"
        fixed.append(t)
    return fixed


# Nouns of a charge another party answers ("..., a charge Kampala denied") and the verbs
# of answering it.
CHARGE_NOUNS = {"charge", "charges", "accusation", "accusations", "allegation",
                "allegations", "claim", "claims"}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "dispute", "rebuff"}


def particles_read_as_amounts(doc, takes_particle) -> list[Token]:
    """Repair a parse that read the particle of a phrasal verb as "more than" of the sum
    or number it hands ("handed over $30 million to Gaza", "turned over 200 prisoners"):
    a quantifier right after a verb that takes that word as its particle, inside the
    verb's object, is the particle. `takes_particle(verb, word)` says which verbs do."""
    mended = []
    for t in doc:
        if t.dep_ != "quantmod" or t.i == 0:
            continue
        verb = doc[t.i - 1]
        if verb.pos_ != "VERB" or not takes_particle(verb, t.lower_):
            continue
        if not any(a.dep_ == "dobj" and a.head.i == verb.i for a in [t.head, *t.head.ancestors]
                   if a.i > verb.i):
            continue
        t.head = verb
        t.dep_ = "prt"
        mended.append(t)
    return mended


def gerunds_read_as_modifiers(doc, takes_gerund, is_event_verb) -> list[Token]:
    """Repair a parse that read a gerund complement as an adjective of its object
    ("proposed suspending parts of the deal": "suspending" an amod of "parts"): a gerund
    right after a verb that takes one (`takes_gerund(verb)`: a control verb), modifying
    that verb's object, is the verb's complement and the noun its object."""
    mended = []
    for t in doc:
        if t.tag_ != "VBG" or t.dep_ != "amod" or t.i == 0 or not is_event_verb(t):
            continue
        verb, noun = doc[t.i - 1], t.head
        if (verb.pos_ != "VERB" or noun.dep_ != "dobj" or noun.head.i != verb.i
                or noun.i <= t.i or not takes_gerund(verb)):
            continue
        t.head = verb
        t.dep_ = "xcomp"
        noun.head = t
        mended.append(t)
    return mended


def charges_read_as_speakers(doc) -> list[Token]:
    """Repair "Ghana accused Togo of arming rebels, a charge Lome has denied" when the
    parser made the denial the sentence's verb and the accusation its reported content
    (as in "..., officials said"), with "a charge" its subject or object or a compound
    of its subject ("charge Lome"): the accusation heads the sentence again, and the
    denial is a relative clause of the charge noun, with the name after the noun its
    subject (parse.charge-denied). The verbs repaired are returned."""
    fixed = []
    for deny in doc:
        if not (deny.dep_ == "ROOT" and lemma_of(deny) in DENIAL_VERBS):
            continue
        act = next((c for c in deny.children if c.dep_ == "ccomp" and c.i < deny.i), None)
        if act is None or act.right_edge.i + 1 >= deny.i or doc[act.right_edge.i + 1].text != ",":
            continue
        after = act.right_edge.i + 2
        noun = doc[after + 1] if doc[after].dep_ == "det" else doc[after]
        if noun.lower_ not in CHARGE_NOUNS or not (
                noun.head.i == deny.i and noun.dep_ in {"nsubj", "dobj"}
                or noun.dep_ == "compound" and noun.head.dep_ == "nsubj"
                and noun.head.head.i == deny.i):
            continue
        for c in list(deny.children):
            if c.dep_ == "punct" and (c.i < noun.i or c.i == deny.sent.end - 1):
                c.head = act
        for c in list(noun.children):
            if c.dep_ == "appos" and c.i < deny.i:
                c.head = deny  # "a charge Monrovia has denied": Monrovia, its appositive
                c.dep_ = "nsubj"
        act.head = act
        act.dep_ = "ROOT"
        noun.head = act
        noun.dep_ = "npadvmod"
        deny.head = noun
        deny.dep_ = "relcl"
        fixed.append(act)
    return fixed


def time_limit_clauses(doc) -> list[Token]:
    """Repair "Ethiopia gave Eritrea 48 hours to withdraw its troops" when the parser hung
    the infinitive on the verb of giving: it says what the time limit is for (a clause
    of "hours"), an act demanded, not done (parse.time-limit). The infinitives repaired
    are returned."""
    fixed = []
    for t in doc:
        give = t.head
        if not (t.dep_ in {"xcomp", "advcl"} and t.pos_ == "VERB" and give.i < t.i
                and lemma_of(give) in {"give", "grant", "set", "allow"}
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            continue
        limit = next((c for c in give.children if c.dep_ in {"dobj", "npadvmod"}
                      and lemma_of(c) in TIME_LIMITS and c.i < t.i), None)
        if limit is None:
            continue
        t.head = limit
        t.dep_ = "acl"
        fixed.append(t)
    return fixed


def appeal_complements(doc, control) -> list[Token]:
    """Repair an appeal or demand whose infinitive the parser hung as an adverbial clause:
    "pushed hard for France to back the plan" (France the clause's subject after "for")
    and "pleaded with Kenya to stop the raids" (the one asked in a "with" phrase): the one
    asked is the verb's object and the infinitive its complement, as in "urged Kenya to
    stop" (parse.appeal-for). `control` is the control table (lemma -> rule); the
    infinitives repaired are returned."""
    fixed = []
    for t in doc:
        verb = t.head
        rule = control.get(lemma_of(verb))
        if not (t.dep_ == "advcl" and t.pos_ == "VERB" and verb.i < t.i and rule is not None
                and rule.object_control and rule.effect in {"demand", "appeal"}
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                and not children_by_dep(verb, {"dobj"})):
            continue
        mark = [c for c in t.children if c.dep_ == "mark"]
        subj = children_by_dep(t, {"nsubj"})
        if mark and mark[0].lower_ == "for" and len(mark) == 1 and len(subj) == 1:
            subj[0].head = verb  # "pushed for France to back": France is asked
            subj[0].dep_ = "dobj"
            mark[0].head = verb
            mark[0].dep_ = "dep"
        else:
            asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                     and c.i < t.i for g in children_by_dep(c, {"pobj"})]
            if mark or subj or len(asked) != 1:
                continue
            asked[0].head.dep_ = "dep"  # "pleaded with Kenya to stop": Kenya is asked
            asked[0].head = verb
            asked[0].dep_ = "dobj"
        t.dep_ = "xcomp"
        fixed.append(t)
    return fixed


def _verb_of_verbless_sentence(t: Token, is_event_verb, intransitive) -> bool:
    """Repair "Hundreds of students protested in Manila." or "Dozens of farmers blocked
    roads near Lyon." when the parser made the noun the root and the verb its participle
    modifier: the verb heads the sentence, the noun its subject. Only in a sentence that
    ends as a sentence does (a full stop), for a participle with no subject, auxiliary or
    agent of its own that has an object or cannot be read as a passive."""
    h = t.head
    if not (t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"} and t.pos_ == "VERB"
            and h.dep_ == "ROOT" and h.pos_ in NOUN_POS and h.i < t.i):
        return False
    if any(c.dep_ in SUBJ | PASS_SUBJ | {"aux", "auxpass", "agent"} for c in t.children):
        return False
    last = t.sent[-1]
    if last.text not in {".", "!"} or not is_event_verb(t):
        return False
    if not (any(c.dep_ == "dobj" for c in t.children) or lemma_of(t) in intransitive):
        return False
    t.head = t
    t.dep_ = "ROOT"
    h.head = t
    h.dep_ = "nsubj"
    if last.head.i == h.i:
        last.head = t
    t.tag_ = "VBD"
    return True


def _after_fronted_participle(t: Token, is_event_verb) -> bool:
    """Repair "Ghana, citing security concerns, expelled two envoys" when the parser made
    the inserted participle ("citing") the sentence's verb, with Ghana its subject (or
    left "Ghana" as the root, the participle its modifier), and hung the real verb after
    the comma on the participle's object: the verb heads the sentence again, with the
    subject, and the participle is its adverbial clause."""
    if not (t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"} and t.pos_ == "VERB"
            and t.i > 0 and t.doc[t.i - 1].text == "," and is_event_verb(t)
            and not any(c.dep_ in SUBJ | PASS_SUBJ for c in t.children)):
        return False
    root = t.sent.root
    participle = t
    while participle.head.i != participle.i and participle.tag_ != "VBG":
        participle = participle.head
    if participle.tag_ != "VBG" or participle.i > t.i:
        return False
    if participle.i == root.i:
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    elif participle.head.i == root.i and root.pos_ in NOUN_POS and root.i < participle.i:
        subject = root
    else:
        return False
    if subject is None:
        return False
    t.head = t
    t.dep_ = "ROOT"
    participle.head = t
    participle.dep_ = "advcl"
    subject.head = t
    subject.dep_ = "nsubj"
    t.tag_ = "VBD"
    return True


NAME_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def _subject_in_fronted_phrase(verb: Token, is_event_verb) -> bool:
    """Repair "Earlier on Monday, Kenya, Tanzania and Rwanda condemned Uganda" and
    "Angered by the raids, Chile and Peru recalled their envoys" when the parser joined
    the subject's names to the fronted phrase (a conjunct of "Monday", an appositive of
    "raids") and left the verb with no subject: the names after the phrase's comma,
    running up to the verb, are its subject again (and a fronted participle the parser
    took for the subject is an adverbial clause)."""
    doc = verb.doc
    if not (verb.dep_ == "ROOT" and verb.pos_ == "VERB" and verb.i >= 3 and is_event_verb(verb)
            and not any(c.dep_ in SUBJ | PASS_SUBJ and c.pos_ != "VERB"
                        for c in verb.children)):
        return False
    i = verb.i - 1
    while i > 0 and (doc[i].ent_type_ in NAME_ENTS or doc[i].text == ","
                     or doc[i].lower_ in {"and", "or"}):
        i -= 1
    # doc[i] ends the fronted phrase; the names start after its comma
    if doc[i + 1].text != "," or i + 2 >= verb.i:
        return False
    first = doc[i + 2]
    if (first.ent_type_ not in NAME_ENTS or first.dep_ not in {"conj", "appos"}
            or first.head.i > i or first.right_edge.i != verb.i - 1):
        return False
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "VERB":
            c.dep_ = "advcl"  # "Angered by the raids, ...": no subject, an adverbial
    first.head = verb
    first.dep_ = "nsubj"
    return True


def _stranded_subject(noun: Token, verb: Token) -> Token | None:
    """The noun phrase before `verb` that the parser left without a verb, above the
    appositive `noun` (`verb`'s object): the sentence's root, or an adverbial of a speech
    verb after them ("Ghana on Friday recalled ..., officials said")."""
    node = noun
    while node.head.i != node.i and node.dep_ in {"appos", "pobj", "prep", "relcl", "acl",
                                                  "conj", "npadvmod"}:
        node = node.head
        if node.pos_ in NOUN_POS and node.i < verb.i and (
                node.dep_ == "ROOT" or (node.dep_ == "npadvmod" and node.head.i > noun.i
                                        and node.head.pos_ == "VERB")):
            return node
    return None


def _named(noun: Token) -> bool:
    """A name, or a counted noun ("Paraguay", "two Libyan envoys"): as an object, more
    likely a verb's than a participle's ("displaced Ethiopian families" is a phrase)."""
    return (noun.pos_ == "PROPN" or noun.ent_type_ in NAME_ENTS
            or any(c.dep_ == "nummod" for c in noun.children))


def reduced_passive_subject(verb: Token, is_event_noun=lambda t: False) -> list[Token]:
    """The noun a passive relative clause modifies, which is what the verb is done to:
    "two journalists who were abducted by guerrillas" (the noun, not the relative
    pronoun; people: a thing "that was seized" is left to the conventions of property).
    Empty for an active clause ("a plan that Chile rejected"). (A participle
    with no "who were", "a convoy attacked by gunmen", mostly describes the noun: it is
    left to the subject rules.)"""
    head = verb.head
    if head.i == verb.i or head.pos_ not in NOUN_POS or is_event_noun(head) or (
            head.dep_ == "pobj" and is_event_noun(head.head.head)):
        # (an event noun is no patient: "talks mediated by Norway" are Norway's mediation
        # between their sides, read from the noun; and the participle after "talks with
        # the rebels" may be the talks')
        return []
    if verb.dep_ == "relcl" and any(c.dep_ in PASS_SUBJ and c.lower_ in {"who", "whom"}
                                    for c in verb.children):
        return conjuncts(head)
    return []


# Words that join a partner to the subject ("Kenya, along with Tanzania, condemned ...").
PARTNER_WORDS = {"along", "together"}


def co_actors(verb: Token, subject: Token) -> list[Token]:
    """Who does the act with its subject, named outside the subject's coordination:
    "Kenya, along with Tanzania, condemned Uganda", "Peru, together with Chile, imposed
    ...", "Kenya condemned Uganda, as did Tanzania" (the conjuncts of each)."""
    out: list[Token] = []
    for head in (verb, subject):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "alongside" and c.i < verb.i:
                out += [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ in {"prep", "advmod"} and c.lower_ in PARTNER_WORDS and c.i < verb.i:
                out += [g for p in [c, *c.children] for w in [p, *p.children]
                        if w.dep_ == "prep" and w.lower_ == "with"
                        for g in w.children if g.dep_ == "pobj"]
            if (c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i and any(
                    w.lower_ in PARTNER_WORDS for w in c.children if w.dep_ == "advmod")):
                out += [g for g in c.children if g.dep_ == "pobj"]
    for c in verb.children:
        if (c.dep_ == "advcl" and c.lemma_ == "do" and c.i > verb.i and any(
                w.dep_ == "mark" and w.lower_ == "as" for w in c.children)):
            out += [g for g in c.children if g.dep_ in SUBJ]
    # (named partners only: "along with its neighbours" names no one)
    return list(dict.fromkeys(t for o in out for t in conjuncts(o)
                              if t.ent_type_ in NAME_ENTS or t.pos_ == "PROPN" or any(
                                  c.ent_type_ in NAME_ENTS for c in t.children
                                  if c.dep_ in OWNER_DEPS)))


def shared_object(verb: Token) -> list[Token]:
    """The object a verb shares with the verb joined to it by "and"/"or" ("condemned and
    rejected the proposal", "arrested and jailed two activists"): the later verb's direct
    object, when the first has no object, no particle and no phrase of its own and the
    later one no subject of its own."""
    if any(c.dep_ in {"dobj", "prt", "prep", "dative", "ccomp", "xcomp"}
           for c in verb.children):
        return []
    for c in verb.children:
        if (c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                and not any(g.dep_ in SUBJ | PASS_SUBJ for g in c.children)
                and all(t.dep_ in {"cc", "punct", "advmod"}
                        for t in verb.doc[verb.i + 1:c.i])):
            return children_by_dep(c, {"dobj"})[:1]
    return []


# Verbs that make their object do what their infinitive says ("the attack led Norway to
# close its embassy", "pressure pushed Seoul to scrap the deal", "the vote prompted Quito
# to recall its envoy"). Control verbs of the lexicon (urge, force, order ...) have their
# own rules; purpose infinitives ("summoned the envoy to complain", "used gas to disperse
# them") are the subject's.
OBJECT_CONTROL_VERBS = {"prompt", "lead", "cause", "drive", "spur", "compel", "oblige",
                        "prod", "provoke", "inspire", "move"}


def object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive says when the verb it hangs on is an
    object-control verb (OBJECT_CONTROL_VERBS)."""
    head = verb.head
    if (verb.dep_ != "xcomp" or head.i > verb.i or lemma_of(head) not in OBJECT_CONTROL_VERBS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
            and c.pos_ in {"PROPN", "NOUN", "PRON"} and c.lower_ not in {"it", "this", "that"}]
    return objs[0] if objs else None


# Verbs that name what their object is ("what it called a retaliatory strike", "what Rome
# described as provocations").
LABEL_VERBS = {"call", "describe", "term", "dub", "label", "brand", "characterise",
               "characterize", "style"}


def named_objects_mended(doc) -> list[Token]:
    """Repair a free relative that names the object ("Tehran launched what it called a
    retaliatory strike", "Moscow condemned what it termed provocations by Kyiv", "the army
    shelled what it described as rebel bases"): the parser makes "what" the object and the
    thing named the object of the naming verb; the thing named becomes the object of the
    act again, and the naming clause its modifier. The tokens repaired are returned."""
    fixed = []
    for w in doc:
        if w.lower_ != "what" or w.dep_ != "dobj":
            continue
        naming, act = w.head, w.head.head
        if (lemma_of(naming) not in LABEL_VERBS or naming.dep_ not in {"ccomp", "relcl"}
                or act.pos_ != "VERB" or act.i >= w.i or naming.i == act.i
                or any(c.dep_ == "dobj" for c in act.children)):
            continue
        named = [c for c in naming.children if c.i > naming.i and (
            c.dep_ in {"oprd", "attr"} or (c.dep_ == "dobj" and c.i != w.i))]
        named += [g for c in naming.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj"]
        if not named or named[0].pos_ not in NOUN_POS:
            continue
        thing = named[0]
        for c in [c for c in naming.children if c.dep_ == "prep" and c.i > thing.i]:
            c.head = thing  # "provocations by Kyiv": the phrase after the thing is its own
        thing.head = act
        thing.dep_ = "dobj"
        naming.head = thing
        naming.dep_ = "relcl"
        fixed.append(thing)
    return fixed


def referred_act(tok: Token, nouns) -> Token | None:
    """The verb of the act that a noun set off after its clause refers back to ("Quito cut
    its exports, a move Lima criticised", "..., a step that angered Lima", "..., an
    accusation Kyiv denied"), when `tok` is the verb of that noun's relative clause and the
    noun is one of `nouns` (classes.act_references): the reaction is news, aimed at the act."""
    noun = tok.head
    if tok.dep_ != "relcl" or noun.dep_ not in {"appos", "npadvmod", "dep"} or (
            lemma_of(noun) not in nouns):
        return None
    clause = noun.head
    while clause.pos_ not in VERB_POS and clause.head.i != clause.i:
        clause = clause.head  # (set off after the clause's object: "cut output, a move")
    return clause if clause.pos_ in VERB_POS else None


# Verbs by which an authority has something done to someone ("the court ordered the
# reporter to be held", "the minister directed the envoys to be expelled").
ORDER_VERBS = {"order", "direct", "instruct", "rule"}


def ordered_patients_mended(doc) -> list[Token]:
    """Repair a passive infinitive under a verb of ordering ("a court ordered the reporter
    to be held in custody"): the parser leaves the one it is done to as the object of
    "ordered"; it becomes the passive subject of the infinitive, so the act is read with
    its patient. The tokens repaired are returned."""
    fixed = []
    for v in doc:
        head = v.head
        if (v.dep_ != "xcomp" or lemma_of(head) not in ORDER_VERBS or head.i >= v.i
                or not any(c.dep_ == "auxpass" for c in v.children)
                or any(c.dep_ in {"nsubjpass", "nsubj"} for c in v.children)):
            continue
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < v.i]
        if not objs:
            continue
        objs[0].head = v
        objs[0].dep_ = "nsubjpass"
        fixed.append(objs[0])
    return fixed


def ordered_done(tok: Token) -> Token | None:
    """The verb of ordering whose passive infinitive `tok` is, once mended
    (ordered_patients_mended): "ordered ... to be held" is the act, done by whoever
    ordered it."""
    head = tok.head
    if (tok.dep_ in {"xcomp", "ccomp"} and lemma_of(head) in ORDER_VERBS and head.i < tok.i
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ == "nsubjpass" and c.i < tok.i for c in tok.children)):
        return head
    return None
