"""Modality and news value of a clause: whether what a clause tells happened now, is only
asked or wondered about, is background to the news, or is worth no event at all.

Each check is a pure function over spaCy tokens, named after what it recognises:

- `is_question`: a direct question ("Will Peru sign the accord?") asserts nothing;
- `open_question`: an indirect question ("did not say when the talks would resume",
  "asked whether Chile would attend") leaves the act open: hypothetical;
- `background_clause`: an act told in a "since" clause ("since the army seized power")
  happened before the news: background;
- `says_nothing`: withholding details ("gave no further details", "did not comment") is
  no refusal and no event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

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
    """An infinitive that describes a noun by rank ("the first G7 leader to travel to
    China", "the only minister to attend"): it says who someone is, not a new act."""
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
