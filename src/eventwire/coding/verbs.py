"""Verb events: read a verb trigger's control chain, attach its source and target by voice
(active, passive with a `by` agent, reported), refine the code by the means or aim of the
act, and hand the sides to the emitter (sides.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import BlockActors
from .arguments import ANSWER_VERBS, SENT_AWAY
from .conventions import VIOLENT_ROOTS, _apply_chain, _recode
from .events import RawEvent
from .matching import Match, Reading
from .modality import says_nothing
from .sides import ARMED_ROLES, LazyModality
from .syntax import (
    OWNER_DEPS,
    PASS_SUBJ,
    REPORTED_PRONOUNS,
    STATIVE_PASSIVES,
    SUBJ,
    addressee_of,
    agreement_noun,
    children_by_dep,
    co_actors,
    conjuncts,
    control_noun,
    intention_noun,
    is_reported,
    lemma_of,
    obj_matches,
    object_controller,
    obliged,
    ordered_done,
    pobjs,
    raised_patient,
    reduced_passive_subject,
    referred_act,
    shared_object,
    speaker_of,
    wishing_verb,
)

# Verbs of denying or admitting an act (CAMEO 016 deny responsibility, 015 acknowledge it)
AVOWAL_CODES = {"deny": "016", "acknowledge": "015", "confess": "015", "concede": "015"}

# Verbs whose object is the doer's own people: "Kenya's ambassador was recalled", "Chadian
# troops were deployed" (their owner is who acts, not whom it is done to).
OWN_PEOPLE_VERBS = {"recall", "withdraw", "pull", "evacuate", "deploy", "send", "dispatch",
                    "mobilize", "mobilise", "station", "post", "train", "arm", "reinforce"}


# Verbs of calling someone in: a passive one's "to" phrase names who calls.
CALLED_IN = {"summon", "invite", "call"}


# Verbs of talking about something: their passive subject is the topic, not a party.
TOPIC_VERBS = {"discuss", "debate", "address", "raise", "examine", "review"}


def _exact_recode(rules, code: str, rule: str) -> str:
    """`code` as the control rules named in `rule` ("19.kill+ctl.attempt") recode it by an
    entry for that very code (a code coded after the chain was read, as an assassination)."""
    parts = set(rule.split("+"))
    for r in rules:
        if r.id in parts and code in r.recode:
            return r.recode[code]
    return code


# Where a protest stands before a state's mission ("outside the French embassy", "in
# front of the US consulate"), and the missions.
MISSION_PREPS = {"outside", "at", "near", "before", "opposite", "in", "to", "towards"}
MISSION_NOUNS = {"embassy", "consulate", "legation", "chancery", "chancellery", "commission",
                 "mission"}


# Clauses that tell what caused a harm ("were killed when a storm hit the coast").
CAUSE_MARKS = frozenset({"when", "after", "as"})


# Effects of control verbs that also take their act as a gerund after "to" ("committed to
# resolving", "agreed to reopening", "objected to sending"): an intent or a refusal.
TO_GERUND_EFFECTS = frozenset({"intent", "refuse"})


def to_gerund_controller(tok: Token, control) -> tuple[Token, object] | None:
    """The control verb (or adjective: "is committed to") whose "to" phrase has this gerund
    as its complement, with its rule; None when there is none."""
    prep = tok.head
    if not (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ == "to"
            and prep.dep_ == "prep" and prep.head.i != prep.i):
        return None
    head = prep.head
    if head.pos_ not in {"VERB", "ADJ", "AUX"}:
        return None
    rule = control.get(lemma_of(head)) or control.get(head.lower_)
    if rule is None or rule.effect not in TO_GERUND_EFFECTS:
        return None
    return head, rule


# Armed forces whose report of unowned strikes is of their own ("the army said air strikes
# killed 30 militants"); not ministries, medics or residents, who report others' strikes ...
ARMED_SPEAKERS = {"MIL"}
# ... of the means armies wield (artillery 194, air and drone strikes 195), not bombs or
# ambushes, which armies report suffering.
ARMY_MEANS = {"194", "195"}

# Participles by which an act is owned by its doer ("claimed by", "carried out by").
CLAIMING_VERBS = {"claim", "carry", "conduct", "launch", "stage", "mount", "perpetrate",
                  "commit", "execute", "orchestrate", "plan"}


class VerbEventsMixin:
    """Coder methods of this step (mixed into coder.Coder)."""

    def _chain(self, tok: Token):
        """The control chain (modality.ModalityMixin._chain), continued through a control
        verb whose act follows as a gerund after "to" ("Peru committed to releasing the
        prisoners", "agreed to reopening the border"): the parser hangs it as a
        preposition's complement, not as the verb's own complement."""
        chain = super()._chain(tok)
        base = chain[-1][0] if chain else tok
        while base.dep_ == "conj" and base.head.pos_ == "VERB" and base.tag_ == "VBG":
            base = base.head  # "committed to reopening the border and releasing ..."
        found = to_gerund_controller(base, self.lexicon.control)
        if found is None:
            return chain
        head, rule = found
        return [*chain, (head, rule), *super()._chain(head)]

    def _verb_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        """A verb trigger's event: read its control chain, attach source and target by
        voice, refine by means, reframe (wishes, reported demands, object control), aim it,
        then apply CAMEO conventions and clause modality."""
        r = self._read_chain(m)
        self.place_root = r.code[:2]
        if self._answered_by(r.tok) or not self._attach_by_voice(r, actors):
            return []
        self._refine_by_means(r, actors)
        self._reframe(r, actors)
        self._aim(r, actors)
        self._apply_conventions(r, actors)
        tok, p = r.tok, r.pattern
        if r.code[:2] == "14" and not any(
                t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "against")
                for t in r.tgt_toks) and (mission := self._protested_mission(tok, actors)):
            # "demonstrated outside the French embassy in Beirut": the state whose mission
            # a protest stands before is whom it is aimed at, not the place's
            r.tgt_toks = mission
        elif r.code[:2] == "14" and not any(self._actor(t, actors, True) for t in r.tgt_toks):
            # "sat in on highways in defiance of the Thai junta", "began a hunger strike
            # to protest against Sweden's decision": a protest's target in its purpose
            r.tgt_toks = self._purpose_targets(tok, actors) or r.tgt_toks
        if says_nothing(tok, self.lexicon.words("no_news_objects"), r.polarity == "negated") or (
                lemma_of(tok) in self.lexicon.no_news_verbs and (r.polarity == "negated" or any(
                    c is not None and c.effect in {"refuse", "negate"} for _, c in r.chain))):
            return []  # "gave no further details", "declined to elaborate": no news
        top, told = r.top, r.modality
        # (read by _emit only if the trigger has a side to emit an event with)
        modality = LazyModality(lambda: self._clause_modality(top, told, actors))
        src_toks, tgt_toks = r.src_toks, r.tgt_toks
        confidence = 0.85 - (0.1 if r.inherited else 0)
        if p.reverse:
            # "received weapons from the US": the US gives, the subject receives
            src_toks, tgt_toks, r.inherited = tgt_toks, src_toks, False
        trigger = [tok.i] + m.extra + [h.i for h, _ in r.chain] + [t.i for t in r.means_toks]
        # "X was attacked": no agent named; but not background clauses ("where 24 people
        # were killed last March") that only describe a place or a thing
        agentless = ((bool(r.passive_subj) or r.means_subject or r.means_toks) and not src_toks
                     and r.top.dep_ not in {"relcl", "acl", "advcl", "pcomp"})
        found = self._emit(src_toks, tgt_toks, r.code, "+".join(r.rule_ids), trigger, actors,
                           r.polarity, modality, confidence, p, require_both=p.needs_target,
                           agentless=agentless)
        if r.mutual and found:
            found += self._emit(tgt_toks, src_toks, r.code, "+".join(r.rule_ids), trigger,
                                actors, r.polarity, modality, confidence, p, require_both=True)
        return found + self._avowal(r, tgt_toks, actors)

    def _answered_by(self, tok: Token) -> bool:
        """An answer told by its act ("China retaliated by imposing tariffs", "Poland
        responded by expelling three diplomats"): the act in the "by" phrase, which the
        lexicon codes, is the event, not a generic response."""
        return lemma_of(tok) in ANSWER_VERBS and any(
            g.tag_ == "VBG" and self.lexicon.candidates("verb", lemma_of(g))
            for p in children_by_dep(tok, {"prep"}) if p.lower_ == "by"
            for g in children_by_dep(p, {"pobj", "pcomp"}))

    def _protested_mission(self, tok: Token, actors: BlockActors) -> list[Token]:
        """The embassy or consulate a protest is held at, outside or in front of, when an
        actor owns it ("rallied outside the US consulate"), or []."""
        places = pobjs([tok], MISSION_PREPS)
        places += pobjs([f for f in places if f.lower_ == "front"], {"of"})
        # (its owner named on it: "the embassy in La Paz" is no one's we know)
        return [g for g in places if lemma_of(g) in MISSION_NOUNS and any(
            c.dep_ in {"amod", "compound", "poss", "nmod"} for c in g.children)
                and self._actor(g, actors, True) is not None][:1]

    def _avowal(self, r: Reading, tgt_toks, actors: BlockActors) -> list[RawEvent]:
        """ "denied that it had shelled Afghan villages", "acknowledged that it had shot
        down a Ukrainian jet": the denial (016) or admission (015) of an act is itself an
        event of the one who denies or admits, aimed at the act's target."""
        heads = [h for h, _ in r.chain]
        if r.top.dep_ == "ccomp":
            heads.append(r.top.head)
        for head in heads:
            code = AVOWAL_CODES.get(lemma_of(head))
            if code is None or (code == "016") != (r.polarity == "negated"):
                continue
            subj = children_by_dep(head, SUBJ)
            if not subj:
                return []
            polarity, modality = self._modality([head])
            return self._emit(conjuncts(subj[0]), tgt_toks, code, "avowal", [head.i], actors,
                              polarity, modality, 0.6, None, require_both=True)
        return []

    def _read_chain(self, m: Match) -> Reading:
        """The trigger's code through the control verbs and intent nouns above it."""
        tok = m.token
        chain = self._chain(tok)
        r = Reading(m, chain)
        r.code, r.modality_override, r.polarity_flip, r.rule_ids, r.object_controller = (
            _apply_chain(m.pattern.code, m.pattern.id, chain))
        for noun_of, lemma in ((agreement_noun, "agree"), (intention_noun, "plan")):
            # "Chile and Bolivia reached an understanding to share river data",
            # "the minister had no plans to meet her": an intent (here a negated one)
            noun, rule = noun_of(r.top), self.lexicon.control.get(lemma)
            if noun is None or rule is None:
                continue
            r.code = _recode(rule, r.code)
            r.rule_ids.append(rule.id)
            r.modality_override = "intent"
            if any(c.lower_ == "no" for c in noun.children):
                r.polarity_flip = not r.polarity_flip
        if (found := control_noun(r.top)) is not None:
            # "Iran's threat to close the strait", "Chad's refusal to extradite him": the
            # noun controls its infinitive as its verb does
            noun, lemma = found
            rule = self.lexicon.control.get(lemma)
            if rule is not None:
                code, override, flip, ids, _ = _apply_chain(r.code, "", [(noun, rule)])
                r.code, r.rule_ids = code, r.rule_ids + ids[1:]
                r.modality_override = override or r.modality_override
                r.polarity_flip = r.polarity_flip != flip
        return r

    def _attach_by_voice(self, r: Reading, actors: BlockActors) -> bool:
        """Source and target by voice (active, passive, stative); False when the subject is
        a natural force, which makes no event."""
        tok, p = r.tok, r.pattern
        if self._held_as(r):
            return False  # "freed four Americans held captive in Iran": a description
        passive_subj = reduced_passive_subject(tok, lambda t: bool(
            self.lexicon.candidates("noun", lemma_of(t)))) or children_by_dep(
            tok, PASS_SUBJ) or raised_patient(tok)
        stative = STATIVE_PASSIVES.get(lemma_of(tok))
        r.tgt_toks, r.inherited = [], False
        if passive_subj and stative and not self._agent(tok) and pobjs([tok], {stative}):
            # "Chile is opposed to Bolivian mediation", "the militia was engaged in looting":
            # a stance or an activity, not a passive
            r.src_toks = conjuncts(passive_subj[0])
            r.tgt_toks = pobjs([tok], {"to"}) if stative == "to" else []
            passive_subj = []
        elif passive_subj and p.obj and r.match.extra and passive_subj[0].i in r.match.extra:
            self._passive_object_sides(r, passive_subj, actors)
        elif passive_subj:
            self._passive_sides(r, passive_subj, actors)
        else:
            r.src_toks, r.inherited = self._subjects(r.top)
            if r.src_toks:
                r.src_toks = r.src_toks + co_actors(r.top, r.src_toks[0])
        r.passive_subj = passive_subj
        return not self._natural_harm(r, passive_subj, actors)

    def _passive_object_sides(self, r: Reading, passive_subj: list[Token],
                              actors: BlockActors) -> None:
        """Sides of a passive whose subject is the pattern's own object."""
        tok, p = r.tok, r.pattern
        # "sanctions were imposed on Iran (by the US)", "the Turkish agreement was signed";
        # "talks between A and B were held": both sides of a symmetric act
        owners = [c for c in passive_subj[0].children if c.dep_ in OWNER_DEPS]
        patient = self._actor(passive_subj[0], actors)
        if (patient is not None and patient.role and not p.symmetric
                and lemma_of(tok) not in OWN_PEOPLE_VERBS):
            # "three Sudanese diplomats were expelled (from Egypt)": people acted on are
            # the target, whatever their nationality; the doer is the agent, or the
            # state they are sent away from
            r.src_toks = self._agent(tok) or self._called_in_by(tok, actors)
            r.tgt_toks = conjuncts(passive_subj[0])
            if not r.src_toks and lemma_of(tok) in SENT_AWAY:
                r.src_toks = self._sent_from(tok, actors)
        elif r.code[:2] in {"11", "12"}:
            # "the Peruvian plan was rejected": what is rejected or criticised is the
            # owner's, who is its target
            r.src_toks, r.tgt_toks = self._agent(tok), owners
        else:
            r.src_toks = (self._agent(tok) or owners
                          or (pobjs(passive_subj, {"between"}) if p.symmetric else []))

    def _passive_sides(self, r: Reading, passive_subj: list[Token],
                       actors: BlockActors) -> None:
        """Sides of a passive: the agent (or who caused the harm, or called in, or the
        state a person is sent from) acts on the subject."""
        tok, p = r.tok, r.pattern
        # "Turkey was criticised by Germany", "critics were stripped of citizenship by X"
        r.src_toks = self._agent(tok) or self._deep_agent(tok)
        if not r.src_toks and p.code[:2] in VIOLENT_ROOTS:
            # "four guards were wounded when gunmen stormed the bank": who did the
            # clause that tells how the harm came
            r.src_toks = [c for c in self._passive_causes(tok)
                          if c.dep_ == "nsubj" and self._actor(c, actors) is not None][:1]
        r.tgt_toks = passive_subj
        if r.code[:2] == "04" and lemma_of(tok) in TOPIC_VERBS and not r.src_toks:
            # "Haiti will be discussed at the summit": what is talked about, by no one
            # named, is no party to the talks
            r.tgt_toks = []
        r.src_toks = r.src_toks or self._called_in_by(tok, actors)
        if not r.src_toks and lemma_of(tok) in SENT_AWAY:
            # "was extradited from Turkey to Belgium": the state it leaves sends it
            # (a handover between states is to the one it is sent to)
            r.src_toks, to = self._sent_from(tok, actors), pobjs([tok], {"to"})
            if r.src_toks and r.code[:2] == "06" and any(self._actor(t, actors, True)
                                                         for t in to):
                r.tgt_toks = to

    def _natural_harm(self, r: Reading, passive_subj: list[Token], actors: BlockActors
                      ) -> bool:
        """Harm done by, or force against, a natural force or a scourge: no one's act."""
        tok, p = r.tok, r.pattern
        natural = self.lexicon.words("natural_forces")

        def is_natural(s: Token) -> bool:  # "mudslides", "Cyclone Idai"
            return lemma_of(s) in natural or s.lower_ in natural or any(
                c.dep_ == "compound" and c.lower_ in natural for c in s.children)

        scourges = self.lexicon.words("scourges")

        def is_scourge(o: Token) -> bool:  # "drug trafficking", "corruption"
            return lemma_of(o) in scourges or o.lower_ in scourges

        if p.code[:2] in VIOLENT_ROOTS and passive_subj and any(
                is_natural(c) and self._actor(c, actors) is None
                for c in self._passive_causes(tok)):
            # "dozens were killed in floods", "two climbers were killed by an avalanche",
            # "five miners died ... were injured when a tunnel collapsed": harm a natural
            # force or an accident did is no one's act
            return True
        # (by the act's own code: "vowed to fight floods" is read as a threat by now)
        if p.code[:2] in VIOLENT_ROOTS and any(
                (is_natural(o) or is_scourge(o)) and self._actor(o, actors) is None
                for o in children_by_dep(tok, {"dobj"}) + pobjs([tok], {"against"})):
            # "firefighters battled wildfires", "fought the floods", "vowed to fight drug
            # trafficking together": no force on anyone
            return True
        return bool(r.src_toks and not passive_subj and all(
            is_natural(s) and (self._actor(s, actors) is None or s.pos_ == "PROPN")
            for s in r.src_toks))

    def _passive_causes(self, tok: Token) -> list[Token]:
        """What a passive harm verb says caused it: its agent, what it happened "in" or
        "during" ("killed in a landslide"), and the subject of a "when"/"after"/"as" clause
        on it ("injured when a cyclone struck")."""
        causes = self._agent(tok) + pobjs([tok], {"in", "during", "by"})
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in CAUSE_MARKS
                                         for m in c.children):
                causes += children_by_dep(c, {"nsubj", "nsubjpass"})
        return causes

    def _held_as(self, r: Reading) -> list[Token]:
        """Who a reduced relative describes as held ("freed four Americans held captive in
        Iran", "rescued workers taken hostage by militants"): a participle whose only
        object is a bare captive predicate, hung on a noun or parsed as a clause of its
        own with that noun for subject. It tells who the people of a larger event are, not
        a new act, so it codes nothing. [] for a clause that tells the act ("rebels held
        the women hostage", "militants took hostages", "Hamas is holding hostage 200")."""
        tok = r.tok
        objs = children_by_dep(tok, {"dobj"})
        if (len(objs) != 1 or objs[0].lower_ not in self.lexicon.words("captive_predicates")
                or objs[0].i not in r.match.extra
                or any(c.dep_ in {"det", "poss", "nummod", "amod"} for c in objs[0].children)):
            return []
        if tok.dep_ == "acl":
            return [tok.head]
        subj = children_by_dep(tok, {"nsubj"})
        if (tok.dep_ in {"ccomp", "conj", "advcl"} and subj and subj[0].right_edge.i == tok.i - 1
                and not children_by_dep(tok, {"aux", "auxpass", "mark"})):
            return subj
        return []

    def _called_in_by(self, tok: Token, actors: BlockActors) -> list[Token]:
        """Who calls someone in, by a passive verb of summoning's "to" phrase: "the Greek
        envoy was summoned to the Turkish foreign ministry" (whose office one is called to).
        """
        if lemma_of(tok) not in CALLED_IN:
            return []
        return [g for g in pobjs([tok], {"to"})
                if (a := self._actor(g, actors)) is not None and a.code]

    def _refine_by_means(self, r: Reading, actors: BlockActors) -> None:
        """The means of violence is no actor, and refines a generic code ("in a bomb
        attack" -> bombing); a passive's agent may be that of the attack it happened in."""
        tok = r.tok
        if r.passive_subj and r.src_toks and all(
                self._means(s) and self._actor(s, actors) is None for s in r.src_toks):
            r.means_toks, r.src_toks = r.src_toks, []  # "were killed by a roadside bomb"
        if r.passive_subj and not r.src_toks:
            # "was murdered during an assault on a post by separatists": the agent of the
            # event noun the act happened in
            # ("killed in a clash with Chadian troops": the other side of a fight)
            for g in pobjs([tok], {"in", "during"}):
                if nouns := self.lexicon.candidates("noun", lemma_of(g)):
                    preps = {"by", "with"} if any(q.symmetric for q in nouns) else {"by"}
                    r.src_toks = pobjs([g, *pobjs([g], {"on", "against"})], preps)[:1]
                    if r.src_toks:
                        # "two guards died in a gunfight with bandits": armed
                        # sides of a fight each use force on the other
                        r.mutual = r.src_toks[0].head.lower_ == "with" and all(
                            (a := self._actor(t, actors)) is not None and a.role in ARMED_ROLES
                            for t in r.passive_subj)
                        break
            if not r.src_toks:
                # "were killed in a US drone strike", "died in an Israeli air raid": the
                # nation named on the strike or means it happened in did it
                r.src_toks = self._strike_owner(tok, actors)
        elif (r.code[:2] in {"18", "19"} and r.src_toks and not r.passive_subj
              and all(self._means(s) and self._actor(s, actors) is None for s in r.src_toks)):
            # "a car bomb killed one soldier": the means is no actor
            r.means_subject, r.means_toks = True, r.src_toks
            r.src_toks, r.inherited = [], False
            r.tgt_toks = children_by_dep(tok, {"dobj"})
            if is_reported(tok) and all(
                    (self._means(m) or "")[:3] in ARMY_MEANS for m in r.means_toks) and (
                    speakers := speaker_of(tok)) and all(
                    (a := self._actor(s, actors)) is not None and a.role in ARMED_SPEAKERS
                    for s in speakers):
                # "the Nigerian army said air strikes killed 30 militants": an armed force
                # telling of strikes it names no owner for tells of its own
                r.src_toks, r.means_subject = speakers, False
        named = r.src_toks or (r.means_toks if r.means_subject else [])
        if (named and not r.passive_subj
                and all(self._actor(s, actors) is None for s in named)
                and (doers := [d for s in named for d in self._claimed_by(s)])):
            # "the attack, claimed by Islamic State, killed 12 soldiers", "a bombing carried
            # out by the rebels wounded five": who claimed or carried out the act did it
            r.means_toks = r.means_toks or named
            r.src_toks, r.inherited, r.means_subject = doers, False, False
        if r.code in self.lexicon.refinable_violence:
            # "injured three policemen in a bomb attack": the means makes it a bombing
            means = [self._means(g) for g in pobjs([tok], {"in", "with", "by", "during"})]
            means += [self._means(g) for g in self._agent(tok)]
            means += [self._means(s) for s in children_by_dep(tok, SUBJ) + r.means_toks]
            means = [m for m in means if m]
            if means:
                r.code = max(means, key=len)
                r.rule_ids.append("means")

    def _chain_recode(self, code: str, rule: str) -> str:
        return _exact_recode(self.lexicon.control.values(), code, rule)

    def _strike_owner(self, tok: Token, actors: BlockActors) -> list[Token]:
        """The actor named as a modifier of the means or attack noun a passive act
        happened "in" ("in a US drone strike", "in a Turkish airstrike"), or []."""
        for g in pobjs([tok], {"in", "during"}):
            if not (self._means(g) or self.lexicon.candidates("noun", lemma_of(g))):
                continue
            mods = [c for c in g.children if c.dep_ in {"amod", "compound", "nmod"}]
            mods += [m for c in list(mods) for m in c.children
                     if m.dep_ in {"amod", "compound", "nmod", "npadvmod"}]
            owners = [m for m in mods if m.i < g.i and self._actor(m, actors) is not None]
            if owners:
                return owners[:1]
        return []

    def _claimed_by(self, noun: Token) -> list[Token]:
        """Who an event noun says did it: its "by" phrase ("an attack by rebels"), or the
        agent of a participle of claiming or carrying out on it ("the bombing, claimed by
        the Taliban", "a raid carried out by Israeli forces")."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return []
        return self._agent_like(noun) or [
            g for c in noun.children if c.dep_ == "acl" and lemma_of(c) in CLAIMING_VERBS
            for g in self._agent(c)]

    def _referred_act_doers(self, tok: Token) -> list[Token]:
        """Who did the act a noun set off after a clause refers back to (the subject of
        syntax.referred_act), when `tok` is the verb of the noun's relative clause."""
        clause = referred_act(tok, self.lexicon.words("act_references"))
        return self._subjects(clause)[0] if clause is not None else []

    def _reframe(self, r: Reading, actors: BlockActors) -> None:
        """Who really acts on whom: a wish is an appeal by the one who wishes, a verb of
        force on an idea is criticism, an object-control verb's object is the target, and
        a reported obligation is a demand by the speaker."""
        tok, top = r.tok, r.top
        wisher = wishing_verb(top)
        if r.object_controller is None and wisher is not None:
            # "X wants Japan to pay reparations": not (yet) Japan's act, X's appeal to Japan
            urge = self.lexicon.control.get("urge")
            if urge is not None:
                r.code = _recode(urge, r.code)
                r.rule_ids.append("wished")
                r.tgt_toks = conjuncts(children_by_dep(top, SUBJ)[0])
                r.src_toks, r.inherited = self._subjects(wisher)
        verbal = self.lexicon.verbal_attack
        if verbal and r.code in verbal.codes and any(
                obj_matches(o, verbal.words) and self._actor(o, actors) is None
                for o in children_by_dep(tok, {"dobj"})):
            r.code = verbal.code  # "attacked the case against him": words, not force
            r.rule_ids.append("verbal-attack")
        if (orderer := ordered_done(tok)) is not None:
            # "a court ordered the reporter to be held in custody": the order is the act,
            # done by whoever ordered it to whom it is done
            r.code, r.modality_override = r.pattern.code, None
            r.rule_ids.append("ordered-done")
            r.src_toks, r.inherited = self._subjects(orderer)
            r.tgt_toks = r.passive_subj
            return
        if r.object_controller is not None:
            # "urged Iran to ...", "called on Russia to ...", "appealed to Serbia to ..."
            r.src_toks, r.inherited = self._subjects(r.object_controller)
            r.tgt_toks = (children_by_dep(r.object_controller, {"dobj"})
                          or pobjs([r.object_controller], {"on", "upon", "to"}))
            if (asked := self._asked_passive(r.object_controller)) is not None:
                r.src_toks, r.tgt_toks = asked
                r.inherited = False
            return
        clause = top.head if top.dep_ == "acomp" else top
        if not ((not r.chain or top.dep_ == "acomp") and is_reported(clause)
                and obliged(clause)):
            return
        # "the minister said Libya must hand over the suspects": a demand by the speaker
        demand, speaker = self.lexicon.control.get("demand"), speaker_of(clause)
        if demand is None or not speaker:
            return
        r.code = _recode(demand, r.code)
        r.rule_ids.append("reported-demand")
        r.modality_override = None
        subj = children_by_dep(clause, SUBJ)
        r.tgt_toks = r.src_toks
        if subj and subj[0].lower_ in REPORTED_PRONOUNS:
            # "a reminder to Morocco that it must cooperate": "it" is the addressee
            r.tgt_toks = addressee_of(clause) or r.tgt_toks
        r.src_toks, r.inherited = conjuncts(speaker[0]), True

    def _aim(self, r: Reading, actors: BlockActors) -> None:
        """The target: the pattern's slots, what a complaint is about or who caused a
        protest, else the nearest actor a phrase of the verb points at."""
        tok = r.tok
        if not r.tgt_toks:
            r.tgt_toks = self._targets(tok, r.pattern, r.match.extra, actors)
        if not r.tgt_toks and (shared := shared_object(tok)):
            # "condemned and rejected the Ugandan proposal": both verbs act on it (or on
            # its owner, when it is no one)
            owners = [c for c in shared[0].children if c.dep_ in OWNER_DEPS
                      and self._actor(c, actors) is not None]
            r.tgt_toks = shared if self._actor(shared[0], actors) is not None else owners
        if r.code[:2] == "15":
            # "massed troops near its border with Chad": a show of force is aimed at whom
            # the border is shared with, and one's own forces are its means, not its target
            r.tgt_toks = self._posture_target(tok, r.tgt_toks, actors)
        if r.code[:2] in {"11", "14"}:
            # a complaint or protest is aimed at whom it is about, not to whom it is made
            # ("complained to the Arab League over two Turkish air raids"), or at who
            # caused it ("protested after police killed a teenager")
            about = [g for g in pobjs([tok], {"over", "about", "against"})
                     if (a := actors.actor_for(g) or self._actor_shallow(g, actors))
                     is not None and a.code]
            cause = [g for c in children_by_dep(tok, {"advcl"})
                     if any(w.dep_ == "mark" and w.lower_ in {"after", "because", "when"}
                            for w in c.children)
                     for g in children_by_dep(c, SUBJ)]
            if about:
                r.tgt_toks = about[:1]
            elif cause and not self._aims_elsewhere(r.tgt_toks, r.src_toks, actors):
                r.tgt_toks = cause[:1]
        if not self._aims_elsewhere(r.tgt_toks, r.src_toks, actors):
            # no coded actor other than the source itself ("deployed troops to its border
            # with Belarus": "its" is Poland's own)
            r.tgt_toks = (self._phrase_target(tok, r.match.extra, r.src_toks, actors, r.code)
                          or r.tgt_toks)
        if r.code[:2] == "13" and not self._aims_elsewhere(r.tgt_toks, r.src_toks, actors):
            # "warned it would respond if Finland joined the alliance", "threatened to block
            # the bid unless Sweden complied": a threat is aimed at whom its condition asks
            r.tgt_toks = self._condition_subject(tok, r.src_toks, actors) or r.tgt_toks
        step = tok
        while step.dep_ == "xcomp" and not self._aims_elsewhere(r.tgt_toks, r.src_toks, actors):
            # "summoned Chad's envoy to complain about the raids": what the subject does
            # with whom it summoned, invited or called in is aimed at them
            objs = children_by_dep(step.head, {"dobj"})
            if self._aims_elsewhere(objs, r.src_toks, actors):
                r.tgt_toks = objs
            step = step.head
        if not self._aims_elsewhere(r.tgt_toks, r.src_toks, actors) and (
                doers := self._referred_act_doers(tok)):
            # "Quito cut its oil exports, a move Lima criticised", "Seoul accused Pyongyang
            # of hacking, a charge Pyongyang denied": a reaction to the act the noun refers
            # back to is aimed at whoever did that act
            if self._aims_elsewhere(doers, r.src_toks, actors):
                r.tgt_toks = doers
        if object_controller(tok) is not None and not self._aims_elsewhere(
                r.tgt_toks, r.src_toks, actors):
            # "Lima expelled two envoys, prompting Quito to recall its ambassador": an act
            # another's act led to is aimed at whoever led to it, when nothing else is named
            prompters, _ = self._subjects(tok.head)
            if self._aims_elsewhere(prompters, r.src_toks, actors):
                r.tgt_toks = prompters
