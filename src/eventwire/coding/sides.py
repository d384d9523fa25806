"""From sides to events: resolve the source and target tokens to actors, apply the
conventions that depend on who the sides are (own organs, victims, implied sources,
symmetric acts, hosts and mediators), and emit one RawEvent per pair.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolve import PERSON_TITLES, TITLE_WORDS, BlockActors
from ..models import Actor
from .arguments import OWNER_PRONOUNS
from .conventions import (
    COOP_ROOTS,
    DOMESTIC_TARGET_ROOTS,
    DYADIC_ROOTS,
    FORCE_ROOTS,
    OWN_STATE_ROOTS,
    PRIVATE_ROLES,
    STATE_ROLES,
    SYMMETRIC_ROOTS,
    UNDIRECTED_ROOTS,
    VIOLENT_ROOTS,
    _known_source,
)
from .domestic import (
    DOMESTIC_ROLES,
    backer_country,
    clause_country,
    fill_domestic,
    implied_actor,
    localised,
    one_official,
    other_country,
    own_place_country,
    sentence_country,
    sentence_place_country,
    transnational,
    with_country,
)
from .events import RawEvent
from .lexicon import Pattern
from .syntax import children_by_dep, is_reported, lemma_of, speaker_of

# Who fights or opposes a state from inside it: "the government" or "the regime" they
# deal with, named by no country, is their own ("Syrian rebels met the regime in Geneva").
INSIDER_ROLES = {"REB", "OPP", "INS", "SEP"}


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


# Hostile roots (demand to mass violence) whose acts a state may aim at its own officials.
HOSTILE_ROOTS = {"10", "11", "12", "13", "16", "17", "18", "19", "20"}


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


# Rule ids of acts that kill (the only ones that can be assassinations).
KILLING_RULE = re.compile(r"kill|murder|slay|slain|assassin|shoot|shot|gun|behead|execut|"
                          r"stab|lynch|strangl|poison|dead|death")


def _placeable(a: Actor, tok: Token | None = None) -> bool:
    """A source with no country that its sentence's one country may be given: people of a
    domestic role named by a role noun, a titled official the KB does not know, or one
    official named by his title alone ("the interior minister", "a police spokesman")."""
    if a.code is not None or not a.role:
        return False
    return ((a.role in DOMESTIC_ROLES and (a.kb_id or "").startswith("role:"))
            or (a.kb_id is None and a.ner == "PERSON" and a.role in STATE_ROLES | {"ELI"})
            or one_official(a, tok))


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


# Roots of claims a group makes on a state (demands, criticism, rejection, threats,
# protest): an ethnic group making one with no place named lives in the state it addresses.
CLAIM_ROOTS = {"10", "11", "12", "13", "14"}


def _state_country(side) -> str | None:
    """The one country of the states (or their organs) on a side."""
    found = {a.country for a, _ in side if a.country and not a.country.startswith(
        ("IGO", "NGO")) and (a.role in STATE_ROLES or (a.role is None and (
            a.kb_id or "").startswith(("country:", "government:", "implied:"))))}
    return next(iter(found)) if len(found) == 1 else None


def _place_ethnic(sources, targets, code: str, trigger: list[int], actors: BlockActors):
    """An ethnic group no phrase of its own places ("ethnic Serbs", resolve.unplaced_ethnic)
    is coded by the country it lives in: the place of its own phrase or of the act's
    clause ("ethnic Uzbeks marched in Osh"), else the state it makes a claim on ("ethnic
    Russians protested against Estonia's language law"; or the one other state its
    sentence names: "began a sit-in over Estonia's decision") or, as a target, the state
    that acts on it ("Kyrgyz police detained ethnic Uzbeks"). Not its kin state."""
    ethnic, people = actors.unplaced_ethnic, actors.unplaced_people
    if not any(a.start in ethnic | people for a, _ in sources + targets):
        return sources, targets

    def place(side, other, claim: bool):
        out = []
        for a, t in side:
            if a.start in ethnic | people:
                # ("the Armenian population", people only: by a place alone)
                country = (own_place_country(t, actors) if t is not None else None) or (
                    clause_country(trigger, actors, venues=False)) or (
                    (_state_country(other) or other_country(trigger, actors, {a.country}))
                    if claim and a.start in ethnic else None)
                if country and country != a.country and country in actors.kb.countries:
                    # (its people, a minority there: CVL, as roles.tsv has "minorities",
                    # unless a role noun says more: "ethnic Serb deputies")
                    role = a.role or "CVL"
                    a = replace(a, code=country + role, country=country, role=role,
                                kb_id=f"role:{country}{role}")
            out.append((a, t))
        return out

    # (a target falls back on the state that acts on it with hostility, a state other than
    # its kin: whom its kin speaks up for, "criticised the treatment of ethnic Hungarians",
    # stays its kin's)
    return (place(sources, targets, code[:2] in CLAIM_ROOTS),
            place(targets, sources, code[:2] in CLAIM_ROOTS | FORCE_ROOTS))


def _is_reciprocal(tok: Token) -> bool:
    """ "each other" / "one another" (the parser hangs either word on the other)."""
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod"}}
    return words in ({"each", "other"}, {"one", "another"})


def reciprocal(doc, trigger: list[int]) -> bool:
    """The act is done to "each other" or "one another": its object, the object's owner or
    the object of a phrase of its ("expelled each other's diplomats", "accused one another
    of ...", "fired at each other"), so co-doers do it to each other."""
    if not trigger or not 0 <= trigger[0] < len(doc):
        return False
    verb = doc[trigger[0]]
    near = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]
    near += [g for n in list(near) for g in n.children if g.dep_ == "poss"]
    return any(_is_reciprocal(n) for n in near)


