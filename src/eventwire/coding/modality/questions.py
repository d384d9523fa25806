"""Questions: a direct question asserts nothing; a quoted or indirect question, or an
inverted clause, leaves the act open (hypothetical)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import _up

# Words that open an indirect question when they lead a clause.
QUESTION_WORDS = {"when", "whether", "how", "why", "where", "what", "which", "who", "if"}
# Clause types that can hold an indirect question (not "if" conditions: those are advcl).
QUESTION_CLAUSES = {"ccomp", "xcomp", "dobj", "pcomp"}


def is_question(sent: Span) -> bool:
    """The sentence is a direct question (its last word is a question mark)."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):  # the last word, from the end
        if not doc[i].is_space:
            return doc[i].text == "?"
    return False


# Auxiliaries that open a question or a supposition when they come before the subject
# ("Did Chile recall its envoy?", "Should Lima reject the offer, ...", "Had Quito known, ...").
INVERTING_AUX = {"do", "does", "did", "will", "would", "can", "could", "shall", "should",
                 "is", "are", "was", "were", "has", "have", "had", "may", "might", "must"}


def _inverted(clause: Token) -> bool:
    """The clause opens with an auxiliary before its subject."""
    subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}
           and c.lower_ in INVERTING_AUX]
    if not (subj and aux):
        return False
    first = next((t for t in clause.subtree if not t.is_punct and not (
        t.tag_ in {"WRB", "WP", "WDT"} and t.i < clause.i)), None)
    return first is not None and aux[0].i == first.i and aux[0].i < subj[0].i


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
