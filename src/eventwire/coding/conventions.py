"""CAMEO and PLOVER conventions the coder applies after matching: who an act is aimed at
when no one is named, which codes a who-does-what re-codes (non-state violence on
civilians is 180, a state's protest a complaint, killing a leader an assassination), and
how announced, conditional and refused acts are coded (threat 13, intent 03, reject 12).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.resolve import BlockActors
from ..models import Actor
from .domestic import (
    DOMESTIC_ROLES,
    clause_country,
    implied_actor,
)
from .lexicon import ControlRule
from .modality import negated_past, past_possibility, speculates
from .modality.background import standing_present, text_provision
from .modality.hypothetical import present_for_coming_day
from .ontology import VIOLENT_ROOTS
from .syntax import (
    LOCATIVE_PREPS,
    SUBJ,
    children_by_dep,
    conditions_on,
    is_reported,
    lemma_of,
    obj_matches,
    object_controller,
)

if TYPE_CHECKING:
    from .matching import Reading

# "Jordan and Britain agreed to hold exercises": with coordinated sources and no target,
# cooperative acts are coded both ways (CAMEO codebook: reciprocal events).
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
# Cooperation of any kind (verbal and material, intents included).
COOP_ROOTS = {"03", "04", "05", "06", "07", "08"}
# Material cooperation, which a simple present in a story's body tells as a standing
# arrangement ("hosts US troops", "supplies arms to the army").
STANDING_ROOTS = {"06", "07"}
# Cooperation is done with someone: with no one named it is no event ("Russia backs",
# "it also helps", "Putin visited").
DYADIC_ROOTS = {"04", "05", "06", "07"}
# Verbal acts whose target may be the subject of the reported clause.
VERBAL_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Protests, demands and complaints of a country's own people with no target named are
# directed at their state (PLOVER/CAMEO code the country as target).
DOMESTIC_TARGET_ROOTS = {"02", "03", "08", "10", "11", "12", "14"}
# Force and coercion with no target named act on the country of the place they happen in.
PLACE_TARGET_ROOTS = {"15", "17", "18", "19", "20"}
# A state's concessions (08) and coercion (17) with no target named act on its own
# country (CAMEO/PLOVER code the country as target of "lifted the curfew", "jailed").
OWN_STATE_ROOTS = {"08", "17"}
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
FORCE_ROOTS = {"15", "16", "17", *VIOLENT_ROOTS}


def _apply_chain(code: str, pattern_id: str, chain):
    """Re-code an event through the control verbs above it ("threatened to", "agreed to"):
    (code, modality override, polarity flipped, rule ids, object controller)."""
    modality_override, polarity_flip, rule_ids, object_controller = None, False, [pattern_id], None
    for head, rule in chain:
        if rule is None:
            continue
        rule_ids.append(rule.id)
        if rule.effect == "cease":
            # "stopped sending aid to Kenya" is aid cut (1623); an act with no code for
            # its end ("stopped shelling the town") is just not done
            stopped = _recode_entry(rule, code)
            if stopped is None:
                polarity_flip = not polarity_flip
            else:
                code = stopped
        elif rule.recode:
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
    entry = _recode_entry(rule, code)
    return entry if entry is not None else rule.recode.get("default", code)


def _recode_entry(rule: ControlRule, code: str) -> str | None:
    """The rule's entry for the full code or its longest prefix, None when it has none."""
    for k in range(len(code), 1, -1):
        if code[:k] in rule.recode:
            return rule.recode[code[:k]]
    return None


def _known_source(side) -> bool:
    """A source we can name: a coded actor, or a named person/organisation kept with code None."""
    if side is None:
        return False
    actor = side[0]
    return actor.code is not None or actor.ner in {"PERSON", "ORG"}


# Words for one's own country as a whole, after a locative preposition ("deployed police
# across the country", "troops throughout the nation").
NATION_WORDS = {"country", "nation"}