# De-escalation (truce, ceasefire, withdrawal, demobilisation, surrender: CAMEO 087):
# its target is no place of the side's own country.
OWN_GROUND_CODES = ("087",)


# People of a state whom it holds when no other holder or place is named (a state's
# citizens, dissidents and rebels; not its nationals named by country alone, who are
# often held abroad).
CITIZEN_ROLES = PRIVATE_ROLES | {"OPP", "PTY", "REB", "ELI", "SEP", "RAD"}

# Legal and coercive acts (arrests, charges, inquiries) a state organ reporting them with
# no doer named did itself, and the organs that may: police, prosecutors and courts,
# ministries; armies report fighting they need not have done, so not MIL.
REPORTED_BY_DOER_ROOTS = {"09", "17"}
REPORTING_ORGANS = {"COP", "JUD", "GOV", "SPY"}


class LazyModality:
    """A modality worked out on first use and kept: a caller of _emit may hand one in
    place of the string when most of its triggers emit nothing (no known side), so that
    their clause modality (several dozen checks on the parse) is never read."""

    __slots__ = ("_value", "_work")

    def __init__(self, work) -> None:
        self._work = work
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            self._value = self._work()
        return self._value


class SidesMixin:
    """Coder methods of this step (mixed into coder.Coder)."""

    def _sides(self, src_toks, tgt_toks, code, trigger, actors, p: Pattern | None,
               agentless: bool):
        """The source and target actors of an event, with countries filled in from the
        place, the other side or the victims' country, and unidentified attackers for
        force by no one named: (sources, targets, inferred, confidence penalty)."""
        sources = self._actors(src_toks, actors)
        targets = self._actors(tgt_toks, actors, target=True)
        targets = _not_own_targets(sources, targets, code)
        sources, targets = _place_ethnic(sources, targets, code, trigger, actors)
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
        targets = self._implied_targets(code, trigger, actors, p, sources, targets, victims)
        if (place is None and any(a.code is None and a.role for a, _ in sources + targets)
                and not any(a.country for a, _ in sources + targets)):
            # "a spokesman for the Sri Lankan military said troops had killed 25 rebels":
            # with no place named, sides named by role alone in what a state's speaker
            # reports are of the speaker's country
            place = self._speaker_country(trigger, actors)
        sources, targets, inferred = fill_domestic(
            sources, targets, place, victims or _story_victims(code, actors, sources, place),
            # (who is released was held by the state that frees them: "freed 40 Kurdish
            # prisoners" are that state's own, as "arrested Kurdish activists" are)
            borrow_stated=code[:2] not in COOP_ROOTS or code[:3] == "084",
            own_place=lambda tok: own_place_country(tok, actors), visit=code[:3] == "042",
            backer=lambda tok: backer_country(tok, actors))
        sources, targets, inferred = _placed_people(sources, targets, code, trigger, actors,
                                                    inferred)
        sources = _placed_bodies(sources, targets, trigger, actors)
        sources = self._own_organs(sources, targets, code, trigger, actors)
        targets = _own_country_targets(sources, targets, code)
        targets = _one_place_per_country(targets)
        sources, targets = own_state_of_rebels(sources, targets)
        implied = (self._implied_source(code, trigger, actors, targets)
                   if agentless and not sources else None)
        if implied is not None:
            return [(implied, None)], targets, inferred, 0.1
        return sources, targets, inferred, 0.0

    def _implied_targets(self, code, trigger, actors, p: Pattern | None, sources, targets,
                         victims):
        """With no target named: the other country a state's force falls on, or the
        country aid is given or cut in."""
        if victims and not targets and code[:2] in VIOLENT_ROOTS | {"15"} and p is not None and (
                p.pos == "verb"):
            # "Russian missiles struck energy facilities across Ukraine": the other country
            # the sentence names is where the state's force falls
            targets = [(implied_actor(victims), None)]
        if (not targets and p is not None and code[:2] in AID_AND_CUT_ROOTS and sources
                and all(a.country for a, _ in sources)):
            # "the Red Cross suspended aid deliveries in Baghdad", "Japan delivered food in
            # Gaza": aid given or cut in another country's place, to no one named, is given
            # to or cut from that country
            where = clause_country(trigger, actors)
            if where and all(a.country != where for a, _ in sources):
                targets = [(implied_actor(where), None)]
        return targets

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

    def _speaking_organ(self, code, trigger, actors: BlockActors) -> Actor | None:
        """The state organ of one known country that reports an arrest, charge or other
        legal act no one is named for ("three smugglers were detained, Iranian police
        said", "an inquiry was opened, the interior ministry said"): it did the act it
        reports (rule sides.speaking-organ). Not force: an army reporting deaths is no
        killer."""
        if code[:2] not in REPORTED_BY_DOER_ROOTS:
            return None
        tok = _reported_clause(trigger, actors)
        if tok is None:
            return None
        found = [a for s in speaker_of(tok) if (a := self._actor(s, actors)) is not None]
        if len(found) != 1:
            return None
        organ = found[0]
        if organ.role not in REPORTING_ORGANS or not organ.country or organ.country.startswith(
                ("IGO", "NGO")):
            return None
        return organ

    def _implied_source(self, code, trigger, actors, targets=()) -> Actor | None:
        """Who did an act no one is named for, from the country its clause is placed in:
        force by unidentified attackers (CAMEO UAF: "a roadside bombing near Samarra
        killed a U.S. soldier"), an arrest or inquiry by the state ("an American was
        detained in Russia"), with empty text; else a state organ reporting it."""
        if code[:2] in VIOLENT_ROOTS:
            country = clause_country(trigger, actors)
            if country is not None:
                return implied_actor(country, "UAF", f"unidentified attackers ({country})")
        elif code[:2] == "09" or code[:3] == "173":
            country = clause_country(trigger, actors)
            people = {a.country for a, _ in targets if a.role in CITIZEN_ROLES and a.country}
            if (country is None and code[:3] == "173" and len(people) == 1
                    and sentence_country(trigger, actors) in people):
                # "two Kenyan journalists were jailed", "a Chinese dissident was sentenced
                # to death": with no place and no other state named, a state's own people
                # are held by it
                country = next(iter(people))
            if country is not None and country in actors.kb.countries:
                return implied_actor(country, "GOV", f"authorities ({country})")
        # (else the state organ that reports it: "..., Iranian police said")
        return self._speaking_organ(code, trigger, actors)

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
        paired = self._pairs(code, p, sources, targets, trigger, actors, tgt_toks, require_both)
        if paired is None:
            return []
        pairs, lowered = paired
        confidence -= lowered
        if isinstance(modality, LazyModality):
            modality = modality()  # (read only now that there is an event to give it to)
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

    def _pairs(self, code, p: Pattern | None, sources, targets, trigger, actors, tgt_toks,
               require_both: bool):
        """Who acts on whom: (pairs of (source, target) sides, confidence lost), or None
        when the sides make no event. Symmetric acts pair every side both ways; a side
        alone acts on its home state, or on no one."""
        lowered = 0.0
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
        elif require_both and sources and not targets and self._bare_people(tgt_toks, actors):
            # "Iran said it would allow the inspectors back": an act on people of no one
            # known is still the act, aimed at no one known
            pairs = [(s, None) for s in sources]
        elif require_both or (code[:2] in DYADIC_ROOTS and not self.keep_unresolved):
            return None
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
            lowered = 0.15
        elif targets:
            pairs = [(None, t) for t in targets]
            lowered = 0.25
        else:
            return None
        return pairs, lowered

    def _speaker_country(self, trigger: list[int], actors: BlockActors) -> str | None:
        """The one country of who reports the trigger's clause ("Ugandan army officials
        said ..."), or None."""
        tok = _reported_clause(trigger, actors)
        if tok is None:
            return None
        found = {a.country for s in speaker_of(tok) for g in s.subtree
                 if (a := self._actor(g, actors, True)) is not None and a.country
                 and not a.country.startswith(("IGO", "NGO"))}
        return next(iter(found)) if len(found) == 1 else None

    def _bare_people(self, tgt_toks, actors: BlockActors) -> bool:
        """The target is a plural noun of people with no owner, nationality or name ("the
        inspectors", "the hostages"), that no actor stands for."""
        return any(t.tag_ == "NNS" and not t.ent_type_ and t.lemma_.lower() in self.lexicon.words(
            "bare_people") and not any(c.dep_ in {"poss", "compound", "amod", "nmod"}
                                       for c in t.children)
                   and self._actor(t, actors, True) is None for t in tgt_toks)

    def _symmetric(self, code, p: Pattern | None, sources, targets, trigger, actors) -> bool:
        """Whether co-doers of the act do it to each other."""
        symmetric = ((p is not None and p.symmetric) or code[:2] in SYMMETRIC_ROOTS
                     or (code[:2] in COOP_ROOTS | {"15"} and not targets
                         and self._joint(trigger, actors))
                     or (len(sources) >= 2 and reciprocal(actors.doc, trigger)))
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
            if (s is not None and t is not None and code[:3] in OWN_GROUND_CODES
                    and t[0].code and len(t[0].code) == 3 and t[0].code == s[0].country):
                # "Hezbollah declared a truce in south Lebanon", "Bosnian Serb forces
                # withdrew from Gorazde": a side standing down on its own country's ground
                # does so towards no one the place names
                t = None
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


