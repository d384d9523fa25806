"""Lexicon patterns compiled to dependency-tree patterns (spaCy's DependencyMatcher
format), run on their triggers by a matcher of their own (`_Tree`: the same matches).

Matching goes through these trees: `TreeIndex.candidates(doc)` runs the trees of every
lexicon lemma the Doc holds, once per Doc, walking down from each trigger within its
sentence, and hands the coder (matching.py) what each trigger matched, by trigger token
and pattern id: the particle tokens and the object tokens with the shape of the tree
that found them. The coder ranks those candidates; a
pattern whose trees find nothing does not fire.

The patterns of one lemma are compiled together (`compile_trees`; `tree_patterns` gives
one pattern's own). Every node kind is written once, below:

    trigger   the token the lexicon knows under the lemma              (TRIGGER)
              or a frame noun whose compound is that lemma             (FRAME)
                ("a mediation effort", "a peacekeeping mission")
      > prt   a particle, dep prt/advmod/prep                          (PARTICLE)
      > mod   a required modifier ("hunger" strike)                    (MODIFIER)
      > obj   the object, in one of the places an object stands        (OBJECT_SHAPES)

A lemma has at most one tree of each kind: the trigger alone (for patterns that need
nothing more), with a particle, with a modifier, and with an object in each shape. A
node looks for the words of all the lemma's patterns (a particle node for "down" and
"off"), and what a match found is given to the patterns whose own words it carries
(the particle "down" to "crack down"): the same as a tree per pattern, which would
repeat the same search for each. The object trees of a lemma run only on a Doc that
names one of their words.

The object node tests `_.ew_names`, the words a noun phrase names: its own lemma and
form (and the joined form of a hyphenated word: "sit-in"), those of its compound,
adjective and noun modifiers ("air-defence systems", "a food aid programme") and, for a
measure noun, those of what it measures ("20 tonnes of relief supplies"); of a
multi-word entry ("chemical weapons") its head word. It stands where the object of a
verb or noun may stand (OBJECT_SHAPES): a direct object (dobj, nsubjpass, attr, pobj,
dative, npadvmod, oprd, or a verbless advcl/xcomp the parser took for a clause), a
conjunct of one (two deep), the object of a preposition or particle ("went on hunger
strike"), of a two-word preposition ("pulled out of talks"), or one phrase in under a
direct object ("accused Sudan of genocide").

The lemma a token is known under (`_.ew_trigger`) is the first of its lemma and the
lemmatiser's likely slips ("staged" -> "stag", "stage") that the lexicon has patterns
for, so the trees of a lemma only run on the tokens known under it. The trees of a
lemma are compiled on first use and kept (compiling all of them up front takes seconds).

What a tree cannot say stays in Python (matching.py): that a clause has a subject of
its own, that a particle is no phrase of time, which object comes first when several
fill it (a direct object before its conjunct, both before one in a phrase), how many
words of an entry matched, and the semantic filters (subject class, purpose, civil
modifiers, `unless_obj`, passives, warnings that describe a state, the preposition
that introduces the target).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .lexicon import Lexicon, Pattern
from .syntax import (
    AMOUNTS,
    CURRENCIES,
    FRAME_NOUNS,
    LINKING_VERBS,
    NOUN_POS,
    VERB_POS,
    hyphened,
    lemma_of,
    lemmas_of,
)

# (a string attribute the Matcher compares exactly must never be None: "" is no key)
# (nor a list the Matcher tests with INTERSECTS: "" is quicker to reject than None)
for _name, _default in (("ew_trigger", ""), ("ew_frame", ""), ("ew_names", "")):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)

# where an object stands: the first group is the verb's own objects
DIRECT_DEPS = ["dobj", "nsubjpass", "attr", "pobj", "dative", "npadvmod", "oprd"]
CLAUSE_DEPS = ["advcl", "xcomp"]
# Prepositions of time or circumstance: their objects are never a pattern's object.
ADJUNCT_PREPS = ["after", "before", "during", "despite", "following", "amid", "amidst",
                 "since", "until", "till", "ahead", "throughout"]
MOD_DEPS = ["compound", "amod", "nmod"]
NOUNISH = sorted(NOUN_POS | {"PRON"})
# the tokens an object or a modifier node may stand on: only those get `_.ew_names`
NAMED_DEPS = frozenset(DIRECT_DEPS + CLAUSE_DEPS + MOD_DEPS + ["conj"])
_ANNOTATED = ("eventwire", "trees")
PLAIN_SHAPES = frozenset({"base", "prt", "mod"})


# -- node kinds -----------------------------------------------------------------------
def _node(right: str, attrs: dict, left: str | None = None) -> dict:
    if left is None:
        return {"RIGHT_ID": right, "RIGHT_ATTRS": attrs}
    return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}


def TRIGGER(key: str) -> list[dict]:
    return [_node("trigger", {"_": {"ew_trigger": key}})]


def FRAME(key: str, lemma: str) -> list[dict]:
    return [_node("trigger", {"_": {"ew_frame": key}}),
            _node("event", {"DEP": "compound", "LEMMA": lemma}, "trigger")]


def PARTICLE(prts: list[str]) -> dict:
    return _node("prt", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": {"IN": prts}},
                 "trigger")


def MODIFIER(mods: list[str]) -> dict:
    return _node("mod", {"DEP": {"IN": MOD_DEPS}, "_": {"ew_names": {"INTERSECTS": mods}}},
                 "trigger")


def OBJECT(heads: list[str], left: str, deps: list[str] | str, more: dict | None = None
           ) -> dict:
    # (one dependency is compared in C, a list by a Python predicate)
    dep = deps if isinstance(deps, str) else {"IN": deps}
    return _node("obj", {"DEP": dep, "_": {"ew_names": {"INTERSECTS": heads}},
                         **(more or {})}, left)


_DIRECT = {"DEP": {"IN": DIRECT_DEPS + CLAUSE_DEPS}}
_PREP = {"DEP": {"IN": ["prep", "prt"]}, "LOWER": {"NOT_IN": ADJUNCT_PREPS}}
_PREP_HEAD = {"DEP": {"IN": ["prt", "advmod", "prep"]}}
_CONJ = {"DEP": "conj", "POS": {"IN": NOUNISH}}


def OBJECT_SHAPES(heads: list[str]) -> dict[str, list[dict]]:
    """The object's nodes under the trigger, by shape name (matching.py ranks them)."""
    return {
        "obj": [OBJECT(heads, "trigger", DIRECT_DEPS + CLAUSE_DEPS)],
        "conj": [_node("head", _DIRECT, "trigger"),
                 OBJECT(heads, "head", "conj", {"POS": _CONJ["POS"]})],
        "conj2": [_node("head", _DIRECT, "trigger"), _node("conj", _CONJ, "head"),
                  OBJECT(heads, "conj", "conj", {"POS": _CONJ["POS"]})],
        "prep": [_node("prep", _PREP, "trigger"), OBJECT(heads, "prep", "pobj")],
        "prep2": [_node("x", _PREP_HEAD, "trigger"), _node("prep", {"DEP": "prep"}, "x"),
                  OBJECT(heads, "prep", "pobj")],
        "deep": [_node("head", _DIRECT, "trigger"), _node("prep", _PREP, "head"),
                 OBJECT(heads, "prep", "pobj")],
        "deep2": [_node("head", _DIRECT, "trigger"), _node("x", _PREP_HEAD, "head"),
                  _node("prep", {"DEP": "prep"}, "x"), OBJECT(heads, "prep", "pobj")],
    }


