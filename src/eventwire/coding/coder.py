"""The coder: applies the verb-pattern lexicon over a dependency parse.

For each sentence it finds trigger tokens (verbs and event nouns whose lemma a
pattern names), climbs control-verb chains ("threatened to topple"), finds the
source (subject, passive agent, inherited subject) and target (object or the
pattern's preposition), expands coordinated actors, and sets polarity and
modality. It knows nothing of files or the CLI; it returns RawEvents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..actors.resolve import BlockActors
from ..models import Actor
from .domestic import (
    DOMESTIC_ROLES,
    clause_country,
    fill_domestic,
    other_country,
    with_country,
)
from .events import RawEvent, absorb_purpose_demands, dedupe, merge_subject_events
from .lexicon import TARGET_PREPS_NOUN, ControlRule, Lexicon, Pattern
from .modality import (
    background_clause,
    characterises,
    is_question,
    open_question,
    possible_above,
    says_nothing,
)
from .syntax import (
    AGREEMENT_NOUNS,
    CONDITIONAL_MARKS,
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    FRAME_NOUNS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    INTENT_NOUNS,
    LINKING_VERBS,
    NEG_WORDS,
    NOUN_POS,
    OWNER_DEPS,
    PASS_SUBJ,
    QUANTITY_HEADS,
    REL_PRONOUNS,
    REPORTED_PRONOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    STATIVE_PASSIVES,
    SUBJ,
    TARGET_PREPS,
    VERB_POS,
    addressee_of,
    agreement_noun,
    children_by_dep,
    condition_spans,
    conditions_on,
    conjuncts,
    intention_noun,
    is_content_clause,
    is_reported,
    lemma_of,
    lemmas_of,
    obj_matches,
    obliged,
    pobjs,
    speaker_of,
    wishing_verb,
)


@dataclass
class Match:
    token: Token
    pattern: Pattern
    extra: list[int] = field(default_factory=list)  # particle / object tokens


class Coder:
    def __init__(self, lexicon: Lexicon, keep_unresolved: bool = False) -> None:
        self.lexicon = lexicon
        # Events whose source is unknown are dropped unless asked for.
        self.keep_unresolved = keep_unresolved

    # -- triggers ----------------------------------------------------------------
    def _match_token(self, tok: Token) -> Match | None:
        if (tok.tag_ == "VBN" and tok.dep_ in {"acomp", "oprd", "amod"}) or (
                tok.tag_ in {"VBN", "VBD"} and any(
                    c.dep_ in {"aux", "auxpass"} and c.lower_ in LINKING_VERBS
                    for c in tok.children)):
            return None  # a participle used as an adjective: "felt threatened", "armed men"
        if (tok.pos_ in VERB_POS and tok.pos_ != "ADJ") or tok.tag_.startswith("VB"):
            pos = "verb"
        elif tok.pos_ in NOUN_POS:
            pos = "noun"
        else:
            return None
        best: Match | None = None
        best_score = -99
        candidates = next((c for lemma in lemmas_of(tok)
                           if (c := self.lexicon.candidates(pos, lemma))), [])
        if not candidates and pos == "noun" and lemma_of(tok) in FRAME_NOUNS:
            # "a mediation effort between X and Y", "a peacekeeping mission to Y": the
            # event is named by the modifier, its actors hang on the head noun
            candidates = next((c for m in tok.children if m.dep_ == "compound"
                               if (c := self.lexicon.candidates("noun", lemma_of(m)))), [])
        if lemma_of(tok) == "demonstrate" and children_by_dep(tok, {"ccomp", "dobj"}):
            return None  # "researchers demonstrated that ...": showed, not protested
        modifiers = {w for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                     for w in (lemma_of(c), c.lower_)}
        for p in candidates:
            extra: list[int] = []
            if p.mods and not modifiers & set(p.mods):
                continue  # "hunger strike" needs "hunger"
            if (pos == "noun" and p.code[:2] in FORCE_ROOTS
                    and modifiers & self.lexicon.civil_modifiers):
                continue  # "winter weather alerts", "a rescue operation"
            if p.prt:
                prts = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"}
                        and c.lower_ == p.prt]
                if not prts:
                    continue
                extra.append(prts[0].i)
            words = 0
            if p.obj:
                direct = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr",
                                                                "pobj", "dative"}]
                # "providing aerial photographs and other military intelligence"
                direct += [g for c in direct for g in conjuncts(c)[1:]]
                objs = [(c, n) for c in direct if (n := self._obj_score(c, p))]
                # "held talks" may hang the noun under a prep ("went on hunger strike"), or
                # under the object ("accused Sudan of genocide": ranked lower; not under an
                # object that is an event itself: "continued a hunger strike in protest")
                plain = [c for c in direct if not self.lexicon.candidates("noun", lemma_of(c))]
                nested = False
                for deeper, heads in ((False, [tok]), (True, plain)):
                    if objs:
                        break
                    objs = [(g, n) for h in heads for c in h.children if c.dep_ in {"prep", "prt"}
                            for g in c.children
                            if g.dep_ == "pobj" and (n := self._obj_score(g, p))]
                    nested = deeper
                if not objs:
                    continue
                if p.code[:2] in FORCE_ROOTS - {"16"} and any(
                        lemma_of(c) in self.lexicon.civil_modifiers
                        for h in [objs[0][0], *children_by_dep(tok, SUBJ)] for c in h.children
                        if c.dep_ in {"compound", "amod", "nmod"}):
                    continue  # "launched rescue operations", "rescue teams launched ...
                extra.append(objs[0][0].i)
                words = objs[0][1]
            if p.passive_only and not children_by_dep(tok, PASS_SUBJ):
                continue
            if p.unless_obj and any(obj_matches(c, p.unless_obj)
                                    for c in children_by_dep(tok, {"dobj"})):
                continue  # "received weapons from": no meeting
            if p.prep and not self._prep_objects(tok, p.prep, extra):
                if p.prep_required:
                    continue
                score = p.specificity - 2  # below a pattern that needs no preposition
            else:
                score = p.specificity
            # "dropped an atomic bomb" prefers the two-word object entry over "bomb";
            # a direct object beats one found deeper in the phrase
            score += 0.1 * max(0, words - 1) - (0.05 if p.obj and nested else 0)
            if score > best_score:
                best, best_score = Match(tok, p, extra), score
        return best

    def _obj_score(self, tok: Token, p: Pattern) -> int:
        """How well a noun fills a pattern's object: the words of its best entry, or 1
        when a compound or adjective on it is in one of the pattern's word classes."""
        n = obj_matches(tok, p.obj)
        if not n and lemma_of(tok) in self.lexicon.words("measures"):
            # "20 tonnes of relief supplies", "a shipment of arms": what is measured
            n = max((self._obj_score(g, p) for g in pobjs([tok], {"of"})), default=0)
        if n or not p.obj_classes:
            return n
        words = frozenset().union(*(self.lexicon.words(c) for c in p.obj_classes))
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
        return int(any(lemma_of(m) in words or m.lower_ in words for m in mods))

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
                    out.extend(g for g in node.children if g.dep_ in {"pobj", "pcomp"})
                if c.dep_ == "prt" and c.lower_ == preps[0]:
                    out.extend(g for g in tok.children if g.dep_ == "dobj")
        return out

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject tokens of a verb, and whether they were inherited from another clause."""
        subj = children_by_dep(verb, SUBJ)
        if not subj and lemma_of(verb) in self.lexicon.control:
            subj = children_by_dep(verb, PASS_SUBJ)  # "is scheduled to attend", "is set to"
        if subj:
            s = subj[0]
            if s.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head], True
            if s.lower_ in REPORTED_PRONOUNS and is_reported(verb):
                # "Palestinian leaders said they would boycott ...": the speaker
                speaker = speaker_of(verb)
                if speaker:
                    return conjuncts(speaker[0]), True
            return conjuncts(s), False
        # the parser sometimes takes a sentence-initial name for an adverbial
        # ("Azerbaijan supplied gas ..." -> npadvmod): a proper noun before the verb
        early = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.i < verb.i]
        if early:
            return conjuncts(early[0]), False
        if depth > 4:
            return [], True
        if verb.dep_ in {"conj", "xcomp", "advcl", "pcomp", "acomp"} and (
                verb.head.pos_ in VERB_POS):
            # "Syria says it is willing to withdraw": "willing" takes the subject of "is"
            subs, _ = self._subjects(verb.head, depth + 1)
            return subs, True
        head = verb.head
        if (verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in VERB_POS
                and (self.lexicon.candidates("noun", lemma_of(head))
                     or lemma_of(head) in SPEECH_NOUNS | INTENT_NOUNS | AGREEMENT_NOUNS)):
            # (and "issued a declaration demanding ...": who issued it demands)
            # "staged demonstrations to demand reforms": who holds the event demands
            subs, _ = self._subjects(head.head, depth + 1)
            return subs, True
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and (
                verb.tag_ in {"VBG", "VBD"} or children_by_dep(verb, {"dobj"}))):
            # "heads of state visiting the White House": the noun does the visiting
            return [verb.head], True
        return [], False

    def _agent(self, verb: Token) -> list[Token]:
        for c in verb.children:
            if c.dep_ == "agent":
                return [g for p in [c] for g in p.children if g.dep_ == "pobj"]
        return []

    def _actor(self, tok: Token, actors: BlockActors, target: bool = False) -> Actor | None:
        a = actors.actor_for(tok)
        if a is not None:
            return a
        if tok.lemma_.lower() in QUANTITY_HEADS:
            # "thousands of Iraqi Kurds", "a group of Moroccan diplomats"
            for g in pobjs([tok], {"of"}):
                return self._actor(g, actors, target)
            if tok.dep_ == "nsubj" and tok.lower_ in CROWD_WORDS:
                # "tens of thousands marched in Belgrade": people, of the place's country
                return Actor(text=tok.text, name="civilians", role="CVL", kb_id="role:CVL",
                             start=actors.base + tok.idx,
                             end=actors.base + tok.idx + len(tok.text))
            # "the Iranian-backed Houthi (Ansar Allah) movement": the group a group head names
            for c in tok.children:
                if c.dep_ in {"compound", "nmod"} and (a := actors.actor_for(c)) is not None:
                    return a
        if target:
            # "praised Haiti's efforts": the owner of what is acted on is the target, and
            # so are those it belongs to or serves ("a camp for Congolese refugees",
            # "the computers of South Korean officers")
            for c in tok.children:
                if c.dep_ == "poss":
                    a = actors.actor_for(c)
                    if a is not None:
                        return a
            for g in pobjs([tok], {"of", "for"}):
                if (a := actors.actor_for(g)) is not None:
                    return a
            # "demanded a U.N. military presence", "criticized the Iranian decision": the
            # nation or body a thing belongs to
            a = self._actor_shallow(tok, actors)
            if a is not None:
                return a
        # "US air strikes", "Iran's nuclear talks": the owner of an event noun stands for it
        # (but not "Petro's car": only nouns the lexicon knows as events).
        if not self.lexicon.candidates("noun", lemma_of(tok)):
            return None
        for c in tok.children:
            if c.dep_ in OWNER_DEPS:
                a = actors.actor_for(c) or self._actor_shallow(c, actors)
                if a is not None:
                    return a
        return None

    def _actor_shallow(self, tok: Token, actors: BlockActors) -> Actor | None:
        for c in tok.children:
            if c.dep_ in OWNER_DEPS:
                a = actors.actor_for(c)
                if a is not None:
                    return a
        return None

    def _actors(self, toks: list[Token], actors: BlockActors,
                target: bool = False) -> list[tuple[Actor, Token]]:
        out: list[tuple[Actor, Token]] = []
        seen: set[int] = set()
        for t in toks:
            country = None
            for c in conjuncts(t):
                if c.i in seen:
                    continue  # already taken as a conjunct of an earlier token
                seen.add(c.i)
                found = actors.actors_for(c)
                if not found:
                    a = self._actor(c, actors, target)
                    found = [a] if a is not None else []
                if country is None:
                    country = next((a.country for a in found if a.country), None)
                elif c.i != t.i:
                    # "Israeli helicopters and tanks": the first conjunct's nationality
                    # covers a bare role noun after it
                    found = [with_country(a, country) if a.code is None and a.role
                             and a.ner != "PERSON" else a for a in found]
                for a in found:
                    if all((a.start, a.code) != (o.start, o.code) for o, _ in out):
                        out.append((a, c))
        return out

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

    # -- main -------------------------------------------------------------------------
    def code_sentence(self, sent: Span, actors: BlockActors) -> list[RawEvent]:
        if is_question(sent):
            return []  # "Will Chile sign the accord?" asserts nothing
        matches = {}
        for tok in sent:
            m = self._match_token(tok)
            if m is not None:
                matches[tok.i] = m
        consumed = {i for m in matches.values() for i in m.extra}
        events: list[RawEvent] = []
        suppressed: set[int] = set()
        # A control verb whose complement codes an event does not code one of its own.
        for m in matches.values():
            if m.pattern.pos == "verb":
                for head, _rule in self._chain(m.token):
                    suppressed.add(head.i)
                if agreement_noun(m.token) is not None:
                    # "reached a consensus to exchange information": the agreed act (as an
                    # intent) is the event, not the reaching of the agreement
                    suppressed.add(m.token.head.head.i)
                if (is_reported(m.token) and m.token.head.pos_ == "NOUN"
                        and lemma_of(m.token.head) not in DEMAND_NOUNS | CONTENT_NOUNS):
                    # "issued a declaration demanding ...": the declaration's content is
                    # the event, not the issuing of it (but an ultimatum's content is not
                    # done: issuing it is the event)
                    suppressed.add(m.token.head.head.i)
            elif m.token.dep_ == "dobj" and any(
                    lm in self.lexicon.support_verbs for lm in lemmas_of(m.token.head)):
                # "promised to continue military aid": the noun's event takes the chain
                for head, _rule in self._chain(m.token.head):
                    suppressed.add(head.i)
        conditioned = condition_spans(sent, matches)
        for i, m in sorted(matches.items()):
            if i in suppressed or i in consumed:
                continue
            if any(i in clause for clause in conditioned):
                continue  # "... unless Baghdad accepted its conditions": a condition, not an act
            if self._demanded(m.token):
                continue  # "demanded that Mugabe abandon the policy": not (yet) an act
            if characterises(m.token):
                continue  # "the first leader to visit Peru": says who, tells no new act
            if m.pattern.pos == "verb":
                events.extend(self._verb_event(m, actors))
            else:
                events.extend(self._noun_event(m, actors))
        # Control verbs with an uncoded complement ("threatened to topple X").
        for tok in sent:
            rule = self.lexicon.control.get(lemma_of(tok))
            if rule is None or rule.own_code is None or tok.i in matches or tok.i in suppressed:
                continue
            comps = [c for c in tok.children if c.dep_ == "xcomp"]
            if comps:
                events.extend(self._control_event(tok, rule, comps[0], actors))
        # "declared that China must drop barriers": an uncoded obligation is still a demand
        for tok in sent:
            if (tok.i not in matches and tok.pos_ in {"VERB", "AUX"} and is_reported(tok)
                    and obliged(tok)):
                speaker = speaker_of(tok)
                subj = children_by_dep(tok, SUBJ)
                if speaker and subj:
                    events.extend(self._emit(conjuncts(speaker[0]), conjuncts(subj[0]), "100",
                                             "reported-demand", [tok.head.i, tok.i], actors,
                                             *self._modality([tok.head]), 0.6, None,
                                             require_both=True))
        events.extend(self._appraisals(sent, actors))
        events = merge_subject_events(sent.doc, events, self.lexicon.refinable_violence)
        return dedupe(absorb_purpose_demands(sent.doc, events))

    def _appraisals(self, sent: Span, actors: BlockActors) -> list[RawEvent]:
        """ "X said Y was very helpful": praise (or, for blame, criticism) of Y by X."""
        out: list[RawEvent] = []
        for tok in sent:
            code = self.lexicon.appraisal.get(lemma_of(tok))
            copula = tok.head
            if (code is None or tok.dep_ != "acomp" or copula.dep_ != "ccomp"
                    or lemma_of(copula.head) not in SPEECH_LEMMAS):
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
            return False  # "a court martial was told (that) soldiers beat ...": reported
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

    def _verb_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        tok, p = m.token, m.pattern
        chain = self._chain(tok)
        top = chain[-1][0] if chain else tok
        confidence = 0.85
        code, modality_override, polarity_flip, rule_ids, object_controller = _apply_chain(
            p.code, p.id, chain)
        for noun_of, lemma in ((agreement_noun, "agree"), (intention_noun, "plan")):
            # "Chile and Bolivia reached an understanding to share river data",
            # "Putin had no plans to meet Zelensky": an intent (here a negated one)
            noun, rule = noun_of(top), self.lexicon.control.get(lemma)
            if noun is None or rule is None:
                continue
            code = _recode(rule, code)
            rule_ids.append(rule.id)
            modality_override = "intent"
            if any(c.lower_ == "no" for c in noun.children):
                polarity_flip = not polarity_flip
        # sources
        passive_subj = children_by_dep(tok, PASS_SUBJ)
        stative = STATIVE_PASSIVES.get(lemma_of(tok))
        if (passive_subj and stative and not self._agent(tok)
                and pobjs([tok], {stative})):
            # "Israel is opposed to French mediation", "Serb forces were engaged in ethnic
            # cleansing": a stance or an activity, not a passive
            src_toks, inherited = conjuncts(passive_subj[0]), False
            tgt_toks = pobjs([tok], {"to"}) if stative == "to" else []
            passive_subj = []
        elif passive_subj and not p.obj:
            src_toks = self._agent(tok)
            tgt_toks = passive_subj
            inherited = False
        elif passive_subj and p.obj and m.extra and passive_subj[0].i in m.extra:
            # "sanctions were imposed on Iran (by the US)", "the Turkish agreement was signed"
            src_toks = self._agent(tok) or [c for c in passive_subj[0].children
                                            if c.dep_ in OWNER_DEPS]
            tgt_toks = []
            inherited = False
        elif passive_subj and p.obj:
            # "opposition figures were stripped of citizenship by Nicaragua"
            src_toks = self._agent(tok)
            tgt_toks = passive_subj
            inherited = False
        else:
            src_toks, inherited = self._subjects(top)
            tgt_toks = []
        natural = self.lexicon.words("natural_forces")
        if src_toks and not passive_subj and all(
                obj_matches(s, tuple(natural)) and self._actor(s, actors) is None
                for s in src_toks):
            return []  # "floodwaters swept through the city, killing hundreds": no actor
        means_subject = False
        means_toks: list[Token] = []  # the means, part of the trigger (and where it was)
        if passive_subj and src_toks and all(
                self._means(s) and self._actor(s, actors) is None for s in src_toks):
            means_toks = src_toks
            src_toks = []  # "were killed by an improvised explosive device": no one named
        if passive_subj and not src_toks:
            # "was murdered in an attack on a patrol by Kosovo Albanians": the agent of the
            # event noun the act happened in
            for g in pobjs([tok], {"in", "during"}):
                if self.lexicon.candidates("noun", lemma_of(g)):
                    src_toks = pobjs([g, *pobjs([g], {"on", "against"})], {"by"})[:1]
                    if src_toks:
                        break
        elif (code[:2] in {"18", "19"} and src_toks and not passive_subj
              and all(self._means(s) and self._actor(s, actors) is None for s in src_toks)):
            # "a roadside bombing killed one U.S. soldier": the means is no actor
            means_subject = True
            means_toks = src_toks
            src_toks, inherited = [], False
            tgt_toks = children_by_dep(tok, {"dobj"})
        if code in self.lexicon.refinable_violence:
            # "wounded two soldiers in a bomb attack": the means makes it a bombing
            means = [self._means(g) for g in pobjs([tok], {"in", "with", "by", "during"})]
            means += [self._means(g) for g in self._agent(tok)]
            means += [self._means(s) for s in children_by_dep(tok, SUBJ) + means_toks]
            means = [m for m in means if m]
            if means:
                code = max(means, key=len)
                rule_ids.append("means")
        wisher = wishing_verb(top)
        if object_controller is None and wisher is not None:
            # "Sharon wants Germany to pay more compensation": not (yet) an act of Germany,
            # but an appeal by Sharon to Germany
            urge = self.lexicon.control.get("urge")
            if urge is not None:
                code = _recode(urge, code)
                rule_ids.append("wished")
                tgt_toks = conjuncts(children_by_dep(top, SUBJ)[0])
                src_toks, inherited = self._subjects(wisher)
        verbal = self.lexicon.verbal_attack
        if verbal and code in verbal.codes and any(
                obj_matches(o, verbal.words) and self._actor(o, actors) is None
                for o in children_by_dep(tok, {"dobj"})):
            # "attacked the case against him": words, not force
            code = verbal.code
            rule_ids.append("verbal-attack")
        if object_controller is not None:
            src_toks, inherited = self._subjects(object_controller)
            # "urged Iran to ...", "called on Russia to ...", "appealed to Serbia to ..."
            tgt_toks = (children_by_dep(object_controller, {"dobj"})
                        or pobjs([object_controller], {"on", "upon", "to"}))
        elif (clause := top.head if top.dep_ == "acomp" else top) is not None and (
                (not chain or top.dep_ == "acomp") and is_reported(clause)
                and obliged(clause)):
            # "The minister said Libya must hand over the suspects", "said the US must be
            # ready to mediate": a demand by the speaker
            demand = self.lexicon.control.get("demand")
            speaker = speaker_of(clause)
            if demand is not None and speaker:
                code = _recode(demand, code)
                rule_ids.append("reported-demand")
                modality_override = None
                subj = children_by_dep(clause, SUBJ)
                tgt_toks = src_toks
                if subj and subj[0].lower_ in REPORTED_PRONOUNS:
                    # "a reminder to Iraq that it must cooperate": "it" is the addressee
                    tgt_toks = addressee_of(clause) or tgt_toks
                src_toks, inherited = conjuncts(speaker[0]), True
        if not tgt_toks:
            tgt_toks = self._targets(tok, p, m.extra, actors)
        if code[:2] in {"11", "14"}:
            # a complaint or protest is aimed at whom it is about, not to whom it is made
            # ("complained to the United Nations over two Israeli air raids"), or at who
            # caused it ("protested after police killed a teenager")
            # (the phrase's own actor or its owner: "over two Israeli air raids", not the
            # victim in "over the detention of a Japanese businessman")
            about = [g for g in pobjs([tok], {"over", "about", "against"})
                     if (a := actors.actor_for(g) or self._actor_shallow(g, actors))
                     is not None and a.code]
            cause = [g for c in children_by_dep(tok, {"advcl"})
                     if any(w.dep_ == "mark" and w.lower_ in {"after", "because", "when"}
                            for w in c.children)
                     for g in children_by_dep(c, SUBJ)]
            if about:
                tgt_toks = about[:1]
            elif cause and not self._aims_elsewhere(tgt_toks, src_toks, actors):
                tgt_toks = cause[:1]
        if not self._aims_elsewhere(tgt_toks, src_toks, actors):
            # no coded actor other than the source itself ("deployed troops to its border
            # with Belarus": "its" is Poland's own)
            tgt_toks = self._phrase_target(tok, m.extra, src_toks, actors, code) or tgt_toks
        if inherited:
            confidence -= 0.1
        polarity, modality = self._modality([tok] + [h for h, _ in chain])
        if polarity_flip:
            polarity = "negated" if polarity == "asserted" else "asserted"
        conditions = conditions_on([tok] + [h for h, _ in chain])
        if conditions and code[:2] != "13" and polarity == "asserted" and (
                any(c.lower_ == "unless" for cond in conditions for c in cond.children)
                and (chain or modality != "actual")):
            # "will withdraw its force from Chad unless Oueddei arranges a ceasefire": an
            # act announced on a condition put to someone is a threat (CAMEO 13)
            threaten = self.lexicon.control.get("threaten")
            if threaten is not None:
                code = _recode(threaten, code)
                rule_ids.append("conditional-threat")
                modality_override = "threat"
                chain = []
        if conditions and code[:2] == "13" and not any(
                self._actor(t, actors, True) for t in tgt_toks):
            # "threatened to stop negotiations if the United States goes ahead": the one
            # the condition is put to is the one threatened
            tgt_toks = ([s for cond in conditions for s in children_by_dep(cond, SUBJ)][:1]
                        or tgt_toks)
        if not chain and code[:2] >= "14" and polarity == "asserted" and (
                (modality == "hypothetical" and is_reported(tok)) or modality == "future"):
            # "X said it would retaliate against Y", "X will attack Y": announced force
            # is a threat (CAMEO 13), not the act itself
            threaten = self.lexicon.control.get("threaten")
            if threaten is not None:
                code = _recode(threaten, code)
                rule_ids.append("announced-threat")
                modality_override = "threat"
        elif (not chain and polarity == "asserted" and "04" <= code[:2] <= "08" and (
                modality == "future" or (modality == "hypothetical" and is_reported(tok)
                                         and not conditions_on([tok])))):
            # "the Dutch minister will travel to Ghana", "Laos said it would let monitors
            # back in": a stated future cooperative act is an intent (03)
            intent = self.lexicon.control.get("agree")
            if intent is not None:
                code = _recode(intent, code)
                rule_ids.append("announced-intent")
                modality_override = "intent"
        denied = any(lemma_of(h) == "deny" for h, _ in chain)
        if polarity == "negated" and "03" <= code[:2] <= "08" and not denied:
            # "would not meet their demands", "will not accept refugees": declining to
            # cooperate is a rejection (CAMEO 12), not a negated cooperation (but denying
            # having done it is a denial: the act stays, negated)
            refuse = self.lexicon.control.get("refuse")
            if refuse is not None:
                code = _recode(refuse, code)
                rule_ids.append("negated-cooperation")
                polarity, modality_override = "asserted", None
                modality = "actual" if modality in {"future", "intent"} else modality
        if modality_override:
            modality = "threat" if code.startswith("13") else modality_override
        if code[:2] == "14" and not any(self._actor(t, actors, True) for t in tgt_toks):
            # "blocked streets in defiance of Chinese authorities", "began a hunger strike
            # to protest against Sweden's decision": a protest's target in its purpose
            tgt_toks = self._purpose_targets(tok, actors) or tgt_toks
        if says_nothing(tok, self.lexicon.words("no_news_objects"), polarity == "negated") or (
                lemma_of(tok) in self.lexicon.no_news_verbs and (polarity == "negated" or any(
                    r is not None and r.effect in {"refuse", "negate"} for _, r in chain))):
            return []  # "gave no further details", "declined to comment": no news
        modality = self._clause_modality(top, modality)
        if p.reverse:
            # "received weapons from the US": the US gives, the subject receives
            src_toks, tgt_toks, inherited = tgt_toks, src_toks, False
        trigger = [tok.i] + m.extra + [h.i for h, _ in chain] + [t.i for t in means_toks]
        # "X was attacked": no agent named; but not background clauses ("where 24 people
        # were killed last March") that only describe a place or a thing
        agentless = ((bool(passive_subj) or means_subject or means_toks) and not src_toks
                     and top.dep_ not in {"relcl", "acl", "advcl", "pcomp"})
        return self._emit(src_toks, tgt_toks, code, "+".join(rule_ids), trigger, actors,
                          polarity, modality, confidence, p, require_both=p.needs_target,
                          agentless=agentless)

    def _means(self, tok: Token) -> str | None:
        """The code a means of violence names ("a car bomb explosion" -> 1832), if any."""
        means = self.lexicon.violence_means
        if not means:
            return None
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
        mods += [g for c in mods for g in c.children if g.dep_ in {"compound", "amod"}]
        words = {lemma_of(m) for m in mods} | {m.lower_ for m in mods}
        best, best_len = None, 0
        for phrase, code in means.items():
            *first, last = phrase.split()
            if (lemma_of(tok) == last or tok.lower_ == last) and all(f in words for f in first):
                if len(first) + 1 > best_len:
                    best, best_len = code, len(first) + 1
        return best

    def _names_coded(self, tgt_toks: list[Token], actors: BlockActors,
                     besides: frozenset[str] | set[str] = frozenset()) -> bool:
        """A target token resolves to a coded actor (other than one coded `besides`)."""
        return any((a := self._actor(t, actors, True)) is not None and a.code
                   and a.code not in besides for t in tgt_toks)

    def _aims_elsewhere(self, tgt_toks: list[Token], src_toks: list[Token],
                        actors: BlockActors) -> bool:
        """A target token resolves to a coded actor that is not the source itself."""
        return self._names_coded(tgt_toks, actors,
                                 {a.code for a, _ in self._actors(src_toks, actors)})

    def _phrase_target(self, tok: Token, extra: list[int], src_toks: list[Token],
                       actors: BlockActors, code: str = "") -> list[Token]:
        """When the pattern's own slots name no coded actor, the nearest actor that the
        verb's object or a directional phrase of the verb points at, up to three phrases in
        ("welcomed the French president on a state visit", "mobilized reservists for a war
        against Iraq", "mediated in the dispute between Russia and Ukraine", "extended the
        mandate of the mission in Mali"). A place counts only as a whole country's."""
        own = {t.i for s in src_toks for t in s.subtree}
        sources = self._actors(src_toks, actors)
        own_codes = {a.code for a, _ in sources}
        own_countries = {a.country for a, _ in sources if a.country}
        if len(own_countries) >= 2:
            return []  # "Russia and Japan reached agreement": each other's, not a phrase's
        # not inside an object that is an event of another kind: "criticized the attack
        # on Syria" does not criticize Syria (but "airdropped aid to Palestinians")
        objs = [o for o in children_by_dep(tok, {"dobj", "dative"})
                if o.i in extra or not (kinds := self.lexicon.candidates("noun", lemma_of(o)))
                or any(q.code[:2] == code[:2] for q in kinds)]
        # "fought for Russia", "conquered for Russia": force done for someone, not on them
        preps = TARGET_PREPS - {"for"} if code[:2] in VIOLENT_ROOTS else TARGET_PREPS
        layer = [o for o in objs if o.i not in extra]  # a plain object is the nearest
        layer += pobjs([tok], preps | {"between", "in"})
        layer += pobjs([tok.doc[i] for i in extra] + objs, preps | {"between", "of", "in"})
        # "stood by Israel": a particle that is really a preposition
        layer += [g for i in extra if tok.doc[i].pos_ == "ADP"
                  for g in tok.doc[i].children if g.dep_ == "pobj"]
        for depth in range(3):
            for g in layer:
                if g.i in own:
                    continue
                a = self._actor(g, actors, True)
                if a is None or not a.code or a.code in own_codes:
                    continue  # (nor the source itself: "its border")
                if g.head.lower_ == "in" and (
                        (depth == 0 and g.head.head.i == tok.i)
                        or not (a.kb_id or "").startswith("country:")):
                    # the verb's own "in" says where it happened ("demonstrated in
                    # Serbia"); further in, "the mission in Mali" names a country, "in
                    # Kabul" no one
                    continue
                return [g]
            layer = pobjs(layer, preps | {"of", "between", "in"})
        return []

    def _purpose_targets(self, tok: Token, actors: BlockActors) -> list[Token]:
        """An actor named in a protest's purpose clause or "in defiance of" phrase."""
        places = []
        for c in tok.children:
            if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.children):
                objs = [g for g in c.children if g.dep_ == "dobj"]
                places += objs
                # "to voice their anger at the mining company's plans"
                places += pobjs([c, *objs], {"against", "at", "for", "of", "over", "with"})
            if c.dep_ == "prep" and c.lower_ in {"in", "against"}:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lower_ in {"defiance", "protest", "opposition"}:
                        places += pobjs([g], {"of", "against", "to"})
        return [t for t in places if self._actor(t, actors, True)][:1]

    def _targets(self, tok: Token, p: Pattern, extra: list[int],
                 actors: BlockActors | None = None) -> list[Token]:
        found = self._targets_inner(tok, p, extra, actors)
        if actors is None or any(self._actor(f, actors, True) for f in found):
            return found
        # the pattern's phrase names no actor ("demanded the withdrawal of Serbian forces
        # from Bosnia-Herzogovina"): an actor named where the object comes from or belongs
        objs = [tok.doc[i] for i in extra] + children_by_dep(tok, {"dobj"})
        for g in pobjs(objs, {"of", "by", "from"}):
            if self._actor(g, actors, True):
                return [g]
        return found

    def _targets_inner(self, tok: Token, p: Pattern, extra: list[int],
                       actors: BlockActors | None = None) -> list[Token]:
        if p.prep:
            found = self._prep_objects(tok, p.prep, extra)
            if not found:
                # "extradited a hacker, wanted for fraud, to the United States": the
                # parser may hang the phrase on the object or its apposition
                objs = children_by_dep(tok, {"dobj"})
                objs += [a for o in objs for a in children_by_dep(o, {"appos"})]
                found = [g for o in objs for g in self._prep_objects(o, p.prep, [])]
            if found and actors is not None and not any(self._actor(f, actors, True)
                                                        for f in found):
                # "lifted embargoes on sales to Iran": the actor one phrase further in
                deeper = pobjs(found, {"to", "of", "from", "against", "by"})
                if any(self._actor(g, actors, True) for g in deeper):
                    return deeper
            if found:
                return found
            if p.obj and actors is not None:
                # "extended sanctions against Russia" for a pattern written with "on"
                for prep in ("against", "on", "to", "with", "for"):
                    found = self._prep_objects(tok, prep, extra)
                    if any(self._actor(f, actors, True) for f in found):
                        return found
        objs = [c for c in tok.children if c.dep_ in {"dobj", "dative"} and c.i not in extra]
        if objs and actors is not None and not any(self._actor(o, actors, True) for o in objs):
            # "demanded an admission by Moscow", "condemned the killing of Iraqi civilians"
            inner = pobjs(objs, {"of", "by", "with", "against"})
            if any(self._actor(g, actors, True) for g in inner):
                return inner
        if objs:
            return objs
        if p.code[:2] in VERBAL_ROOTS or p.needs_target:
            # "demanded that the US cancel plans": the actor asked, accused or warned;
            # "allowed refugees to return" (parsed as a clause): the one allowed
            subj = [g for c in tok.children if c.dep_ == "ccomp"
                    for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return subj
        if lemma_of(tok) in self.lexicon.control:
            # "threatened to topple Petro": the uncoded complement's object is the target;
            # "threatened to deliver blows to the United States": or an actor one phrase in
            for comp in children_by_dep(tok, {"xcomp"}):
                objs = children_by_dep(comp, {"dobj"})
                inner = pobjs([comp, *objs], {"to", "against", "on", "with", "in", "of"})
                if actors is not None and not any(self._actor(o, actors, True) for o in objs):
                    with_actor = [g for g in inner if self._actor(g, actors, True)]
                    if with_actor:
                        return with_actor[:1]
                if objs:
                    return objs
        if p.obj:
            # light verb: "held talks with X" with the prep under the noun,
            # "demanded the withdrawal of Russian troops"
            for i in extra:
                for prep in (p.prep or "with", "of", "by"):
                    found = self._prep_objects(tok.doc[i], prep, [])
                    if found and (actors is None
                                  or any(self._actor(f, actors, True) for f in found)):
                        return found
            # "expelled UN peacekeepers": the required object is itself the target
            if actors is not None:
                own = [tok.doc[i] for i in extra if self._actor(tok.doc[i], actors, True)]
                if own:
                    return own
        return []

    def _noun_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        tok, p = m.token, m.pattern
        src_toks = [c for c in tok.children if c.dep_ in OWNER_DEPS]
        src_toks += self._agent_like(tok)
        # "the withdrawal of Syrian troops from Lebanon": "of" names who withdraws (used
        # when neither an owner nor a support verb's subject names the source)
        of_toks = pobjs([tok], {"of"}) if p.prep not in {None, "of"} else []
        tgt_toks = []
        preps = [p.prep] if p.prep else list(TARGET_PREPS_NOUN)
        between = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "between" and objs:
                    between = objs
                else:
                    tgt_toks.extend(objs)
        if between and p.symmetric:
            src_toks = between  # "talks between X and Y": both take part
        elif between:
            tgt_toks.extend(between)  # "mediation between X and Y": they are its targets
        trigger = [tok.i]
        mod_toks = [tok]
        circumstance = ((p.symmetric or p.code[:2] in SYMMETRIC_ROOTS) and tok.dep_ == "pobj"
                        and tok.head.lower_ in {"after", "before", "during", "following",
                                                "for", "in", "at"}
                        and tok.head.head.pos_ in {"VERB", "AUX"})
        if circumstance and not self._actors(src_toks, actors):
            # "after a phone call on January 7 the two agreed ...": those who agreed called
            src_toks, _ = self._subjects(tok.head.head)
        code, rule_id, modality_override, polarity_flip = p.code, p.id, None, False
        supported = False
        if (not self._actors(src_toks, actors) and tok.dep_ == "dobj"
                and any(lm in self.lexicon.support_verbs for lm in lemmas_of(tok.head))
                and not (lemma_of(tok.head) == "have" and tok.head.tag_ in {"VBZ", "VBP"})):
            # (but "Turkey and Syria have agreements" is a state, not an act)
            # "Israel and Lebanon renewed negotiations", "Qatar launched a mediation effort
            # between ...": whoever does something with the event noun is its source;
            # "promised to continue military aid": the support verb's controllers apply
            support = tok.head
            if not tgt_toks:
                # "continue military aid to Mozambique": the prep may hang on the verb
                tgt_toks = pobjs([support], set(preps))
            chain = self._chain(support)
            code, modality_override, polarity_flip, ids, _ = _apply_chain(code, p.id, chain)
            rule_id = "+".join(ids)
            top = chain[-1][0] if chain else support
            src_toks, _ = self._subjects(top)
            trigger.append(support.i)
            trigger.extend(h.i for h, _ in chain)
            mod_toks.append(support)
            mod_toks.extend(h for h, _ in chain)
            supported = True
        if not self._actors(src_toks, actors) and of_toks:
            src_toks = of_toks
        if code[:2] in VERBAL_ROOTS and not self._names_coded(tgt_toks, actors):
            # "reiterated its demand that Israel ease restrictions": who is to act
            clauses = [c for h in (tok, tok.head) for c in h.children
                       if (c.dep_ in {"ccomp", "acl"} or (c.dep_ == "relcl"
                                                          and is_content_clause(c)))
                       and c.i != tok.i]
            tgt_toks = [g for c in clauses for g in children_by_dep(c, SUBJ)][:1] or tgt_toks
        if src_toks and not self._names_coded(tgt_toks, actors) and not p.symmetric:
            # (a meeting's partner is only whom it is "with" or "between")
            # "a suspension of air links with Yugoslavia": the actor its theme points at
            own = {t.i for t in src_toks}
            themes = [g.i for g in pobjs([tok], {"of"}) if g.i not in own]
            tgt_toks = self._phrase_target(tok, themes, src_toks, actors, code) or tgt_toks
        polarity, modality = self._modality(mod_toks)
        if polarity_flip:
            polarity = "negated" if polarity == "asserted" else "asserted"
        if modality_override:
            modality = "threat" if code.startswith("13") else modality_override
        modality = self._clause_modality(mod_toks[-1], modality)
        # a bare event noun needs both sides ("the raid on Caracas" alone names no agent);
        # one done by a support verb's subject is like a verb ("Hezbollah declared a truce")
        return self._emit(src_toks, tgt_toks, code, rule_id, trigger, actors, polarity,
                          modality, 0.55, p, require_both=not supported)

    def _violence_code(self, code: str, s, t) -> str:
        """Generic violence by non-state armed actors on civilians (or no one named) is 180."""
        rule = self.lexicon.unconventional
        if not rule or code not in rule.codes or s is None:
            return code
        civilians = t is None or t[0].role in rule.target_roles
        if s[0].role in rule.source_roles and civilians:
            return rule.code
        return code

    def _protest_by_who(self, code: str, s, t) -> str:
        """A state's protest is an official complaint (114); civilians clashing with police
        or soldiers protest violently (145)."""
        if s is None:
            return code
        role = s[0].role
        by_state = self.lexicon.protest_by_state
        if by_state and code[:2] == "14" and role in by_state.source_roles:
            return by_state.code
        violent = self.lexicon.violent_protest
        if (violent and code in violent.codes and role in violent.source_roles
                and t is not None and t[0].role in violent.target_roles):
            return violent.code
        return code

    def _assassination_code(self, code: str, t) -> str:
        """Killing a prominent person (a politician, official, judge or cleric) is CAMEO 186."""
        rule = self.lexicon.assassination
        if not rule or code not in rule.codes or t is None:
            return code
        actor, tok = t
        named = actor.ner == "PERSON" or (actor.kb_id or "").startswith("person:")
        if named and actor.role in rule.target_roles:
            return rule.code
        if tok is not None and tok.tag_ in {"NN", "NNP"} and obj_matches(tok, rule.words):
            return rule.code  # one titled person ("the deputy governor"), not "officials"
        return code

    def _home_state(self, actor: Actor, code: str, trigger: list[int], actors: BlockActors):
        """The country itself as target of a domestic group's undirected protest or demand:
        the country where it happens if the sentence names one, else the group's own."""
        if code[:2] in PLACE_TARGET_ROOTS:
            # "ordered a lockdown of the city of Mosul in northern Iraq", "set up
            # checkpoints in the Golan": force used in a place is used on that country
            country = clause_country(trigger, actors)
            if country is None:
                return None
        else:
            people = actor.role in DOMESTIC_ROLES or (actor.role is None
                                                      and actor.ner == "NORP")
            if (code[:2] not in DOMESTIC_TARGET_ROOTS or not people or not actor.country
                    or actor.country.startswith(("IGO", "NGO", "IMG"))):
                return None  # "Iraqi Kurds demonstrated" (people, NORP) acts on its state
            country = clause_country(trigger, actors) or actor.country
        # no mention in the text: empty text, no offsets, kb_id "implied:<country>"
        state = Actor(text="", name=country, code=country, country=country,
                      kb_id=f"implied:{country}", ner="IMPLIED")
        return (state, None)

    def _agent_like(self, tok: Token) -> list[Token]:
        return pobjs([tok], {"by"})

    def _control_event(self, tok: Token, rule: ControlRule, comp: Token,
                       actors: BlockActors) -> list[RawEvent]:
        if lemma_of(comp) in self.lexicon.no_news_verbs:
            return []  # "declined to comment": no refusal, no news
        src_toks, inherited = self._subjects(tok)
        tgt_toks = children_by_dep(tok, {"dobj"}) or children_by_dep(comp, {"dobj"})
        if not tgt_toks:
            tgt_toks = pobjs([comp])
        if not self._aims_elsewhere(tgt_toks, src_toks, actors):
            # "declined to answer a request from the Kenyan minister"
            tgt_toks = (self._phrase_target(comp, [], src_toks, actors, rule.own_code or "")
                        or self._phrase_target(tok, [], src_toks, actors, rule.own_code or "")
                        or tgt_toks)
        polarity, modality = self._modality([tok])
        if rule.effect in {"threat", "intent"}:
            modality = rule.effect
        code = rule.own_code or "010"
        return self._emit(src_toks, tgt_toks, code, rule.id, [tok.i, comp.i], actors, polarity,
                          modality, 0.7 - (0.1 if inherited else 0), None,
                          require_both=rule.needs_target)

    def _emit(self, src_toks, tgt_toks, code, rule, trigger, actors, polarity, modality,
              confidence, p: Pattern | None, require_both: bool = False,
              agentless: bool = False) -> list[RawEvent]:
        sources = self._actors(src_toks, actors)
        targets = self._actors(tgt_toks, actors, target=True)
        place = clause_country(trigger, actors) if any(
            a.code is None for a, _ in sources + targets) else None
        victims = None
        if (code[:2] in VIOLENT_ROOTS and place is None and sources
                and all(a.role in {None, "GOV", "MIL"} for a, _ in sources)):
            # a state's violence falls on the other country the sentence names, if any
            # ("Israeli airstrikes on Gaza killed 30 people"); rebels and police act at home
            victims = other_country(trigger, actors, {a.country for a, _ in sources})
        sources, targets, inferred = fill_domestic(sources, targets, place, victims,
                                                   borrow_stated=code[:2] not in COOP_ROOTS)
        home = {a.country for a, _ in sources if a.country}
        people = all(a.role in DOMESTIC_ROLES or (a.role is None and a.ner == "NORP")
                     for a, _ in sources)
        if code[:2] in DOMESTIC_TARGET_ROOTS and len(home) == 1 and people:
            # "Serbian students demonstrated against the government", "the opposition leader
            # called on the military to ...": their own
            country = next(iter(home))
            targets = [(with_country(a, country), t) if a.code is None and a.role in STATE_ROLES
                       and (a.kb_id or "").startswith("role:") else (a, t) for a, t in targets]
        if agentless and not sources and code[:2] in VIOLENT_ROOTS:
            # "a roadside bombing near Samarra killed a U.S. soldier", "three servicemen were
            # killed outside Basra": force by no one named, coded as unidentified armed
            # forces of the country where it happened (CAMEO UAF), with empty text
            country = clause_country(trigger, actors)
            if country is not None:
                unknown = Actor(text="", name=f"unidentified attackers ({country})",
                                code=country + "UAF", country=country, role="UAF",
                                kb_id=f"implied:{country}UAF", ner="IMPLIED")
                sources = [(unknown, None)]
                confidence -= 0.1
        if inferred:
            confidence -= 0.1
            anonymous = any(a.kb_id and a.kb_id.startswith("role:") for a, _ in sources)
            if anonymous and not targets and code[:2] not in UNDIRECTED_ROOTS:
                return []  # "tourists visited the museum in Paris" is no political event
        if not self.keep_unresolved and not any(a.code for a, _ in sources + targets):
            return []  # nobody known: a role noun alone ("police arrested protesters")
        mode = p.mode if p else None
        symmetric = (p is not None and p.symmetric) or code[:2] in SYMMETRIC_ROOTS
        if code[:3] in {"042", "043"} and any(a.role in PRIVATE_ROLES for a, _ in sources):
            return []  # "school children travelled to Syria": no diplomatic visit
        if symmetric and not any(a.code for a, _ in targets) and len(sources) >= 2:
            # "Russian and German Foreign Ministers, Sergey Lavrov and Sigmar Gabriel,
            # discussed": pairs across sides, not a side with itself
            pairs = [(a, b) for a in sources for b in sources
                     if a is not b and a[0].code != b[0].code]
        elif sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
            if p is not None and p.symmetric and code[:2] in COOP_ROOTS - {"03"}:
                # "Japan signed agreements with Vietnam and Laos": a symmetric act is done by
                # both sides, every pair both ways (CAMEO reciprocal events)
                pairs += [(t, s) for s, t in pairs if t[0].code and t[0].ner != "IMPLIED"]
        elif require_both or (code[:2] in DYADIC_ROOTS and not self.keep_unresolved):
            return []
        elif sources:
            # "Indonesian students staged demonstrations": people of a country protesting or
            # demanding without naming whom act on their own state
            pairs = [(s, self._home_state(s[0], code, trigger, actors)) for s in sources]
            confidence -= 0.15
        elif targets:
            pairs = [(None, t) for t in targets]
            confidence -= 0.25
        else:
            return []
        if code.startswith("13") and modality == "actual":
            modality = "threat"
        elif code.startswith("03") and modality == "actual":
            modality = "intent"
        out = []
        for s, t in pairs:
            if (s is not None and t is not None and s[0].code and s[0].code == t[0].code
                    and t[0].ner != "IMPLIED" and (code[:2] in DYADIC_ROOTS or (
                        s[0].ner != "PERSON" and not (s[0].kb_id or "").startswith("person:")
                        and (len(s[0].code) == 3 or s[0].role == "GOV")))):
                # "Serbia's president sent a message to Belgrade": a state or its government
                # does not act on itself, nor does anyone cooperate with their own kind
                if len(pairs) == 1 and not (code[:2] in DYADIC_ROOTS and not self.keep_unresolved):
                    t = None
                else:
                    continue
            if s is not None and t is not None and (
                    (s[0].start, s[0].code) == (t[0].start, t[0].code) or (
                    s[0].kb_id is not None and s[0].kb_id == t[0].kb_id
                    and not s[0].kb_id.startswith("role:"))):
                # an actor does not act on itself (two groups of one role may):
                # "Libya dismantled its chemical weapons" has no target
                if len(pairs) == 1:
                    t = None
                else:
                    continue
            if not self.keep_unresolved and not _known_source(s) and not (
                    s is None and agentless and t is not None and t[0].code):
                continue  # keep "X was attacked" (no agent named) but not unknown sources
            if (not self.keep_unresolved and code[:2] in DYADIC_ROOTS
                    and (t is None or not t[0].code)):
                continue  # cooperation with no one known ("his visit to Zhangjiakou")
            unconventional = self._violence_code(code, s, t)
            pair_code = self._assassination_code(unconventional, t)
            pair_rule = rule + ("+unconventional" if unconventional != code else "") + (
                "+assassination" if pair_code != unconventional else "")
            by_who = self._protest_by_who(pair_code, s, t)
            if by_who != pair_code:
                pair_code, pair_rule = by_who, pair_rule + "+protester"
            penalty = sum(0.05 for a in (s, t) if a is not None and a[0].ner == "PRON")
            spans = [(a[0].start, a[0].end) for a in (s, t) if a is not None]
            out.append(RawEvent(
                source=s[0] if s else None, target=t[0] if t else None, code=pair_code,
                rule=pair_rule,
                tokens=list(trigger), polarity=polarity, modality=modality,
                confidence=round(max(0.05, min(1.0, confidence - penalty)), 2), mode=mode,
                actor_spans=spans,
            ))
        return out


# "Jordan and Britain agreed to hold exercises": with coordinated sources and no target,
# cooperative acts are coded both ways (CAMEO codebook: reciprocal events).
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
# Cooperation of any kind (verbal and material, intents included).
COOP_ROOTS = {"03", "04", "05", "06", "07", "08"}
# Cooperation is done with someone: with no one named it is no event ("Russia backs",
# "it also helps", "Putin visited").
DYADIC_ROOTS = {"04", "05", "06", "07"}
# Verbal acts whose target may be the subject of the reported clause.
VERBAL_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Protests, demands and complaints of a country's own people with no target named are
# directed at their state (PLOVER/CAMEO code the country as target).
DOMESTIC_TARGET_ROOTS = {"02", "10", "11", "12", "14"}
# Force and coercion with no target named act on the country of the place they happen in.
PLACE_TARGET_ROOTS = {"15", "17", "18", "19", "20"}
# Acts that are events even with no target named (protests, mobilisation, violence).
UNDIRECTED_ROOTS = {"14", "15", "17", "18", "19", "20"}
# People who do not make or host official visits.
PRIVATE_ROLES = {"CVL", "EDU", "REF", "HLH", "BUS", "MED", "AGR", "ENV", "LAB", "CRM"}
# Numbers that stand for people when they head a subject ("thousands marched").
CROWD_WORDS = {"thousands", "hundreds", "dozens", "millions", "tens"}
# The state's own organs: whom a people's protest or appeal addresses when no country is
# named ("protested against the government", "called on the military").
STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG"}
# Force, coercion and violence (CAMEO 15-20), and violence proper (18-20).
FORCE_ROOTS = {"15", "16", "17", "18", "19", "20"}
VIOLENT_ROOTS = {"18", "19", "20"}


def _apply_chain(code: str, pattern_id: str, chain):
    """Re-code an event through the control verbs above it ("threatened to", "agreed to"):
    (code, modality override, polarity flipped, rule ids, object controller)."""
    modality_override, polarity_flip, rule_ids, object_controller = None, False, [pattern_id], None
    for head, rule in chain:
        if rule is None:
            continue
        rule_ids.append(rule.id)
        if rule.recode:
            code = _recode(rule, code)
        if rule.effect in {"threat", "intent"}:
            modality_override = rule.effect
        elif rule.effect == "negate":
            polarity_flip = not polarity_flip
        elif rule.effect == "hypothetical":
            modality_override = "hypothetical"  # "would be able to strike": not done
        if rule.object_control:
            object_controller = head
    return code, modality_override, polarity_flip, rule_ids, object_controller


def _recode(rule: ControlRule, code: str) -> str:
    """The combined code: the rule's entry for the full code, else for a shorter prefix
    ("163" threatened -> 1312, else root "16" -> 131), else its default."""
    for k in range(len(code), 1, -1):
        if code[:k] in rule.recode:
            return rule.recode[code[:k]]
    return rule.recode.get("default", code)


def _known_source(side) -> bool:
    """A source we can name: a coded actor, or a named person/organisation kept with code None."""
    if side is None:
        return False
    actor = side[0]
    return actor.code is not None or actor.ner in {"PERSON", "ORG"}
