"""Shared reading of a clause for the modality checks: its tense (past, present, future),
the clause a token belongs to, purpose clauses, and the word lists several checks share."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import FUTURE_AUX


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


# Auxiliaries of a perfect ("has seized", "had been jailed", "they've fought").
PERFECT_AUX = {"has", "have", "had", "'ve"}


def _perfect(verb: Token, deps: frozenset[str] | set[str] = frozenset({"aux"})) -> bool:
    """The verb is told in the perfect: an auxiliary of `deps` is a form of "have"."""
    return any(c.dep_ in deps and c.lower_ in PERFECT_AUX for c in verb.children)


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
        a.tag_ == "VBD" or a.lower_ in PERFECT_AUX | {"'d"} for a in auxes)


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


# Verbs of looking ahead to what someone will do ("anticipating Xi addressing the forum").
ANTICIPATE_VERBS = {"anticipate", "await", "foresee", "envisage", "envision", "hope", "pray"}


REL_WORDS = {"which", "who", "that"}
