"""Appraisals and blame: a word of praise or blame said of an actor or of its act
("called the raid a crime", "held Uganda responsible") codes the speaker's praise,
criticism or accusation of that actor.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.resolve import BlockActors
from .events import RawEvent
from .syntax import PASS_SUBJ, SPEECH_LEMMAS, SUBJ, children_by_dep, conjuncts, lemma_of, pobjs

# Verbs that describe something as something ("described the raid as an aggression",
# "branded the rebels terrorists"): with a noun of blame, criticism (coder._blamed).
BLAMING_VERBS = {"describe", "call", "brand", "label", "term", "dub", "characterise",
                 "characterize", "denounce", "condemn", "decry", "consider", "regard", "see",
                 "view", "declare", "hold", "find"}


# Verbs of a judgment that says how something is ("the court ruled that the decree was
# unconstitutional", "the panel found that the army was responsible for the raids"): as
# a speech verb, the one who judges appraises what the clause's subject names.
JUDGING_VERBS = {"rule", "find", "judge", "decide", "deem", "hold"}

# Verbs that hedge what something is ("appeared to be a case of ethnic cleansing").
SEEMING_VERBS = {"appear", "seem", "look"}


class AppraisalsMixin:
    """Coder methods of this step (mixed into coder.Coder)."""

    def _appraisals(self, sent: Span, actors: BlockActors) -> list[RawEvent]:
        """ "X said Y was very helpful": praise (or, for blame, criticism) of Y by X."""
        out: list[RawEvent] = []
        for tok in sent:
            code = self.lexicon.appraisal.get(lemma_of(tok))
            if code == "112" and not self._accused_of_act(tok):
                continue  # "responsible for security", "accountable to parliament"
            copula = tok.head
            if (code == "112" and lemma_of(copula) in {"hold", "find"}
                    and tok.dep_ in {"oprd", "advcl", "xcomp", "ccomp", "acomp"}):
                # "held Uganda responsible for the clashes" (the parser may hang the
                # adjective as a clause of the verb): the holder accuses the one held so
                out.extend(self._blame_event(children_by_dep(copula, SUBJ),
                                             children_by_dep(copula, {"dobj"}), tok, code,
                                             [tok.i, copula.i], copula, actors))
                continue
            if code is not None and tok.pos_ in {"NOUN", "PROPN"}:
                out.extend(self._blamed(tok, code, actors))
                continue
            if code is not None and (tok.dep_ == "oprd" or (
                    tok.dep_ in {"pobj", "pcomp", "amod", "acomp"} and copula.lower_ == "as")):
                # "called the Russian move unacceptable", "described the talks as
                # constructive": an appraisal put on what the verb's object names (only
                # of a known side: "called the regime illegitimate" names no one)
                out.extend(e for e in self._blamed(tok, code, actors)
                           if e.target is not None and e.target.code)
                continue
            if code is None and self._behind_act(tok):
                # "Kyiv said Moscow was behind the blast": who is said to be behind a
                # hostile act is accused of it (as "responsible for" it)
                code = "112"
            if (code is None or tok.dep_ not in {"acomp", "prep"} or copula.dep_ != "ccomp"
                    or lemma_of(copula.head) not in SPEECH_LEMMAS | JUDGING_VERBS):
                continue
            subj = children_by_dep(copula, SUBJ | PASS_SUBJ)
            speaker = children_by_dep(copula.head, SUBJ)
            if not subj or not speaker:
                continue
            polarity, modality = self._modality([copula])
            found = self._emit(conjuncts(speaker[0]), conjuncts(subj[0]), code, "appraisal",
                               [tok.i, copula.i, copula.head.i], actors, polarity, modality,
                               0.6, None, require_both=True)
            for e in found:
                e.date_tokens = [copula.head.i]  # said when it was said
            out.extend(found)
        return out

    def _behind_act(self, tok: Token) -> bool:
        """ "behind" said of a subject ("was behind the raid") with a hostile act as its
        object: an event noun of root 11 or beyond."""
        if tok.lower_ != "behind" or tok.dep_ != "prep" or lemma_of(tok.head) != "be":
            return False
        return any(g.dep_ == "pobj" and any(p.code[:2] >= "11" for p in
                                            self.lexicon.candidates("noun", lemma_of(g)))
                   for g in tok.children)

    def _accused_of_act(self, adj: Token) -> bool:
        """An adjective of blame ("responsible", "guilty") whose "for" or "of" phrase names
        a hostile act: an event noun of root 11 or beyond, a word of blame, or a gerund
        ("responsible for shelling the town")."""
        for prep in adj.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
                continue
            for g in prep.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return True
                if g.dep_ != "pobj":
                    continue
                lemma = lemma_of(g)
                if lemma in self.lexicon.appraisal or any(
                        p.code[:2] >= "11" for p in self.lexicon.candidates("noun", lemma)):
                    return True
        return False

    def _blamed(self, noun: Token, code: str, actors: BlockActors) -> list[RawEvent]:
        """A noun of blame said of an act or a side: "said the raid was an act of aggression
        by Chad" (attribute of a reported clause: the speaker blames the doer), "described
        the shelling as a provocation", "branded the rebels terrorists" (the one describing
        blames the thing described, or whoever did it)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "an act of aggression", "a case of interference"
        head = noun.head
        clause = head
        if (noun.dep_ == "attr" and head.dep_ == "xcomp"
                and lemma_of(head.head) in SEEMING_VERBS):
            clause = head.head  # "said the raid appeared to be an act of aggression"
        if noun.dep_ in {"pobj", "pcomp", "amod", "acomp"} and head.lower_ == "as":
            head = head.head  # "described X as a provocation"
        elif (noun.dep_ == "attr" and clause.dep_ == "ccomp"
              and lemma_of(clause.head) in SPEECH_LEMMAS):
            head = clause
            said, described = head.head, children_by_dep(head, SUBJ)
            speaker = children_by_dep(said, SUBJ)
            return self._blame_event(speaker, described, noun, code, [noun.i, head.i, said.i],
                                     said, actors)
        elif noun.dep_ not in {"oprd", "dobj"} or head.pos_ != "VERB":
            return []
        if lemma_of(head) not in BLAMING_VERBS:
            return []
        described = [c for c in head.children if c.dep_ == "dobj" and c.i != noun.i]
        return self._blame_event(children_by_dep(head, SUBJ), described, noun, code,
                                 [noun.i, head.i], head, actors)

    def _blame_event(self, speaker, described, noun, code, trigger, verb, actors):
        """The criticism by the speaker of the described thing's doer (its actor, its "by"
        phrase, or the blame noun's "by" phrase: "an act of aggression by Chad")."""
        if not speaker or not described:
            return []
        blamed = described
        if self._actor(described[0], actors, True) is None:
            doers = (self._agent_like(noun) or pobjs(pobjs([noun], {"of"}), {"by"})
                     or self._agent_like(described[0]))
            if not doers:
                return []
            blamed = doers
        polarity, modality = self._modality([verb])
        found = self._emit(conjuncts(speaker[0]), conjuncts(blamed[0]), code, "blame", trigger,
                           actors, polarity, modality, 0.6, None, require_both=True)
        for e in found:
            e.date_tokens = [verb.i]  # said when it was said
        return found