def nationwide(trigger: list[int], actors: BlockActors) -> bool:
    """The trigger's clause is placed in "the country" as a whole (its own, unnamed)."""
    if not trigger:
        return False
    doc = actors.doc
    heads = [doc[i] for i in trigger if 0 <= i < len(doc)]
    heads += [g for h in heads for g in h.children if g.dep_ in {"dobj", "nsubjpass"}]
    return any(g.dep_ == "pobj" and g.lower_ in NATION_WORDS and g.head.lower_ in LOCATIVE_PREPS
               and any(d.lower_ == "the" for d in g.children)
               and not any(c.dep_ in {"amod", "compound", "poss"} for c in g.children)
               for h in heads for p in h.children if p.dep_ == "prep" for g in p.children)


class ConventionsMixin:
    """Conventions of the Coder (see the module docstring)."""

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
        """A state's protest is an official complaint (114), but its soldiers' or police's
        stone-throwing is violence (180); civilians clashing with police or soldiers
        protest violently (145)."""
        if s is None:
            return code
        role = s[0].role
        if (role is None and code == "140" and s[0].ner == "GPE"
                and (s[0].kb_id or "").startswith("country:")):
            role = "GOV"  # "Pakistan protested to India": the country named is its state
        by_state = self.lexicon.protest_by_state
        if (by_state and code[:2] == "14" and role in by_state.source_roles
                and (not by_state.codes or code.startswith(tuple(by_state.codes)))):
            return by_state.code
        by_force = self.lexicon.riot_by_force
        if (by_force and role in by_force.source_roles
                and code.startswith(tuple(by_force.codes))):
            # "soldiers threw stones at the border guards": violence, no complaint
            return by_force.code
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
        the country where it happens if the sentence names one, else the group's own.
        (None for force stood down, 087/0871: "halted its offensive" is towards a foe.)"""
        if code in {"087", "0871"}:
            return None
        own_state = code[:2] in OWN_STATE_ROOTS and actor.country and (
            actor.role in STATE_ROLES or (actor.kb_id or "").startswith("country:"))
        if code[:2] in PLACE_TARGET_ROOTS or own_state:
            # "ordered a lockdown of the city of Mosul in northern Iraq", "set up
            # checkpoints in the Golan": force used in a place is used on that country;
            # a state's concession or coercion with no one named ("lifted the state of
            # emergency", "jailed 40 members of a banned group") is on its own country
            country = clause_country(trigger, actors) or (
                actor.country if own_state or (actor.country and nationwide(trigger, actors))
                else None)
            if country is None:
                return None
        else:
            people = actor.role in DOMESTIC_ROLES or (actor.role is None
                                                      and actor.ner == "NORP")
            if (code[:2] not in DOMESTIC_TARGET_ROOTS or not people or not actor.country
                    or actor.country.startswith(("IGO", "NGO", "IMG"))):
                return None  # "Iraqi Kurds demonstrated" (people, NORP) acts on its state
            country = clause_country(trigger, actors) or actor.country
        return (implied_actor(country), None)  # no mention in the text

    def _apply_conventions(self, r: Reading, actors: BlockActors) -> None:
        """Polarity and modality of the clause, and the CAMEO conventions that re-code an
        act by them: an act announced on a condition or as future force is a threat (13),
        future cooperation an intent (03), refused cooperation a rejection (12)."""
        tok, heads = r.tok, [h for h, _ in r.chain]
        base = heads[-1] if heads else tok
        # (the verb that makes its object act holds the clause's mood: "would oblige Lima
        # to extradite him", "did not lead Oslo to recall its envoy")
        causer = [base.head] if object_controller(base) is not None else []
        r.polarity, r.modality = self._modality([tok, *heads, *causer])
        if (r.modality == "actual" and "03" <= r.code[:2] <= "08"
                and present_for_coming_day(heads[-1] if heads else tok)):
            # "the minister travels to Seoul on Friday": a scheduled visit or meeting, not
            # one done (a present judgement, "condemns the arrests on Sunday", is no plan)
            r.modality = "future"
        if r.polarity_flip:
            r.polarity = "negated" if r.polarity == "asserted" else "asserted"
        conditions = conditions_on([tok, *heads])
        if conditions and r.code[:2] != "13" and r.polarity == "asserted" and (
                any(c.lower_ == "unless" for cond in conditions for c in cond.children)
                and (r.chain or r.modality != "actual") and not text_provision(tok)):
            # "will withdraw its peacekeepers unless the government holds elections": an
            # act announced on a condition put to someone is a threat (CAMEO 13)
            self._recode_by(r, "threaten", "conditional-threat", "threat")
            r.chain = []
        self._threat_on_condition(r, conditions, actors)
        # "could raise tariffs, economists said", "may have used them as shields": no threat
        forecast = speculates(tok) or past_possibility(tok)
        if not r.chain and r.code[:2] >= "14" and r.polarity == "asserted" and not forecast and (
                (r.modality == "hypothetical" and is_reported(tok)) or r.modality == "future"):
            # "X said it would retaliate against Y", "X will attack Y": a threat
            self._recode_by(r, "threaten", "announced-threat", "threat")
            self._threat_on_condition(r, conditions, actors)
        elif (not r.chain and r.polarity == "asserted" and "04" <= r.code[:2] <= "08"
              and not forecast and (
                r.modality == "future" or (r.modality == "hypothetical" and is_reported(tok)))):
            # "the Dutch minister will travel to Ghana": a stated future cooperation is an
            # intent (03)
            self._recode_by(r, "agree", "announced-intent", "intent")
        denied = any(lemma_of(h) == "deny" for h in heads)
        if (r.polarity == "negated" and "03" <= r.code[:2] <= "08" and not denied
                and not negated_past([tok, *heads])):
            # "will not accept refugees": declining to cooperate is a rejection (CAMEO 12),
            # not a negated cooperation (but a denial of having done it keeps the act, and
            # "the envoys did not meet on Friday" tells only that it did not happen)
            if self._recode_by(r, "refuse", "negated-cooperation", None):
                r.polarity = "asserted"
                # ("said it would not attend": a refusal stated now, as "will not attend")
                stated_refusal = (r.modality == "hypothetical" and is_reported(tok)
                                  and not forecast)
                r.modality = ("actual" if r.modality in {"future", "intent"} or stated_refusal
                              else r.modality)
        if r.modality_override:
            r.modality = "threat" if r.code.startswith("13") else r.modality_override
        if (r.modality == "actual" and r.code[:2] in STANDING_ROOTS and not r.chain
                and not _in_lead(tok, actors) and standing_present(tok)):
            # "Japan and Korea both host US troops": a standing arrangement told in the
            # present of a story's body (a headline or lead tells news in the present)
            r.modality = "background"

    def _threat_on_condition(self, r: Reading, conditions, actors: BlockActors) -> None:
        """ "threatened to stop talks if the US deploys missiles": the one the condition is
        put to is the one threatened (its subject, or its passive agent: "said it would
        strike back if attacked by Iran"), when the threat names no one."""
        if conditions and r.code[:2] == "13" and not any(
                self._actor(t, actors, True) for t in r.tgt_toks):
            r.tgt_toks = ([s for cond in conditions
                           for s in children_by_dep(cond, SUBJ) or self._agent(cond)][:1]
                          or r.tgt_toks)

    def _recode_by(self, r: Reading, control: str, rule_id: str, modality: str | None) -> bool:
        """Re-code the reading through a control rule of the lexicon (if it has one)."""
        rule = self.lexicon.control.get(control)
        if rule is None:
            return False
        r.code = _recode(rule, r.code)
        r.rule_ids.append(rule_id)
        r.modality_override = modality
        return True


def _in_lead(tok, actors) -> bool:
    """The token is in one of the first two sentences of the story's first paragraph with
    an actor (a headline taken for a sentence, or the lead)."""
    if getattr(actors, "lead", True) is False:
        return False
    sents = list(tok.doc.sents)
    return any(tok.sent.start == s.start for s in sents[:2])