# -- compiling ------------------------------------------------------------------------
def object_heads(p: Pattern) -> frozenset[str]:
    """The words an object node looks for: the head word of each `obj` entry ("chemical
    weapons" is found by "weapon"; the coder counts the words of the entry that match),
    a class's words among them."""
    return frozenset(w.split()[-1] for w in p.obj)


def compile_trees(patterns: list[Pattern], key: str, lemma: str, frame: bool = False
                  ) -> dict[str, list[dict]]:
    """The DependencyMatcher trees of patterns triggered by one lemma, by name: the
    trigger alone ("base"), with a particle ("prt"), with a required modifier ("mod"),
    and with an object in each of OBJECT_SHAPES. A
    node looks for the words of all the patterns it is compiled from; what a match found
    is given to the patterns whose own words it carries (TreeIndex.candidates). With
    `frame` the trigger is a frame noun whose compound is the lemma."""
    trigger = FRAME(key, lemma) if frame else TRIGGER(key)
    out = {}
    if any(not (p.prt or p.mods or p.obj) for p in patterns):
        out["base"] = trigger
    prts = sorted({p.prt for p in patterns if p.prt})
    if prts:
        out["prt"] = trigger + [PARTICLE(prts)]
    mods = sorted({m for p in patterns for m in p.mods})
    if mods:
        out["mod"] = trigger + [MODIFIER(mods)]
    heads = sorted(frozenset().union(*(object_heads(p) for p in patterns)))
    if heads:
        out.update({shape: trigger + nodes for shape, nodes in OBJECT_SHAPES(heads).items()})
    return out


