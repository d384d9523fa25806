"""Polarity: whether a clause tells that something did not happen ("has yet to", "no one
attacked", a negation shared by joined verbs)."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import (
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    INTENT_NOUNS,
    first_conjunct,
    lemma_of,
)
from .clauses import _purpose


def yet_to(tok: Token) -> bool:
    """The verb is what someone "has yet to" or "is yet to" do ("Lima has yet to reply",
    "the envoy is yet to arrive"): it has not happened."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head.i != tok.i and head.lemma_ in {"have", "be"}
            and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children)
            and not any(c.dep_ == "neg" for c in head.children))


def shares_negation(tok: Token) -> bool:
    """A verb joined by "or"/"nor" to a negated verb, with no subject or auxiliary of its
    own, is negated with it ("did not deny the report or criticise the paper", "neither
    confirmed nor denied it")."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "neg"} for c in tok.children):
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither")
               for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in (*head.children, *tok.children))


def negated_past(toks: list[Token]) -> bool:
    """A plain past negation ("the envoys did not meet on Friday", "he had never discussed
    sanctions with them"): the act did not happen, which is no refusal (unlike "will not
    meet" or "refused to meet")."""
    # ("did not issue a statement praising X": the praise was not said, no refusal)
    toks = [*toks, *(v for t in toks if (v := _carrier_verb(t)) is not None)]
    return any((t.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"did", "had", "has",
                                                                      "have"}
                                       for c in t.children))
               and any(c.dep_ == "neg" for c in t.children) for t in toks) or any(
        # "has yet to sign": not so far, no refusal; "no troops were sent": nobody did it
        yet_to(t) or no_one_did(t, frozenset(w.i for w in toks)) for t in toks)


# Subjects that say nobody did it ("nobody accused them", "no troops were sent").
NOBODY = {"nobody", "none", "nothing", "no-one", "noone"}


def no_one_did(verb: Token, coded: frozenset[int] = frozenset()) -> bool:
    """The verb's subject denies the act: "nobody", "none", "no one", a noun with "no"
    ("no Chilean troops are deployed there", "no country has recognised it") or "neither"
    ("neither Lima nor Quito sent envoys", "neither side signed")."""
    for s in verb.children:
        if s.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if s.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in s.children):
            return True
        if s.left_edge.lower_ == "neither":
            return True  # "neither Lima nor Quito attended", "neither side signed"
        if s.lower_ == "one" and s.i > 0 and s.doc[s.i - 1].lower_ == "no":
            return True  # "no one"
    # "made no comments", "sent no troops": nothing was (not "has no plans to": an intent)
    # (an object that is the event noun itself carries its own "no": `coded`)
    # ("met neither the envoy nor the minister": neither was met)
    return any(o.dep_ == "dobj" and lemma_of(o) not in INTENT_NOUNS and (
        (o.i not in coded and any(c.dep_ == "det" and c.lower_ == "no" for c in o.children))
        or o.left_edge.lower_ == "neither")
        for o in verb.children)


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
    node = first_conjunct(tok)
    return _purpose(node) and any(c.dep_ == "neg" for c in node.head.children)


# Nouns that carry what someone says or does in a participle hung on them ("issued a
# statement condemning", "sent a letter urging", "released a video threatening").
CARRIER_NOUNS = {"statement", "letter", "message", "communique", "communiqué", "declaration",
                 "video", "note", "post", "tweet", "resolution", "motion", "bill", "appeal",
                 "report", "delegation", "envoy", "team", "troops", "force", "forces"}


def carrier_negated(tok: Token) -> bool:
    """The act is told by a participle on the object of a verb that nobody did or that is
    negated ("no regional body released a statement condemning the raid", "Lima did not
    send a delegation to mediate"): not done."""
    verb = _carrier_verb(tok)
    return verb is not None and (no_one_did(verb) or any(c.dep_ == "neg" for c in verb.children))


def _carrier_verb(tok: Token) -> Token | None:
    """The verb whose object carries the participle ("released" of "released a statement
    condemning"), or None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or lemma_of(tok.head) not in CARRIER_NOUNS:
        return None
    obj = tok.head
    if obj.dep_ != "dobj" or obj.head.pos_ not in {"VERB", "AUX"}:
        return None
    return obj.head
