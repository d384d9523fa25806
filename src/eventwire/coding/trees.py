"""Lexicon patterns compiled to dependency-tree patterns, run by spaCy's DependencyMatcher.

Matching goes through these trees: `TreeIndex.candidates(doc)` runs the trees of every
lexicon lemma the Doc holds, once per Doc (sentence by sentence: `_parts`), and hands
the coder (matching.py) what each
trigger matched, by trigger token and pattern id: the particle tokens and the object
tokens with the shape of the tree that found them. The coder ranks those candidates; a
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
for, so the trees of a lemma only run on Docs that hold it, and their trigger is a
plain string the Matcher compares in C. The DependencyMatchers of a lemma are built on
first use and kept (building all of them up front takes seconds).

What a tree cannot say stays in Python (matching.py): that a clause has a subject of
its own, that a particle is no phrase of time, which object comes first when several
fill it (a direct object before its conjunct, both before one in a phrase), how many
words of an entry matched, and the semantic filters (subject class, purpose, civil
modifiers, `unless_obj`, passives, warnings that describe a state, the preposition
that introduces the target).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from .lexicon import Lexicon, Pattern
from .syntax import (
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


class TreeIndex:
    """The lexicon's trees, two DependencyMatchers per lemma (built on first use, for each
    spaCy vocabulary the lexicon codes Docs of)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.vocab = None
        self.matchers: dict[str, tuple] = {}
        self.by_vocab: dict[int, tuple] = {}
        # a match id (the hash of its tree's name, the same in every vocabulary) ->
        # (shape, frame, node names)
        self.meaning: dict[int, tuple[str, bool, list[str]]] = {}

    def matchers_of(self, key: str) -> tuple[DependencyMatcher | None,
                                             DependencyMatcher | None, frozenset[str]]:
        """The matchers of a trigger key ("verb:<lemma>", "noun:<lemma>", or
        "frame:<lemma>" for a frame noun whose compound is the noun lemma): that of the
        trees with no object, that of the trees with one (None when there are none), and
        the words its object nodes look for."""
        got = self.matchers.get(key)
        if got is None:
            kind, lemma = key.split(":", 1)
            frame = kind == "frame"
            patterns = self.lexicon.candidates("noun" if frame else kind, lemma)
            plain = DependencyMatcher(self.vocab)
            objects = DependencyMatcher(self.vocab)
            for shape, tree in compile_trees(patterns, key, lemma, frame).items():
                name = f"{key}|{shape}"
                (plain if shape in PLAIN_SHAPES else objects).add(name, [tree])
                self.meaning[self.vocab.strings[name]] = (
                    shape, frame, [n["RIGHT_ID"] for n in tree])
            heads = frozenset().union(*(object_heads(p) for p in patterns))
            got = self.matchers[key] = (plain if len(plain) else None,
                                        objects if len(objects) else None, heads)
        return got

    def annotate_triggers(self, doc: Doc) -> dict[int, str]:
        """Set the tokens' `ew_trigger` and `ew_frame`: the lexicon key each token is a
        trigger under, by token index."""
        lex = self.lexicon
        # (a Doc annotated before, with another lexicon, has its old values reset)
        again = doc.user_data.get(_ANNOTATED, False)
        doc.user_data[_ANNOTATED] = True
        keys: dict[int, str] = {}
        for tok in doc:
            pos = trigger_pos(tok)
            key = frame = ""
            if pos:
                key = next((f"{pos}:{lm}" for lm in lemmas_of(tok)
                            if lex.candidates(pos, lm)), "")
            if not key and pos == "noun" and lemma_of(tok) in FRAME_NOUNS:
                frame = next((f"frame:{lemma_of(m)}" for m in tok.children
                              if m.dep_ == "compound" and lex.candidates("noun", lemma_of(m))),
                             "")
            if key or again:
                tok._.ew_trigger = key
            if frame or again:
                tok._.ew_frame = frame
            if key or frame:
                keys[tok.i] = key or frame
        return keys

    def annotate_names(self, doc: Doc) -> set[str]:
        """Set `ew_names` on the tokens an object or modifier node may stand on; the
        words the Doc's noun phrases name."""
        measures = self.lexicon.words("measures")
        names: dict[int, list[str]] = {}

        def names_of(tok: Token) -> list[str]:
            if tok.i not in names:
                names[tok.i] = []  # (no loop through a cyclic "of")
                out = word_forms(tok)
                for c in tok.children:
                    if c.dep_ in MOD_DEPS:
                        out += word_forms(c)
                if lemma_of(tok) in measures:
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            for g in c.children:
                                if g.dep_ == "pobj":
                                    out += names_of(g)
                names[tok.i] = out
            return names[tok.i]

        named: set[str] = set()
        for tok in doc:
            if tok.dep_ in NAMED_DEPS:
                tok._.ew_names = names_of(tok)
                named.update(tok._.ew_names)
        return named

    def candidates(self, doc: Doc) -> dict[int, dict[str, TreeHit]]:
        """Run the trees of the lemmas the Doc holds: by trigger token, by pattern id,
        what each pattern's own trees found (its particle, a modifier of its own, an
        object one of its words names); a pattern that needs what was not found for it
        has no hit."""
        if self.vocab is not doc.vocab:
            mine = self.by_vocab.get(id(doc.vocab))
            if mine is None or mine[0] is not doc.vocab:
                mine = self.by_vocab[id(doc.vocab)] = (doc.vocab, {})
            self.vocab, self.matchers = mine
        out: dict[int, dict[str, TreeHit]] = {}
        triggers = self.annotate_triggers(doc)
        for part, offset in _parts(doc, triggers):
            here = {i - offset: k for i, k in triggers.items()
                    if offset <= i < offset + len(part)}
            if part is not doc:
                for i in here:
                    part[i]._.ew_trigger = doc[i + offset]._.ew_trigger
                    part[i]._.ew_frame = doc[i + offset]._.ew_frame
            named = self.annotate_names(part)
            found: dict[int, _Found] = {}
            for key in sorted(set(here.values())):
                plain, objects, heads = self.matchers_of(key)
                # (the object trees of a lemma run only on a sentence that names an
                # object of theirs: elsewhere they find nothing)
                matchers = [m for m in (plain, objects if heads & named else None) if m]
                for match_id, ids in (hit for m in matchers for hit in m(part)):
                    self._record(found, match_id, ids)
            for i, hits in self._hits(part, found).items():
                out[i + offset] = {pid: _shifted(h, offset) for pid, h in hits.items()}
        return out

    def _record(self, found: dict[int, _Found], match_id: int, ids: list[int]) -> None:
        """Note what one tree match found, by its trigger token."""
        shape, frame, nodes = self.meaning[match_id]
        at = dict(zip(nodes, ids, strict=True))
        f = found.setdefault(at["trigger"], _Found(frame))
        if shape == "prt":
            f.prts.add(at["prt"])
        elif shape == "mod":
            f.mods.add(at["mod"])
        elif shape != "base":
            f.objs.append((shape, at))

    def _hits(self, doc: Doc, found: dict[int, _Found]) -> dict[int, dict[str, TreeHit]]:
        """What each pattern of a trigger's lemma found of its own (see candidates)."""
        out: dict[int, dict[str, TreeHit]] = {}
        for i, f in found.items():
            hits = out[i] = {}
            for p in self.lexicon.candidates(*trigger_of(doc[i])):
                hit = TreeHit(f.frame)
                if p.prt:
                    hit.prts = {j for j in f.prts if doc[j].lower_ == p.prt}
                    if not hit.prts:
                        continue
                if p.mods and not any(lemma_of(doc[j]) in p.mods or doc[j].lower_ in p.mods
                                      for j in f.mods):
                    continue
                if p.obj:
                    heads = object_heads(p)
                    hit.objs = [(shape, at) for shape, at in f.objs
                                if heads.intersection(doc[at["obj"]]._.ew_names)]
                    if not hit.objs:
                        continue
                hits[p.id] = hit
        return out