def tree_patterns(p: Pattern, lemma: str | None = None, frame: bool = False
                  ) -> dict[str, list[dict]]:
    """The trees of one pattern alone, for one of its lemmas (its first by default)."""
    lemma = lemma or p.lemma
    return compile_trees([p], f"{p.pos}:{lemma}", lemma, frame)


@dataclass
class TreeHit:
    """What one pattern's trees found on one trigger."""

    frame: bool = False
    prts: set[int] = field(default_factory=set)
    # (shape, {node name: token index}) of each object found
    objs: list[tuple[str, dict[str, int]]] = field(default_factory=list)


@dataclass
class _Found:
    """What the trees of one lemma found on one trigger, before it is given out."""

    frame: bool = False
    prts: set[int] = field(default_factory=set)
    mods: set[int] = field(default_factory=set)
    objs: list[tuple[str, dict[str, int]]] = field(default_factory=list)


# -- running the trees ----------------------------------------------------------------
# The trees are run by a matcher of their own, not spaCy's DependencyMatcher: every node
# hangs from one before it by ">" (a child), so a tree's matches on a trigger are found
# by walking down from that trigger, testing only its children and theirs. The
# DependencyMatcher finds the same matches (tests/test_tree_matcher.py) by testing every
# token of the sentence against every node of every tree, a Doc built per sentence and
# the `_.ew_` attributes set on its tokens: most of the coder's time on news. Token
# attributes are read from Doc.to_array (string ids, compared as ids).
_ARRAY_ATTRS = [HEAD, DEP, LOWER, LEMMA, POS, TAG, ORTH, SPACY]
_COLUMNS = {"DEP": 1, "LOWER": 2, "LEMMA": 3, "POS": 4}
_TAG, _ORTH, _SPACY = 5, 6, 7
_HYPHEN_ID = get_string_id("-")
# a node's test (checks, names) -> its number, so the children that pass it are
# looked up once per token however many trees share it
_TESTS: dict[tuple, int] = {}
_NAMED_IDS = frozenset(get_string_id(d) for d in NAMED_DEPS)
_MOD_IDS = frozenset(get_string_id(d) for d in MOD_DEPS)
_PREP_ID = get_string_id("prep")
_POBJ_ID = get_string_id("pobj")
_NUMMOD_ID = get_string_id("nummod")


def _value_id(attr: str, value: str) -> int:
    return POS_IDS[value] if attr == "POS" else get_string_id(value)


