"""The coder: applies the verb-pattern lexicon over a dependency parse.

For each sentence it finds trigger tokens (verbs and event nouns whose lemma a
pattern names), climbs control-verb chains ("threatened to topple"), finds the
source (subject, passive agent, inherited subject) and target (object or the
pattern's preposition), expands coordinated actors, and sets polarity and
modality. It knows nothing of files or the CLI; it returns RawEvents.

The Coder is put together from named parts: matching (matching.py), argument attachment
(arguments.py), modality and polarity (the modality/ package) and conventions (conventions.py);
this module reads each trigger through them and emits the events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..actors.resolve import BlockActors
from ..models import Actor
from .arguments import OWNER_PRONOUNS, SENT_AWAY, ArgumentsMixin
from .conventions import (
    COOP_ROOTS,
    DOMESTIC_TARGET_ROOTS,
    DYADIC_ROOTS,
    OWN_STATE_ROOTS,
    PRIVATE_ROLES,
    STATE_ROLES,
    SYMMETRIC_ROOTS,
    UNDIRECTED_ROOTS,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
    ConventionsMixin,
    _apply_chain,
    _known_source,
    _recode,
)
from .domestic import (
    DOMESTIC_ROLES,
    clause_country,
    fill_domestic,
    localised,
    other_country,
    own_place_country,
    sentence_country,
    transnational,
    with_country,
)
from .events import (
    RawEvent,
    absorb_purpose_demands,
    dedupe,
    drop_restating_addons,
    merge_subject_events,
)
from .lexicon import TARGET_PREPS_NOUN, ControlRule, Lexicon, Pattern
from .matching import Match, MatchingMixin, Reading
from .modality import (
    ModalityMixin,
    characterises,
    figurative,
    is_question,
    link_tokens,
    measured_opinion,
    named_pact,
    planned_only,
    says_nothing,
)
from .syntax import (
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    OWNER_DEPS,
    PASS_SUBJ,
    REPORTED_PRONOUNS,
    SPEECH_LEMMAS,
    STATIVE_PASSIVES,
    SUBJ,
    addressee_of,
    agreement_noun,
    children_by_dep,
    condition_spans,
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

# Who fights or opposes a state from inside it: "the government" or "the regime" they
# deal with, named by no country, is their own ("Syrian rebels met the regime in Geneva").
INSIDER_ROLES = {"REB", "OPP", "INS", "SEP"}
# Verbs of denying or admitting an act (CAMEO 016 deny responsibility, 015 acknowledge it)
AVOWAL_CODES = {"deny": "016", "acknowledge": "015", "confess": "015", "concede": "015"}
# Sides that fight (a clash "with" them is mutual force)
ARMED_ROLES = {"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"}
FIGHTING_SIDES = ARMED_ROLES | {None, "GOV"}  # states named as such fight too

# Restrictions eased (CAMEO 081 curfews, emergencies, bans; 082 dissent tolerated) fall on
# the people of the place they are eased in, one's own towns too ("lifted the curfew in
# Karachi" eases it for Pakistan), as repression (17) does.
EASED_AT_HOME = ("081", "082")

# Roles that make a role noun a political actor wherever it is placed.
POLITICAL_ROLES = {"OPP", "REB", "INS", "SEP", "PTY"}

# Aid given (07) and relations or aid cut (16): with no one named, the foreign country of
# the place they are given or cut in is their target (coder._sides).
AID_AND_CUT_ROOTS = {"07", "16"}

# Verbs whose object is the doer's own people: "Kenya's ambassador was recalled", "Chadian
# troops were deployed" (their owner is who acts, not whom it is done to).
OWN_PEOPLE_VERBS = {"recall", "withdraw", "pull", "evacuate", "deploy", "send", "dispatch",
                    "mobilize", "mobilise", "station", "post", "train", "arm", "reinforce"}

# Verbs of calling someone in: a passive one's "to" phrase names who calls.
CALLED_IN = {"summon", "invite", "call"}

# Hostile roots (demand to mass violence) whose acts a state may aim at its own officials.
HOSTILE_ROOTS = {"10", "11", "12", "13", "16", "17", "18", "19", "20"}

# Verbs that describe something as something ("described the raid as an aggression",
# "branded the rebels terrorists"): with a noun of blame, criticism (coder._blamed).
BLAMING_VERBS = {"describe", "call", "brand", "label", "term", "dub", "characterise",
                 "characterize", "denounce", "condemn", "decry", "consider", "regard", "see",
                 "view", "declare", "hold", "find"}

# Verbs that hedge what something is ("appeared to be a case of ethnic cleansing").
SEEMING_VERBS = {"appear", "seem", "look"}

# Verbs of talking about something: their passive subject is the topic, not a party.
TOPIC_VERBS = {"discuss", "debate", "address", "raise", "examine", "review"}

# Modals that make a clause a course to take, not a state of things ("agreed that the
# dispute should be settled").
COURSE_MODALS = {"should", "must", "would", "will", "shall", "could", "can", "need", "ought",
                 "'ll", "wo", "might", "may"}

# objects that are a bond between co-doers: "Chile and Peru restored ties" is mutual
BOND_NOUNS = {"relation", "relations", "tie", "ties", "agreement", "accord", "deal", "pact",
              "treaty", "alliance", "partnership", "cooperation", "memorandum", "friendship",
              "contact", "contacts", "link", "links"}


def own_state_of_rebels(sources, targets):
    """Role-only state actors (the government, the regime, the army) on the other side of
    rebels or an opposition of one country are that country's, for any kind of event."""
    def fill(side, other):
        home = {a.country for a, _ in other if a.country and a.role in INSIDER_ROLES}
        if len(home) != 1:
            return side
        country = next(iter(home))
        return [(with_country(a, country), t) if a.code is None and a.role in STATE_ROLES
                and (a.kb_id or "").startswith("role:") else (a, t) for a, t in side]
    return fill(sources, targets), fill(targets, sources)

