"""The Coder's modality step: it follows a trigger's control chain and asks the checks of
this package, in order, which modality and polarity its clause has."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import ControlRule
from ..syntax import (
    CONDITIONAL_MARKS,
    CONTENT_NOUNS,
    DEMAND_NOUNS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEG_WORDS,
    SPEECH_LEMMAS,
    children_by_dep,
    intention_noun,
    is_content_clause,
    is_reported,
    lemma_of,
    lemmas_of,
    object_controller,
    obliged,
    ordered_done,
    referred_act,
)
from .background import (
    continuing_present,
    dated_before,
    describes_thing,
    earlier_main,
    earlier_relative,
    habitual,
    in_former_term,
    in_past_period,
    known_fact,
    long_ago,
    measured,
    old_temporal_clause,
    over_long_span,
    recurring,
    referenced_event,
    report_dated_before,
    reported_over_span,
    span_since,
    stance_told,
    standing_designation,
    standing_rule,
    temporal_clause,
    text_provision,
    then_titled,
    told_earlier,
)
from .clauses import ANTICIPATE_VERBS, _future, _purpose
from .hypothetical import (
    alleged,
    anticipated,
    any_relative,
    attempted_only,
    awaited,
    believed,
    capability_told,
    feared,
    forecast,
    helps_only,
    in_condition,
    modal_above_noun,
    modal_subject,
    needed_only,
    obliged_only,
    permitted,
    posed_for,
    possible_above,
    scheduled,
    sought,
    speculates,
    text_content,
    to_be_done,
    unreal_noun,
    upcoming,
)
from .news_value import _names_actor, claimed, describes_actor
from .polarity import (
    carrier_negated,
    negated_purpose,
    no_one_did,
    shared_auxiliaries,
    shares_negation,
    yet_to,
)
from .questions import asked_or_supposed, open_question

# Verbs of weighing an option: what they take is not decided ("will consider working with
# Russia", "is mulling recalling its envoy", "explored cutting aid").
WEIGHING_VERBS = {"consider", "contemplate", "mull", "weigh", "explore", "ponder"}


def _country_named(tok: Token, actors) -> str | None:
    """The country of the actor a noun names, or of one its owner or modifier names
    ("Peru's army", "the Chilean navy")."""
    for t in (tok, *(c for c in tok.children if c.dep_ in {"poss", "compound", "amod"})):
        actor = actors.actor_for(t)
        if actor is not None and actor.country:
            return actor.country
    return None


def joined_complement(tok: Token, infinitive_complement) -> Token:
    """The first of joined verbs a verb with no subject, auxiliary or mark of its own is
    joined to, when that first verb is a complement ("vowed to close the border, expel the
    envoys and ban the party": "ban" is vowed too); else the verb itself."""
    cur = tok
    while (cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"} and cur.head.i != cur.i
           and cur.head.pos_ in {"VERB", "AUX"} and not any(
               c.dep_ in {"nsubj", "nsubjpass", "auxpass", "mark"}
               or (c.dep_ == "aux" and c.lower_ != "to") for c in cur.children)):
        cur = cur.head
    if cur is not tok and cur.tag_ == tok.tag_ and (
            cur.dep_ == "xcomp" or infinitive_complement(cur)):
        return cur  # (of one form: "refusing to renew X and threatening to ...": no)
    if cur is not tok and tok.tag_ == "VB" and cur.tag_ in {"VBD", "VBN", "VBZ", "VBP"}:
        # the parser may join a bare infinitive to the control verb itself ("has pledged
        # to leave the bloc, close the mosques and ban the book"): a base form joined to
        # a finite verb is one more of its infinitives
        comp = [c for c in cur.children if c.dep_ == "xcomp" and c.i < tok.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if comp:
            return comp[-1]
    return tok


# A paragraph that starts this near the top of a text is the lead, after a one-line
# headline at most.
LEAD_OFFSET = 200


def in_body(tok: Token, actors) -> bool:
    """The token is in a story's body: not in the headline or the lead (the first two
    sentences of the first paragraph with an actor, or of the paragraph right after a
    headline; a story given as one paragraph has its body after them; a dateline does not
    count). What the body tells in the present is less often the day's news."""
    if actors is None:
        return False
    early = getattr(actors, "lead", True) or getattr(actors, "base", 0) <= LEAD_OFFSET
    if not early:
        return True
    # (a dateline, "TOKYO, March 19. /TASS/.", has no verb and is no sentence of the lead)
    sents = [s for s in tok.doc.sents if any(t.pos_ in {"VERB", "AUX"} for t in s)]
    return not any(tok.sent.start == s.start for s in sents[:2])


class ModalityMixin:
    """Control chains, polarity and modality of the Coder."""

    # -- chains -----------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[tuple[Token, ControlRule | None]]:
        """Control verbs above a trigger: "threatened to topple" -> [(threatened, rule)]."""
        chain = []
        cur = joined_complement(tok, self.lexicon.infinitive_complement)
        while (cur.dep_ in {"xcomp", "ccomp"} or self.lexicon.infinitive_complement(cur)) \
                and cur.head.i != cur.i:
            head = cur.head
            # (the lemmatizer may slip: "hopes" -> "hop")
            rule = next((r for lm in lemmas_of(head)
                         if (r := self.lexicon.control.get(lm)) is not None), None)
            if rule is None and any(lm in ANTICIPATE_VERBS for lm in lemmas_of(head)):
                # "awaiting Lima to reply", "anticipating Chile easing its rules": what is
                # looked ahead to is not done
                rule = self.lexicon.control.get("likely")
            elif rule is None and cur.tag_ == "VBG" and lemma_of(head) in WEIGHING_VERBS:
                # "will consider working with Moscow", "is mulling recalling its envoy":
                # an option weighed, not an act
                rule = self.lexicon.control.get("likely")
            elif rule is None and to_be_done(cur):
                rule = self.lexicon.control.get("plan")  # "is to meet": an announced plan
            elif lemma_of(head) == "expect" and any(c.dep_ == "auxpass" for c in head.children):
                # "are expected to forge ties": others forecast it, no plan of theirs
                rule = self.lexicon.control.get("likely")
            if cur.dep_ == "ccomp" and (rule is None or rule.effect not in {"threat", "negate"}):
                break  # ("denied that it had allowed ...": the denial negates the clause)
            if rule is None and object_controller(cur) is not None:
                break  # ("the raid led Oman to shut its embassy": the object's own act)
            chain.append((head, rule))
            cur = head
        return chain

    def _modality(self, toks: list[Token]) -> tuple[str, str]:
        polarity, modality = "asserted", "actual"
        for t in toks:
            if shares_negation(t):
                polarity = "negated" if polarity == "asserted" else "asserted"
            for c in (*t.children, *shared_auxiliaries(t)):
                if c.dep_ == "neg" or (c.lower_ in NEG_WORDS and c.dep_ in {"advmod", "det"}) or (
                        c.dep_ == "preconj" and c.lower_ == "neither" and c.i < t.i):
                    polarity = "negated" if polarity == "asserted" else "asserted"
                if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                    modality = "hypothetical"
                elif c.dep_ == "aux" and c.lower_ in FUTURE_AUX and modality == "actual":
                    modality = "future"
                if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                    modality = "hypothetical"
            if t.dep_ == "advcl" and any(c.lower_ in CONDITIONAL_MARKS for c in t.children):
                modality = "hypothetical"
            if yet_to(t) or no_one_did(t, frozenset(w.i for w in toks)) or carrier_negated(t):
                # "has yet to comment", "is yet to respond": not done (so far); "nobody
                # blamed Lima", "no troops were sent": not done by anyone; "no state issued
                # a statement condemning it": not said
                polarity = "negated" if polarity == "asserted" else "asserted"
        if modality == "actual" and toks and _purpose(toks[-1]) and _future(toks[-1].head):
            # "will fly to Nairobi to meet the president": what a future act is for is
            # future too
            modality = "future"
        return polarity, modality

    def _clause_modality(self, top: Token, modality: str, actors=None) -> str:
        """An act asked about ("did not say when talks would resume"), only made possible
        ("could allow Iran to strike"), supposed, feared, attempted, alleged or forecast is
        hypothetical; one told as what came before ("since", "after" clauses, relative
        clauses on things, earlier events referred to) or as a habit is background (both
        left out of default queries)."""
        if (open_question(top) or asked_or_supposed(top) or possible_above(top, SPEECH_LEMMAS)
                or in_condition(top)
                or feared(top) or posed_for(top) or attempted_only(top) or alleged(top)
                or unreal_noun(top) or awaited(top) or speculates(top) or forecast(top)
                or helps_only(top) or permitted(top) or claimed(top) or modal_above_noun(top)
                or negated_purpose(top) or anticipated(top) or obliged_only(top)
                or sought(top) or needed_only(top) or any_relative(top)
                or text_content(top) or believed(top) or modal_subject(top)
                or capability_told(top, (lambda t: _country_named(t, actors))
                                   if actors is not None else None)):
            return "hypothetical"
        if modality == "actual" and (scheduled(top) or upcoming(top)):
            return "future"  # "the talks between them are due on Monday", "ahead of the visit"
        when = temporal_clause(top)
        if when == "hypothetical" and modality in {"actual", "future", "intent"}:
            return when
        day = getattr(actors, "day", None)
        if modality in {"threat", "intent", "future"} and (
                report_dated_before(top, day) or reported_over_span(top)):
            return "background"  # "said in January that troops would be sent"
        if modality in {"threat", "intent"} and (
                old_temporal_clause(top, day)  # "years after Lima announced plans to ..."
                or then_titled(top) or in_former_term(top)
                or in_past_period(top) or dated_before(top, day) or told_earlier(top)
                or text_provision(top) or recurring(top) or earlier_main(top)
                or (stance_told(top) and in_body(top, actors))):
            return "background"  # "during his campaign he vowed to ...", "in 2015 it agreed"
        if modality not in {"actual", "future"}:
            return modality
        if (when == "background" or habitual(top) or referenced_event(top) or measured(top)
                or in_past_period(top) or long_ago(top)
                or dated_before(top, getattr(actors, "day", None))
                or told_earlier(top) or span_since(top) or over_long_span(top)
                or standing_rule(top) or standing_designation(top) or text_provision(top)
                or then_titled(top) or in_former_term(top) or earlier_main(top)
                or known_fact(top)):
            return "background"
        if continuing_present(top) and in_body(top, actors):
            return "background"  # "the army continues to shell the town" (in the body)
        clause = top
        while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in {
                "pobj", "prep", "dobj", "attr", "conj", "compound"} and clause.head.i != clause.i:
            clause = clause.head  # an event noun inside the clause ("began as a meeting")
        if earlier_relative(clause):
            return "background"  # "the rebels, who had seized the port in 2014, ..."
        if actors is not None and (
                (describes_thing(clause, lambda t: _names_actor(t, actors))
                 and referred_act(clause, self.lexicon.words("act_references")) is None)
                or describes_actor(clause, lambda t: _names_actor(t, actors))):
            return "background"
        return modality

    def _demanded(self, tok: Token) -> bool:
        """The clause is what someone demands or asks ("demanded that X withdraw", "its
        demand that Israel ease restrictions"): the demand is the event, not the act; so is
        a second act joined to it ("threats to expel the envoy or cut trade")."""
        while (tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}
               and not children_by_dep(tok, {"nsubj", "nsubjpass"})):
            tok = tok.head
        chain = self._chain(tok)
        if chain:
            tok = chain[-1][0]  # "demanded that its partners refuse to recognize X"
        if tok.dep_ == "relcl" and is_content_clause(tok):
            return lemma_of(tok.head) in DEMAND_NOUNS | CONTENT_NOUNS  # "the demand that it disarm"
        if tok.dep_ not in {"ccomp", "acl", "advcl"}:
            return False
        if ordered_done(tok) is not None:
            return False  # "ordered the envoy to be expelled": the order did it
        if intention_noun(tok) is not None:
            return False  # "has no plans to meet": coded as the (negated) intent
        if is_reported(tok) and obliged(tok):
            return False  # "told Libya that it must hand over ...": coded as the demand
        head = tok.head
        rule = self.lexicon.control.get(lemma_of(head))
        if tok.dep_ == "ccomp" and lemma_of(head) in {"tell", "inform", "assure"}:
            return False  # "a tribunal heard (that) guards mistreated ...": reported
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
