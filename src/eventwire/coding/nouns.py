"""Noun events: an event noun ("the talks between ...", "a visit by X to Y", "Kenya's
aid to Somalia") with its sides read from owners, `by`/`of`/`between`/`with` phrases and
the verb it is the object of, and its mood (held, planned, called for).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.resolve import BlockActors
from .conventions import STATE_ROLES, SYMMETRIC_ROOTS, VERBAL_ROOTS, _apply_chain, _recode
from .domestic import clause_country, implied_actor
from .events import RawEvent
from .lexicon import TARGET_PREPS_NOUN, Pattern
from .matching import Match
from .modality import named_pact, planned_only
from .syntax import (
    OWNER_DEPS,
    SUBJ,
    children_by_dep,
    is_content_clause,
    lemma_of,
    lemmas_of,
    pobjs,
)

# Protests (CAMEO 14): a protest with no holder named is its place's people's.
PROTEST_ROOT = "14"


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


class NounEventsMixin:
    """Coder methods of this step (mixed into coder.Coder)."""

    def _noun_event(self, m: Match, actors: BlockActors) -> list[RawEvent]:
        """An event named by a noun ("the raid on Caracas", "talks between X and Y"):
        its sides, the verb that does it if any, its targets and its mood."""
        tok, p = m.token, m.pattern
        self.place_root = p.code[:2]
        src_toks, tgt_toks, of_toks, preps = self._noun_sides(tok, p, actors)
        if not tgt_toks and p.obj and m.extra:
            # "an offer of talks to the rebels": the parser may hang the noun's target
            # phrase on its object
            tgt_toks = pobjs([tok.doc[i] for i in m.extra], set(preps) - {"in"})
        act = self._noun_act(tok, p, src_toks, tgt_toks, preps, actors)
        src_toks, tgt_toks = self._noun_targets(tok, p, act, of_toks, actors)
        polarity, modality = self._noun_mood(tok, act, actors)
        # a bare event noun needs both sides ("the raid on Caracas" alone names no agent);
        # one done by a support verb's subject is like a verb ("Hezbollah declared a truce")
        found = self._emit(src_toks, tgt_toks, act.code, act.rule_id, act.trigger, actors,
                           polarity, modality, 0.55, p, require_both=not act.supported)
        if not found and act.code[:2] == PROTEST_ROOT and not act.supported:
            found = self._people_protest(tok, act, tgt_toks, actors, polarity, modality)
        return found

    def _people_protest(self, tok: Token, act: _NounAct, tgt_toks: list[Token],
                        actors: BlockActors, polarity: str, modality: str) -> list[RawEvent]:
        """A protest told as news with no one named who holds it ("protests erupted in
        Tehran", "a general strike paralysed Lagos", "riots broke out in the capital"): the
        people of the place it happens in protest, against whom it names or else their
        own state; one whose holders are named is theirs ("a strike by dock workers shut
        the ports"); and an act no pattern codes done "in protest" is its doer's protest.
        Otherwise only a protest that is the subject of a verb of happening (or the
        clause's head), told as done, in a sentence whose clause names a place."""
        if modality not in {"actual", "background"}:
            return []
        verb = tok.head.head
        if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and verb.pos_ == "VERB"
                and lemma_of(tok) == "protest" and self._match_token(verb) is None):
            # "closed their shops in protest against the killing", "stayed home in
            # protest": an act no pattern codes, done in protest, is the protest of its doer
            holders, _ = self._subjects(verb)
            return self._emit(holders, tgt_toks, act.code, act.rule_id + "+in-protest",
                              [*act.trigger, verb.i], actors, polarity, modality, 0.5, None)
        if tok.dep_ not in {"nsubj", "nsubjpass", "ROOT"} or (
                tok.dep_ != "ROOT" and lemma_of(tok.head) not in self.lexicon.words(
                    "happen_verbs")):
            # (a protest that happens: "erupted", "spread", "took place"; not one that
            # does something else, "protests over the referee delayed the game")
            return []
        holders = [c for c in tok.children if c.dep_ in OWNER_DEPS] + self._agent_like(tok)
        if self._actors(holders, actors):
            # "a strike by Nigerian oil workers shut down exports": its holders protest
            # against whom it names, else their own state
            return self._emit(holders, tgt_toks, act.code, act.rule_id, act.trigger, actors,
                              polarity, modality, 0.5, None)
        trigger = [tok.i, tok.head.i] if tok.dep_ != "ROOT" else [tok.i]
        country = clause_country(trigger, actors, venues=False)
        if country is None:
            return []
        people = implied_actor(country, "CVL")
        targets = [a for a in (self._actor(t, actors) for t in tgt_toks) if a is not None
                   and a.code and a.country != country or (a is not None and a.role in
                                                           STATE_ROLES)]
        target = targets[0] if targets else implied_actor(country)
        return [RawEvent(people, target, act.code, act.rule_id + "+people-of-place",
                         list(act.trigger), polarity, modality, 0.45)]

    def _noun_sides(self, tok: Token, p: Pattern, actors: BlockActors
                    ) -> tuple[list[Token], list[Token], list[Token], list[str]]:
        """(sources, targets, "of" phrase, target prepositions) named around the noun."""
        src_toks = [c for c in tok.children if c.dep_ in OWNER_DEPS]
        agents = self._agent_like(tok)
        src_toks += agents
        drawn = self._drawn_from(tok)
        if drawn is not None:
            # "struck bases in Iraq, drawing condemnation from Baghdad", "the vote earned
            # Oslo a rebuke from Moscow": who gives it acts on whoever drew it
            src_toks += drawn[0]
        # "the withdrawal of Syrian troops from Lebanon": "of" names who withdraws (used
        # when neither an owner nor a support verb's subject names the source)
        of_toks = pobjs([tok], {"of"}) if p.prep not in {None, "of"} else []
        tgt_toks = []
        preps = [p.prep] if p.prep else list(TARGET_PREPS_NOUN)
        between = None
        phrases = list(tok.children)
        if tok.dep_ == "nsubj" and lemma_of(tok.head) in self.lexicon.words("happen_verbs"):
            # "fighting erupted between X and Y", "clashes broke out with Z": the parser
            # hangs the event noun's own phrase on the verb that tells it happened
            phrases += [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                        and c.lower_ in {"between", "with"}]
        for c in phrases:
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
        if drawn is not None and not tgt_toks and not between:
            tgt_toks = drawn[1]
        if circumstance and p.code[:2] == "04" and not tgt_toks and not between:
            tgt_toks = self._addressee(tok.head.head)
        return src_toks, tgt_toks, of_toks, preps

    def _drawn_from(self, tok: Token) -> tuple[list[Token], list[Token]] | None:
        """(givers, receivers) of a reaction drawn from others: the noun is the object of a
        verb of drawing (classes.draw_verbs) with a "from" phrase; the receiver is the one
        who drew it (the verb's subject, or its indirect object: "earned Oslo a rebuke")."""
        verb = tok.head
        if tok.dep_ != "dobj" or lemma_of(verb) not in self.lexicon.words("draw_verbs"):
            return None
        givers = pobjs([tok], {"from"}) or pobjs([verb], {"from"})
        if not givers:
            return None
        receivers = children_by_dep(verb, {"dative"}) or self._subjects(verb)[0]
        return givers, receivers

    def _addressee(self, verb: Token) -> list[Token]:
        """Whom a verb of saying addresses ("told the Kenyan leader in a phone call",
        "assured Seoul during talks"): the other party of the call or talks it happened
        in, when the call or talks name none."""
        if lemma_of(verb) not in self.lexicon.words("address_verbs"):
            return []
        return (children_by_dep(verb, {"dobj", "dative"})
                or pobjs([verb], {"to", "with"}))[:1]

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
                act.tgt_toks = pobjs([support], set(preps)) or [
                    g for c in support.children if c.dep_ == "dative" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"]
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