def _not_own_targets(sources, targets, code):
    """Targets that are no act on the doer: what the doer's own pronoun owns, and (outside
    force and coercion) a town of the doer's own country."""
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
    return targets


def _placed_people(sources, targets, code, trigger, actors, inferred):
    """People and officials with no country named are of the one country their sentence
    names: as sources acting on no one of a country, as targets of a state's hostility.
    (sources, targets, inferred)."""
    if not any(a.code for a, _ in targets) and any(_placeable(a, t) for a, t in sources):
        # "Georgian police fired tear gas at protesters rallying outside parliament":
        # people with no country named, doing something to no one named (or to no one
        # of a country: "the coalition called off its rally in Baku"), are of the one
        # country their sentence names; so is an official the KB does not know
        # ("Vice-President X declined to resign despite pressure from the Zambian ...")
        country = sentence_place_country(trigger, actors)
        if country is not None:
            sources = [(with_country(a, country), t) if _placeable(a, t) else (a, t)
                       for a, t in sources]
            inferred = True
    if (code[:2] in HOSTILE_ROOTS and any(_placeable(a) for a, _ in targets)
            and sources and all(a.country for a, _ in sources)):
        # "ousted president X was accused of graft by the new Malian government": an
        # official the KB does not know, acted on by a state, is of the one country the
        # sentence names
        country = sentence_country(trigger, actors)
        if country is not None:
            targets = [(with_country(a, country), t) if _placeable(a) else (a, t)
                       for a, t in targets]
    return sources, targets, inferred


