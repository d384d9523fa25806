"""Countries for actors the text names only by role, from the place an event happens or
the actor on its other side ("protesters rallied against the Serbian government" ->
SRBCVL; "the government in Bogota" -> COLGOV).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.kb import country_on
from ..actors.resolve import PERSON_TITLES, BlockActors
from ..models import Actor
from .syntax import LOCATIVE_PREPS, SPEECH_LEMMAS, lemma_of

# Roles that, without a stated nationality, are taken to be of the country of the
# actor they act on or that acts on them ("protesters rallied against the Serbian
# government" -> SRBCVL). Government, military and police are not inferred: a
# foreign army is too common in news for that guess to be safe.
DOMESTIC_ROLES = {"CVL", "OPP", "REB", "INS", "LAB", "EDU", "CRM", "UAF", "AGR", "REL", "MED",
                  "BUS", "REF", "HLH", "PTY", "JUD", "LEG", "NGO", "RAD", "MOD", "SEP", "ENV"}


# Roles that challenge a state from inside it: one that another state helps is not
# taken to be that state's own.
CHALLENGER_ROLES = {"REB", "INS", "OPP", "SEP"}
# Organs of a state that act on other states too: legislatures and courts.
STATE_ORGAN_ROLES = {"LEG", "JUD"}
# Words of diplomats: who serves a state abroad.
DIPLOMAT_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "attache", "attaché",
                  "charge", "chargé", "emissary"}


def with_country(actor: Actor, country: str) -> Actor:
    """The role-only actor as one of this country ("police" -> COLCOP). An international
    body is no one's country ("the rebels ..., the UN said" are not the UN's): the actor
    stays as it was."""
    if country.startswith(("IGO", "NGO")):
        return actor
    kb_id = f"role:{country}{actor.role}" if actor.kb_id else None
    return replace(actor, code=country + (actor.role or ""), country=country, kb_id=kb_id)


def implied_actor(country: str, role: str | None = None, name: str | None = None) -> Actor:
    """An actor the text does not mention but the coder infers (a state, its people, its
    unidentified attackers): empty text, no offsets, kb_id "implied:<code>"."""
    code = country + (role or "")
    return Actor(text="", name=name or country, code=code, country=country, role=role,
                 kb_id=f"implied:{code}", ner="IMPLIED")


def transnational(actor: Actor) -> bool:
    """A group with no home country (CAMEO IMG: al-Qaeda, Islamic State)."""
    return actor.country is None and bool(actor.code) and actor.code.startswith("IMG")


def localised(actor: Actor, country: str) -> Actor:
    """A transnational group as it acts in one country ("Islamic State militants in Syria"
    -> SYRINS); other actors as they are."""
    if not transnational(actor):
        return actor
    return replace(actor, code=country + (actor.code[3:6] or ""), country=country)


# Words whose locative phrase names where parties meet, not whose state acts: "rebels
# gathered in Oslo for talks with the regime", "the envoy received both delegations in
# Vienna" (the regime is not Norway's, the delegations not Austria's).
VENUE_LEMMAS = {"meet", "meeting", "gather", "gathering", "convene", "talk", "talks",
                "negotiation", "negotiations", "negotiate", "summit", "conference", "host",
                "welcome", "receive", "assemble", "session", "forum", "round", "dialogue",
                "consultation", "consultations", "delegation", "delegations", "envoy",
                "mediator", "mediation", "conclave", "convention"}


# Agreements named for the city where they were made ("the Minsk accords", "the Paris
# agreement"): the city is a venue, not a side.
VENUE_NAMED = {"accord", "accords", "agreement", "agreements", "protocol", "protocols",
               "process", "format", "declaration", "treaty", "deal", "peace"}


def is_venue(tok: Token) -> bool:
    """The place is where parties meet: its locative phrase hangs on a word of meeting
    ("gathered in Oslo", "talks in Vienna", "received delegations in Doha"), or its clause
    also says what for ("in Oslo for talks"); or it names a meeting or an agreement after
    the city it was held in ("the Astana talks", "the Minsk accords")."""
    if tok.dep_ in {"compound", "nmod"} and (
            tok.head.lemma_.lower() in VENUE_LEMMAS | VENUE_NAMED
            or tok.head.lower_ in VENUE_LEMMAS | VENUE_NAMED):
        return True
    prep = tok.head
    if prep.dep_ != "prep":
        return False
    gov = prep.head
    if gov.lemma_.lower() in VENUE_LEMMAS or gov.lower_ in VENUE_LEMMAS:
        return True
    words = [gov, *(c for c in gov.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})]
    words += [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in VENUE_LEMMAS or w.lower_ in VENUE_LEMMAS for w in words)


def _venue_place(m, actors: BlockActors) -> bool:
    """The place mention sits in this parse as a venue (see `is_venue`)."""
    if m.block_start != actors.base or m.tok_start < 0:
        return False
    return is_venue(actors.doc[m.tok_end - 1])


# Prepositions of where a move ends: the place is where the movers go, not whose they are
# ("troops deployed into Syria", "police were flown to Kabul").
DESTINATION_PREPS = {"into", "to", "toward", "towards", "onto"}


def _destination(m, actors: BlockActors) -> bool:
    """The place mention is where a move ends (its phrase's preposition is "into", "to")."""
    if m.block_start != actors.base or m.tok_start < 0:
        return False
    prep = actors.doc[m.tok_end - 1].head
    return prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS


BORDER_WORDS = {"border", "frontier", "boundary"}
# Heads of the names of seas and straits: waters named for a country are not its ground
# ("the South China Sea", "the Taiwan Strait", "the Persian Gulf").
WATER_WORDS = {"sea", "seas", "ocean", "strait", "straits", "gulf", "bay", "channel",
               "waters", "sound"}


# Things a country's name before them says the owner of, not where they are ("a US base",
# "the Turkish embassy", "an Israeli convoy").
OWNED_THINGS = {"base", "embassy", "consulate", "mission", "convoy", "ship", "vessel", "tanker",
                "plane", "aircraft", "jet", "drone", "troop", "soldier", "force", "patrol",
                "position", "outpost", "facility", "installation", "company", "firm", "warship"}


def _owner_of_thing(tok: Token) -> bool:
    """The place name modifies a thing it owns ("a US base", "the Turkish embassy")."""
    return (tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in OWNED_THINGS)


def clause_country(trigger: list[int], actors: BlockActors, venues: bool = True
                   ) -> str | None:
    """The country of a place named by a locative phrase in the trigger's sentence (not a
    venue where parties meet: see `is_venue`; with `venues` False a place crowds gather in
    counts: "gathered in Kiev to protest")."""
    if not trigger:
        return None
    places = actors.places
    if places is not None:
        # the gazetteer's place of the trigger's own clause ("near the town of Samarra")
        for m, how in places.clause_places(actors.doc, actors.base, trigger):
            if how == "phrase" and m.place is not None and m.place.country:
                if venues and _venue_place(m, actors):
                    return None
                if m.place.name.split()[-1].lower() in WATER_WORDS:
                    continue  # "through the South China Sea": no one's ground
                if _destination(m, actors):
                    continue  # "Marines deployed into Syria" are not Syria's
                if m.block_start == actors.base and m.tok_start >= 0 and _owner_of_thing(
                        actors.doc[m.tok_end - 1]):
                    continue  # "rockets hit a US base in Syria": whose base, not where
                if m.block_start == actors.base and m.tok_start >= 0 and in_description(
                        actors.doc[m.tok_end - 1], trigger):
                    continue  # "militants (of a group banned in Russia) attacked ..."
                return country_on(m.place.country, actors.day)
    sent = actors.doc[trigger[0]].sent
    for tok in sent:
        if tok.lemma_.lower() in BORDER_WORDS | WATER_WORDS:
            continue  # "near the Afghan border": either side of it, no one country's ground
            # (nor "in the South China Sea", waters named for a country)
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and not in_attribution(
                tok, trigger) and not (venues and is_venue(tok)) and not in_description(
                tok, trigger):
            # the place itself, or the country that owns it ("in northern Niger's Tahoua
            # region", "in Aleppo's eastern districts")
            owners = [c for c in tok.children if c.dep_ in {"poss", "compound"}
                      and not _owner_of_thing(c)]  # (not "at a US base")
            if tok.lemma_.lower() in OWNED_THINGS:
                continue  # "at a US base" stands for its owner, which is not where
            for place in [tok, *owners]:
                a = actors.actor_for(place)
                if a is not None and a.country and a.kb_id and a.kb_id.split(":")[0] in {
                        "country", "government"}:
                    return a.country
    return None


def own_place_country(tok: Token | None, actors: BlockActors) -> str | None:
    """The country of a place named in the actor's own phrase ("protesters in Lagos",
    "marchers in Mexico City"): where a crowd is, whoever it protests against."""
    if tok is None or actors.places is None:
        return None
    for m, how in actors.places.clause_places(actors.doc, actors.base, [tok.i]):
        if how == "phrase" and m.place is not None and m.place.country:
            return None if _venue_place(m, actors) else country_on(m.place.country, actors.day)
    # a role noun "of" a place is that place's: "the mayor of Kandahar", "the police chief
    # of Karachi", "residents of Mosul" (countries and governments the KB already gives)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                m = actors.places.phrase_place(actors.base, pobj) if pobj.dep_ == "pobj" else None
                if m is not None and m.place is not None and m.place.country and not (
                        _venue_place(m, actors)):
                    return country_on(m.place.country, actors.day)
    return None


PLACE_HEADS = {"town", "city", "village", "region", "province", "area", "district", "country",
               "capital", "border", "camp", "base", "port", "island", "islands"}


def in_description(tok: Token, trigger: list[int]) -> bool:
    """The token lies in a clause that describes an actor or thing named in passing ("the
    Islamic State group, outlawed in Russia, ...", "rebels, trained by Turkey, seized ...")
    and that does not hold the trigger: not where the event happens nor whose it is (a
    clause on a place, "the town, which lies in Syria", still places it)."""
    trig = set(trigger)
    for a in (tok, *tok.ancestors):
        if a.dep_ in {"acl", "relcl"} and a.head.lemma_.lower() not in PLACE_HEADS and (
                _set_off(a)) and not any(
                t.i in trig for t in a.subtree):
            return True
        if a.dep_ == "appos" and a.i != tok.i and a.ent_type_ not in {"GPE", "LOC", "FAC"} and (
                a.lemma_.lower() not in PLACE_HEADS) and _set_off(a) and any(
                c.dep_ in {"acl", "relcl"} for c in a.children) and not any(
                t.i in trig for t in a.subtree):
            return True  # "(a group banned in Russia)": a described apposition
    return False


def _set_off(clause: Token) -> bool:
    """The clause is set off from its noun by a comma, a dash or a bracket (it adds a
    description, it does not say which: "the group, banned in Chile," not "refugees fleeing
    the war in Liberia")."""
    marks = {",", "(", "-", "--", "\u2014", "\u2013"}
    left = clause.left_edge.i
    return clause.doc[left].text in marks or (left > 0 and clause.doc[left - 1].text in marks)


def in_attribution(tok: Token, trigger: list[int]) -> bool:
    """The token belongs to who reports the event, not to the event ("..., killing about 20
    people, relief officials in Nairobi said"): it lies in the subject of a speech verb
    that is not part of the event's trigger."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    if head.lemma_.lower() not in SPEECH_LEMMAS or head.i in trigger:
        return False
    return any(tok.i in {t.i for t in c.subtree} for c in head.children
               if c.dep_ in {"nsubj", "nsubjpass"})


# Roles of one official's title: a state's organs, and its elite ("the first lady").
TITLED_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "ELI"}


def one_official(a: Actor, tok: Token | None) -> bool:
    """A role-only state actor whose head is one person's office ("the defence minister",
    "the governor"; not "the army", "officials"), serving at home: no diplomat, no foreign
    minister (rule domestic.one-official)."""
    if tok is None or not (a.kb_id or "").startswith("role:") or a.role not in TITLED_ROLES:
        return False
    word = tok.lemma_.lower()
    return (tok.tag_ in {"NN", "NNP"} and word in PERSON_TITLES
            and word not in DIPLOMAT_NOUNS and word not in {"envoy", "negotiator"}
            and not any(c.lower_ == "foreign" for c in tok.children))


def fill_domestic(sources, targets, place_country: str | None = None,
                  victim_country: str | None = None, borrow_stated: bool = True,
                  own_place=None, visit: bool = False, backer=None):
    """Give a role-only actor a country: a domestic role takes the country of the actor on
    the other side ("protesters rallied against the Serbian government"); any role takes the
    country of the place the sentence names ("the government in Bogota"). Targets take
    `victim_country` first when given ("Israeli airstrikes on Gaza killed 30 people").
    With `borrow_stated` False (cooperation), a role noun with a nationality the KB does not
    know keeps no country: "Kurdish fighters received arms from the US" are not American,
    while "Syrian forces gassed Kurdish civilians" are civilians of Syria. With `visit`
    (travel to a place), the travellers take no country from where they go."""
    inferred = False

    def fill(side, other, first=None, visitor=False):
        nonlocal inferred
        if visitor:
            # who travels to or is hosted in a place is not of it ("European MPs arrived in
            # Crimea", "lawmakers flew to Kabul")
            return [(a, tok) for a, tok in side]
        # (a diplomat is by office a foreigner where he serves: "the attorney general met
        # Russia's ambassador", "police questioned the Kenyan envoy" give no country)
        countries = {a.country for a, t in other if a.country and not a.country.startswith(
            ("IGO", "NGO")) and not (t is not None and t.lemma_.lower() in DIPLOMAT_NOUNS)}
        other_country = first or (next(iter(countries)) if len(countries) == 1 else None)
        # a titled person acting on a country named as such ("Rep. Kibble urged Russia to
        # ...") is no official of it (one acting on its officials or groups may be)
        state_other = any((a.kb_id or "").startswith("country:") and t is not None
                          and t.ent_type_ == "GPE" for a, t in other)
        out = []
        for a, tok in side:
            role_only = a.kb_id is not None and a.kb_id.startswith("role:")
            # ("Prime Minister X", or one official named by title alone: "the governor")
            titled_person = (a.kb_id is None and a.ner == "PERSON") or one_official(a, tok)
            if a.code is None and a.role and (role_only or titled_person):
                # the place named first ("crowds filled squares in Minsk in protest against
                # the Russian envoy"), else the other side's country
                borrow = (titled_person and not state_other if titled_person
                          else a.role in DOMESTIC_ROLES) and (
                    borrow_stated or not stated(tok)) and not (
                    backed(tok) and other and all(t is not None and lemma_of(t) in OUTPOSTS
                                                  for _, t in other))
                if (not borrow_stated and a.role in CHALLENGER_ROLES and state_other
                        and not (tok is not None and tok.dep_ == "pobj"
                                 and tok.head.lower_ == "with")):
                    # rebels or an opposition a country named as such backs, arms or aids
                    # are most often another state's ("the US backs the rebels", "Iran
                    # sent arms to insurgents"); a deal or talks "with" them are its own's
                    borrow = False
                if a.role in STATE_ORGAN_ROLES and state_other:
                    # a legislature or court acting on a state named as such is its own
                    # state's organ acting abroad ("the Senate condemned Iran", "congress
                    # voted to sanction Russia"); against its own state it acts on the
                    # government ("parliament censured the government"), which borrows
                    borrow = False
                country = ((own_place(tok) if own_place and tok is not None else None)
                           or first or place_country or (other_country if borrow else None))
                if not country and backer is not None and backed(tok):
                    # "Iranian-backed militias fired at a US base": a proxy with no ground
                    # or side of its own named is its backer's
                    country = backer(tok)
                if country:
                    a = with_country(a, country)
                    inferred = True
            out.append((a, tok))
        return out

    filled_sources = fill(sources, targets, visitor=visit)
    filled_targets = fill(targets, filled_sources, victim_country)
    gained = [a.country and not b.country
              for (a, _), (b, _) in zip(filled_targets, targets, strict=True)]
    if not visit and any(a.code is None for a, _ in filled_sources) and any(gained):
        # the other side got its country only now, from its own phrase ("gunmen killed
        # the mayor of Kandahar"): a domestic role borrows it as it would a stated one
        filled_sources = fill(sources, filled_targets)
    return filled_sources, filled_targets, inferred


# Participles of one side standing behind another ("Iranian-backed militias", "US-funded
# rebels"): a backed side that hits another state's outpost (a base, an embassy) fights a
# proxy war on ground that is neither's, so it takes no country from that outpost's owner
# (the place it acts in may still give one); on a state's own ground ("Russian-backed
# separatists shelled Ukrainian positions") it is of that state, as any rebels are.
BACKING_PARTICIPLES = {"back", "backed", "sponsor", "sponsored", "support", "supported", "fund",
                       "funded", "finance", "financed", "arm", "armed", "train", "trained"}


OUTPOSTS = {"base", "embassy", "consulate", "outpost", "garrison"}


def backer_country(tok: Token, actors) -> str | None:
    """The country of the side a backing participle on the noun names ("Iranian-backed",
    "Russian-funded"), or None."""
    for c in tok.children:
        if c.dep_ != "amod" or c.lower_ not in BACKING_PARTICIPLES:
            continue
        for g in c.children:
            if g.dep_ not in {"npadvmod", "compound", "amod", "nmod", "advmod"}:
                continue
            country = actors.kb.demonyms.get(g.text)
            if country is None and (a := actors.actor_for(g)) is not None:
                country = a.country
            if country and not country.startswith(("IGO", "NGO")):
                return country
    return None


def backed(tok: Token | None) -> bool:
    """The role noun is one another side backs: "Iranian-backed militias" (a modifier of
    the participle names the backer)."""
    return tok is not None and any(
        c.dep_ == "amod" and c.lower_ in BACKING_PARTICIPLES and any(
            g.dep_ in {"npadvmod", "compound", "amod", "nmod", "advmod"} for g in c.children)
        for c in tok.children)


def stated(tok: Token | None) -> bool:
    """The role noun carries a nationality of its own ("Kurdish fighters")."""
    return tok is not None and any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
                                   for c in tok.children)


def other_country(trigger: list[int], actors: BlockActors, own: set[str],
                  anyone: bool = False) -> str | None:
    """The one country other than `own` that the trigger's sentence names as a country or
    its government ("Israeli airstrikes on Gaza killed 30 people" -> PSE), if only one
    (with `anyone`, an intergovernmental body or a coded actor of a country counts too:
    "citing a threat from NATO", "after Russian bombers entered its airspace")."""
    if not trigger:
        return None
    kinds = {"country", "government"} | ({"igo", "role", "person", "group"} if anyone else set())
    sent = actors.doc[trigger[0]].sent
    found = {m.actor.country for m in actors.mentions
             if sent.start <= m.start < sent.end and m.actor.country
             and (m.actor.kb_id or "").split(":")[0] in kinds
             and m.actor.country not in own
             and not in_attribution(actors.doc[m.start], trigger)
             and not in_description(actors.doc[m.start], trigger)
             and not is_venue(actors.doc[m.end - 1])}  # ("rejected the Astana talks")
    return next(iter(found)) if len(found) == 1 else None


def sentence_country(trigger: list[int], actors: BlockActors) -> str | None:
    """The one country the trigger's sentence names (as a country, its government, a
    nationality or an actor of it), outside who reports it; None when it names none or
    several."""
    found = _named_countries(trigger, actors)
    return next(iter(found)) if len(found) == 1 else None


def _named_countries(trigger: list[int], actors: BlockActors) -> set[str]:
    if not trigger:
        return set()
    sent = actors.doc[trigger[0]].sent
    # (a pronoun names no one: "the committee scheduled its hearing" is not of the state
    # an "its" was last resolved to)
    return {m.actor.country for m in actors.mentions
            if sent.start <= m.start < sent.end and m.actor.country
            and m.actor.ner != "PRON"
            and not m.actor.country.startswith(("IGO", "NGO"))
            and not in_attribution(actors.doc[m.start], trigger)
            and not in_description(actors.doc[m.start], trigger)
            and not is_venue(actors.doc[m.end - 1])}  # ("rejected the Astana talks")


def sentence_place_country(trigger: list[int], actors: BlockActors) -> str | None:
    """As sentence_country, or, when the sentence names no country so, the one country of
    the towns and regions of the gazetteer it names ("accused rebels of killing villagers
    in Gao" names Mali), or None (rule domestic.sentence-place)."""
    found = _named_countries(trigger, actors)
    places = actors.places
    if trigger and places is not None and not found:
        sent = actors.doc[trigger[0]].sent
        for i in range(sent.start, sent.end):
            m = places.at(actors.base, i)
            if (m is None or m.tok_start != i or m.modifier or m.place is None
                    or not m.place.country
                    or m.place.name.split()[-1].lower() in WATER_WORDS):
                continue
            last = actors.doc[m.tok_end - 1]
            if not (in_attribution(last, trigger) or in_description(last, trigger)
                    or is_venue(last)):
                found.add(country_on(m.place.country, actors.day))
    return next(iter(found)) if len(found) == 1 else None
