"""Matching: which lexicon pattern a token triggers, and the Reading a matched trigger is
coded through.

The lexicon's DependencyMatcher trees (trees.py) find, once per Doc, each trigger's
candidate patterns with the particle and the objects their trees found. Here they are
ranked and checked: the first object by place (a direct object, its conjunct, one in a
phrase of the trigger, one in a phrase of the object) that a word or word class of the
pattern names, how many words of the entry match, and the filters trees do not say
(subject class, purpose, civil modifiers, `unless_obj`, passives, the preposition of
the target, warnings that describe a state).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .conventions import FORCE_ROOTS
from .lexicon import Pattern
from .syntax import (
    PASS_SUBJ,
    QUANTITY_HEADS,
    SUBJ,
    appeal_complements,
    charges_read_as_speakers,
    children_by_dep,
    conjuncts,
    gerunds_read_as_modifiers,
    lemma_of,
    named_objects_mended,
    obj_matches,
    ordered_patients_mended,
    particles_read_as_amounts,
    pobjs,
    time_limit_clauses,
    verbs_read_as_modifiers,
)
from .trees import CLAUSE_DEPS, TreeHit, tree_index, trigger_of


def _is_clause(tok: Token) -> bool:
    """A verbless advcl/xcomp is a noun the parser took for a clause ("took four drivers
    and a nurse hostage"); one with a subject, aux, object, mark or negation of its own is
    a clause."""
    return any(g.dep_ in SUBJ | {"aux", "dobj", "mark", "neg", "auxpass"} for g in tok.children)


@dataclass
class Match:
    token: Token
    pattern: Pattern
    extra: list[int] = field(default_factory=list)  # particle / object tokens


@dataclass
class Reading:
    """What the coder has read of one verb trigger so far: its control chain, code, source
    and target tokens, and flags; filled step by step by the Coder."""

    match: Match
    chain: list
    code: str = ""
    modality_override: str | None = None
    polarity_flip: bool = False
    rule_ids: list[str] = field(default_factory=list)
    object_controller: Token | None = None
    src_toks: list[Token] = field(default_factory=list)
    tgt_toks: list[Token] = field(default_factory=list)
    inherited: bool = False
    passive_subj: list[Token] = field(default_factory=list)
    means_toks: list[Token] = field(default_factory=list)
    means_subject: bool = False
    mutual: bool = False  # both sides act on each other ("killed in a clash with X")
    polarity: str = "asserted"
    modality: str = "actual"

    @property
    def tok(self) -> Token:
        return self.match.token

    @property
    def pattern(self) -> Pattern:
        return self.match.pattern

    @property
    def top(self) -> Token:
        return self.chain[-1][0] if self.chain else self.match.token


def _counted(subjects: list[Token]) -> list[Token]:
    """Subjects, and what a counted one counts ("thousands of protesters", "a group of
    activists"): the class of a subject is that of the people it counts."""
    return subjects + [g for s in subjects if s.lower_ in QUANTITY_HEADS
                       for g in pobjs([s], {"of"})]


def _subjects(tok: Token) -> list[Token]:
    """The trigger's subject, or that of the verbs it is the complement or conjunct of
    ("nurses threatened to walk out"), with its coordinated nouns."""
    for t in [tok, *tok.ancestors]:
        subj = children_by_dep(t, SUBJ)
        # a passive's subject is its "by" agent ("the offices were searched by police")
        subj = subj or [g for c in t.children if c.dep_ == "agent" for g in c.children
                        if g.dep_ == "pobj"]
        if subj:
            return conjuncts(subj[0])
        # ("opened fire on the crowd, killing two": a participle's subject is its clause's;
        # so is that of a "to" infinitive hung as an adverbial: "threatened on Monday to
        # walk out", "marched on Friday to demand ...")
        if t.dep_ not in {"xcomp", "conj"} and not (t.dep_ == "advcl" and (
                t.tag_ == "VBG" or _bare_infinitive(t))):
            break
    return []


def _bare_infinitive(tok: Token) -> bool:
    """A "to" infinitive with no subject or conjunction of its own: its subject is that of
    the verb it hangs from."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "csubj", "expl"} for c in tok.children)


def _names_someone(tok: Token) -> bool:
    """A noun that is, or is modified by, a name or nationality ("Russian diplomats",
    "Kenya's aid"): its event's sides come from it, so a coordinated object's event could
    not borrow them."""
    return bool(tok.ent_type_) or tok.pos_ == "PROPN" or any(
        c.ent_type_ or c.pos_ == "PROPN" for c in tok.children
        if c.dep_ in {"compound", "amod", "nmod", "poss"})


# Predicates that describe a state, not an act: "warned that Chad is on the verge of
# famine", "cautioned that the dam remains unsafe".
STATE_LEMMAS = frozenset({"be", "remain", "become", "seem", "appear", "exist", "look", "stay"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _describes_state(tok: Token) -> bool:
    """A warning whose content clause tells a state or a danger, not an act the warner
    announces: its predicate is copular or existential ("warned that Chad is on the verge
    of famine"), or its subject is no actor and nothing is announced for the future
    ("cautioned that hunger spreads in the camps"). CAMEO 13 is a threat of the warner's
    own act or of a consequence it brings about ("warned it would retaliate", "warned that
    there will be consequences"), and so does a warning put to an addressee ("warned the
    strikers that this was their last chance"): it tells them what they face."""
    if children_by_dep(tok, {"dobj"}):
        return False
    for comp in children_by_dep(tok, {"ccomp"}):
        subj = children_by_dep(comp, SUBJ | {"expl"})
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in comp.children)
        pronoun = any(s.pos_ == "PRON" or s.dep_ == "expl" for s in subj)
        if lemma_of(comp) in STATE_LEMMAS and comp.dep_ == "ccomp" and not any(
                c.dep_ == "auxpass" for c in comp.children) and not (future and pronoun):
            return True
        actor = any(s.ent_type_ or s.pos_ == "PROPN" or s.pos_ == "PRON" for s in subj)
        if subj and not actor and not future:
            return True
    return False


def _stray_object(prep: Token) -> Token | None:
    """The object of a preposition left empty by the parser, which took the noun after it
    for the subject of a participle that describes it ("granted asylum to five officers
    holed up in the embassy": "officers" hung as the subject of "holed")."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if nxt is None:
        return None
    noun = nxt if nxt.pos_ in {"NOUN", "PROPN"} else None
    while noun is None and nxt.head.i > nxt.i and nxt.dep_ in {"det", "nummod", "amod",
                                                             "compound", "quantmod"}:
        nxt = nxt.head
        noun = nxt if nxt.pos_ in {"NOUN", "PROPN"} else None
    if noun is None and nxt.pos_ in {"NOUN", "PROPN"}:
        noun = nxt
    if noun is None or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = noun.head
    if (verb.tag_ in {"VBN", "VBG", "VBD"} and verb.i > noun.i and verb.head.i == prep.head.i
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)):
        return noun
    return None


# Verbs that name their object as something when they have an object predicate.
NAMING_VERBS = {"call", "brand", "label", "term", "dub"}


class MatchingMixin:
    """Trigger matching of the Coder."""

    # -- triggers ----------------------------------------------------------------
    def _tree_hits(self, doc: Doc) -> dict[int, dict[str, TreeHit]]:
        """What the lexicon's trees found in the Doc (trees.TreeIndex.candidates), run
        once per Doc: the coder codes a paragraph sentence by sentence."""
        index = tree_index(self.lexicon)
        last = getattr(self, "_hits_of", None)
        if last is None or last[0] is not doc or last[1] is not index:
            # first mend verbs the parser read as modifiers of their objects, and
            # accusations it read as the content of their denial
            charges_read_as_speakers(doc)
            time_limit_clauses(doc)
            appeal_complements(doc, self.lexicon.control)
            verbs_read_as_modifiers(doc, lambda t: bool(self.lexicon.candidates(
                "verb", lemma_of(t))), self.lexicon.words("intransitive_acts"))
            named_objects_mended(doc)  # "launched what it called a retaliatory strike"
            particles_read_as_amounts(doc, lambda v, w: any(  # "handed over $5 million"
                p.prt == w for p in self.lexicon.candidates("verb", lemma_of(v))))
            gerunds_read_as_modifiers(  # "proposed suspending parts of the deal"
                doc, lambda v: self.lexicon.control.get(lemma_of(v)) is not None,
                lambda t: bool(self.lexicon.candidates("verb", lemma_of(t))))
            ordered_patients_mended(doc)  # "ordered the reporter to be held in custody"
            last = self._hits_of = (doc, index, index.candidates(doc))
        return last[2]

    def _match_token(self, tok: Token) -> Match | None:
        """The best pattern whose trees found this token as their trigger (with its
        particle and object), after the checks trees do not make."""
        hits = self._tree_hits(tok.doc).get(tok.i)
        if not hits:
            return None
        if lemma_of(tok) == "demonstrate" and children_by_dep(tok, {"ccomp", "dobj"}):
            return None  # "researchers demonstrated that ...": showed, not protested
        if lemma_of(tok) in NAMING_VERBS and any(
                lemma_of(c) in self.lexicon.appraisal for c in children_by_dep(tok, {"oprd"})):
            # "called the sanctions illegal", "branded the raid a crime": a description of
            # its object by a word of praise or blame, no appeal (the appraisal is read by
            # coder._appraisals)
            return None
        pos, lemma = trigger_of(tok)
        best: Match | None = None
        best_score = -99
        modifiers = {w for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                     for w in (lemma_of(c), c.lower_)}
        for p in self.lexicon.candidates(pos, lemma):
            hit = hits.get(p.id)
            if hit is None:
                continue  # its trees found no particle, modifier or object it needs
            extra: list[int] = []
            if (pos == "noun" and p.code[:2] in FORCE_ROOTS
                    and modifiers & self.lexicon.civil_modifiers):
                continue  # "winter weather alerts", "a rescue operation"
            if p.prt:
                # (not a preposition of time: "called his counterpart on Tuesday")
                prts = sorted(i for i in hit.prts if not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in tok.doc[i].children))
                if not prts:
                    continue
                extra.append(prts[0])
            words, penalty = 0, 0.0
            if p.obj:
                found = self._object_of(tok, p, hit)
                if found is None:
                    continue
                obj, words, penalty = found
                extra.append(obj.i)
            if p.passive_only and not children_by_dep(tok, PASS_SUBJ):
                continue
            if p.finite and tok.tag_ == "VBG" and tok.dep_ in {"advcl", "acl", "conj"}:
                continue  # "expelled the envoy, giving him 48 hours to leave"
            if p.with_prep and not any(
                    c.dep_ == "prep" and c.lower_ in p.with_prep
                    for h in [tok, *children_by_dep(tok, {"dobj"})] for c in h.children):
                continue  # "drove the rebels out of the town", not "drove tanks into it"
            if p.subj and not any(obj_matches(s, p.subj) or any(
                    lemma_of(m) in p.subj for m in s.children
                    if m.dep_ in {"compound", "amod"}) for s in _counted(_subjects(tok))):
                continue  # "unions threatened to strike" (workers), not "jets struck"
            if (p.code[:2] == "13" and not p.obj and pos == "verb"
                    and _describes_state(tok)):
                continue  # "warned that Chad is on the verge of famine": no threat
            if p.unless_obj and any(obj_matches(c, p.unless_obj) for c in [
                    *children_by_dep(tok, {"dobj"}),
                    *pobjs([tok], {p.prep or "with", "with"})]):
                # "received weapons from": no meeting; "met with resistance": a reception
                continue
            if p.purpose and not self._states_purpose(tok, p.purpose):
                continue  # "sent troops to the border": no mission, no help
            if p.prep and not self._prep_objects(tok, p.prep, extra):
                if p.prep_required:
                    continue
                score = p.specificity - 2  # below a pattern that needs no preposition
            else:
                score = p.specificity
            # "dropped an atomic bomb" prefers the two-word object entry over "bomb";
            # a direct object beats its conjunct, and both beat one found deeper in the
            # phrase (the conjunct may code an event of its own: _conjunct_matches)
            score += 0.1 * max(0, words - 1) - penalty
            if score > best_score:
                best, best_score = Match(tok, p, extra), score
        return best

    def _object_of(self, tok: Token, p: Pattern, hit: TreeHit
                   ) -> tuple[Token, int, float] | None:
        """Of the objects a pattern's trees found (`hit`), the one that fills its `obj`:
        the object token, the words of the entry matched, and a score penalty (0.02 for
        a conjunct of the direct object, 0.05 one phrase deeper); None when none fits (or
        one the civil modifiers make no use of force). The first by rank (_object_rank)
        among those a word of an entry or class names (_obj_score) is taken."""
        doc = tok.doc
        best = None
        for shape, at in hit.objs:
            rank = self._object_rank(doc, shape, at)
            if rank is None or (best is not None and rank >= best[0]):
                continue
            obj = doc[at["obj"]]
            if (rank[0] > 0 and not obj_matches(obj, p.obj)
                    and self.lexicon.candidates("noun", lemma_of(obj))):
                # "seized two tonnes of cocaine in a port raid": in a phrase, an event
                # noun whose modifier alone names the kind is that event, not the object
                continue
            if n := self._obj_score(obj, p):
                best = (rank, doc[at["obj"]], n)
        if best is None:
            return None
        rank, obj, words = best
        if p.code[:2] in FORCE_ROOTS - {"16"} and any(
                lemma_of(c) in self.lexicon.civil_modifiers
                for h in [obj, *children_by_dep(tok, SUBJ)] for c in h.children
                if c.dep_ in {"compound", "amod", "nmod"}):
            return None  # "launched rescue operations", "rescue teams launched ..."
        penalty = 0.05 if rank[0] == 2 else (0.02 if rank[:2] == (0, 1) else 0.0)
        if not obj_matches(obj, p.obj) and self._compound_score(obj, p):
            penalty += 0.03  # the compound, not the head, names the kind
        return obj, words, penalty

    def _object_rank(self, doc, shape: str, at: dict[str, int]) -> tuple | None:
        """Where a found object ranks (lower first): the trigger's direct objects (in
        their order, a noun the parser took for a clause after them), then their
        conjuncts, then an object in a phrase of the trigger (one preposition, then two
        words: "pulled out of talks"), then one in a phrase of a direct object ("accused
        Sudan of genocide"); None for what no object is: a clause with a subject, aux,
        object or conjunction of its own is a clause, and an object that is an event
        itself has no object in its phrase ("continued a hunger strike in protest")."""
        if "head" in at:
            head = doc[at["head"]]
            if head.dep_ in CLAUSE_DEPS and _is_clause(head):
                return None
            first = (head.dep_ in CLAUSE_DEPS, head.i)
            if shape.startswith("deep"):
                if self.lexicon.candidates("noun", lemma_of(head)):
                    return None
                return (2, 0 if shape == "deep" else 1, first, at.get("x", -1), at["prep"],
                        at["obj"])
            return (0, 1, first, at["obj"])
        if shape == "obj":
            obj = doc[at["obj"]]
            if obj.dep_ in CLAUSE_DEPS and _is_clause(obj):
                return None
            return (0, 0, (obj.dep_ in CLAUSE_DEPS, obj.i), at["obj"])
        return (1, 0 if shape == "prep" else 1, at.get("x", -1), at["prep"], at["obj"])

    def _conjunct_matches(self, m: Match) -> list[Match]:
        """ "declared a curfew and a partial mobilisation": a coordinated object that
        another pattern of the same trigger names codes its own event (keyed by the
        conjunct). Only plain object patterns (no particle, modifier or required
        preposition) are tried, and not one of the matched pattern's own code."""
        if not m.pattern.obj or not m.extra:
            return []
        out: list[Match] = []
        obj = m.token.doc[m.extra[-1]]
        if _names_someone(obj):
            return []  # "expelled Russian diplomats and two journalists": whose is unclear
        if m.token._.ew_frame:
            return []  # a frame noun's own lemma names no pattern
        # (the patterns whose trees found an object on this trigger)
        hits = self._tree_hits(m.token.doc)[m.token.i]
        candidates = [p for p in self.lexicon.candidates(*trigger_of(m.token)) if p.id in hits]
        for conj in obj.conjuncts:
            if obj_matches(conj, m.pattern.obj) or _names_someone(conj):
                continue  # the same kind of object: one event already covers both
            civil = any(lemma_of(c) in self.lexicon.civil_modifiers for c in conj.children
                        if c.dep_ in {"compound", "amod", "nmod"})
            best, best_score = None, 0
            for p in candidates:
                if (not p.obj or p.prt or p.mods or p.prep_required or p.passive_only
                        or p.code == m.pattern.code or (civil and p.code[:2] in FORCE_ROOTS)):
                    continue
                # "a state of emergency": the entry may name the noun's "of" object
                n = max([self._obj_score(g, p) for g in [conj, *pobjs([conj], {"of"})]])
                if n > best_score:
                    best, best_score = p, n
            if best is not None:
                out.append(Match(m.token, best, [conj.i]))
        return out

    def _obj_score(self, tok: Token, p: Pattern) -> int:
        """How well a noun fills a pattern's object: the words of its best entry, or 1
        when a compound or adjective on it is in one of the pattern's word classes."""
        n = obj_matches(tok, p.obj)
        if not n and lemma_of(tok) in self.lexicon.words("measures"):
            # "20 tonnes of relief supplies", "a shipment of arms": what is measured
            n = max((self._obj_score(g, p) for g in pobjs([tok], {"of"})), default=0)
        if not n:
            n = self._compound_score(tok, p)
        if n or not p.obj_classes:
            return n
        words = frozenset().union(*(self.lexicon.words(c) for c in p.obj_classes))
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
        return int(any(lemma_of(m) in words or m.lower_ in words for m in mods))

    @staticmethod
    def _compound_score(tok: Token, p: Pattern) -> int:
        """ "a military aid programme", "food aid shipments": the object's compound names
        the kind (ranked below a head that matches itself: _object_of)."""
        return max((obj_matches(c, p.obj) for c in tok.children if c.dep_ == "compound"),
                   default=0)

    def _states_purpose(self, tok: Token, purpose: tuple[str, ...]) -> bool:
        """The act names one of `purpose`: a noun in a prepositional phrase of the verb,
        its object or their phrases ("on a security mission", "as part of a peacekeeping
        force", "in support of the army"), not one a hostile word modifies ("a combat
        mission"); or a purpose clause of the verb ("to help the army", "to train")."""
        hostile = self.lexicon.words("hostile_missions")
        if any(c.dep_ in {"xcomp", "advcl"} and lemma_of(c) in purpose for c in tok.children):
            return True
        seen, todo = set(), [tok]
        while todo:
            t = todo.pop()
            for c in t.children:
                if c.i in seen or c.dep_ not in {"prep", "pobj", "dobj", "dative", "conj"}:
                    continue
                seen.add(c.i)
                todo.append(c)
                if c.dep_ != "pobj":
                    continue
                mods = {lemma_of(m) for m in c.children if m.dep_ in {"compound", "amod", "nmod"}}
                if (lemma_of(c) in purpose or mods & set(purpose)) and not mods & hostile:
                    return True
        return False

    # -- syntax helpers ---------------------------------------------------------------
    def _prep_objects(self, tok: Token, prep: str, extra: list[int]) -> list[Token]:
        heads = [tok] + [tok.doc[i] for i in extra]
        preps = prep.split()
        out = []
        for h in heads:
            for c in h.children:
                if c.dep_ in {"prep", "agent", "dative"} and c.lower_ == preps[0]:
                    node = c
                    # multi-word prepositions: "out of", "away from"
                    for word in preps[1:]:
                        nxt = [g for g in node.children if g.lower_ == word]
                        node = nxt[0] if nxt else node
                    # (not a date: "fired a missile on Friday" fires on no one)
                    out.extend(g for g in node.children if g.dep_ in {"pobj", "pcomp"}
                               and g.ent_type_ not in {"DATE", "TIME"})
                    if not list(node.children) and (stray := _stray_object(node)) is not None:
                        out.append(stray)
                if c.dep_ == "prt" and c.lower_ == preps[0]:
                    out.extend(g for g in tok.children if g.dep_ == "dobj")
        return out