def _node_test(attrs: dict) -> tuple[tuple, frozenset[str] | None]:
    """A node's RIGHT_ATTRS as the Matcher evaluates them: (column, ids, must be absent)
    for each attribute test, and the words `_.ew_names` must share (None: no such test).
    Anything else is refused, so a tree the matcher cannot run is not run wrongly."""
    checks = []
    names = None
    for attr, wanted in attrs.items():
        if attr == "_":
            if set(wanted) != {"ew_names"} or set(wanted["ew_names"]) != {"INTERSECTS"}:
                raise ValueError(f"tree node tests an extension it cannot: {wanted}")
            names = frozenset(wanted["ew_names"]["INTERSECTS"])
            continue
        if attr not in _COLUMNS:
            raise ValueError(f"tree node tests an attribute it cannot: {attr}")
        col = _COLUMNS[attr]
        if not isinstance(wanted, dict):
            checks.append((col, frozenset([_value_id(attr, wanted)]), False))
            continue
        for op, values in wanted.items():
            if op not in ("IN", "NOT_IN"):
                raise ValueError(f"tree node uses an operator it cannot: {op}")
            checks.append((col, frozenset(_value_id(attr, v) for v in values), op == "NOT_IN"))
    return tuple(checks), names


@dataclass(frozen=True)
class _Tree:
    """One compiled tree: its name's shape, whether its trigger is a frame noun, its node
    names in order (the trigger first), and for each node after the trigger the index
    of the node it hangs from, the number of its test and the test (_node_test)."""

    shape: str
    frame: bool
    names: tuple[str, ...]
    nodes: tuple[tuple[int, int, tuple, frozenset[str] | None], ...]

    @classmethod
    def compile(cls, shape: str, frame: bool, tree: list[dict]) -> _Tree:
        first, *rest = tree
        if "LEFT_ID" in first or set(first["RIGHT_ATTRS"]) != {"_"}:
            raise ValueError(f"a tree starts at its trigger: {first}")
        names = [first["RIGHT_ID"]]
        nodes = []
        for node in rest:
            if node.get("REL_OP") != ">" or node["LEFT_ID"] not in names:
                raise ValueError(f"tree node not under an earlier node by '>': {node}")
            test = _node_test(node["RIGHT_ATTRS"])
            number = _TESTS.setdefault(test, len(_TESTS))
            nodes.append((names.index(node["LEFT_ID"]), number, *test))
            names.append(node["RIGHT_ID"])
        return cls(shape, frame, tuple(names), tuple(nodes))

    def matches(self, view: _DocView, trigger: int) -> list[dict[str, int]]:
        """Every match of the tree on the trigger: {node name: token index}."""
        if not self.nodes:
            return [{self.names[0]: trigger}]
        left, number, checks, names = self.nodes[0]
        if not view.passing(trigger, number, checks, names):
            return []
        out: list[dict[str, int]] = []
        bound = [trigger]
        nodes = self.nodes
        last = len(nodes)

        def walk(k: int) -> None:
            left, number, checks, names = nodes[k]
            for j in view.passing(bound[left], number, checks, names):
                if k + 1 == last:
                    out.append(dict(zip(self.names, [*bound, j], strict=True)))
                    continue
                bound.append(j)
                walk(k + 1)
                bound.pop()

        walk(0)
        return out