# what the trees and annotate_names read of a token, copied into a sentence's own Doc
_PART_ATTRS = [LEMMA, POS, TAG, HEAD, DEP]


def _parts(doc: Doc, triggers: dict[int, str]):
    """(Doc, offset of its first token) to run the trees on: each sentence that holds a
    trigger, as a Doc of its own. A tree never leaves its sentence, and the Matcher
    inside a DependencyMatcher tests every token of what it is given against every node,
    once per lemma: a paragraph's sentences one by one cost a fraction of the whole
    paragraph (a Doc of one sentence, or with no sentence bounds, is run as it is).
    (Not `Span.as_doc`: it reads the whole Doc's arrays again for every sentence.)"""
    if not triggers:
        return
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    if len(sents) < 2:
        yield doc, 0
        return
    array = doc.to_array(_PART_ATTRS)
    for sent in sents:
        if any(i in triggers for i in range(sent.start, sent.end)):
            part = Doc(doc.vocab, words=[t.text for t in sent],
                       spaces=[bool(t.whitespace_) for t in sent])
            part.from_array(_PART_ATTRS, array[sent.start:sent.end])
            yield part, sent.start


def _shifted(hit: TreeHit, offset: int) -> TreeHit:
    """A hit found in a sentence's own Doc, with the token indices of the whole Doc."""
    if not offset:
        return hit
    return TreeHit(hit.frame, {i + offset for i in hit.prts},
                   [(shape, {k: i + offset for k, i in at.items()}) for shape, at in hit.objs])


def trigger_of(tok: Token) -> tuple[str, str]:
    """The part of speech and lemma of the patterns a trigger the trees ran on is a
    trigger of (a frame noun: those of its compound's noun)."""
    kind, lemma = (tok._.ew_trigger or tok._.ew_frame).split(":", 1)
    return ("noun" if kind == "frame" else kind), lemma


def word_forms(tok: Token) -> list[str]:
    """The forms an object entry's head word is compared with (syntax.obj_matches)."""
    out = [lemma_of(tok), tok.lower_]
    if (joined := hyphened(tok)) is not None:
        out.append(joined)  # "sit-in", "walk-out"
    return out


def trigger_pos(tok: Token) -> str | None:
    """Whether a token may trigger a verb or a noun pattern (None: neither)."""
    if (tok.tag_ == "VBN" and tok.dep_ in {"acomp", "oprd", "amod"}) or (
            tok.tag_ in {"VBN", "VBD"} and any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in LINKING_VERBS
                for c in tok.children)):
        return None  # a participle used as an adjective: "felt threatened", "armed men"
    if (tok.pos_ in VERB_POS and tok.pos_ != "ADJ") or tok.tag_.startswith("VB"):
        return "verb"
    if tok.pos_ in NOUN_POS:
        return "noun"
    return None


def tree_index(lexicon: Lexicon) -> TreeIndex:
    """The lexicon's TreeIndex (one per Lexicon, rebuilt when a pattern is added)."""
    idx = lexicon.trees
    if idx is None:
        idx = lexicon.trees = TreeIndex(lexicon)
    return idx
