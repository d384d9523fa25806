"""Modality and news value of a clause: whether what a clause tells happened now, is only
asked or wondered about, is background to the news, or is worth no event at all.

Each check is a pure function over spaCy tokens, named after what it recognises:

- `is_question`: a direct question ("Will Peru sign the accord?") asserts nothing;
- `open_question`: an indirect question ("would not tell whether the envoys would meet again",
  "asked whether Chile would attend") leaves the act open: hypothetical;
- `background_clause`: an act told in a "since" clause ("since the army seized power")
  happened before the news: background;
- `says_nothing`: withholding details ("gave no further details", "did not comment") is
  no refusal and no event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import ControlRule
from .syntax import (
    CONDITIONAL_MARKS,
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEG_WORDS,
    SPEECH_LEMMAS,
    children_by_dep,
    intention_noun,
    is_content_clause,
    is_reported,
    lemma_of,
    obliged,
)

# Words that open an indirect question when they lead a clause.
QUESTION_WORDS = {"when", "whether", "how", "why", "where", "what", "which", "who", "if"}
# Clause types that can hold an indirect question (not "if" conditions: those are advcl).
QUESTION_CLAUSES = {"ccomp", "xcomp", "dobj", "pcomp"}
# Markers of a clause that tells what came before the news.
BACKGROUND_MARKS = {"since"}


def is_question(sent: Span) -> bool:
    """The sentence is a direct question (its last word is a question mark)."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


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


def possible_above(tok: Token, speech: set[str]) -> bool:
    """A verb above the token's clause (through complements, not through speech verbs)
    carries a modal of possibility: "the missiles could allow Iran to threaten Israel"."""
    node = tok
    while node.dep_ in {"xcomp", "ccomp"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in speech:
            return False
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in node.children):
            return True
    return False


def background_clause(tok: Token) -> bool:
    """The token's clause is a "since" clause hanging on another clause: what it tells
    happened before the news ("... since Russia annexed the peninsula")."""
    for node in [tok, *tok.ancestors]:
        if node.dep_ in {"advcl", "prep"} and node.pos_ in {"VERB", "AUX", "ADP"}:
            if node.lower_ in BACKGROUND_MARKS and node.dep_ == "prep":
                return True  # "since the invasion" (a preposition before an event noun)
            if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
                return True
            return False
        if node.dep_ in {"ROOT", "ccomp", "xcomp", "relcl"}:
            return False
    return False


# Ordinal and exclusive words that make "the first leader to visit" a description.
RANKING_WORDS = {"first", "last", "only", "second", "third", "latest", "fourth", "fifth"}


def characterises(tok: Token) -> bool:
    """An infinitive that describes a noun by rank ("the first Andean president to tour
    Portugal", "the only minister to attend"): it says who someone is, not a new act."""
    if tok.dep_ not in {"acl", "relcl"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return any(c.lower_ in RANKING_WORDS for c in tok.head.children
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


class ModalityMixin:
    """Control chains, polarity and modality of the Coder."""

    # -- chains -----------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[tuple[Token, ControlRule | None]]:
        """Control verbs above a trigger: "threatened to topple" -> [(threatened, rule)]."""
        chain = []
        cur = tok
        while cur.dep_ in {"xcomp", "ccomp"} and cur.head.i != cur.i:
            head = cur.head
            rule = self.lexicon.control.get(lemma_of(head))
            if cur.dep_ == "ccomp" and (rule is None or rule.effect not in {"threat", "negate"}):
                break  # ("denied that it had allowed ...": the denial negates the clause)
            chain.append((head, rule))
            cur = head
        return chain

    def _modality(self, toks: list[Token]) -> tuple[str, str]:
        polarity, modality = "asserted", "actual"
        for t in toks:
            for c in t.children:
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
        return polarity, modality

    @staticmethod
    def _clause_modality(top: Token, modality: str) -> str:
        """An act asked about ("did not say when talks would resume") or only made possible
        ("could allow Iran to strike") is hypothetical; one told in a "since" clause is
        background (both left out of default queries)."""
        if open_question(top) or possible_above(top, SPEECH_LEMMAS):
            return "hypothetical"
        if background_clause(top) and modality in {"actual", "future"}:
            return "background"
        return modality

    def _demanded(self, tok: Token) -> bool:
        """The clause is what someone demands or asks ("demanded that X withdraw", "its
        demand that Israel ease restrictions"): the demand is the event, not the act."""
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