class _DocView:
    """What the trees read of a Doc: its token attributes by column, each token's
    children, the sentence each token is in, and the words a noun phrase names."""

    def __init__(self, doc: Doc, measures: frozenset[str]) -> None:
        self.doc = doc
        self.measures = measures
        array = doc.to_array(_ARRAY_ATTRS)
        n = len(doc)
        self.columns = [None] + [array[:, c].tolist() for c in range(1, len(_ARRAY_ATTRS))]
        # the tokens by head (in text order under each head): token i's children are
        # those of _by_head[_first[i]:_first[i + 1]] other than i itself
        heads = array[:, 0].astype("int64") + numpy.arange(n)
        order = numpy.argsort(heads, kind="stable")
        self._by_head = order.tolist()
        self._first = numpy.searchsorted(heads[order], numpy.arange(n + 1)).tolist()
        self._children: dict[int, list[int]] = {}
        # (a tree never leaves its sentence: a hyphened word's first part in the sentence
        # before is not read, as when the trees ran on each sentence as a Doc of its own)
        self.starts = ([s.start for s in doc.sents]
                       if n and doc.has_annotation("SENT_START") else [0])
        self._names: dict[int, list[str]] = {}
        self._passing: dict[tuple[int, int], list[int]] = {}

    def children(self, i: int) -> list[int]:
        """Token i's children, in text order (Token.children)."""
        got = self._children.get(i)
        if got is None:
            got = self._children[i] = [
                j for j in self._by_head[self._first[i]:self._first[i + 1]] if j != i]
        return got

    def passing(self, i: int, number: int, checks: tuple, names: frozenset[str] | None
                ) -> list[int]:
        """The children of token i that pass a node's test (number `number`)."""
        got = self._passing.get((i, number))
        if got is None:
            got = self._passing[(i, number)] = [
                j for j in self.children(i) if self.passes(j, checks, names)]
        return got

    def passes(self, j: int, checks: tuple, names: frozenset[str] | None) -> bool:
        columns = self.columns
        for col, ids, absent in checks:
            if (columns[col][j] in ids) is absent:
                return False
        return names is None or not names.isdisjoint(self.names(j))

    def hyphened_at(self, i: int) -> bool:
        """Token i ends a word the tokenizer split at a hyphen (syntax.hyphened)."""
        orth, space = self.columns[_ORTH], self.columns[_SPACY]
        return i >= 2 and orth[i - 1] == _HYPHEN_ID and not space[i - 2] and not space[i - 1]

    def start_of(self, i: int) -> int:
        return self.starts[bisect_right(self.starts, i) - 1]

    def names(self, i: int) -> list[str]:
        """The words a token names as an object or modifier (`_.ew_names` in the trees):
        its own forms, its modifiers', and for a measure noun what it measures ("20
        tonnes of relief supplies"); none for a token no object or modifier node may
        stand on (NAMED_DEPS)."""
        if self.columns[1][i] not in _NAMED_IDS:
            return []
        return self._names_of(i)

    def _names_of(self, i: int) -> list[str]:
        got = self._names.get(i)
        if got is not None:
            return got
        self._names[i] = []  # (no loop through a cyclic "of")
        doc, deps = self.doc, self.columns[1]
        start = self.start_of(i)
        tok = doc[i]
        out = word_forms(tok, start)
        for c in self.children(i):
            # (and a sum's amount: "10 million euros" names "million")
            if deps[c] in _MOD_IDS or (deps[c] == _NUMMOD_ID and doc[c].lower_ in AMOUNTS
                                       and tok.lower_ in CURRENCIES):
                out += word_forms(doc[c], start)
        if lemma_of(tok) in self.measures:
            for c in self.children(i):
                if deps[c] == _PREP_ID and doc[c].lower_ == "of":
                    for g in self.children(c):
                        if deps[g] == _POBJ_ID:
                            out += self._names_of(g)
        self._names[i] = out
        return out