def _unknown_body(a: Actor, tok: Token | None) -> bool:
    """An organisation the KB does not know and no nationality or owner places (not a
    name right after a personal title, which the tagger took for a body: "Vice-President
    Moody Obi")."""
    if not (a.code is None and a.country is None and a.kb_id is None and a.ner == "ORG"):
        return False
    if tok is None:
        return True
    titles, doc, i = PERSON_TITLES | TITLE_WORDS, tok.doc, tok.i
    while i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].lower_ not in titles:
        i -= 1
    return i == 0 or doc[i - 1].lower_ not in titles


def _placed_bodies(sources, targets, trigger: list[int], actors: BlockActors):
    """An organisation the KB does not know, as a source, is of the country a place of its
    own phrase names ("the Peace Forum in Gulu"), else of the one country its sentence
    names when it acts on no one of a country, else of the one country of the people or
    organs it acts on, not a state named as such ("the Justice Network accused Tanzanian
    police"); coded by its name's head noun when that names a role (rule
    sides.placed-body)."""
    if not any(_unknown_body(a, t) for a, t in sources):
        return sources
    coded = [a for a, _ in targets if a.country]
    if not coded:
        # (only when it acts on someone: a body acting on no one, "the company is weighing
        # an expansion to Russia", is not placed by the places its sentence lists)
        country = sentence_place_country(trigger, actors) if targets else None
    else:
        found = {a.country for a in coded}
        country = next(iter(found)) if len(found) == 1 and all(
            (a.kb_id or "").startswith(("role:", "implied:")) for a in coded) else None
    out = []
    for a, t in sources:
        where = (own_place_country(t, actors) if t is not None else None) or country
        if _unknown_body(a, t) and where and not where.startswith(("IGO", "NGO")):
            role = actors.kb.role_nouns.get(t.lower_) if t is not None else None
            a = replace(a, code=where + (role or ""), country=where, role=role)
        out.append((a, t))
    return out


def _own_country_targets(sources, targets, code):
    """A country's people acting on state roles with no country named act on their own."""
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
    return targets


def _one_place_per_country(targets):
    """Places that stand for their country, listed beside the country or its capital ("around
    Kyiv and the city of Chernihiv", "troops in Mali and the town of Gao"), are one target:
    that country once (rule sides.one-place-per-country)."""
    named = {a.country for a, _ in targets if a.country
             and not (a.kb_id or "").startswith("place:")}
    out, seen = [], set()
    for a, t in targets:
        if (a.kb_id or "").startswith("place:") and (a.country in named or a.country in seen):
            continue
        seen.add(a.country)
        out.append((a, t))
    return out


def _reported_clause(trigger: list[int], actors: BlockActors) -> Token | None:
    """The clause a speaker reports that holds the trigger (it or one of its three
    nearest heads), or None."""
    if not trigger:
        return None
    tok = actors.doc[trigger[0]]
    for _ in range(4):
        if is_reported(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
