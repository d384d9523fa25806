"""Lexicon patterns compiled to dependency-tree patterns for spaCy's DependencyMatcher.

Each YAML pattern (lemma, particle, object words or class, preposition) becomes one or more
trees anchored on the trigger:

    trigger  LEMMA == lemma (or IN the pattern's verb list), POS verb/noun
      > prt    (dep prt/advmod/prep, the particle)            when `prt`
      > obj    (dep dobj/nsubjpass/attr/dative, head in obj)  when `obj`
      > prep   (dep prep/agent/dative, the preposition)       when `prep_required`
        > pobj

An object may also hang one phrase in ("went on hunger strike": trigger > prep > pobj), so
a pattern with `obj` compiles to both shapes. Multi-word object entries ("chemical
weapons") add their modifier as a child of the object.

The coder's matcher (matching.py) still walks the parse by hand for what trees do not say
(lemmatiser slips, frame nouns, measures, class modifiers, civil modifiers); `agreement`
measures how often the trees find the pattern the hand matcher picks, so the two can be
brought together step by step.
"""

from __future__ import annotations

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from .lexicon import Lexicon, Pattern

OBJ_DEPS = ["dobj", "nsubjpass", "attr", "dative"]
POS = {"verb": ["VERB", "AUX"], "noun": ["NOUN", "PROPN"]}


def _trigger(p: Pattern) -> dict:
    lemma = {"IN": list(p.lemmas)} if p.more_lemmas else p.lemma  # a verb class: any of them
    return {"RIGHT_ID": "trigger",
            "RIGHT_ATTRS": {"LEMMA": lemma, "POS": {"IN": POS[p.pos]}}}


def _object_nodes(p: Pattern, left: str) -> list[list[dict]]:
    """The object as a child of `left`, one tree per head word (with its modifiers)."""
    by_head: dict[str, set[str]] = {}
    for entry in p.obj:
        *first, last = entry.split()
        by_head.setdefault(last, set()).update(first)
    trees = []
    plain = sorted(h for h, mods in by_head.items() if not mods)
    if plain:
        trees.append([{"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": "obj",
                       "RIGHT_ATTRS": {"DEP": {"IN": OBJ_DEPS + ["pobj"]},
                                       "LOWER": {"IN": plain}}}])
        trees.append([{"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": "obj",
                       "RIGHT_ATTRS": {"DEP": {"IN": OBJ_DEPS + ["pobj"]},
                                       "LEMMA": {"IN": plain}}}])
    for head, mods in sorted(by_head.items()):
        if mods:
            trees.append([
                {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": "obj",
                 "RIGHT_ATTRS": {"DEP": {"IN": OBJ_DEPS + ["pobj"]},
                                 "LEMMA": {"IN": [head]}}},
                {"LEFT_ID": "obj", "REL_OP": ">", "RIGHT_ID": "mod",
                 "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "amod", "nmod"]},
                                 "LOWER": {"IN": sorted(mods)}}}])
    return trees


def tree_patterns(p: Pattern) -> list[list[dict]]:
    """The DependencyMatcher patterns of one lexicon pattern."""
    base = [_trigger(p)]
    if p.prt:
        base.append({"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "prt",
                     "RIGHT_ATTRS": {"DEP": {"IN": ["prt", "advmod", "prep"]},
                                     "LOWER": p.prt}})
    if p.prep and p.prep_required:
        base.append({"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "prep",
                     "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "agent", "dative"]},
                                     "LOWER": p.prep.split()[0]}})
    if not p.obj:
        return [base]
    out = [base + obj for obj in _object_nodes(p, "trigger")]
    # one phrase in: "went on hunger strike", "accused Sudan of genocide"
    hop = {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "via",
           "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "prt"]}}}
    out += [base + [hop] + obj for obj in _object_nodes(p, "via")]
    return out


def build_matcher(vocab, lexicon: Lexicon) -> DependencyMatcher:
    """One DependencyMatcher over every pattern of the lexicon, keyed by pattern id."""
    matcher = DependencyMatcher(vocab)
    for p in lexicon.patterns:
        matcher.add(p.id, tree_patterns(p))
    return matcher


def tree_matches(matcher: DependencyMatcher, doc: Doc) -> dict[int, set[str]]:
    """Pattern ids whose tree matches, by trigger token index."""
    out: dict[int, set[str]] = {}
    for match_id, token_ids in matcher(doc):
        out.setdefault(token_ids[0], set()).add(doc.vocab.strings[match_id])
    return out