class TreeIndex:
    """The lexicon's trees, compiled per trigger key on first use (compiling all of them
    up front takes seconds)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.trees: dict[str, tuple[tuple[_Tree, ...], tuple[_Tree, ...],
                                    frozenset[str]]] = {}
        # annotate_triggers: (tag, POS, dep ids) -> _trigger_kind; (kind, lemma, form,
        # tag ids) -> the key of a token that ends no hyphened word ("" for none)
        self._kinds: dict[tuple[int, int, int], tuple[str, bool]] = {}
        self._known: dict[tuple[str, int, int, int], str] = {}
        self._frame_nouns: dict[int, bool] = {}  # lemma id -> a frame noun's lemma
        self._heads: dict[int, tuple[Pattern, frozenset[str]]] = {}  # object_heads by pattern

    def trees_of(self, key: str) -> tuple[tuple[_Tree, ...], tuple[_Tree, ...],
                                         frozenset[str]]:
        """The trees of a trigger key ("verb:<lemma>", "noun:<lemma>", or
        "frame:<lemma>" for a frame noun whose compound is the noun lemma): those with
        no object, those with one, and the words its object nodes look for."""
        got = self.trees.get(key)
        if got is None:
            kind, lemma = key.split(":", 1)
            frame = kind == "frame"
            patterns = self.lexicon.candidates("noun" if frame else kind, lemma)
            compiled = [_Tree.compile(shape, frame, tree)
                        for shape, tree in compile_trees(patterns, key, lemma, frame).items()]
            heads = frozenset().union(*(object_heads(p) for p in patterns))
            got = self.trees[key] = (
                tuple(t for t in compiled if t.shape in PLAIN_SHAPES),
                tuple(t for t in compiled if t.shape not in PLAIN_SHAPES), heads)
        return got

    def annotate_triggers(self, doc: Doc, view: _DocView | None = None) -> dict[int, str]:
        """Set the tokens' `ew_trigger` and `ew_frame`: the lexicon key each token is a
        trigger under, by token index. (What decides it is a function of a few token
        attributes, looked up by their ids once per distinct combination: trigger_pos
        of tag, POS and dependency, then the key of the lemma, form and tag, unless the
        token is a participle with a linking auxiliary, ends a hyphened word or is a
        frame noun, which read its neighbours.)"""
        lex = self.lexicon
        # (a Doc annotated before, with another lexicon, has its old values reset)
        again = doc.user_data.get(_ANNOTATED, False)
        doc.user_data[_ANNOTATED] = True
        if again:
            for tok in doc:
                tok._.ew_trigger = tok._.ew_frame = ""
        if view is None:
            view = _DocView(doc, lex.words("measures"))
        columns = view.columns
        deps, lowers, lemmas = columns[1], columns[2], columns[3]
        tags, poses = columns[_TAG], columns[4]
        kinds, known, frames = self._kinds, self._known, self._frame_nouns
        keys: dict[int, str] = {}
        for i in range(len(deps)):
            tag = tags[i]
            kind = kinds.get((tag, poses[i], deps[i]))
            if kind is None:
                kind = kinds[(tag, poses[i], deps[i])] = _trigger_kind(doc[i])
            pos, participle = kind
            if not pos or (participle and any(
                    deps[c] in _AUX_IDS and lowers[c] in _LINKING_IDS for c in view.children(i))):
                continue
            if view.hyphened_at(i):
                tok = doc[i]
                key = next((f"{pos}:{lm}" for lm in lemmas_of(tok)
                            if lex.candidates(pos, lm)), "")
            else:
                key = known.get((pos, lemmas[i], lowers[i], tag))
                if key is None:
                    tok = doc[i]
                    key = known[(pos, lemmas[i], lowers[i], tag)] = next(
                        (f"{pos}:{lm}" for lm in lemmas_of(tok) if lex.candidates(pos, lm)), "")
            if key:
                doc[i]._.ew_trigger = keys[i] = key
                continue
            if pos == "noun":
                frame_noun = frames.get(lemmas[i])
                if frame_noun is None:
                    frame_noun = frames[lemmas[i]] = lemma_of(doc[i]) in FRAME_NOUNS
                if frame_noun:
                    tok = doc[i]
                    frame = next((f"frame:{lemma_of(m)}" for m in tok.children
                                  if m.dep_ == "compound"
                                  and lex.candidates("noun", lemma_of(m))), "")
                    if frame:
                        tok._.ew_frame = keys[i] = frame
        return keys

    def candidates(self, doc: Doc) -> dict[int, dict[str, TreeHit]]:
        """Run the trees of the lemmas the Doc holds on their triggers: by trigger token,
        by pattern id, what each pattern's own trees found (its particle, a modifier of
        its own, an object one of its words names); a pattern that needs what was not
        found for it has no hit."""
        view = _DocView(doc, self.lexicon.words("measures"))
        triggers = self.annotate_triggers(doc, view)
        if not triggers:
            return {}
        found: dict[int, _Found] = {}
        for i, key in triggers.items():
            plain, objects, _heads = self.trees_of(key)
            for tree in plain + objects:
                for at in tree.matches(view, i):
                    f = found.get(i)
                    if f is None:
                        f = found[i] = _Found(tree.frame)
                    if tree.shape == "prt":
                        f.prts.add(at["prt"])
                    elif tree.shape == "mod":
                        f.mods.add(at["mod"])
                    elif tree.shape != "base":
                        f.objs.append((tree.shape, at))
        return self._hits(view, triggers, found)

    def _hits(self, view: _DocView, triggers: dict[int, str], found: dict[int, _Found]
              ) -> dict[int, dict[str, TreeHit]]:
        """What each pattern of a trigger's lemma found of its own (see candidates)."""
        doc = view.doc
        out: dict[int, dict[str, TreeHit]] = {}
        for i, f in found.items():
            hits = out[i] = {}
            kind, lemma = triggers[i].split(":", 1)
            for p in self.lexicon.candidates("noun" if kind == "frame" else kind, lemma):
                hit = TreeHit(f.frame)
                if p.prt:
                    hit.prts = {j for j in f.prts if doc[j].lower_ == p.prt}
                    if not hit.prts:
                        continue
                if p.mods and not any(lemma_of(doc[j]) in p.mods or doc[j].lower_ in p.mods
                                      for j in f.mods):
                    continue
                if p.obj:
                    heads = self._heads.get(id(p))
                    if heads is None or heads[0] is not p:
                        heads = self._heads[id(p)] = (p, object_heads(p))
                    heads = heads[1]
                    hit.objs = [(shape, at) for shape, at in f.objs
                                if not heads.isdisjoint(view.names(at["obj"]))]
                    if not hit.objs:
                        continue
                hits[p.id] = hit
        return out