@dataclass
class _NounAct:
    """What an event noun's reading settles before its targets and mood are read."""

    code: str
    rule_id: str
    src_toks: list
    tgt_toks: list
    trigger: list[int]
    mod_toks: list
    modality_override: str | None = None
    polarity_flip: bool = False
    supported: bool = False


class Coder(MatchingMixin, ArgumentsMixin, ModalityMixin, ConventionsMixin):
    def __init__(self, lexicon: Lexicon, keep_unresolved: bool = False) -> None:
        self.lexicon = lexicon
        # Events whose source is unknown are dropped unless asked for.
        self.keep_unresolved = keep_unresolved

    # -- main -------------------------------------------------------------------------
    def code_sentence(self, sent: Span, actors: BlockActors) -> list[RawEvent]:
        if is_question(sent):
            return []  # "Will Chile sign the accord?" asserts nothing
        if not any(sent.start <= m.start < sent.end for m in actors.mentions) and not any(
                t.ent_type_ or t.pos_ == "PROPN" for t in sent):
            return []  # no actor, entity or name: no side an event could have
        matches = {}
        for tok in sent:
            m = self._match_token(tok)
            if m is not None:
                matches[tok.i] = m
        consumed = {i for m in matches.values() for i in m.extra}
        for i, m in list(matches.items()):
            if m.pattern.clause_code and self._says_a_clause(m.token, matches):
                # "Peru and Chile agreed that the talks had gone well": accord expressed
                matches[i] = replace(m, pattern=replace(m.pattern, code=m.pattern.clause_code))
        for m in list(matches.values()):  # "declared a curfew and a mobilisation"
            for cm in self._conjunct_matches(m):
                matches.setdefault(cm.extra[0], cm)
        events: list[RawEvent] = []
        suppressed: set[int] = set()
        # A control verb whose complement codes an event does not code one of its own.
        for m in matches.values():
            if m.pattern.pos == "verb":
                for head, _rule in self._chain(m.token):
                    suppressed.add(head.i)
                if agreement_noun(m.token) is not None:
                    # "struck an understanding to swap data": the agreed act (as an
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
                # "pledged to keep up arms deliveries": the noun's event takes the chain
                for head, _rule in self._chain(m.token.head):
                    suppressed.add(head.i)
        conditioned = condition_spans(sent, matches)
        link = link_tokens(sent)  # "READ MORE: <another story's headline>"
        retry: set[int] = set()  # verb defaults on control verbs used with a complement
        for i, m in sorted(matches.items()):
            if i in suppressed or i in consumed or i in link:
                continue
            if any(figurative(sent.doc[j]) for j in [i, *m.extra]):
                continue  # "a war of words", "warned of a trade war": no force
            if any(i in clause for clause in conditioned):
                continue  # "... unless Quito dropped its tariffs": a condition, not an act
            if self._demanded(m.token):
                continue  # "demanded that Mugabe abandon the policy": not (yet) an act
            if m.pattern.pos == "verb" and self._purpose_demand(m.token, matches):
                continue  # "stopped arms exports to force Ankara to end its offensive"
            if characterises(m.token):
                continue  # "the first leader to visit Peru": says who, tells no new act
            if measured_opinion(m.token):
                continue  # "most Chileans oppose the deal, a survey found": no act
            if self._default_of_control(m):
                # "refused to commit to any aid to the war", "agreed to work together
                # against X": a verb default on a control verb with a complement leaves it
                # to the control table
                retry.add(i)
                continue
            found = (self._verb_event(m, actors) if m.pattern.pos == "verb"
                     else self._noun_event(m, actors))
            events.extend(found)
        events.extend(self._uncoded_controls(sent, matches, suppressed, actors, retry))
        # "stated that Chile must scrap the levy": an uncoded obligation is still a demand
        self.place_root = ""
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
        events = drop_restating_addons(sent.doc, absorb_purpose_demands(sent.doc, events))
        return dedupe(events, sent.doc)

    @staticmethod
    def _says_a_clause(tok: Token, matches: dict) -> bool:
        """The verb's object is a finite content clause that says how things are or were
        ("agreed that the talks had gone well": a subject of its own, or "that"), in which
        no verb codes an event; not what should be done ("agree that the dispute should be
        settled by arbitration" is agreeing on a course: an intent)."""
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and any(
                    g.dep_ in SUBJ | PASS_SUBJ or (g.dep_ == "mark" and g.lower_ == "that")
                    for g in c.children) and not any(
                    g.dep_ == "aux" and g.lower_ in COURSE_MODALS for g in c.children):
                return not any(t.i in matches and matches[t.i].pattern.pos == "verb"
                               for t in c.subtree)
        return False

    def _uncoded_controls(self, sent: Span, matches: dict, suppressed: set[int],
                          actors: BlockActors, retry: set[int]) -> list[RawEvent]:
        """Control verbs with an uncoded complement ("threatened to topple X"), and those a
        verb default matched but left to the control table."""
        out: list[RawEvent] = []
        for tok in sent:
            rule = self.lexicon.control.get(lemma_of(tok))
            if (rule is None or rule.own_code is None or tok.i in suppressed
                    or (tok.i in matches and tok.i not in retry)):
                continue
            comps = self._control_complements(tok)
            if comps:
                out.extend(self._control_event(tok, rule, comps[0], actors))
        return out

    def _control_complements(self, tok: Token) -> list[Token]:
        """The verbs a control verb governs ("refused to commit", "agreed to set up")."""
        # (a verb: "called the envoy a liar" names him, it asks nothing)
        return [c for c in tok.children if c.pos_ in {"VERB", "AUX"} and (
            c.dep_ == "xcomp" or self.lexicon.infinitive_complement(c))]

    def _default_of_control(self, m: Match) -> bool:
        """A verb default (a pattern with no object or particle that needs a target:
        "declined Zimbabwe's offer") matched on a control verb used with a complement
        ("declined to commit to any aid"): the control table codes that use."""
        p = m.pattern
        return (p.pos == "verb" and not p.obj and not p.prt and p.needs_target
                and self.lexicon.control.get(lemma_of(m.token)) is not None
                and bool(self._control_complements(m.token)))

    def _purpose_demand(self, tok: Token, matches: dict) -> bool:
        """The act a purpose clause of a coded act wants of another ("stopped arms exports
        to force Ankara to end its offensive", "cut aid to press Chad to hold elections"):
        why the act was done, not a further demand."""
        for head, rule in self._chain(tok):
            if (rule is not None and rule.effect in {"demand", "appeal"}
                    and head.dep_ == "advcl" and head.head.i in matches
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
                return True
        return False

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

    def _verb_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        """A verb trigger's event: read its control chain, attach source and target by
        voice, refine by means, reframe (wishes, reported demands, object control), aim it,
        then apply CAMEO conventions and clause modality."""
        r = self._read_chain(m)
        self.place_root = r.code[:2]
        if not self._attach_by_voice(r, actors):
            return []
        self._refine_by_means(r, actors)
        self._reframe(r, actors)
        self._aim(r, actors)
        self._apply_conventions(r, actors)
        tok, p = r.tok, r.pattern
        if r.code[:2] == "14" and not any(self._actor(t, actors, True) for t in r.tgt_toks):
            # "sat in on highways in defiance of the Thai junta", "began a hunger strike
            # to protest against Sweden's decision": a protest's target in its purpose
            r.tgt_toks = self._purpose_targets(tok, actors) or r.tgt_toks
        if says_nothing(tok, self.lexicon.words("no_news_objects"), r.polarity == "negated") or (
                lemma_of(tok) in self.lexicon.no_news_verbs and (r.polarity == "negated" or any(
                    c is not None and c.effect in {"refuse", "negate"} for _, c in r.chain))):
            return []  # "gave no further details", "declined to elaborate": no news
        modality = self._clause_modality(r.top, r.modality, actors)
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
        return r

    def _attach_by_voice(self, r: Reading, actors: BlockActors) -> bool:
        """Source and target by voice (active, passive, stative); False when the subject is
        a natural force, which makes no event."""
        tok, p = r.tok, r.pattern
        if self._held_as(r):
            return False  # "freed four Americans held captive in Iran": a description
        passive_subj = children_by_dep(tok, PASS_SUBJ)
        stative = STATIVE_PASSIVES.get(lemma_of(tok))
        r.tgt_toks, r.inherited = [], False
        if passive_subj and stative and not self._agent(tok) and pobjs([tok], {stative}):
            # "Chile is opposed to Bolivian mediation", "the militia was engaged in looting":
            # a stance or an activity, not a passive
            r.src_toks = conjuncts(passive_subj[0])
            r.tgt_toks = pobjs([tok], {"to"}) if stative == "to" else []
            passive_subj = []
        elif passive_subj and p.obj and r.match.extra and passive_subj[0].i in r.match.extra:
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
        elif passive_subj:
            # "Turkey was criticised by Germany", "critics were stripped of citizenship by X"
            r.src_toks = self._agent(tok) or self._deep_agent(tok)
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
        else:
            r.src_toks, r.inherited = self._subjects(r.top)
        r.passive_subj = passive_subj
        natural = self.lexicon.words("natural_forces")

        def is_natural(s: Token) -> bool:  # "mudslides", "Cyclone Idai"
            return lemma_of(s) in natural or s.lower_ in natural or any(
                c.dep_ == "compound" and c.lower_ in natural for c in s.children)

        scourges = self.lexicon.words("scourges")

        def is_scourge(o: Token) -> bool:  # "drug trafficking", "corruption"
            return lemma_of(o) in scourges or o.lower_ in scourges

        # (by the act's own code: "vowed to fight floods" is read as a threat by now)
        if p.code[:2] in {"18", "19", "20"} and any(
                (is_natural(o) or is_scourge(o)) and self._actor(o, actors) is None
                for o in children_by_dep(tok, {"dobj"}) + pobjs([tok], {"against"})):
            # "firefighters battled wildfires", "fought the floods", "vowed to fight drug
            # trafficking together": no force on anyone
            return False
        return not (r.src_toks and not passive_subj and all(
            is_natural(s) and (self._actor(s, actors) is None or s.pos_ == "PROPN")
            for s in r.src_toks))

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

    def _noun_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        """An event named by a noun ("the raid on Caracas", "talks between X and Y"):
        its sides, the verb that does it if any, its targets and its mood."""
        tok, p = m.token, m.pattern
        self.place_root = p.code[:2]
        src_toks, tgt_toks, of_toks, preps = self._noun_sides(tok, p, actors)
        act = self._noun_act(tok, p, src_toks, tgt_toks, preps, actors)
        src_toks, tgt_toks = self._noun_targets(tok, p, act, of_toks, actors)
        polarity, modality = self._noun_mood(tok, act, actors)
        # a bare event noun needs both sides ("the raid on Caracas" alone names no agent);
        # one done by a support verb's subject is like a verb ("Hezbollah declared a truce")
        return self._emit(src_toks, tgt_toks, act.code, act.rule_id, act.trigger, actors,
                          polarity, modality, 0.55, p, require_both=not act.supported)

    def _noun_sides(self, tok: Token, p: Pattern, actors: BlockActors
                    ) -> tuple[list[Token], list[Token], list[Token], list[str]]:
        """(sources, targets, "of" phrase, target prepositions) named around the noun."""
        src_toks = [c for c in tok.children if c.dep_ in OWNER_DEPS]
        agents = self._agent_like(tok)
        src_toks += agents
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
        if not tgt_toks and not between:
            # "a visit by the Indian premier to Nepal", "an attack by rebels on a convoy":
            # the parser may hang the noun's target phrase on its "by" phrase (not a phrase
            # of place or purpose there: "an attack by gunmen in Kabul")
            tgt_toks = pobjs(agents, set(preps) - {"between", "in", "for"})
        if between and p.symmetric:
            src_toks = between  # "talks between X and Y": both take part
        elif between:
            tgt_toks.extend(between)  # "mediation between X and Y": they are its targets
        circumstance = ((p.symmetric or p.code[:2] in SYMMETRIC_ROOTS) and tok.dep_ == "pobj"
                        and (tok.head.lower_ in {"after", "before", "during", "following",
                                                 "for", "in", "at"}
                             # "apologised on a state visit to Jakarta": the visitor's
                             or (tok.head.lower_ == "on" and p.code[:3] == "042"))
                        and tok.head.head.pos_ in {"VERB", "AUX"})
        if circumstance and not self._actors(src_toks, actors):
            # "after a phone call on January 7 the two agreed ...": those who agreed called
            src_toks, _ = self._subjects(tok.head.head)
        return src_toks, tgt_toks, of_toks, preps

    def _noun_act(self, tok: Token, p: Pattern, src_toks: list[Token],
                  tgt_toks: list[Token], preps: list[str], actors: BlockActors) -> _NounAct:
        """The noun's code, sides and mood words once the verb that does it is read."""
        act = _NounAct(p.code, p.id, src_toks, tgt_toks, [tok.i], [tok])
        supports = tok.dep_ == "dobj" and any(lm in self.lexicon.support_verbs
                                              for lm in lemmas_of(tok.head))
        if supports and p.code[:2] in {"18", "19", "20"} and lemma_of(tok.head) == "end":
            # "a plan to end the war", "vowed to end the violence": who ends a war is not
            # waging it (a cooperation noun still is: "ended their talks")
            supports = False
        if (supports and not self._actors(src_toks, actors)
                and not (lemma_of(tok.head) == "have" and tok.head.tag_ in {"VBZ", "VBP"})):
            # (but "Turkey and Syria have agreements" is a state, not an act)
            # "Kenya and Somalia resumed discussions", "Qatar launched a mediation effort
            # between ...": whoever does something with the event noun is its source;
            # "pledged to keep up arms deliveries": the support verb's controllers apply
            support = tok.head
            if not tgt_toks:
                # "continue military aid to Mozambique": the prep may hang on the verb
                act.tgt_toks = pobjs([support], set(preps))
            chain = self._chain(support)
            act.code, act.modality_override, act.polarity_flip, ids, _ = _apply_chain(
                p.code, p.id, chain)
            act.rule_id = "+".join(ids)
            top = chain[-1][0] if chain else support
            act.src_toks, _ = self._subjects(top)
            act.trigger += [support.i, *(h.i for h, _ in chain)]
            act.mod_toks += [support, *(h for h, _ in chain)]
            act.supported = True
        elif supports:
            # "Lima did not dare to carry out its threats": the owner acts, and the verb
            # that does the noun's act (and the verbs above it) say whether it happened
            act.mod_toks += [tok.head, *(h for h, _ in self._chain(tok.head))]
        return act

    def _noun_targets(self, tok: Token, p: Pattern, act: _NounAct, of_toks: list[Token],
                      actors: BlockActors) -> tuple[list[Token], list[Token]]:
        """(sources, targets) of the noun, with who is to act in a demand's clause and the
        actor its theme points at when nothing else names a target."""
        src_toks, tgt_toks, code = act.src_toks, act.tgt_toks, act.code
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
            # "a halt to ferry services with Albania": the actor its theme points at
            own = {t.i for t in src_toks}
            themes = [g.i for g in pobjs([tok], {"of"}) if g.i not in own]
            tgt_toks = self._phrase_target(tok, themes, src_toks, actors, code) or tgt_toks
        return src_toks, tgt_toks

    def _noun_mood(self, tok: Token, act: _NounAct, actors: BlockActors
                   ) -> tuple[str, str]:
        """(polarity, modality) of the noun's event; a scheduled meeting becomes an
        announced intent (act.code and act.rule_id change with it)."""
        polarity, modality = self._modality(act.mod_toks)
        if act.polarity_flip:
            polarity = "negated" if polarity == "asserted" else "asserted"
        if act.modality_override:
            modality = "threat" if act.code.startswith("13") else act.modality_override
        modality = self._clause_modality(act.mod_toks[-1], modality, actors)
        if planned_only(tok):
            modality = "hypothetical"  # "has planned attacks on the town": not done
        elif not act.supported and modality == "actual" and named_pact(tok):
            modality = "background"  # "the Free Trade Agreement between X and Y": it exists
        agree = self.lexicon.control.get("agree")
        if (modality == "future" and polarity == "asserted" and "04" <= act.code[:2] <= "08"
                and agree is not None):
            # "the talks between the two ministers are due on Monday": a scheduled meeting
            # is announced intent (CAMEO 036), as "will meet" is
            act.code, modality = _recode(agree, act.code), "intent"
            act.rule_id += "+scheduled"
        return polarity, modality

    def _control_event(self, tok: Token, rule: ControlRule, comp: Token,
                       actors: BlockActors) -> list[RawEvent]:
        if lemma_of(comp) in self.lexicon.no_news_verbs:
            return []  # "declined to comment": no refusal, no news
        self.place_root = (rule.own_code or "")[:2]
        src_toks, inherited = self._subjects(tok)
        if rule.object_control and (asked := self._asked_passive(tok)) is not None:
            # "the army was asked to evacuate villagers": the army is asked, by the agent
            # if named (else by no one known)
            (src_toks, _), inherited = asked, False
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
        modality = self._clause_modality(tok, modality, actors)
        code = rule.own_code or "010"
        foes = [g for g in tgt_toks if g.dep_ == "pobj" and g.head.lower_ in {"against"}]
        if foes and code[:2] in COOP_ROOTS:
            # "agreed to act jointly against the militants": whom a promised act is aimed
            # against is no partner in it; the doers are each other's partners when they
            # act together, else the promise is a threat to it ("vowed to act against")
            tgt_toks = [g for g in tgt_toks if g not in foes]
            joint = len(src_toks) > 1 or self._joint([tok.i, comp.i], actors)
            if not tgt_toks and not joint and code[:2] == "03":
                code, modality, tgt_toks = "130", "threat", foes
        return self._emit(src_toks, tgt_toks, code, rule.id, [tok.i, comp.i], actors, polarity,
                          modality, 0.7 - (0.1 if inherited else 0), None,
                          require_both=rule.needs_target)

    def _sides(self, src_toks, tgt_toks, code, trigger, actors, p: Pattern | None,
               agentless: bool):
        """The source and target actors of an event, with countries filled in from the
        place, the other side or the victims' country, and unidentified attackers for
        force by no one named: (sources, targets, inferred, confidence penalty)."""
        sources = self._actors(src_toks, actors)
        targets = self._actors(tgt_toks, actors, target=True)
        # "the Ugandan army halted its offensive": what the doer's own pronoun owns is
        # no act on the doer (a state's or government's is dropped later, in _pair_events)
        own = {a.code for a, _ in sources if a.code and len(a.code) > 3 and a.role != "GOV"}
        targets = [(a, t) for a, t in targets if not (
            a.code in own and a.text.lower() in OWNER_PRONOUNS)]
        if code[:2] not in VIOLENT_ROOTS | {"17"} and not code.startswith(EASED_AT_HOME):
            # "the Indian prime minister travelled to Mumbai": a town of one's own country
            # is where one acts, not whom (force on one's own towns still falls on them)
            home = {a.country for a, _ in sources if a.country}
            targets = [(a, t) for a, t in targets
                       if not ((a.kb_id or "").startswith("place:") and a.country in home)]
        # (a protest is held where its crowd gathers: "gathered in Kiev to protest")
        place = clause_country(trigger, actors, venues=code[:2] != "14") if any(
            a.code is None or transnational(a) for a, _ in sources + targets) else None
        if place is not None:
            # "Islamic State fighters shelled a town in Syria": a transnational group is
            # coded by the country it acts in (its own kb_id says which group it is)
            sources, targets = ([(localised(a, place), t) for a, t in side]
                                for side in (sources, targets))
        # (a solo act, drills held by one side, is aimed at no one its phrase does not name)
        victims = (None if p is not None and p.solo
                   else self._victims(code, trigger, actors, sources, targets, place))
        if victims and not targets and code[:2] in VIOLENT_ROOTS | {"15"} and p is not None and (
                p.pos == "verb"):
            # "Russian missiles struck energy facilities across Ukraine": the other country
            # the sentence names is where the state's force falls
            targets = [(Actor(text="", name=victims, code=victims, country=victims,
                              kb_id=f"implied:{victims}", ner="IMPLIED"), None)]
        if (not targets and p is not None and code[:2] in AID_AND_CUT_ROOTS and sources
                and all(a.country for a, _ in sources)):
            # "the Red Cross suspended aid deliveries in Baghdad", "Japan delivered food in
            # Gaza": aid given or cut in another country's place, to no one named, is given
            # to or cut from that country
            where = clause_country(trigger, actors)
            if where and all(a.country != where for a, _ in sources):
                targets = [(Actor(text="", name=where, code=where, country=where,
                                  kb_id=f"implied:{where}", ner="IMPLIED"), None)]
        sources, targets, inferred = fill_domestic(
            sources, targets, place, victims or _story_victims(code, actors, sources, place),
            # (who is released was held by the state that frees them: "freed 40 Kurdish
            # prisoners" are that state's own, as "arrested Kurdish activists" are)
            borrow_stated=code[:2] not in COOP_ROOTS or code[:3] == "084",
            own_place=lambda tok: own_place_country(tok, actors), visit=code[:3] == "042")
        if not any(a.code for a, _ in targets) and any(_placeable(a) for a, _ in sources):
            # "Georgian police fired tear gas at protesters rallying outside parliament":
            # people with no country named, doing something to no one named (or to no one
            # of a country: "the coalition called off its rally in Baku"), are of the one
            # country their sentence names; so is an official the KB does not know
            # ("Vice-President X declined to resign despite pressure from the Zambian ...")
            country = sentence_country(trigger, actors)
            if country is not None:
                sources = [(with_country(a, country), t) if _placeable(a) else (a, t)
                           for a, t in sources]
                inferred = True
        sources = self._own_organs(sources, targets, code, trigger, actors)
        home = {a.country for a, _ in sources if a.country}
        people = all(a.role in DOMESTIC_ROLES or (a.role is None and a.ner == "NORP")
                     for a, _ in sources)
        if code[:2] in DOMESTIC_TARGET_ROOTS | {"13", "18", "19"} and len(home) == 1 and people:
            # "Serbian students demonstrated against the government", "the opposition leader
            # called on the military to ...", "the rebels threatened to attack government
            # ministers": their own
            country = next(iter(home))
            targets = [(with_country(a, country), t) if a.code is None and a.role in STATE_ROLES
                       and (a.kb_id or "").startswith("role:") else (a, t) for a, t in targets]
        sources, targets = own_state_of_rebels(sources, targets)
        implied = self._implied_source(code, trigger, actors) if agentless and not sources else None
        if implied is not None:
            return [(implied, None)], targets, inferred, 0.1
        return sources, targets, inferred, 0.0

    @staticmethod
    def _own_organs(sources, targets, code: str, trigger: list[int], actors: BlockActors):
        """A state organ named by a role noun alone ("the junta", "the army", "police")
        that arrests, bans or otherwise coerces people of the one country the sentence
        names is that country's: "the junta arrested the former Malian president"."""
        if code[:2] != "17" or not any(
                a.code is None and a.role in STATE_ROLES and (a.kb_id or "").startswith("role:")
                for a, _ in sources):
            return sources
        countries = {a.country for a, _ in targets if a.country}
        country = sentence_country(trigger, actors)
        if len(countries) != 1 or country not in countries:
            return sources
        return [(with_country(a, country), t) if a.code is None and a.role in STATE_ROLES
                and (a.kb_id or "").startswith("role:") else (a, t) for a, t in sources]

    def _victims(self, code, trigger, actors, sources, targets, place) -> str | None:
        """The one other country a state's force falls on, or a show of force is aimed at,
        when the sentence names no target and no place."""
        if place is not None or not sources or not all(
                a.role in {None, "GOV", "MIL"} for a, _ in sources):
            return None  # (rebels and police act at home)
        own = {a.country for a, _ in sources}
        if code[:2] in VIOLENT_ROOTS:
            # "Israeli airstrikes on Gaza killed 30 people"
            return other_country(trigger, actors, own)
        if code[:2] == "15" and not targets:
            # "put its army on alert after clashes with Eritrea", "citing a threat by NATO"
            return other_country(trigger, actors, own, anyone=True)
        return None

    def _implied_source(self, code, trigger, actors) -> Actor | None:
        """Who did an act no one is named for, from the country its clause is placed in:
        force by unidentified attackers (CAMEO UAF: "a roadside bombing near Samarra
        killed a U.S. soldier"), an arrest or inquiry by the state ("an American was
        detained in Russia"); with empty text."""
        if code[:2] in VIOLENT_ROOTS:
            country = clause_country(trigger, actors)
            if country is not None:
                return Actor(text="", name=f"unidentified attackers ({country})",
                             code=country + "UAF", country=country, role="UAF",
                             kb_id=f"implied:{country}UAF", ner="IMPLIED")
        elif code[:2] == "09" or code[:3] == "173":
            country = clause_country(trigger, actors)
            if country is not None and country in actors.kb.countries:
                return Actor(text="", name=f"authorities ({country})", code=country + "GOV",
                             country=country, role="GOV", kb_id=f"implied:{country}GOV",
                             ner="IMPLIED")
        return None

    def _emit(self, src_toks, tgt_toks, code, rule, trigger, actors, polarity, modality,
              confidence, p: Pattern | None, require_both: bool = False,
              agentless: bool = False) -> list[RawEvent]:
        sources, targets, inferred, penalty = self._sides(src_toks, tgt_toks, code, trigger,
                                                          actors, p, agentless)
        confidence -= penalty
        if (p is not None and p.joint_code and not targets
                and len({a.country for a, _ in sources if a.country}) >= 2):
            # "French and Egyptian warships began war games": done together, each with the
            # other (the symmetric pairs below)
            code, rule = p.joint_code, rule + "+joint"
        if inferred:
            confidence -= 0.1
            # (an opposition, rebels or a ruling party placed by their sentence are still
            # political actors: "the opposition called off its rally in Baku")
            anonymous = any(a.kb_id and a.kb_id.startswith("role:")
                            and a.role not in POLITICAL_ROLES for a, _ in sources)
            if anonymous and not targets and code[:2] not in UNDIRECTED_ROOTS:
                return []  # "tourists visited the museum in Paris" is no political event
        if not self.keep_unresolved and not any(a.code for a, _ in sources + targets):
            return []  # nobody known: a role noun alone ("police arrested protesters")
        mode = p.mode if p else None
        if code[:3] in {"042", "043"} and any(a.role in PRIVATE_ROLES for a, _ in sources):
            return []  # "school children travelled to Syria": no diplomatic visit
        if code[:2] == "04" and any(a.role == "MED" for a, _ in sources + targets):
            # "said in a conference call with reporters", "met journalists in Riga": the
            # press is whom news is told to, no party to consultations
            return []
        if (code[:2] in OWN_STATE_ROOTS and targets and not self.keep_unresolved
                and not any(a.code for a, _ in targets)):
            # "lifted the curfew in Marsabit": no one known, its own country (and a pattern
            # that needs a target needs one that is known: "freed a basketball star")
            if p is not None and p.needs_target and p.pos == "verb":
                return []
            if not require_both:
                targets = []
        symmetric = self._symmetric(code, p, sources, targets, trigger, actors)
        if symmetric and not any(a.code for a, _ in targets) and len(sources) >= 2:
            # "Russian and German Foreign Ministers, Sergey Lavrov and Sigmar Gabriel,
            # discussed": pairs across sides, not a side with itself
            pairs = [(a, b) for a in sources for b in sources
                     if a is not b and a[0].code != b[0].code]
        elif sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
            if p is not None and p.symmetric and code[:2] in (COOP_ROOTS - {"03"}) | {"19"}:
                # "Japan signed agreements with Vietnam and Laos": a symmetric act is done by
                # both sides, every pair both ways (CAMEO reciprocal events)
                # (a fight only between sides that fight: "protesters clashed with police"
                # is their violent protest, not the police's force on them)
                pairs += [(t, s) for s, t in pairs if t[0].code and t[0].ner != "IMPLIED"
                          and (code[:2] != "19" or {s[0].role, t[0].role} <= FIGHTING_SIDES)]
        elif require_both or (code[:2] in DYADIC_ROOTS and not self.keep_unresolved):
            return []
        elif sources and code[:2] == "08" and len({a.country for a, _ in sources}) >= 2:
            # "Libya and Chad ended the fighting": states that yield together with no
            # one else named yield to each other (not each to itself)
            pairs = [(a, b) for a in sources for b in sources
                     if a[0].country and b[0].country and a[0].country != b[0].country]
        elif sources:
            # "Indonesian students staged demonstrations": people of a country protesting or
            # demanding without naming whom act on their own state
            pairs = [(s, None if p is not None and p.solo
                      else self._home_state(s[0], code, trigger, actors)) for s in sources]
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
        events = self._pair_events(pairs, code, rule, trigger, polarity, modality, confidence,
                                   mode, agentless)
        for ev in events:
            ev.source = _anchored(ev.source, trigger, actors, ev.target)
            ev.target = _anchored(ev.target, trigger, actors, ev.source)
        return [ev for ev in events if ev.source is not None or ev.target is not None]

    def _symmetric(self, code, p: Pattern | None, sources, targets, trigger, actors) -> bool:
        """Whether co-doers of the act do it to each other."""
        symmetric = ((p is not None and p.symmetric) or code[:2] in SYMMETRIC_ROOTS
                     or (code[:2] in COOP_ROOTS | {"15"} and not targets
                         and self._joint(trigger, actors)))
        if (symmetric and len(sources) >= 2 and code[:2] == "05"
                and not (p is not None and p.symmetric)
                and self._backs_a_thing(trigger, actors)):
            # "Peru and Chile backed the plan": co-doers who back, praise or endorse a
            # thing named as object back it together, not each other
            return False
        if symmetric and len(sources) >= 2 and self._hosts_or_mediates(code, trigger, actors):
            # "Norway and Cuba mediated the talks", "Kenya and Uganda will host a summit":
            # co-hosts and co-mediators act for others, not on each other
            return False
        return symmetric

    def _asked_passive(self, ctl: Token) -> tuple[list[Token], list[Token]] | None:
        """An object-control verb in the passive ("Indonesia was urged to ...", "police
        were called in to ..."): its subject is the one asked, its agent (if any) asks:
        (source tokens, target tokens); None when the verb is active."""
        passive = children_by_dep(ctl, PASS_SUBJ)
        if not passive or children_by_dep(ctl, SUBJ):
            return None
        return self._agent(ctl), conjuncts(passive[0])

    def _hosts_or_mediates(self, code: str, trigger: list[int], actors: BlockActors) -> bool:
        """A mediation (045), or hosting an event (talks, a summit) rather than a guest."""
        doc = actors.doc
        return code[:3] == "045" or any(
            lemma_of(doc[i]) == "host" and not any(
                self._actor(o, actors, True) for o in children_by_dep(doc[i], {"dobj"}))
            for i in trigger if 0 <= i < len(doc))

    def _backs_a_thing(self, trigger: list[int], actors: BlockActors) -> bool:
        """The act's direct object names a thing that is no actor, no bond between the
        doers ("relations", "a pact") and no "each other"."""
        doc = actors.doc
        objs = [c for i in trigger if 0 <= i < len(doc) for c in doc[i].children
                if c.dep_ == "dobj" and c.i not in trigger]
        return bool(objs) and not any(
            lemma_of(o) in BOND_NOUNS or o.lower_ in {"other", "another"}
            or any(c.lower_ in {"each", "one"} for c in o.children)
            or self._actor(o, actors, True) for o in objs)

    def _pair_events(self, pairs, code, rule, trigger, polarity, modality, confidence, mode,
                     agentless) -> list[RawEvent]:
        """One RawEvent per (source, target) pair that makes sense: no state acting on
        itself, no unknown source, no cooperation with no one; with the who-does-what
        re-codings (non-state violence, assassination, protest by a state)."""
        out = []
        for s, t in pairs:
            if (s is not None and t is not None and s[0].code and s[0].code == t[0].code
                    and t[0].ner != "IMPLIED" and not _official_punished(s, t, code)
                    and (code[:2] in DYADIC_ROOTS | {"03"} or (
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
            # (only a killing is an assassination: "clashed with the mayor", "attacked
            # the senator's convoy" are not)
            pair_code = (self._assassination_code(unconventional, t)
                         if KILLING_RULE.search(rule) else unconventional)
            if pair_code != unconventional:
                # "attempted to kill the interior minister": the verbs above the killing
                # recode the assassination it is read as (an attempt on his life, 185)
                pair_code = self._chain_recode(pair_code, rule)
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


# Rule ids of acts that kill (the only ones that can be assassinations).
KILLING_RULE = re.compile(r"kill|murder|slay|slain|assassin|shoot|shot|gun|behead|execut|"
                          r"stab|lynch|strangl|poison|dead|death")


def _exact_recode(rules, code: str, rule: str) -> str:
    """`code` as the control rules named in `rule` ("19.kill+ctl.attempt") recode it by an
    entry for that very code (a code coded after the chain was read, as an assassination)."""
    parts = set(rule.split("+"))
    for r in rules:
        if r.id in parts and code in r.recode:
            return r.recode[code]
    return code


def _placeable(a: Actor) -> bool:
    """A source with no country that its sentence's one country may be given: people of a
    domestic role named by a role noun, or a titled official the KB does not know."""
    if a.code is not None or not a.role:
        return False
    return ((a.role in DOMESTIC_ROLES and (a.kb_id or "").startswith("role:"))
            or (a.kb_id is None and a.ner == "PERSON" and a.role in STATE_ROLES))


def _official_punished(s, t, code: str) -> bool:
    """A state's organ acting with hostility on one of its own officials named apart ("the
    Kenyan government accused a former minister", "Haitian officials charged the ousted
    president"): a domestic event, not the state acting on itself."""
    # (the official is named by the target word itself, not by an owner of it: "reneged on
    # its pledge" is no act on itself)
    return (code[:2] in HOSTILE_ROOTS and (t[0].kb_id or "").startswith("role:")
            and s[0].start != t[0].start and t[1] is not None and s[1] is not None
            and t[1].text in t[0].text and t[0].text.lower() not in OWNER_PRONOUNS
            and t[1].i not in {c.i for c in s[1].subtree})


def _anchored(actor: Actor | None, trigger: list[int], actors: BlockActors,
              other: Actor | None) -> Actor | None:
    """An implied actor (a country no phrase names as actor: "struck energy facilities
    across Ukraine" -> UKR, "unidentified attackers" of the town named) takes the text and
    offsets of what its sentence names of that country: the place of the trigger's clause
    first, else the sentence's first mention of the country. No event carries an actor with
    empty text (the other side's own phrase only when nothing else names the country: a
    people's own state); one that names nothing of its country is no actor at all."""
    if actor is None or actor.text or not trigger or not actor.country:
        return actor
    if actor.role in {"UAF", "GOV"} and actor.name:
        # unidentified attackers, the authorities of a place: what they are, not the
        # place's name (which would read as the actor: "near the Kremlin")
        return replace(actor, text=actor.name.split(" (")[0])
    country = actor.country
    if actors.places is not None:
        for m, _how in actors.places.clause_places(actors.doc, actors.base, trigger):
            if m.place is not None and m.place.country == country and m.text:
                return replace(actor, text=m.text, start=m.start, end=m.end)
    sent = actors.doc[trigger[0]].sent
    named = [m.actor for m in sorted(actors.mentions, key=lambda m: m.start)
             if sent.start <= m.start < sent.end and m.actor.country == country
             and m.actor.text and m.actor.start is not None and m.kind != "pronoun"
             and m.actor.ner != "PRON"]
    own = [a for a in named if other is not None and a.start == other.start]
    if not own and other is not None and other.country == country and other.text and (
            other.start is not None):
        own = [other]  # "French controllers downed tools": the people's own state
    stately = [a for a in named if a not in own
               and (a.kb_id or "").split(":")[0] in {"country", "government", "place"}]
    for a in stately + own + [a for a in named if a not in own and a not in stately]:
        return replace(actor, text=a.text, start=a.start, end=a.end)
    return None


def _story_victims(code: str, actors, sources, place) -> str | None:
    """Whose people a foreign state's force falls on when its sentence names neither them
    nor a place: the country the story is about ("The refugees were attacked from the air
    by the Saudi-led coalition" in a story about Yemen are not Saudi). A state's force on
    people of its own story stays theirs ("Syrian forces shelled the town, killing
    civilians")."""
    story = actors.story_country
    if (code[:2] not in VIOLENT_ROOTS or place is not None or story is None or not sources
            or not all(a.role in {None, "GOV", "MIL"} and a.country for a, _ in sources)):
        return None
    return story if story not in {a.country for a, _ in sources} else None
