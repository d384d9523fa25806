"""The coder: applies the verb-pattern lexicon over a dependency parse.

For each sentence it finds trigger tokens (verbs and event nouns whose lemma a
pattern names), climbs control-verb chains ("threatened to topple"), finds the
source (subject, passive agent, inherited subject) and target (object or the
pattern's preposition), expands coordinated actors, and sets polarity and
modality. It knows nothing of files or the CLI; it returns RawEvents.

The Coder is put together from named parts: matching (matching.py: which pattern a token
triggers), verb events (verbs.py: control chains, source and target by voice, means and aim),
noun events (nouns.py: "the talks between ...", "a visit by X to Y"), appraisals
(appraisals.py: praise and blame said of an actor), argument attachment (arguments.py), from
sides to events (sides.py: actors, conventions that depend on who the sides are, one event per
pair), modality and polarity (the modality/ package) and conventions (conventions.py). This
module reads each sentence's triggers through them: code_sentence, control verbs with no
pattern of their own, and the events of a control verb's complement.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from ..actors.resolve import BlockActors
from .appraisals import AppraisalsMixin
from .arguments import ArgumentsMixin
from .conventions import COOP_ROOTS, ConventionsMixin
from .events import (
    RawEvent,
    absorb_purpose_demands,
    dedupe,
    drop_private_talk,
    drop_restating_addons,
    merge_subject_events,
)
from .lexicon import ControlRule, Lexicon
from .matching import Match, MatchingMixin
from .modality import (
    ModalityMixin,
    characterises,
    figurative,
    is_question,
    link_tokens,
    measured_opinion,
)
from .nouns import NounEventsMixin
from .sides import SidesMixin
from .syntax import (
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    PASS_SUBJ,
    SUBJ,
    agreement_noun,
    children_by_dep,
    condition_spans,
    conjuncts,
    is_reported,
    lemma_of,
    lemmas_of,
    mandated,
    obliged,
    pobjs,
    speaker_of,
)
from .verbs import VerbEventsMixin, to_gerund_controller

# Modals that make a clause a course to take, not a state of things ("agreed that the
# dispute should be settled").
COURSE_MODALS = {"should", "must", "would", "will", "shall", "could", "can", "need", "ought",
                 "'ll", "wo", "might", "may"}


# Ordering someone out (classes order_verbs + depart_verbs) is an expulsion (CAMEO 166).
ORDER_OUT_CODE = "166"

_VERB_AUX_IDS = frozenset({VERB, AUX})
# lemma id -> the lemma in lower case (lemma_of), for Coder._columns; news brings new
# words forever, so past this many the table starts over
_LOWER_LEMMAS: dict[int, str] = {}
MAX_LEMMAS = 500_000


class Coder(VerbEventsMixin, NounEventsMixin, AppraisalsMixin, SidesMixin, MatchingMixin,
            ArgumentsMixin, ModalityMixin, ConventionsMixin):
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
        matches, consumed = self._sentence_matches(sent)
        suppressed = self._suppressed(matches)
        # (both only matter to the matches below)
        conditioned = condition_spans(sent, matches) if matches else []
        link = link_tokens(sent) if matches else set()  # "READ MORE: <another story's headline>"
        events: list[RawEvent] = []
        retry: set[int] = set()  # verb defaults on control verbs used with a complement
        for i, m in sorted(matches.items()):
            if i in suppressed or i in consumed or i in link:
                continue
            if self._not_an_act(i, m, sent, matches, conditioned):
                continue
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
        events.extend(self._reported_demands(sent, matches, actors))
        events.extend(self._appraisals(sent, actors))
        events = merge_subject_events(sent.doc, events, self.lexicon.refinable_violence)
        events = drop_restating_addons(sent.doc, absorb_purpose_demands(sent.doc, events))
        if not self.keep_unresolved:
            events = drop_private_talk(events)
        return dedupe(events, sent.doc)

    def _sentence_matches(self, sent: Span) -> tuple[dict, set[int]]:
        """Each token's best pattern match, with clause codes and conjunct matches added,
        and the tokens the matches themselves took (particles, objects: no event of their
        own; a conjunct match added here is not among them)."""
        matches = {}
        doc = sent.doc
        # (only the tokens the trees found as triggers can match: _match_token)
        hits = self._tree_hits(doc)
        for i in sorted(i for i in hits if sent.start <= i < sent.end):
            m = self._match_token(doc[i])
            if m is not None:
                matches[i] = m
        consumed = {i for m in matches.values() for i in m.extra}
        for i, m in list(matches.items()):
            if m.pattern.clause_code and self._says_a_clause(m.token, matches):
                # "Peru and Chile agreed that the talks had gone well": accord expressed
                matches[i] = replace(m, pattern=replace(m.pattern, code=m.pattern.clause_code))
        for m in list(matches.values()):  # "declared a curfew and a mobilisation"
            for cm in self._conjunct_matches(m):
                matches.setdefault(cm.extra[0], cm)
        return matches, consumed

    def _suppressed(self, matches: dict) -> set[int]:
        """Tokens whose match codes no event of its own: a control verb whose complement
        codes one, the reaching of an agreement to act, the issuing of a declaration."""
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
        return suppressed

    def _not_an_act(self, i: int, m, sent: Span, matches: dict, conditioned) -> bool:
        """The match tells no act: figurative, a condition, a demand's content, a purpose,
        a characterisation or a measured opinion."""
        if any(figurative(sent.doc[j]) for j in [i, *m.extra]):
            return True  # "a war of words", "warned of a trade war": no force
        if any(i in clause for clause in conditioned):
            return True  # "... unless Quito dropped its tariffs": a condition, not an act
        if self._demanded(m.token):
            return True  # "demanded that Mugabe abandon the policy": not (yet) an act
        if m.pattern.pos == "verb" and self._purpose_demand(m.token, matches):
            return True  # "stopped arms exports to force Ankara to end its offensive"
        if characterises(m.token):
            return True  # "the first leader to visit Peru": says who, tells no new act
        if measured_opinion(m.token):
            return True  # "most Chileans oppose the deal, a survey found": no act
        return False

    def _reported_demands(self, sent: Span, matches: dict, actors: BlockActors
                          ) -> list[RawEvent]:
        """An uncoded obligation reported is still a demand: "stated that Chile must scrap
        the levy", "insisted that Zambia pay its debts" (syntax.mandated)."""
        events: list[RawEvent] = []
        self.place_root = ""
        doc = sent.doc
        poses = self._columns(doc)[1]
        for i in range(sent.start, sent.end):
            if poses[i] not in _VERB_AUX_IDS:
                continue
            tok = doc[i]
            if i in matches and (tok.head.i in matches or not mandated(tok)):
                continue  # (a coded act demanded with "insisted that": the demand codes it)
            if is_reported(tok) and (obliged(tok) or mandated(tok)):
                speaker = speaker_of(tok)
                subj = children_by_dep(tok, SUBJ)
                if speaker and subj:
                    events.extend(self._emit(conjuncts(speaker[0]), conjuncts(subj[0]), "100",
                                             "reported-demand", [tok.head.i, tok.i], actors,
                                             *self._modality([tok.head]), 0.6, None,
                                             require_both=True))
        return events

    def _columns(self, doc: Doc) -> tuple[list[str], list[int]]:
        """Each token's lemma in lower case (lemma_of) and POS id, read once per Doc (the
        coder codes a paragraph sentence by sentence): the loops over every token of a
        sentence look at these first and make a Token only of those that may count."""
        last = getattr(self, "_columns_of", None)
        if last is None or last[0] is not doc:
            lower, strings = _LOWER_LEMMAS, doc.vocab.strings
            if len(lower) > MAX_LEMMAS:
                lower.clear()
            lemmas = []
            poses = []
            for lemma, pos in doc.to_array([LEMMA, POS]).tolist():
                word = lower.get(lemma)
                if word is None:
                    word = lower[lemma] = strings[lemma].lower()
                lemmas.append(word)
                poses.append(pos)
            last = self._columns_of = (doc, lemmas, poses)
        return last[1], last[2]

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
        control, doc = self.lexicon.control, sent.doc
        lemmas = self._columns(doc)[0]
        for i in range(sent.start, sent.end):
            rule = control.get(lemmas[i])
            if (rule is None or rule.own_code is None or i in suppressed
                    or (i in matches and i not in retry)):
                continue
            tok = doc[i]
            comps = self._control_complements(tok)
            if comps:
                out.extend(self._control_event(tok, rule, comps[0], actors))
        return out

    def _control_complements(self, tok: Token) -> list[Token]:
        """The verbs a control verb governs ("refused to commit", "agreed to set up")."""
        # (a verb: "called the envoy a liar" names him, it asks nothing)
        comps = [c for c in tok.children if c.pos_ in {"VERB", "AUX"} and (
            c.dep_ == "xcomp" or self.lexicon.infinitive_complement(c))]
        # ("committed to resolving the dispute": the act as a gerund after "to")
        return comps + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                        for g in p.children
                        if to_gerund_controller(g, self.lexicon.control) is not None]

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
        code, rule_id = rule.own_code or "010", rule.id
        if (rule.effect == "demand" and lemma_of(tok) in self.lexicon.words("order_verbs")
                and lemma_of(comp) in self.lexicon.words("depart_verbs")
                and children_by_dep(tok, {"dobj"})):
            # "ordered the Chadian envoy to leave", "ordered the aid workers to quit the
            # country": a side with the power to send them away expels them (166)
            code, rule_id = ORDER_OUT_CODE, rule.id + "+ordered-out"
        foes = [g for g in tgt_toks if g.dep_ == "pobj" and g.head.lower_ in {"against"}]
        if foes and code[:2] in COOP_ROOTS:
            # "agreed to act jointly against the militants": whom a promised act is aimed
            # against is no partner in it; the doers are each other's partners when they
            # act together, else the promise is a threat to it ("vowed to act against")
            tgt_toks = [g for g in tgt_toks if g not in foes]
            joint = len(src_toks) > 1 or self._joint([tok.i, comp.i], actors)
            if not tgt_toks and not joint and code[:2] == "03":
                code, modality, tgt_toks = "130", "threat", foes
        return self._emit(src_toks, tgt_toks, code, rule_id, [tok.i, comp.i], actors, polarity,
                          modality, 0.7 - (0.1 if inherited else 0), None,
                          require_both=rule.needs_target)


    def _asked_passive(self, ctl: Token) -> tuple[list[Token], list[Token]] | None:
        """An object-control verb in the passive ("Indonesia was urged to ...", "police
        were called in to ..."): its subject is the one asked, its agent (if any) asks:
        (source tokens, target tokens); None when the verb is active."""
        passive = children_by_dep(ctl, PASS_SUBJ)
        if not passive or children_by_dep(ctl, SUBJ):
            return None
        return self._agent(ctl), conjuncts(passive[0])