def trigger_of(tok: Token) -> tuple[str, str]:
    """The part of speech and lemma of the patterns a trigger the trees ran on is a
    trigger of (a frame noun: those of its compound's noun)."""
    kind, lemma = (tok._.ew_trigger or tok._.ew_frame).split(":", 1)
    return ("noun" if kind == "frame" else kind), lemma


def word_forms(tok: Token, start: int = 0) -> list[str]:
    """The forms an object entry's head word is compared with (syntax.obj_matches); the
    joined form of a hyphened word only if it starts at or after token `start`."""
    out = [lemma_of(tok), tok.lower_]
    if tok.i - 2 >= start and (joined := hyphened(tok)) is not None:
        out.append(joined)  # "sit-in", "walk-out"
    return out


def trigger_pos(tok: Token) -> str | None:
    """Whether a token may trigger a verb or a noun pattern (None: neither)."""
    pos, participle = _trigger_kind(tok)
    if participle and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in LINKING_VERBS
                          for c in tok.children):
        return None  # "felt threatened", "seemed isolated"
    return pos or None


def _trigger_kind(tok: Token) -> tuple[str, bool]:
    """What trigger_pos reads of the token itself: "verb", "noun" or "" (neither: a
    participle used as an adjective, "armed men"), and whether it is a participle or
    past form that a linking auxiliary makes an adjective ("felt threatened")."""
    if tok.tag_ == "VBN" and tok.dep_ in {"acomp", "oprd", "amod"}:
        return "", False
    participle = tok.tag_ in {"VBN", "VBD"}
    if (tok.pos_ in VERB_POS and tok.pos_ != "ADJ") or tok.tag_.startswith("VB"):
        return "verb", participle
    if tok.pos_ in NOUN_POS:
        return "noun", participle
    return "", False


_AUX_IDS = frozenset(get_string_id(d) for d in ("aux", "auxpass"))
_LINKING_IDS = frozenset(get_string_id(w) for w in LINKING_VERBS)


def tree_index(lexicon: Lexicon) -> TreeIndex:
    """The lexicon's TreeIndex (one per Lexicon, rebuilt when a pattern is added)."""
    idx = lexicon.trees
    if idx is None:
        idx = lexicon.trees = TreeIndex(lexicon)
    return idx
