"""Argument attachment: the source and target tokens of a trigger (subjects, passive
agents, inherited subjects, objects, the pattern's preposition, phrases further in) and the
actors they name (coordination, owners, crowds, groups).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.kb import country_on
from ..actors.resolve import NAMED_FOR_VENUE, BlockActors
from ..models import Actor
from ..nlp.places import PLACE_NOUNS
from .conventions import CROWD_WORDS, VERBAL_ROOTS, VIOLENT_ROOTS
from .domestic import with_country
from .lexicon import Pattern
from .syntax import (
    AGREEMENT_NOUNS,
    CONTROL_NOUNS,
    INTENT_NOUNS,
    LOCATIVE_PREPS,
    OWNER_DEPS,
    PASS_SUBJ,
    QUANTITY_HEADS,
    RAISING_PASSIVES,
    REL_PRONOUNS,
    REPORTED_PRONOUNS,
    SPEECH_NOUNS,
    SUBJ,
    TARGET_PREPS,
    VERB_POS,
    children_by_dep,
    conjuncts,
    is_reported,
    lemma_of,
    object_controller,
    pobjs,
    speaker_of,
    told_as_news,
)

# Determiners of a thing already told of ("the arrests", "these accusations").
DEFINITE_DETS = {"the", "these", "those", "this", "that"}

# How far the gazetteer's best reading of a name must score above the next one before the
# name stands for its country as an actor (scores are log-scale; 1.0 keeps names that have
# one clear reading, like "Kharkiv", and drops ones shared by towns of several countries).
PLACE_MARGIN = 1.0
# A town smaller than this stands for its country only when the story names that country
# too: a name shared with a small town abroad ("Odessa", Texas, for the port of Odesa) is
# not read as an act on that town's country (cities of a quarter million are rarely
# mistaken so; set by hand on our own examples).
PLACE_KNOWN_POPULATION = 250_000


# A border named where forces are put ("near its border with X") and the prepositions
# that put them there.
BORDER_NOUNS = {"border", "borders", "frontier", "frontiers", "boundary", "border area",
                "border region"}
BORDER_PREPS = {"near", "along", "on", "at", "to", "toward", "towards", "across", "close"}


# Texts that put an act in force, and the verbs that enact them (see enacted).
LAW_NOUNS = {"law", "bill", "decree", "legislation", "ordinance", "order", "edict", "measure",
             "amendment", "motion", "regulation", "directive", "act"}
ENACT_VERBS = {"pass", "approve", "adopt", "enact", "sign", "issue", "promulgate", "decree",
               "ratify", "endorse", "introduce"}

# Nouns of deciding or setting out to act ("Ghana's decision to close its border"): their
# infinitive is their owner's act (nouns of intent make it a plan: syntax.INTENT_NOUNS).
DECISION_NOUNS = {"decision", "move", "bid", "attempt", "effort", "choice"}

# Words that open a phrase of time or cause before a clause ("After talks in Nairobi, ...").
FRONTED_MARKS = {"after", "before", "following", "since", "despite", "during", "amid"}

# Possessive pronouns that point a bare role noun back to an actor named before it
# ("their troops", "its navy").
OWNER_PRONOUNS = {"its", "their", "his", "her"}

# Modifiers that make an act one done together by its coordinated doers.
JOINT_WORDS = {"joint", "jointly", "combined", "bilateral", "trilateral", "together"}


def enacted(noun: Token) -> bool:
    """A law, decree or order the subject of its verb makes in force ("parliament passed a
    law granting amnesty to ...", "the junta issued a decree banning ..."): what the text
    does is the enacting side's act. (Not one criticised or struck down.)"""
    return lemma_of(noun) in LAW_NOUNS and lemma_of(noun.head) in ENACT_VERBS


def venue_named(mod: Token, actor: Actor) -> bool:
    """A capital or seat of government naming a gathering or the text it adopted ("the
    Vienna talks", "the Minsk agreements"): where it met, not a party to it."""
    return (mod.dep_ == "compound" and mod.head.lemma_.lower() in NAMED_FOR_VENUE
            and (actor.kb_id or "").startswith("government:"))


def attached_to(tok: Token, heads: set[int], steps: int = 5) -> bool:
    """The token hangs on one of `heads` through objects and phrases only ("deployed
    thousands of troops along the border": the border is the deploying's)."""
    while steps and tok.dep_ in {"pobj", "prep", "dobj", "pcomp"} and tok.head.i != tok.i:
        tok, steps = tok.head, steps - 1
        if tok.i in heads:
            return True
    return False


# Verbs of sending people or things away whose passive "from" phrase names the state that
# sends them ("was extradited from Turkey", "were deported from Germany").
SENT_AWAY = {"extradite", "deport", "expel", "repatriate", "hand", "transfer", "return"}


# Verbs of a purpose clause that name whom an act of aid is for ("to help Nepal
# rebuild"), and the roots of such acts (material cooperation and aid, and their pledges).
HELP_VERBS = {"help", "assist", "aid", "support", "enable", "rebuild", "reconstruct"}
BENEFIT_ROOTS = {"03", "05", "06", "07"}
# Charges, accusations and coercion: acts a crime's suspect, not its victim, is the target of.
LEGAL_ROOTS = {"11", "17"}
# Verbs of paying back an act ("vowed to retaliate"), aimed at whoever did it.
RETALIATION_VERBS = {"retaliate", "revenge", "avenge", "respond", "punish", "take"}
# Prepositions whose "-ing" phrase is done by the subject of the verb it hangs on ("by
# expelling", "after meeting"); not "of" ("accused X of shelling"), nor "without", nor
# "before" (what a side demands "before allowing" is a condition, not an act).
MEANS_PREPS = {"by", "after", "upon", "while", "through"}
# Verbs of answering whose "by" phrase tells the act ("retaliated by imposing tariffs"): the
# act named there is the event, not a generic response.
ANSWER_VERBS = {"retaliate", "respond", "react", "reply", "answer", "hit"}
# Verbs of laying an act at someone's door ("blamed the blast on X", "pinned it on X"):
# their "on" phrase, not their object, names whom they accuse.
LAID_ON_VERBS = {"blame", "pin"}


def bare_infinitive(clause: Token) -> bool:
    """A clause of a bare infinitive with its own subject ("helped Jordan rebuild"), whose
    subject is the object of the verb above it."""
    return clause.tag_ == "VB" and not any(c.dep_ in {"mark", "aux", "auxpass"}
                                           for c in clause.children)


# Conjunctions of a condition put to someone ("unless Sweden complied").
CONDITION_MARKS = {"if", "unless"}


def dative_objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of a "to"/"for" phrase the parser took for a dative ("flew monitors to a
    camp in Libya": "to" hangs as `dative`, which `pobjs` does not read)."""
    return [g for c in tok.children if c.dep_ == "dative" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def gerund_objects(heads: list[Token], preps: set[str]) -> list[Token]:
    """Objects of a gerund that heads a phrase under the heads ("backed a road map toward
    repairing its ties with Qatar": "ties"), one step further into that phrase (rule
    arguments.gerund-phrase)."""
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
            for o in g.children if o.dep_ == "dobj"]


def is_person(actor: Actor) -> bool:
    return actor.ner == "PERSON" or (actor.kb_id or "").startswith("person:")


def listed(tok: Token, actors: BlockActors) -> list[Token]:
    """Every member of a coordinated list the token heads: its conjuncts, and members the
    parser hangs as an apposition ("Peru, the Dominican Republic, Chile and Panama": the
    second name an appos of the first, the rest its conjuncts). An apposition counts only
    when it names another actor than the head and a list goes on after it (so "Lavrov,
    Russia's foreign minister," stays one person)."""
    out = []
    for c in conjuncts(tok):
        out.append(c)
        for m in c.children:
            # "Prime Minister A and President B met": the parser may hang the first name
            # on the second as a modifier, with the second title as its conjunct
            if (m.dep_ in {"nmod", "compound"} and m.pos_ == "PROPN" and m.i < c.i
                    and any(g.dep_ == "cc" for g in m.children)
                    and any(g.dep_ == "conj" and g.i < c.i for g in m.children)
                    and (mine := actors.actor_for(m)) is not None and mine.code
                    and (theirs := actors.actor_for(c)) is not None
                    and mine.code != theirs.code and is_person(mine) and is_person(theirs)):
                out.append(m)
        for a in c.children:
            if a.dep_ != "appos" or a.pos_ != "PROPN" or c.pos_ != "PROPN":
                continue
            if not (any(g.dep_ == "conj" for g in a.children)
                    or any(g.dep_ == "conj" for g in c.children)):
                continue
            mine, theirs = actors.actor_for(c), actors.actor_for(a)
            if mine is None or theirs is None or not theirs.code or mine.code == theirs.code:
                continue
            out.extend(x for x in listed(a, actors) if x not in out)
    return out


def place_actor(tok: Token, actors: BlockActors, leaving: bool = False) -> Actor | None:
    """A town, region or other place the gazetteer knows, named as what an act is done to
    or sent to, stands for its country ("shelled the port of Kherson", "airlifted tents to
    Antakya"): the token itself, a name on it, or the name after a place noun ("the city
    of X"). Places further in ("a market in X") are where it happened, not whom."""
    places = actors.places
    if places is None or tok.pos_ not in {"PROPN", "NOUN"} or (
            tok.head.lower_ == "from" and not leaving):
        return None  # (a "from" place is where something leaves, not whom it is done to)
    heads = [*(c for c in tok.children if c.dep_ == "poss"), tok,
             *(c for c in tok.children if c.dep_ in {"compound", "appos", "nmod"})]
    named = []  # "the city of X": a place whatever the tagger took the name for
    if tok.lemma_.lower() in PLACE_NOUNS:
        named = pobjs([tok], {"of"})
    elif tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        named = [tok]
    heads += [n for n in named if n not in heads]
    for h in heads:
        m = places.at(actors.base, h.i)
        if m is None or m.entry is None or (m.modifier and h not in named) or (
                m.margin < PLACE_MARGIN):
            continue
        place = m.place
        if place is None or not place.country or not place.country.isalpha():
            continue
        if (m.entry.population < PLACE_KNOWN_POPULATION
                and place.country not in actors.memory.countries):
            continue  # a small town of a country the story never names ("Odessa", Texas)
        country = country_on(place.country, actors.day)
        for g in pobjs([h, tok], {"in"}):
            # "the village of X in northern Mali": the phrase says whose it is
            a = actors.actor_for(g)
            if a is not None and a.country and (a.kb_id or "").startswith("country:"):
                country = a.country
                break
        return Actor(text=m.text, name=place.name, code=country, country=country,
                     kb_id=f"place:{country}", start=m.start, end=m.end, ner="GPE")
    return None


# Codes of de-escalation and withdrawal (CAMEO 087, and 0356 its intent): aimed at the
# country of the place forces leave or stop operating around; and the prepositions naming
# it (not "in": "scaled back its offensive in the north" keeps no target, as the lexicon's
# construction tests want).
WITHDRAWN_CODES = ("087", "0356")
WITHDRAWN_PREPS = {"around", "near", "outside", "from", "out", "of"}

# Codes of acts that weigh another act (CAMEO 014 consider policy option): they are aimed
# at whom the act weighed would be aimed at.
CONSIDERED_CODES = {"014"}

# Event roots whose target may be a place standing for its country: things done, sent or
# brought to a place (visits, aid, deployments, blockades, force; inspections and inquiries
# sent to a site: "sent inspectors to a plant in northern Iran" look into Iran). Words are
# said to people, not towns: a statement or an intent "about Odesa" has no place target.
PLACE_TARGET_ROOTS = {"04", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20"}

# Heads that name people as part of a body ("leaders of the opposition coalition", "members
# of the ruling party"): with no country of their own, they are the body's.
# (not supporters or activists of a body, who are people: test_actor_constructions)
MEMBER_HEADS = {"leader", "leaders", "member", "members", "official", "officials",
                "representative", "representatives", "delegate", "delegates", "head", "chief",
                "spokesman", "spokeswoman", "spokesperson", "commander", "commanders",
                "fighter", "fighters", "militant", "militants"}
# Bodies whose named members act for them: parties, movements, armed groups, unions; and
# international bodies (code prefixes).
TRANSNATIONAL_PREFIXES = ("IGO", "NGO")
MEMBER_BODY_ROLES = {"OPP", "PTY", "REB", "INS", "SEP", "LAB", "CRM"}


# "on the side of X", "on behalf of X", "in support of X": whom an act is done for or with.
SIDE_NOUNS = {"side", "behalf", "support"}


def _on_side_of(g: Token) -> bool:
    """The ally an act is done with or for ("fought on the side of Russian forces",
    "protested on behalf of the miners"), which is not whom it is aimed at."""
    def side(n: Token) -> bool:  # "(on the) side", "(on) behalf", "(in) support"
        return n.lower_ in SIDE_NOUNS and n.dep_ == "pobj" and n.head.lower_ in {"on", "in"}

    # (the side noun stands for whom its "of" phrase names)
    return side(g) or (g.dep_ == "pobj" and g.head.lower_ == "of" and side(g.head.head))


class ArgumentsMixin:
    """Argument attachment of the Coder."""

    # the root of the event being read (set by the coder per trigger): whether a place
    # may stand for its country as the target
    place_root: str = ""

    def _placed(self, a: Actor, tok: Token, actors: BlockActors) -> Actor:
        """A target the resolver left as an uncoded name ("Kharkiv" as NER found it) is its
        place's country when the gazetteer knows it."""
        named_place = a.ner in {"GPE", "LOC", "FAC", None} or (
            # "the city of X" is a place whatever the tagger took the name for
            tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS)
        if (a.code is None and a.kb_id is None and named_place
                and self.place_root in PLACE_TARGET_ROOTS):
            return place_actor(tok, actors) or a
        return a

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject tokens of a verb, and whether they were inherited from another clause."""
        subj = children_by_dep(verb, SUBJ)
        if not subj and (lemma_of(verb) in self.lexicon.control or (
                lemma_of(verb) in RAISING_PASSIVES and children_by_dep(verb, {"xcomp"}))):
            # "is scheduled to attend", "is set to"; "was reported to have fired on"
            subj = children_by_dep(verb, PASS_SUBJ)
        if subj:
            s = subj[0]
            if (fronted := self._fronted_phrase_subject(verb, s)) is not None:
                return conjuncts(fronted), False
            if s.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head], True
            if s.lower_ in REPORTED_PRONOUNS and is_reported(verb):
                # "Kurdish parties said they would stay away ...": the speaker
                speaker = speaker_of(verb)
                if speaker:
                    return conjuncts(speaker[0]), True
            dangling = (len(subj) > 1 and any(c.dep_ == "cc" for c in s.children)
                        and not any(c.dep_ == "conj" for c in s.children))
            if dangling:
                # "President A and Prime Minister B held talks": the parser may leave the
                # "and" on the first and hang the second as another subject of the verb
                return conjuncts(s) + conjuncts(subj[1]), False
            return conjuncts(s), False
        if (fronted := self._fronted_phrase_subject(verb, None)) is not None:
            return conjuncts(fronted), False
        # the parser sometimes takes a sentence-initial name for an adverbial
        # ("Azerbaijan supplied gas ..." -> npadvmod): a proper noun before the verb
        early = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.i < verb.i]
        if early:
            return conjuncts(early[0]), False
        if depth > 4:
            return [], True
        if verb.dep_ == "attr" and verb.tag_ == "VBG" and lemma_of(verb.head) == "be":
            # the parser may read a progressive with no object as "be" + a noun-like
            # "-ing" ("Turkey is mediating between ..."): the subject of "is" does it
            subs, _ = self._subjects(verb.head, depth + 1)
            return subs, False
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in MEANS_PREPS
                and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS):
            # "Russia responded by expelling 20 diplomats", "after meeting the envoy, Peru
            # ...": who does the verb the phrase hangs on does its means or earlier step
            subs, _ = self._subjects(verb.head.head, depth + 1)
            return subs, True
        if (controller := object_controller(verb)) is not None:
            # "the shelling prompted Spain to recall its envoy", "forced Chad to shut the
            # border": the object of the verb the infinitive hangs on does the act
            return conjuncts(controller), True
        if verb.dep_ in {"conj", "xcomp", "advcl", "pcomp", "acomp"} and (
                verb.head.pos_ in VERB_POS):
            # "Laos says it is ready to pull out": "willing" takes the subject of "is"
            subs, _ = self._subjects(verb.head, depth + 1)
            return subs, True
        head = verb.head
        if (verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in VERB_POS
                and (self.lexicon.candidates("noun", lemma_of(head))
                     or lemma_of(head) in SPEECH_NOUNS | INTENT_NOUNS | AGREEMENT_NOUNS
                     or enacted(head))):
            # (and "issued a declaration demanding ...": who issued it demands)
            # "staged demonstrations to demand reforms": who holds the event demands;
            # but an owned one is its owner's ("blocked an EU statement criticising X")
            owners = [c for c in head.children if c.dep_ in {"poss", "compound", "amod"}
                      and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"})]
            if owners:
                return conjuncts(owners[0]), True
            subs, _ = self._subjects(head.head, depth + 1)
            return subs, True
        owner = self._noun_owner(verb)
        if owner is not None:
            return conjuncts(owner), True
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and (
                verb.tag_ in {"VBG", "VBD"} or children_by_dep(verb, {"dobj"}))):
            # "heads of state visiting the White House": the noun does the visiting
            return [verb.head], True
        return [], False

    @staticmethod
    def _fronted_phrase_subject(verb: Token, subj: Token | None) -> Token | None:
        """A phrase of time put before the clause, into which the parser drew the clause's
        subject ("After talks in Nairobi, the Sudanese government and the rebels agreed
        ...": the subject hung as an apposition after the comma, on "talks" taken for the
        subject or on the phrase's last noun): that apposition, when it ends right before
        the verb."""
        if verb.dep_ != "ROOT":
            return None
        opener = next((c for c in verb.children if c.i < verb.i and c.dep_ in {"mark", "prep"}
                       and c.lower_ in FRONTED_MARKS), None)
        if opener is None or (subj is not None and subj.i < opener.i):
            return None
        region = subj.subtree if subj is not None else opener.subtree
        doc = verb.doc
        found = [t for t in region if t.dep_ == "appos" and t.left_edge.i > 0
                 and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == verb.i - 1]
        return found[-1] if found else None

    @staticmethod
    def _noun_owner(verb: Token) -> Token | None:
        """Whose decision, move or plan an infinitive spells out: "Ghana's decision to close
        its border", "announced its decision to expel ...", "Chad's plan to open talks":
        the noun's possessor (a name or a pronoun) does the act. (Not a decision only
        referred to: "protested against Ghana's decision to ...", see told_as_news.)"""
        head = verb.head
        if (verb.dep_ != "acl" or lemma_of(head) not in DECISION_NOUNS | INTENT_NOUNS
                | CONTROL_NOUNS.keys()
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                or not told_as_news(head)):
            return None
        # (or its "by" phrase: "the decision by Tanzania to close its border")
        return next((c for c in head.children if c.dep_ == "poss"), None) or next(
            (g for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i
             for g in c.children if g.dep_ == "pobj"), None)

    def _agent(self, verb: Token) -> list[Token]:
        for c in verb.children:
            if c.dep_ == "agent":
                return [g for p in [c] for g in p.children if g.dep_ == "pobj"]
        return []

    @staticmethod
    def _deep_agent(verb: Token) -> list[Token]:
        """A passive verb's "by" phrase the parser hung inside its "of"/"with" phrase
        ("was accused of stealing funds by the government", "was charged with murder by
        Malian prosecutors")."""
        inner = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "with"}
                 for g in c.children if g.dep_ in {"pobj", "pcomp"}]
        return [o for g in inner for c in g.children
                if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                for o in c.children if o.dep_ == "pobj"]

    def _agent_like(self, tok: Token) -> list[Token]:
        """Who does what an event noun names: its "by" phrase, which the parser may hang
        on the noun's "of" object ("the arrest of a journalist by Iranian police")."""
        return pobjs([tok], {"by"}) or pobjs(pobjs([tok], {"of"}), {"by"})

    def _actor(self, tok: Token, actors: BlockActors, target: bool = False) -> Actor | None:
        if (target and self.place_root in VIOLENT_ROOTS and lemma_of(tok) in BORDER_NOUNS
                and tok.dep_ == "pobj" and tok.head.lower_ in BORDER_PREPS - {"to"}):
            # "captured a stronghold on the Thai border": where force fell, not on whom
            return None
        a = actors.actor_for(tok)
        if a is not None:
            return self._placed(a, tok, actors) if target else a
        if not target and (armed := self._armed_by(tok, actors)) is not None:
            return armed  # (as a source only: "dismantled its chemical weapons" is no army)
        if tok.lemma_.lower() in QUANTITY_HEADS:
            # "thousands of Iraqi Kurds", "a band of Tunisian envoys"
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
            # "the phones of Estonian officials")
            for c in tok.children:
                if c.dep_ == "poss":
                    a = actors.actor_for(c)
                    if a is not None:
                        return a
            for g in pobjs([tok], {"of", "for"}):
                if (a := actors.actor_for(g)) is not None:
                    return self._placed(a, g, actors)
            # "asked for an AU police mission", "criticized the Iranian decision": the
            # nation or body a thing belongs to
            a = self._actor_shallow(tok, actors)
            if a is not None:
                return a
            a = place_actor(tok, actors) if self.place_root in PLACE_TARGET_ROOTS else None
            if a is not None:
                return a
            if (a := self._done_before(tok, actors)) is not None:
                return a
        # "US air strikes", "Iran's nuclear talks": the owner of an event noun stands for it
        # (but not "Petro's car": only nouns the lexicon knows as events).
        if not self.lexicon.candidates("noun", lemma_of(tok)):
            return None
        for c in tok.children:
            if c.dep_ in OWNER_DEPS:
                a = actors.actor_for(c) or self._actor_shallow(c, actors)
                if a is not None and not venue_named(c, a):
                    return a
        # "an air strike by the Russian air force killed ...": its "by" phrase (and who did
        # an act criticised or answered: "denounced the raids by South African troops")
        for g in self._agent_like(tok):
            if (a := self._actor(g, actors)) is not None:
                return a
        return None

    def _done_before(self, tok: Token, actors: BlockActors) -> Actor | None:
        """A definite event noun with no owner in its sentence ("condemned the arrests",
        "denied the accusations", "accepted the offer") refers to an act an earlier sentence
        of the document told: its doer is the one acted on. Only a noun of that act's
        CAMEO root, and only one the lexicon knows as an event."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children):
            return None
        if any(c.dep_ in {"prep", "acl", "relcl"} for c in tok.children):
            return None  # "the arrest of two lawyers", "the raids on ...": told here
        acts = actors.memory.acts
        if not acts:
            return None
        for pattern in self.lexicon.candidates("noun", lemma_of(tok)):
            if pattern.code[:2] == self.place_root:
                return None  # "joined the protests", "continued the strikes": doing it
            doer = acts.get(pattern.code[:2])
            if doer is not None:
                start = actors.base + tok.idx
                return replace(doer, text=tok.text, start=start, end=start + len(tok.text),
                               ner=None)
        return None

    def _actor_shallow(self, tok: Token, actors: BlockActors) -> Actor | None:
        """The actor a modifier of the noun names ("a U.N. presence", "the Iranian
        decision"); not a bare role noun with no country ("the foreign agents law")."""
        for c in tok.children:
            if c.dep_ in OWNER_DEPS:
                a = actors.actor_for(c) or self._demonym_phrase(c, actors)
                if a is not None and not (a.code is None and (a.kb_id or "").startswith("role:")
                                          ) and not venue_named(c, a):
                    return a
        return None

    @staticmethod
    def _demonym_phrase(mod: Token, actors: BlockActors) -> Actor | None:
        """A nationality of two words the parser split into two modifiers ("South African
        raids", "North Korean missile tests"): the country it names, as a KB country."""
        left = [c for c in mod.children if c.dep_ in {"amod", "compound"} and c.i == mod.i - 1]
        if mod.dep_ not in {"amod", "compound"} or not left:
            return None
        text = f"{left[0].text} {mod.text}"
        country = actors.kb.demonyms.get(text)
        if country is None:
            return None
        start = actors.base + left[0].idx
        return Actor(text=text, name=country, code=country, country=country,
                     kb_id=f"country:{country}", start=start, end=start + len(text), ner="NORP")

    def _armed_by(self, tok: Token, actors: BlockActors) -> Actor | None:
        """Weapons stand for the armed forces of the country that modifies them ("Russian
        missiles struck ...", "Iranian drones hit ...")."""
        lemma = lemma_of(tok)
        if lemma not in self.lexicon.words("weapons") | self.lexicon.words("heavy_weapons"):
            return None
        for c in tok.children:
            if c.dep_ not in {"amod", "compound", "poss", "nmod"}:
                continue
            country = actors.kb.demonyms.get(c.text)
            if country is None and (a := actors.actor_for(c)) is not None and a.kb_id and (
                    a.kb_id.startswith(("country:", "government:"))):
                country = a.country
            if country:
                armed = Actor(text=tok.text, name="armed forces", role="MIL", kb_id="role:MIL",
                              start=actors.base + tok.idx,
                              end=actors.base + tok.idx + len(tok.text))
                return with_country(armed, country)
        return None

    def _actors(self, toks: list[Token], actors: BlockActors,
                target: bool = False) -> list[tuple[Actor, Token]]:
        out: list[tuple[Actor, Token]] = []
        seen: set[int] = set()
        for t in toks:
            country = None
            for c in listed(t, actors):
                if c.i in seen:
                    continue  # already taken as a conjunct of an earlier token
                seen.add(c.i)
                found = actors.actors_for(c)
                if not target and c.head.lower_ == "from" and all(a.code is None
                                                                 for a in found):
                    # the state a person is sent away from (see _sent_from)
                    found = [p for p in [place_actor(c, actors, leaving=True)] if p] or found
                if not found and lemma_of(c) in QUANTITY_HEADS:
                    # "dozens of Malian and Nigerien migrants": every nationality (and every
                    # conjunct: "scores of Chadians and Nigeriens")
                    found = self._members(pobjs([c], {"of"}), actors)
                if not found and target and not any(
                        actors.actor_for(o) for o in children_by_dep(c, {"poss"})):
                    # "pledged funds for Benin and Togo": whom a thing is for, every one of
                    # a coordinated list (not only the first, as _actor reads it)
                    for g in pobjs([c], {"of", "for"}):
                        if actors.actor_for(g) is not None:
                            found = [self._placed(a, g, actors)
                                     for a in self._members([g], actors)]
                            break
                if target:
                    found = [self._placed(a, c, actors) for a in found]
                if not found:
                    a = self._actor(c, actors, target)
                    found = [a] if a is not None else []
                if lemma_of(c) in MEMBER_HEADS and all(a.code is None for a in found):
                    # "leaders of the opposition coalition", "members of the ruling party":
                    # people named as part of a non-state body act for it (a member of
                    # parliament or of a ministry is a person, not the state organ)
                    members = [self._placed(a, c, actors) if target else a
                               for a in self._members(pobjs([c], {"of"}), actors)]
                    if members and all(a.role in MEMBER_BODY_ROLES or (a.code or "").startswith(
                            TRANSNATIONAL_PREFIXES) for a in members):
                        # (and of an international body: "the head of the IAEA", "officials
                        # of the UN refugee agency" act for it)
                        found = members
                owner = self._implied_owner_country(c, found, actors)
                if owner is not None:
                    found = [with_country(a, owner) if a.code is None and a.role else a
                             for a in found]
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

    def _implied_owner_country(self, tok: Token, found: list[Actor],
                               actors: BlockActors) -> str | None:
        """The country a bare role noun (or a titled person) with none of its own belongs to,
        from its phrase: "Foreign Minister Ali Osman of Sudan" (an "of" country);
        "Chadian officers said their troops had crossed ..." (a possessive pronoun on a
        subject: the subject of a clause above it); "a spokesman for the Chadian army said
        the army had ..." (a definite subject of a reported clause: its speaker's)."""
        if not found or not all(a.code is None and a.role for a in found):
            return None
        for g in pobjs([tok], {"of"}):
            a = actors.actor_for(g)
            if a is not None and a.country and (a.kb_id or "").startswith("country:"):
                return a.country
        doer_of_noun = (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                        and bool(self.lexicon.candidates("noun", lemma_of(tok.head.head))))
        if tok.dep_ not in SUBJ | PASS_SUBJ and not doer_of_noun:
            return None  # (an object's "their" may mean a noun beside it: "took three
            # tourists and their guide hostage"; "the withdrawal of its troops" is a doer)
        if any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children):
            heads = [h for h in list(tok.ancestors)[:5] if h.pos_ in VERB_POS]
            subjects = [s for h in heads for s in children_by_dep(h, SUBJ | PASS_SUBJ)]
        elif (any(c.lower_ == "the" for c in tok.children)
              and not any(c.dep_ in OWNER_DEPS for c in tok.children) and is_reported(tok.head)):
            subjects = speaker_of(tok.head)
        else:
            return None
        for s in subjects:
            countries = {a.country for a in actors.actors_for(s) if a.country}
            if tok not in s.subtree and len(countries) == 1:
                return next(iter(countries))
        return None

    def _members(self, heads: list[Token], actors: BlockActors) -> list[Actor]:
        """The actors of every conjunct of the heads; the first one's nationality covers a
        bare role noun after it ("dozens of Afghan soldiers and policemen")."""
        out: list[Actor] = []
        for g in heads:
            country = None
            for h in conjuncts(g):
                for a in actors.actors_for(h):
                    if country is None:
                        country = a.country
                    elif a.code is None and a.role and a.ner != "PERSON":
                        a = with_country(a, country)
                    out.append(a)
        return out

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
        # on Syria" does not criticize Syria (but "airdropped aid to Palestinians"; and an
        # act considered is aimed where the act would be: "weighed a ban on Cuban sugar")
        objs = [o for o in children_by_dep(tok, {"dobj", "dative"})
                if o.i in extra or not (kinds := self.lexicon.candidates("noun", lemma_of(o)))
                or code[:3] in CONSIDERED_CODES
                or any(q.code[:2] == code[:2] for q in kinds)]
        # "fought for Russia", "conquered for Russia": force done for someone, not on them
        preps = TARGET_PREPS - {"for"} if code[:2] in VIOLENT_ROOTS else TARGET_PREPS
        layer = [o for o in objs if o.i not in extra]  # a plain object is the nearest
        layer += pobjs([tok], preps | {"between", "in"}) + dative_objects(tok, preps)
        named = [tok.doc[i] for i in extra] + objs
        layer += pobjs(named, preps | {"between", "of", "in"}) + gerund_objects(named, preps)
        # "stood by Israel": a particle that is really a preposition
        layer += [g for i in extra if tok.doc[i].pos_ == "ADP"
                  for g in tok.doc[i].children if g.dep_ == "pobj"]
        for depth in range(3):
            for g in layer:
                if g.i in own:
                    continue
                a = self._actor(g, actors, True)
                if (a is None or not a.code or a.code in own_codes or self._victim(g, code)
                        or _on_side_of(g)):
                    continue  # (nor the source itself: "its border")
                if (a.kb_id or "").startswith("place:") and tok.i not in {g.head.i,
                                                                          g.head.head.i}:
                    continue  # a town is a target only as the verb's own object or phrase
                if g.head.lower_ == "in" and (
                        (depth == 0 and g.head.head.i == tok.i)
                        or not (a.kb_id or "").startswith("country:")):
                    # the verb's own "in" says where it happened ("demonstrated in
                    # Serbia"); further in, "the mission in Mali" names a country, "in
                    # Kabul" no one
                    continue
                return [g]
            # (into the verb's own "in" phrase only for whom it is "between": "signed the
            # accord in the Palace of Nations" happened there, with no one of that name,
            # "mediated in the dispute between X and Y" is with them; force is the
            # exception, its victims are where it falls: "killed in a blast in Beirut")
            where = [g for g in layer if code[:2] not in VIOLENT_ROOTS
                     and g.head.lower_ == "in" and g.head.head.i == tok.i]
            rest = [g for g in layer if g not in where]
            layer = (pobjs(rest, preps | {"of", "between", "in"}) + pobjs(where, {"between"})
                     + gerund_objects(rest, preps | {"of"}))
        if code.startswith(WITHDRAWN_CODES):
            return self._withdrawn_from(tok, objs, actors, own_codes)
        return []

    def _victim(self, g: Token, code: str) -> bool:
        """A person named as the victim of a crime ("the murder of a Dutch tourist") in
        the phrase of a charge, arrest or other legal act: not whom that act is aimed at."""
        if code[:2] not in LEGAL_ROOTS:
            return False
        crimes = self.lexicon.words("crimes_on_people")
        # (the crime itself stands for its victim: "arrested over the killing of X")
        return lemma_of(g) in crimes or (g.dep_ == "pobj" and g.head.lower_ == "of"
                                         and lemma_of(g.head.head) in crimes)

    def _made_by(self, objs: list[Token], actors: BlockActors) -> list[Token]:
        """The agents of participle clauses on the objects ("the plan proposed by X"), when
        one names an actor."""
        made_by = [g for o in objs for a in children_by_dep(o, {"acl", "relcl"})
                   for g in self._agent(a)]
        return made_by if any(self._actor(g, actors, True) for g in made_by) else []

    def _sent_from(self, tok: Token, actors: BlockActors) -> list[Token]:
        """The country or known place in the verb's "from" phrase, as a source."""
        for g in pobjs([tok], {"from"}):
            a = actors.actor_for(g)
            if a is not None and a.code and (a.kb_id or "").split(":")[0] in {
                    "country", "government"}:
                return [g]
            if (a is None or a.code is None) and place_actor(g, actors, leaving=True):
                return [g]
        return []

    def _condition_subject(self, tok: Token, src_toks: list[Token],
                           actors: BlockActors) -> list[Token]:
        """The subject of an "if"/"unless" clause in the trigger's own clause (not in a
        clause about someone else's act), when it names an actor other than the source."""
        for t in tok.subtree:
            if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                           for c in t.children):
                continue
            subj = children_by_dep(t, SUBJ)
            if subj and self._aims_elsewhere(subj[:1], src_toks, actors):
                return subj[:1]
        return []

    def _joint(self, trigger: list[int], actors: BlockActors) -> bool:
        """The act is said to be joint ("a joint naval patrol", "conducted combined
        drills"): coordinated doers do it with each other."""
        doc = actors.doc
        toks = [doc[i] for i in trigger if 0 <= i < len(doc)]
        toks += [g for t in toks for g in children_by_dep(t, {"dobj", "nsubjpass"})]
        if any(c.dep_ in {"amod", "compound", "advmod"} and lemma_of(c) in JOINT_WORDS
               for t in toks for c in t.children):
            return True
        # "India and China deployed troops along their border": a show of force along
        # the border the doers share is aimed at each other
        return any(lemma_of(g) in BORDER_NOUNS and g.dep_ == "pobj"
                   and g.head.lower_ in BORDER_PREPS and attached_to(g, set(trigger))
                   and any(c.dep_ == "poss" and c.lower_ == "their" for c in g.children)
                   for g in actors.doc[trigger[0]].sent)

    def _posture_target(self, tok: Token, tgt_toks: list[Token],
                        actors: BlockActors) -> list[Token]:
        """A show of force's target: the country a border it is massed along is shared
        with ("deployed tanks along its frontier with Kosovo"); troops or police with no
        country of their own are the act's means, not its target."""
        def own_forces(t: Token) -> bool:
            a = self._actor(t, actors)  # (also "thousands of troops")
            return a is not None and a.code is None and a.role in {"MIL", "COP"}

        means = [t for t in tgt_toks if own_forces(t)]
        heads = [tok, *children_by_dep(tok, {"dobj"})]
        borders = [g for g in pobjs(heads, BORDER_PREPS) if lemma_of(g) in BORDER_NOUNS]
        shared = [g for g in pobjs(borders, {"with"}) if self._actor(g, actors, True)]
        if shared and (means or not self._names_coded(tgt_toks, actors)):
            return shared
        return [t for t in tgt_toks if t not in means]

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
        if p.code[:2] == "13" or lemma_of(tok) in RETALIATION_VERBS:
            # "condemned India and vowed to retaliate": a threat or retaliation with no one
            # named is aimed at whom the joined verb before it acted on
            if (aimed := self._joined_object(tok, actors)):
                return aimed
        if p.code[:2] in BENEFIT_ROOTS:
            # "pledged $2 billion to help Nepal rebuild", "sent engineers to assist the
            # Libyan coast guard": whom the purpose clause helps is whom the aid is for
            for c in tok.children:
                if (c.dep_ in {"advcl", "xcomp"} and lemma_of(c) in HELP_VERBS
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                    helped = children_by_dep(c, {"dobj"}) or [
                        g for cc in children_by_dep(c, {"ccomp"}) if bare_infinitive(cc)
                        for g in children_by_dep(cc, {"nsubj"})]
                    if any(self._actor(g, actors, True) for g in helped):
                        return helped
        # the pattern's phrase names no actor ("demanded the withdrawal of Serbian forces
        # from Bosnia-Herzogovina"): an actor named where the object comes from or belongs
        objs = [tok.doc[i] for i in extra] + children_by_dep(tok, {"dobj"})
        if p.code[:2] == "11" and lemma_of(tok) in LAID_ON_VERBS:
            # "blamed the riots on Kenyan police", "pinned the bombing on the rebels": what
            # is laid on someone is an accusation of them
            for g in pobjs([tok, *objs], {"on", "upon"}):
                if (a := self._actor(g, actors, True)) is not None and a.code:
                    return [g]
        if (by := self._doers_by(objs, actors)):
            return by  # "objected to the expulsion of Chinese traders by Zambia"
        for g in pobjs(objs, {"of", "by", "from"}):
            if self._actor(g, actors, True) and not self._victim(g, p.code):
                return [g]
        if p.code[:2] == "09":
            # "opened an inquiry into abuses committed by Ethiopian troops", "investigated
            # killings blamed on the police": who did what is looked into is the target
            if (doers := self._investigated(tok, objs, actors)):
                return doers
        if p.obj and not p.prep:
            # "began a national strike against the government", "mounted a boycott
            # against Danish goods": whom an act named by its object is against, on the
            # object or on the verb, for a pattern written with no preposition
            for g in pobjs(objs, {"against"}) or pobjs([tok], {"against"}):
                if self._actor(g, actors, True):
                    return [g]
        return found

    def _doers_by(self, nouns: list[Token], actors: BlockActors,
                  verb: Token | None = None) -> list[Token]:
        """Who did the act a noun names, by its "by" phrase, when it also names whom the act
        was done to ("the arrest of two Kenyan reporters by Ugandan police": the parser may
        hang the "by" phrase on the victim, or on the active verb whose object the noun is):
        an act objected to, demanded of, rejected or reported is aimed at its doer, not at
        its victim. Only a known actor."""
        if not nouns or any(actors.actor_for(n) is not None for n in nouns):
            return []  # the phrase itself names an actor ("the Chilean navy")
        done_to = pobjs(nouns, {"of", "on", "against"})
        if not done_to:
            return []
        on_verb = ([g for g in pobjs([verb], {"by"}) if g.i > max(n.i for n in done_to)]
                   if verb is not None and verb.pos_ in VERB_POS and verb.tag_ != "VBN" else [])
        return [g for g in pobjs(nouns + done_to, {"by"}) + on_verb
                if (a := self._actor(g, actors, True)) is not None and a.code]

    def _withdrawn_from(self, tok: Token, objs: list[Token], actors: BlockActors,
                        own_codes: set) -> list[Token]:
        """Where forces are pulled back from or operations scaled down: a country, or a
        known place standing for its country, in an "around"/"near" or "from"/"out of"
        phrase of the verb or its object, up to three phrases in ("thinned out its patrols
        near Tbilisi", "withdrew gunners out of camps close to Sukhumi"); not the source's
        own. A capital may stand for its government."""
        layer = [tok, *objs]
        for _ in range(3):
            # (a two-word preposition hangs its second word on the first: "out of")
            preps = [c for h in layer for c in h.children
                     if c.dep_ == "prep" and c.lower_ in WITHDRAWN_PREPS]
            preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
            layer = [g for c in preps for g in c.children if g.dep_ == "pobj"]
            for g in layer:
                a = actors.actor_for(g)
                if a is None or a.code is None:
                    a = place_actor(g, actors)
                if a is not None and a.code and a.code not in own_codes and (
                        a.kb_id or "").split(":")[0] in {"country", "government", "place"}:
                    return [g]
        return []

    def _investigated(self, tok: Token, objs: list[Token], actors: BlockActors) -> list[Token]:
        """The doer of the act an inquiry looks into: the "into"/"of" phrase of the inquiry
        (or the verb's object: "investigated killings ...") and its "by" phrase, the agent
        of a participle on it ("crimes committed by X", "killings blamed on X"), or its
        owner ("Serbia's conduct", "Ethiopian abuses")."""
        looked = pobjs(objs + [tok], {"into", "of", "over", "on"}) + [
            o for o in objs if o.dep_ == "dobj" and not self.lexicon.candidates(
                "noun", lemma_of(o))]
        for n in looked:
            cands = self._agent_like(n)
            for c in n.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    cands += self._agent(c) + pobjs([c], {"by", "on"})
            cands.append(n)
            # "torture carried out during the junta's purge", "disappearances in Chad's
            # insurgency": an owned campaign the acts were part of names who did them (its
            # owner, as a target, see _actor)
            # (or the verb's own "during" phrase after what is looked into: the parser may
            # hang it there)
            cands += [g for g in pobjs([n, *children_by_dep(n, {"acl"})], {"during", "in"})
                      + [w for w in pobjs([tok], {"during"}) if w.i > n.i]
                      if children_by_dep(g, {"poss"})]
            for g in cands:
                a = self._actor(g, actors, True)
                if a is not None and a.code and not (a.kb_id or "").startswith("place:"):
                    return [g]
        return []

    def _joined_object(self, tok: Token, actors: BlockActors) -> list[Token]:
        """The coded object of the verb that the trigger's clause (through "vowed to",
        "threatened to") is joined to by "and"."""
        step, steps = tok, 3
        while step.dep_ in {"xcomp", "advcl"} and steps and step.head.pos_ in VERB_POS:
            step, steps = step.head, steps - 1
        if step.dep_ != "conj" or step.head.pos_ not in VERB_POS or step.head.i > step.i:
            return []
        objs = children_by_dep(step.head, {"dobj"})
        return [o for o in objs if (a := actors.actor_for(o)) is not None and a.code][:1]

    def _targets_inner(self, tok: Token, p: Pattern, extra: list[int],
                       actors: BlockActors | None = None) -> list[Token]:
        """The target tokens of a verb pattern: its preposition's objects, its objects,
        the actor of a clause it governs, or what its required object names."""
        # "Rome and Paris discussed migration", "Seoul and Tokyo discussed the visit": sides
        # that do a symmetric act together are its pairs, and its object is the topic
        joint = p.symmetric and p.prep and not p.obj and any(
            c.dep_ == "conj" for s in children_by_dep(tok, SUBJ) for c in s.children)
        return (self._prep_targets(tok, p, extra, actors)
                or (None if joint else self._object_targets(tok, extra, actors))
                or self._clause_targets(tok, p, actors)
                or self._light_verb_targets(tok, p, extra, actors))

    def _prep_targets(self, tok: Token, p: Pattern, extra: list[int],
                      actors: BlockActors | None) -> list[Token]:
        if not p.prep:
            return []
        found = self._prep_objects(tok, p.prep, extra)
        if not found:
            # "extradited a smuggler, sought for years, to Belgium": the
            # parser may hang the phrase on the object or its apposition
            # (or on the last of a list of objects: "shipped tents, blankets and
            # medicine to X")
            objs = [c for o in children_by_dep(tok, {"dobj"})
                    for c in (conjuncts(o) if p.prep not in LOCATIVE_PREPS else [o])]
            objs += [a for o in objs for a in children_by_dep(o, {"appos"})]
            found = [g for o in objs for g in self._prep_objects(o, p.prep, [])]
        if found and actors is not None and (by := self._doers_by(found, actors)):
            return by  # "marched against the arrest of a Kurdish mayor by Turkish police"
        if found and actors is not None and not any(self._actor(f, actors, True)
                                                    for f in found):
            # "lifted embargoes on sales to Iran": the actor one phrase further in
            deeper = [g for g in pobjs(found, {"to", "of", "from", "against", "by"})
                      if not _on_side_of(g)]
            if any(self._actor(g, actors, True) for g in deeper):
                return deeper
        if found:
            return found
        if p.obj and actors is not None:
            # "extended sanctions against Russia" for a pattern written with "on"; (not the
            # "on" of a pact or talks its sides make together, which names their topic: "a
            # deal on migrants"; talks hosted "on the Gaza truce" are on whom is mediated)
            topical = self.lexicon.words("agreements") | self.lexicon.words("meetings")
            about = p.symmetric and any(
                lemma_of(tok.doc[i]) in topical or tok.doc[i].lower_ in topical for i in extra)
            for prep in ("against", "to", "with", "for") if about else (
                    "against", "on", "to", "with", "for"):
                found = self._prep_objects(tok, prep, extra)
                if any(self._actor(f, actors, True) for f in found):
                    return found
        return []

    def _object_targets(self, tok: Token, extra: list[int],
                        actors: BlockActors | None) -> list[Token]:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "dative"} and c.i not in extra]
        if not objs and not children_by_dep(tok, {"dobj", "ccomp"}):
            # "denounced as brutal Serbia's crackdown": the parser takes the object, put
            # after the predicate, into the "as" phrase; an owned noun there is the object
            # (or an apposition of the "as" noun: "condemned as a crime Chad's raid")
            objs = [h for g in pobjs([tok], {"as"})
                    for h in [g, *children_by_dep(g, {"appos"})]
                    if any(c.dep_ == "poss" for c in h.children)]
        if objs and actors is not None and (by := self._doers_by(objs, actors, tok)):
            return by  # "condemned the shelling of Syrian villages by Turkish tanks"
        if objs and actors is not None and not any(self._actor(o, actors, True) for o in objs):
            # "demanded an admission by Moscow", "condemned the killing of Iraqi civilians"
            inner = pobjs(objs, {"of", "by", "with", "against"})
            if any(self._actor(g, actors, True) for g in inner):
                return inner
            # "rejected the truce declared by the junta": who made what is acted on
            if made_by := self._made_by(objs, actors):
                return made_by
            # "denounced the raids by Chadian troops": a "by" phrase the parser hung on the
            # (active) verb names who did the act its object names
            by = [g for g in pobjs([tok], {"by"}) if g.i > objs[0].i]
            if by and self.lexicon.candidates("noun", lemma_of(objs[0])) and any(
                    self._actor(g, actors, True) for g in by):
                return by
        return objs

    def _clause_targets(self, tok: Token, p: Pattern, actors: BlockActors | None
                        ) -> list[Token]:
        bare = [g for c in children_by_dep(tok, {"ccomp"}) if bare_infinitive(c)
                for g in children_by_dep(c, {"nsubj"})]
        if bare:
            # "helped Jordan rebuild its grid", "let Kosovo join": the one helped or let
            return bare
        if p.code[:2] in VERBAL_ROOTS or p.needs_target:
            # "insisted that Peru scrap the project": the actor asked, accused or warned;
            # "allowed refugees to return" (parsed as a clause): the one allowed
            subj = [g for c in tok.children if c.dep_ == "ccomp"
                    for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return subj
        if lemma_of(tok) in self.lexicon.control:
            # "threatened to topple Petro": the uncoded complement's object is the target;
            # "threatened to inflict damage on Canada": or an actor one phrase in
            # (the parser may hang the complement as an adverbial clause: "vowed to
            # strike Turkish bases")
            comps = children_by_dep(tok, {"xcomp"}) + [
                c for c in children_by_dep(tok, {"advcl"})
                if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            for comp in comps:
                objs = children_by_dep(comp, {"dobj"})
                inner = pobjs([comp, *objs], {"to", "against", "on", "with", "in", "of"})
                if actors is not None and not any(self._actor(o, actors, True) for o in objs):
                    with_actor = [g for g in inner if self._actor(g, actors, True)]
                    if with_actor:
                        return with_actor[:1]
                if objs:
                    return objs
        return []

    def _light_verb_targets(self, tok: Token, p: Pattern, extra: list[int],
                            actors: BlockActors | None) -> list[Token]:
        if not p.obj:
            return []
        # light verb: "held talks with X" with the prep under the noun,
        # "demanded the withdrawal of Russian troops"
        for i in extra:
            for prep in (p.prep or "with", "of", "by"):
                found = self._prep_objects(tok.doc[i], prep, [])
                if found and (actors is None
                              or any(self._actor(f, actors, True) for f in found)):
                    return found
        # "rejected the plan put forward by Serbia": who made the required object
        if actors is not None and (made_by := self._made_by(
                [tok.doc[i] for i in extra], actors)):
            return made_by
        # "expelled UN peacekeepers": the required object is itself the target
        if actors is not None:
            own = [tok.doc[i] for i in extra if self._actor(tok.doc[i], actors, True)]
            if own:
                return own
        return []
