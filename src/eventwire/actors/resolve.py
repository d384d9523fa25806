"""Resolution of actor mentions in a parsed document, on the document's date.

Finds KB names (people, countries, capitals used as governments, IGOs),
nationality + role nouns ("Colombian police"), unknown named people and
organisations (kept with code None), later surname mentions of a full name,
and he/she pronouns; the coder then asks `actor_for(token)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..data_files import data_path
from ..models import Actor
from .kb import FORMER_ROLE, KbEntry, KnowledgeBase, country_on

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# Verbs of saying whose subject is who "it" in the reported clause is ("said it would")
SAYING = {"say", "announce", "declare", "state", "warn", "insist", "vow", "add", "claim",
          "confirm", "deny", "pledge", "promise", "threaten", "indicate", "report"}
# Titles and bodies of one country's legislature: a person so titled, with no nationality
# in the text, is of that country ("Sen. X" and "Rep. Y" in English-language news are US
# members of Congress; an "MK" sits in the Knesset).
INSTITUTION_TITLES = {"sen.": "USA", "sens.": "USA", "rep.": "USA", "reps.": "USA",
                      "congressman": "USA", "congresswoman": "USA", "congressmen": "USA",
                      "congresswomen": "USA", "mk": "ISR", "mks": "ISR", "knesset": "ISR",
                      "duma": "RUS", "bundestag": "DEU", "majlis": "IRN", "rada": "UKR",
                      "sabha": "IND"}
# ... of which these are also the styles of the legislators of other countries with a
# Senate or a House of Representatives in English-language news (the Philippines, Liberia,
# Nigeria, Australia; source: the countries' constitutions): in a story about one of them,
# that country's
SHARED_TITLES = {"sen.", "sens.", "rep.", "reps.", "congressman", "congresswoman",
                 "congressmen", "congresswomen"}
TITLE_COUNTRIES = {"PHL", "LBR", "NGA", "AUS"}
# Words after a KB name that make it the name of something else ("Washington state",
# "the Washington Post", "Georgia State University").
NAME_CONTINUATIONS = {"state", "county", "post", "times", "university", "college", "airport",
                      "street", "avenue", "square", "stadium", "fc"}
# Heads that a role noun may modify without making them that role: texts of law and
# policy ("the foreign agents law"). (A building stays its role's: an attack on a police
# station is on the police.)
THING_HEADS = {"law", "laws", "bill", "bills", "act", "decree", "rule", "rules", "regulation",
               "regulations", "policy", "reform", "budget"}
# Heads of a pact or rule that a bare common noun before them names the subject of, not a
# side ("the refugee deal with Turkey", "the migrant accord", "the police law").
TOPIC_HEADS = THING_HEADS | {"deal", "agreement", "accord", "pact", "treaty", "arrangement",
                             "quota", "quotas", "scheme", "programme", "program"}
# Texts and arrangements an "it" may stand for rather than the actor their phrase names
# ("the deal with Libya ... it", "the report on Chile ... it"; not an act: "an offensive
# against the group ... it" may be the group).
THING_ANTECEDENTS = TOPIC_HEADS | {"report", "study", "survey", "document", "statement",
                                   "letter", "plan", "proposal", "resolution", "declaration",
                                   "decision", "ruling", "verdict", "initiative", "memo",
                                   "memorandum", "text", "draft", "roadmap"}
# Verbs whose passive with an infinitive takes an expletive "it" ("it was decided to").
EXPLETIVE_PASSIVES = {"decide", "agree", "announce", "report", "expect", "believe", "think",
                      "say", "fear", "hope", "plan", "claim", "suggest", "understand",
                      "know", "estimate", "propose", "confirm", "rumour", "rumor", "resolve",
                      "determine", "intend", "schedule", "envisage"}
# How many mentions the country of the lead's subject is worth when the story's country is
# weighed (one lead subject outweighs a passing pair of mentions of another country).
LEAD_WEIGHT = 2
# Nouns of who heads or speaks for a body: "the leader of the rebels" is the rebels'.
HEAD_NOUNS = {"leader", "leaders", "head", "chief", "spokesman", "spokeswoman",
              "spokesperson", "commander", "commanders", "chairman", "founder"}
# Heads of a people living as a minority: "the Albanian population", "the Turkish
# minority" are coded by the state they live in (as CVL), not by their kin state.
MINORITY_HEADS = {"minority", "minorities", "population", "populations", "community",
                  "communities"}
# Words that put the title after them out of office ("former finance minister", "ousted
# president"), and the titles they do so for.
OUT_OF_OFFICE = {"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown", "exiled",
                 "erstwhile"}
STATE_TITLE_ROLES = {"GOV", "MIL", "LEG", "JUD", "COP"}
# Nouns of a person no title makes an actor ("the man", "a passenger"): a "he" or "she"
# after one as its sentence's subject stands for it, not for a person named before.
ANONYMOUS_PEOPLE = {"man", "woman", "boy", "girl", "child", "patient", "passenger", "driver",
                    "tourist", "traveller", "traveler", "teenager", "victim", "pilot",
                    "resident", "motorist", "pedestrian", "gunman", "attacker", "assailant"}
# Heads a nationality names a language or culture of, not a state acting or acted on
# ("restrictions on the Russian language", "a ban on French-language signs", "Turkish
# music on the radio").
CULTURE_HEADS = {"language", "languages", "tongue", "dialect", "alphabet", "script",
                 "literature", "culture", "cuisine", "music", "song", "songs", "film", "films",
                 "grammar", "spelling", "speaker", "speakers"}
# Participles by which a country owns a thing: "a Greek-flagged tanker" is Greek.
OWNERSHIP_PARTICIPLES = {"flag", "flagged", "register", "registered", "own", "owned",
                         "operate", "operated"}
# Participles by which a force holds a place: "rebel-held towns" are the rebels'.
HOLDING_PARTICIPLES = {"hold", "held", "control", "controlled", "run"}
# Role nouns with another sense when a nationality owns them: "a bomber" is an attacker,
# "Russian bombers" are the air force's aircraft.
NATIONAL_SENSE = {"bomber": "MIL"}
# Roles of those who challenge a state from inside it: "opposition" or "rebel" before a
# government role noun ("the rebel delegation") says whom it stands for.
CHALLENGER_ROLES = {"OPP", "REB", "INS", "SEP"}
# Group nouns that take "they" though singular in form.
COLLECTIVE_NOUNS = {"police", "military", "army", "government", "authorities", "team",
                    "delegation", "opposition", "rebels"}
# Joint bodies that an "X-led" modifier gives to the country that leads them.
LED_GROUPS = {"coalition", "alliance", "mission", "bloc", "operation",
              "contingent", "delegation", "consortium"}


def _after_ethnic(tok: Token) -> bool:
    """A word right after "ethnic" ("ethnic Albanians", "ethnic Uzbek traders")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"


@dataclass
class Mention:
    """An actor found at tokens [start, end) of one parsed block."""

    start: int
    end: int
    actor: Actor
    kind: str  # kb | role | unknown | pronoun | surname


@dataclass
class DocumentMemory:
    """What earlier blocks of the same document said about who is who."""

    surnames: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    persons: list[Actor] = field(default_factory=list)  # in order of mention
    last_country: str | None = None
    countries: dict[str, int] = field(default_factory=dict)
    led: bool = False  # the lead (first paragraph with an actor) has been read
    lead_country: str | None = None  # the country of the lead's first subject
    # the country last stated for a role noun ("German prosecutors" -> prosecutor: DEU)
    roles: dict[str, str] = field(default_factory=dict)
    # who did the last act told of each CAMEO root ("19": the army that shelled ...), so
    # that "the shelling" in a later sentence has a doer (coding.arguments._done_before)
    acts: dict[str, Actor] = field(default_factory=dict)


class ActorResolver:
    """Resolves the actors of one document; build with the KB and the pipeline's vocab."""

    def __init__(self, kb: KnowledgeBase, nlp) -> None:
        self.kb = kb
        self.matcher = _build_matcher(kb, nlp)

    def resolve(self, doc: Doc, base: int, memory: DocumentMemory, day: date | None):
        """Mentions of one block; `base` is the block's offset in the document text."""
        return BlockActors(self, doc, base, memory, day)


# Roles that, named bare ("the government", "the Senate", "the courts"), are the
# institutions of the country the story is about.
STORY_ROLES = frozenset({"GOV", "LEG", "JUD"})

PRONOUN_GENDER = {"she": "F", "her": "F", "hers": "F", "he": "M", "him": "M", "his": "M"}


@lru_cache(maxsize=1)
def female_given_names() -> frozenset[str]:
    """Given names that mark a woman (data/lexicon/classes.yaml, female_given_names)."""
    data = yaml.safe_load(data_path("lexicon", "classes.yaml").read_text("utf-8")) or {}
    return frozenset(str(w).lower() for w in (data.get("classes") or {}).get(
        "female_given_names", []))


def agrees(actor: Actor, want: str | None) -> bool:
    """A person agrees with a pronoun unless their given name says otherwise (a person of
    unknown gender agrees with any)."""
    if want is None:
        return True
    first = (actor.name or actor.text or "").split()
    female = bool(first) and first[0].lower() in female_given_names()
    return female if want == "F" else not female


def story_country(counts: dict[str, int], lead: str | None = None) -> str | None:
    """The country a story is about: the one its earlier paragraphs name most, when it is
    named at least twice and more often than any other, or as often when it is the
    country of the lead's subject (IGOs and NGOs are no setting)."""
    ranked = sorted(((n, c) for c, n in counts.items() if not c.startswith(("IGO", "NGO"))),
                    reverse=True)
    if not ranked or ranked[0][0] < 2:
        return None
    top = [c for n, c in ranked if n == ranked[0][0]]
    if len(top) > 1:
        return lead if lead in top else None
    return ranked[0][1]


def _first_name_of_other(span: Span, ents) -> bool:
    """The KB name is only the first part of a longer personal name the NER found
    ("Chadli" in "Chadli Klibi"): another person who shares it."""
    return any(e.label_ == "PERSON" and e.start <= span.start and e.end > span.end
               and e[-1].pos_ == "PROPN" for e in ents)


def _build_matcher(kb: KnowledgeBase, nlp) -> PhraseMatcher:
    """One phrase matcher over every KB name, built once per resolver (so per engine)."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = [n for n in list(kb.aliases) + list(kb.demonyms) if n]
    matcher.add("KB", list(nlp.tokenizer.pipe(names)))
    return matcher


class BlockActors:
    def __init__(self, resolver: ActorResolver, doc: Doc, base: int, memory: DocumentMemory,
                 day: date | None) -> None:
        self.kb = resolver.kb
        self.doc = doc
        self.base = base
        self.memory = memory
        self.day = day
        self.prior_person = memory.last_person  # the last person of earlier paragraphs
        self.prior_persons = list(memory.persons)
        self.prior_roles = dict(memory.roles)  # role nouns' countries of earlier paragraphs
        self.lead = not memory.led  # no paragraph with an actor came before (headline, lead)
        # the country the story is about so far (earlier paragraphs only): whose "the
        # government" a later paragraph means
        self.story_country = story_country(memory.countries, memory.lead_country)
        self.by_token: dict[int, Mention] = {}
        self.extra: dict[int, list[Actor]] = {}  # further actors of one phrase
        self.mentions: list[Mention] = []
        # the document's places (nlp.places.DocumentPlaces), when the engine has them: the
        # coder asks it where a clause happens
        self.places = None
        # the offsets of ethnic groups no phrase of theirs places ("ethnic Serbs marched
        # against ..."): the coder places them from the clause or the state they address
        self.unplaced_ethnic: set[int] = set()
        self.unplaced_people: set[int] = set()  # ("the Serb population": by a place only)
        self.dateline_end = _dateline_end(doc)  # "Kabul, Afghanistan - ..." names no actor
        self._find(resolver.matcher)
        self._weigh_lead()

    # -- building -------------------------------------------------------------
    def _actor(self, span: Span, entry: KbEntry, ner: str | None = None) -> Actor:
        code, country, role, _why = entry.code_on(self.day)
        if entry.kind in {"country", "government"} and country_on(country, self.day) != country:
            # a seceded state's name or capital before it seceded ("Juba" in 1995: Sudan's)
            country = country_on(country, self.day)
            code = country + (code or "")[3:]
        return Actor(
            text=span.text, name=entry.name, code=code, country=country, role=role,
            kb_id=entry.kb_id, start=self.base + span.start_char, end=self.base + span.end_char,
            ner=ner,
        )

    def _add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token.setdefault(i, mention)
        if mention.actor.country and not self._venue(mention):
            c = mention.actor.country
            self.memory.countries[c] = self.memory.countries.get(c, 0) + 1
            if not c.startswith(("IGO", "NGO")):
                self.memory.last_country = c

    def _venue(self, mention: Mention) -> bool:
        """A capital named as where parties meet ("the Astana talks", "talks in Geneva", "a
        summit held in Minsk"): where, not who; the story is not about its country."""
        if not (mention.actor.kb_id or "").startswith(("government:", "place:")):
            return False
        root = self.doc[mention.start:mention.end].root
        if root.dep_ == "compound" and root.head.lemma_.lower() in NAMED_FOR_VENUE:
            return True
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
            return False
        gov = prep.head
        if gov.dep_ in {"acl", "relcl"} and gov.lemma_.lower() in {"hold", "host", "convene"}:
            gov = gov.head  # "a conference held in Astana"
        return gov.lemma_.lower() in NAMED_FOR_VENUE | {"meet", "gather", "convene"}

    def _find(self, matcher: PhraseMatcher) -> None:
        """Every mention of the sentence, in the order later steps need: KB names (and
        demonyms heading a noun phrase), then NER spans the KB does not cover, then
        pronouns, role phrases and "it/they/them"."""
        doc = self.doc
        spans = [Span(doc, s, e) for _, s, e in matcher(doc)]
        all_ents = doc.ents  # (Doc.ents builds its Spans anew each time it is read)
        ents = [e for e in all_ents if e.label_ in {"PERSON", "ORG", "NORP", "GPE"}]
        # KB names win over NER spans they overlap; among KB names the longest wins.
        kb_spans = filter_spans(spans)
        taken = {i for s in kb_spans for i in range(s.start, s.end)}
        demonym_heads = self._kb_names(kb_spans, ents, all_ents, taken)
        for span in demonym_heads:  # after the names, so "Albanians in Serbia" can see Serbia
            self._demonym_actor(span, self.kb.demonyms[span.text])
        self._entities(ents, taken)
        self._pronouns_and_roles()

    def _kb_names(self, kb_spans: list[Span], ents: list[Span], all_ents, taken: set[int]
                  ) -> list[Span]:
        """Mentions of the KB's names; returns the demonyms that head a noun phrase (made
        actors after the names) and frees the tokens of a person's name that is another's
        first name (from `taken`, so NER may have them)."""
        doc = self.doc
        demonym_heads = []
        for span in kb_spans:
            text = span.text
            if _glued(span):
                continue  # "Ghali" inside "Boutros-Ghali" is not Brahim Ghali
            if span.end < len(doc) and doc[span.end].lower_ in NAME_CONTINUATIONS:
                continue  # "Washington state", "Washington Post": another thing named so
            if text in self.kb.demonyms and not self.kb.lookup(text):
                # adjectives are modifiers (role-noun phrases use them below), but
                # "the Colombian" or "Colombians" heading a noun phrase is an actor
                if span.root.dep_ not in {"amod", "compound", "nmod", "poss"}:
                    demonym_heads.append(span)
                continue
            entry = self._pick(text)
            if entry is None:
                continue
            if entry.kind == "government" and self._club_of_city(span):
                continue  # "Real Madrid", "Spartak Moscow": a club named for the city
            if entry.kind == "person" and _acronym_of_name(span):
                continue  # "the Kigali Traders Union (KTU)": the body's initials, no one's
            if entry.kind == "person" and (_first_name_of_other(span, ents)
                                           or self._surname_of_other(span, entry, ents)):
                taken -= set(range(span.start, span.end))
                continue  # "Chadli Klibi" is not Chadli Bendjedid
            actor = self._actor(span, entry, _ner_of(span, all_ents))
            if entry.kind == "government" and self._city_of_thing(span):
                # "the Moscow studio", "a Kabul hotel": the city says where the thing is
                # from, not that its government acts
                actor = replace(actor, code=actor.country, role=None)
            if entry.kind == "person" and actor.role == FORMER_ROLE:
                actor = self._titled(span, actor)
            self._add(Mention(span.start, span.end, actor, "kb"))
            if entry.kind == "person":
                self._remember_person(span, actor)
        return demonym_heads

    def _entities(self, ents: list[Span], taken: set[int]) -> None:
        """NER spans no KB name covers: people, role-named and owned bodies, unknowns."""
        for ent in ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            span = _trim(ent)
            if span is None:
                continue
            if ent.label_ == "PERSON":
                span = self._untitled(span)
            if len(span) == 1 and span.text.lower() in self.kb.role_nouns:
                continue  # "Gunmen abducted ..." at a sentence start: a role, not a name
            if ent.label_ == "PERSON" or self._titled_by_apposition(span):
                # (a name the tagger took for a place or body, but whose apposition gives
                # a title: "Nkosi, the African Union commissioner,")
                self._person_entity(span)
            elif ent.label_ == "ORG" and self._role_phrase(span.root):
                pass  # "the US Congress", "the Nigerian Union of Teachers": country + role
            elif ent.label_ == "ORG" and self._named_by_role(span):
                pass  # "French broadcaster RFI", "the Kenyan daily Nation": country + role
            elif ent.label_ == "ORG" and self._owned_name(span):
                pass  # "Iraq's Revolutionary Command Council": the owner state's body
            elif ent.label_ in {"ORG", "GPE"}:
                # kept with its text and code None: an organisation, or a place or state the
                # KB does not know ("Falluja", a fictional country in a test set)
                actor = Actor(text=span.text, name=span.text, ner=ent.label_,
                              start=self.base + span.start_char, end=self.base + span.end_char)
                self._add(Mention(span.start, span.end, actor, "unknown"))

    def _pronouns_and_roles(self) -> None:
        """Pronouns, pairs, role phrases and "it/they/them", in that order."""
        doc = self.doc
        # (token attributes by id, so that only the tokens a step may take are made Tokens)
        deps, lowers, poses = _columns(doc)
        pair_deps, pronouns, nouns, neuters = _ids()
        # Pronouns left to right, each to the nearest person named before it ...
        for i in range(len(doc)):
            if i in self.by_token or (deps[i] not in pair_deps and lowers[i] not in pronouns):
                continue  # (_is_pair needs one of PAIR_DEPS)
            tok = doc[i]
            if _is_pair(tok):
                self._pair(tok)
            elif tok.lower_ in PERSON_PRONOUNS:
                ref = self._person_before(tok)
                if ref is not None:
                    actor = Actor(text=tok.text, name=ref.name, code=ref.code,
                                  country=ref.country, role=ref.role, kb_id=ref.kb_id,
                                  start=self.base + tok.idx,
                                  end=self.base + tok.idx + len(tok.text), ner="PRON")
                    self._add(Mention(tok.i, tok.i + 1, actor, "pronoun"))
        # ... then role phrases right to left, so "leaders of Romania's government" sees
        # "government" resolved and "her government" sees "her".
        for i in reversed(range(len(doc))):
            if i not in self.by_token and poses[i] in nouns:
                self._role_phrase(doc[i])
        # ... then the person pronouns no name stands for, to one office held by one person
        # named before them ("the Ghanaian foreign minister arrived ... He criticised"),
        self._pronouns_to_offices(lowers)
        # ... and "it"/"its" last, since they may stand for a role phrase ("the army ... it").
        for i in range(len(doc)):
            if lowers[i] not in neuters:
                continue
            tok = doc[i]
            if (tok.i not in self.by_token and tok.lower_ in {"it", "its"}
                    and tok.dep_ in {"nsubj", "nsubjpass", "poss"}):
                self._it(tok)
                if tok.dep_ == "poss" and tok.i in self.by_token:
                    self._owned_role(tok.head, self.by_token[tok.i].actor)
            elif tok.i not in self.by_token and tok.lower_ == "they" and tok.dep_ == "nsubj":
                self._they(tok)
            elif tok.i not in self.by_token and tok.lower_ == "them" and tok.dep_ == "dobj":
                self._them(tok)

    def _pronouns_to_offices(self, lowers) -> None:
        """Person pronouns left unresolved by the names of the paragraph (and the people of
        earlier ones) take the office-holder named last before them (_is_person)."""
        pronouns = _ids()[1]
        for i in range(len(self.doc)):
            if lowers[i] not in pronouns or i in self.by_token:
                continue
            tok = self.doc[i]
            ref = self._person_before(tok)
            subject = next((self.by_token.get(c.i) for c in tok.head.children
                            if c.dep_ == "nsubj" and c.i != tok.i), None)
            if subject is not None and ref is not None and subject.actor.name == ref.name:
                # "he accused him": not the one who acts in his own clause, but the other
                # person named last before
                ref = next((m.actor for m in sorted(self.mentions, key=lambda m: -m.start)
                            if m.start < tok.i and m.kind != "pronoun" and self._is_person(m)
                            and m.actor.name != subject.actor.name), None)
            if ref is not None and any(m.actor is ref and m.kind == "role"
                                       for m in self.mentions):
                # (only an office: the names were weighed before, and a pronoun they left
                # unresolved stands for no one named)
                actor = Actor(text=tok.text, name=ref.name, code=ref.code, country=ref.country,
                              role=ref.role, kb_id=ref.kb_id, start=self.base + tok.idx,
                              end=self.base + tok.idx + len(tok.text), ner="PRON")
                self._add(Mention(tok.i, tok.i + 1, actor, "pronoun"))

    def _owned_name(self, span: Span) -> bool:
        """A name the KB does not know, owned by a state named before it ("Iraq's
        Revolutionary Command Council", "Ghana's Provisional National Defence Council"):
        the named body is that state's."""
        tok = span.root
        if tok.pos_ != "PROPN":
            return False
        for c in tok.children:
            if c.dep_ != "poss" or c.i >= span.start:
                continue
            m = self.by_token.get(c.i)
            if m is None or not (m.actor.kb_id or "").startswith(("country:", "government:")):
                continue
            entry = self.kb.countries.get(m.actor.country or "")
            if entry is None:
                return False
            actor = replace(self._actor(span, entry, "ORG"), name=span.text, kb_id=None)
            self._add(Mention(span.start, span.end, actor, "unknown"))
            return True
        return False

    def _named_by_role(self, span: Span) -> bool:
        """A name the KB does not know, told after a noun with a nationality ("French
        broadcaster RFI", "the Chadian rebel group FUC", "Greek tanker Delta Sea"): the
        named body is of that country, and of the noun's role when it names one (a thing
        stands for its owner, as "a Greek tanker" does)."""
        tok = span.root
        if tok.pos_ != "PROPN":
            return False
        before = [t for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}
                  and c.i < span.start for t in c.subtree]
        nouns = [t for t in before if t.pos_ == "NOUN"]
        countries = {c for t in before if t.pos_ != "NOUN" and (c := self._country_of(t))}
        if not nouns or len(countries) != 1:
            return False
        country = next(iter(countries))
        role = None
        for word in reversed(nouns):  # the head noun first ("radio station": station)
            pair = f"{self.doc[word.i - 1].lower_} {word.lower_}" if word.i else ""
            role = (self.kb.role_nouns.get(pair) or self.kb.role_nouns.get(word.lower_)
                    or self.kb.role_nouns.get(word.lemma_.lower()))
            if role is not None:
                break
        if role is None:
            entry = self.kb.countries.get(country)
            if entry is None:
                return False
            actor = replace(self._actor(span, entry, "ORG"), name=span.text, kb_id=None)
        else:
            code = country if country.startswith(("IGO", "NGO")) else country + role
            actor = Actor(text=span.text, name=span.text, code=code, country=country, role=role,
                          ner="ORG", start=self.base + span.start_char,
                          end=self.base + span.end_char)
        self._add(Mention(span.start, span.end, actor, "unknown"))
        return True

    def _city_of_thing(self, span: Span) -> bool:
        """A capital's name that modifies a common noun naming no role, office or venue
        ("the Moscow studio", "a Tehran bakery"; not "the Moscow police", "Beijing's
        decision", "the Astana talks")."""
        root = span.root
        head = root.head
        if root.dep_ not in {"compound", "nmod"} or head.i == root.i or head.pos_ != "NOUN":
            return False
        word = head.lemma_.lower()
        return not (word in self.kb.role_nouns or head.lower_ in self.kb.role_nouns
                    or word in NAMED_FOR_VENUE or word in CAPITAL_STANDS_FOR)

    def _club_of_city(self, span: Span) -> bool:
        """A capital's name that ends a longer proper name ("Real Madrid", "Dynamo Kiev",
        "Spartak Moscow"): a club or company named for the city, not its government. The
        word before is a capitalised name word glued to it, neither a place word ("East
        Jerusalem", "Greater London"), a title, a known name nor a nationality."""
        if span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        if (prev.pos_ != "PROPN" or not prev.is_title or prev.dep_ not in {"compound", "nmod"}
                or prev.head.i not in range(span.start, span.end)
                or prev.lower_ in PLACE_WORDS or prev.lower_ in PERSON_TITLES
                or prev.text in self.kb.demonyms or self.kb.lookup(prev.text)
                or prev.lower_ in self.kb.role_nouns or prev.ent_type_ == "PERSON"):
            return False
        words = [t for t in prev.sent if t.is_alpha and len(t) > 3]
        if sum(t.is_title for t in words) > len(words) / 2:
            return False  # a headline in title case ("Ankara Slams Berlin Over Ban")
        return span.start - 1 == 0 or not self.doc[span.start - 2].is_title or (
            self.doc[span.start - 2].is_sent_start)

    def _titled_by_apposition(self, span: Span) -> bool:
        """A proper name the tagger took for a place or body, followed by an apposition
        headed by a personal office ("X, the UN relief coordinator,", "Y, Kenya's
        foreign minister,"), names a person."""
        root = span.root
        if root.pos_ != "PROPN" or doc_word(self.doc, span.start - 1) in {
                "in", "of", "from", "to", "at", "near"}:
            return False
        return any(a.dep_ == "appos" and a.i > root.i and a.lemma_.lower() in PERSON_TITLES
                   for a in root.children)

    def _untitled(self, span: Span) -> Span:
        """A person's name without the capitalised titles the tagger took into it ("Lady
        Grace X" in "First Lady Grace X"), so _title_of reads them (rule
        actors.untitled-name)."""
        start = span.start
        while span.end - start > 1 and self.doc[start].is_title and (
                self.doc[start].lower_ in PERSON_TITLES | TITLE_WORDS):
            start += 1
        return span if start == span.start else Span(self.doc, start, span.end)

    def _is_person(self, m: Mention) -> bool:
        """A mention of one person: a name, or one office held by one person with its
        country ("the Ghanaian foreign minister", rule actors.titled-antecedent)."""
        if m.actor.ner == "PERSON" or (m.actor.kb_id or "").startswith("person:"):
            return True
        head = self.doc[m.start]
        return (m.kind == "role" and m.end == m.start + 1 and bool(m.actor.country)
                and head.tag_ == "NN" and head.lemma_.lower() in PERSON_TITLES)

    def _person_before(self, tok: Token) -> Actor | None:
        """The person mentioned last before `tok` whose gender agrees with the pronoun
        ("she" is not the last man named): in this paragraph, else before it."""
        want = PRONOUN_GENDER.get(tok.lower_)
        best = None
        for m in self.mentions:
            if self._is_person(m) and m.kind != "pronoun" and m.start < tok.i and agrees(
                    m.actor, want) and (best is None or m.start > best.start):
                best = m
        if (best is None or self.doc[best.start].sent.start != tok.sent.start) and any(
                t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == "NN"
                and t.lemma_.lower() in ANONYMOUS_PEOPLE and t.i not in self.by_token
                for t in self.doc[tok.sent.start:tok.i]):
            # "The man had passed a check when he arrived ...": a pronoun after an unnamed
            # person its own sentence is about is that person, no one named before
            return None
        if best is not None and self.doc[best.start].sent.start != tok.sent.start:
            # in a later sentence, the subject of the last sentence that named an agreeing
            # person is preferred to its object ("X met Y. He said ..." is X)
            sent = self.doc[best.start].sent
            subject = [m for m in self.mentions
                       if sent.start <= m.start < sent.end and m.kind != "pronoun"
                       and self._is_person(m)
                       and agrees(m.actor, want) and self._is_subject(m)]
            if subject:
                best = max(subject, key=lambda m: m.start)
        if best is not None:
            return best.actor
        if self.prior_person is None or agrees(self.prior_person, want):
            return self.prior_person
        return next((p for p in reversed(self.prior_persons) if agrees(p, want)), None)

    def _weigh_lead(self) -> None:
        """The country of the lead's first subject is what the story is about ("Sudan's
        army chief said ..." before paragraphs on US envoys): it counts as named
        LEAD_WEIGHT more times when the story's country is weighed."""
        if self.memory.led or not self.mentions:
            return
        self.memory.led = True
        first = min(self.mentions, key=lambda m: m.start)
        sent = self.doc[first.start].sent
        for m in sorted(self.mentions, key=lambda m: m.start):
            c = m.actor.country
            if (sent.start <= m.start < sent.end and c and not c.startswith(("IGO", "NGO"))
                    and self._is_subject(m) and not self._venue(m)):
                self.memory.countries[c] = self.memory.countries.get(c, 0) + LEAD_WEIGHT
                self.memory.lead_country = c
                return

    def _subject_verb(self, m: Mention) -> int:
        """The index of the word the mention is (in) the subject of."""
        tok = self.doc[m.start:m.end].root
        while tok.dep_ in {"compound", "appos", "flat", "conj"} and tok.head.i != tok.i:
            tok = tok.head
        return tok.head.i

    @staticmethod
    def _main_clause_verb(verb: Token) -> bool:
        """The verb is its sentence's root, or joined to it ("demanded ... and objected")."""
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _is_subject(self, m: Mention) -> bool:
        """The mention is (in) its clause's subject ("Mexican President X met ...")."""
        tok = self.doc[m.start:m.end].root
        while tok.dep_ in {"compound", "appos", "flat", "conj"} and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in {"nsubj", "nsubjpass"}

    def _demonym_actor(self, span: Span, country: str) -> None:
        for prep in span.root.children:
            # "ethnic Albanians in southern Serbia" live in, and are coded as, Serbia
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}:
                for pobj in prep.children:
                    m = self.by_token.get(pobj.i)
                    if m is not None and m.actor.kb_id and m.actor.kb_id.startswith("country:"):
                        country = m.actor.country or country
        ethnic = _after_ethnic(self.doc[span.start])
        minority = False
        home = next((self.kb.demonyms[c.text] for c in span.root.children
                     if c.dep_ in {"amod", "compound"} and c.i == span.start - 1
                     and c.text in self.kb.demonyms), None)
        if home is not None and home != country:
            # "Macedonian Albanians", "Georgian Armenians": the first nationality says which
            # state the people live in
            country, minority = home, True
        if ethnic:
            # "ethnic Albanians demonstrated in Serbia": an ethnic group is coded by the
            # country it lives in, where the sentence places it
            located = self._located_in(span)
            country = located or country
            ethnic = located is None
            minority = located is not None and located != self.kb.demonyms[span.text]
        ref = next((p for p in reversed(self.memory.persons) if p.country == country), None)
        singular = span.text.endswith(("an", "ese", "ish", "i", "ch")) and not span.text.endswith(
            "ans")
        if singular and ref is not None and ref.country == country:
            actor = Actor(text=span.text, name=ref.name, code=ref.code, country=ref.country,
                          role=ref.role, kb_id=ref.kb_id, start=self.base + span.start_char,
                          end=self.base + span.end_char, ner="NORP")
        else:
            entry = self.kb.countries.get(country)
            if entry is None:
                return
            actor = self._actor(span, entry, "NORP")
        if ethnic:
            self.unplaced_ethnic.add(actor.start)
        elif minority:
            # people of the state they live in, as a minority (CVL; roles.tsv lists
            # "minorities" there): their own state's acts on them stay events
            actor = replace(actor, code=country + "CVL", role="CVL", kb_id=f"role:{country}CVL")
        self._add(Mention(span.start, span.end, actor, "kb"))

    def _surname_of_other(self, span: Span, entry: KbEntry, ents) -> bool:
        """The KB name is only the last part of a longer personal name the NER found, whose
        given names are none of the KB person's ("Saleh" in "Osman Saleh" is not Ali
        Abdullah Saleh; "Abdullah Saleh" may be him): another person of that surname."""
        known = {w.lower() for w in entry.name.split()}
        for e in ents:
            if e.label_ != "PERSON" or not (e.start < span.start and e.end == span.end):
                continue
            given = [t for t in self.doc[e.start:span.start] if t.pos_ == "PROPN"
                     and t.is_title and t.lower_ not in self.kb.role_nouns]
            if given and not any(t.lower_ in known for t in given):
                return True
        return False

    def _titled(self, span: Span, actor: Actor) -> Actor:
        """A person the KB knows as out of office on this date, titled in the text with a
        current office ("Russian Foreign Minister Andrei Kozyrev" in a story the KB dates
        after his term, or an undated one): the text's title wins, unless it says former."""
        before = self.doc[max(0, span.start - 4):span.start]
        if any(t.lower_ in {"former", "ex", "ex-", "ousted", "late", "deposed", "exiled"}
               for t in before):
            return actor
        _country, role = self._title_of(span)
        if role is None or role == FORMER_ROLE:
            return actor
        return replace(actor, code=(actor.country or "") + role, role=role)

    def _located_in(self, span: Span) -> str | None:
        """The country a locative phrase of the span's clause names ("in southeastern
        Serbia")."""
        heads = [span.root.head]
        for _depth in range(2):  # "in a gunbattle in southeastern Serbia"
            pobjs = [pobj for h in heads for prep in h.children
                     if prep.dep_ == "prep" and prep.lower_ in {"in", "throughout", "across",
                                                                "inside"}
                     for pobj in prep.children if pobj.dep_ == "pobj"]
            for pobj in pobjs:
                m = self.by_token.get(pobj.i)
                # (a capital places it too: "ethnic Russians rallied in Riga")
                if m is not None and m.actor.kb_id and m.actor.kb_id.startswith(
                        ("country:", "government:")) and m.actor.country:
                    return m.actor.country
            heads = pobjs
        return None

    def _pick(self, text: str) -> KbEntry | None:
        return self.kb.best(text, self.day)

    def _remember_person(self, span: Span, actor: Actor) -> None:
        self.memory.last_person = actor
        self.memory.persons.append(actor)
        tokens = [t for t in span if t.is_alpha or "-" in t.text]
        if len(tokens) >= 2:
            self.memory.surnames.setdefault(tokens[-1].text, actor)

    def _person_entity(self, span: Span) -> None:
        surname = span[-1].text
        known = self.memory.surnames.get(surname) if len(span) == 1 else None
        if known is None and len(span) == 1:
            known = self.memory.surnames.get(span.text)
        if known is not None:
            actor = Actor(text=span.text, name=known.name, code=known.code,
                          country=known.country, role=known.role, kb_id=known.kb_id,
                          start=self.base + span.start_char, end=self.base + span.end_char,
                          ner="PERSON")
            self._add(Mention(span.start, span.end, actor, "surname"))
            self.memory.last_person = actor
            self.memory.persons.append(actor)
            return
        country, role = self._title_of(span)
        if country and country.startswith(("IGO", "NGO")):
            code = country  # an organisation's official is coded as the organisation
        else:
            code = (country + (role or "")) if country else None
        actor = Actor(text=span.text, name=span.text, code=code, country=country, role=role,
                      ner="PERSON", start=self.base + span.start_char,
                      end=self.base + span.end_char)
        self._add(Mention(span.start, span.end, actor, "unknown"))
        self._remember_person(span, actor)

    def _title_of(self, span: Span) -> tuple[str | None, str | None]:
        """Country and role from a title before a name ("Kenyan President Daniel Moi",
        "U.S. Secretary of State Warren Christopher") or an appositive after it
        ("Felipe Botero, a political expert at the University of the Andes")."""
        doc = self.doc
        words: list = []
        posted: list = []  # "to the UN" in "Kenyan envoy to the UN X": where, not whose
        i = span.start - 1
        while i >= 0 and len(words) < 7:
            t = doc[i]
            if t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.lower_ in {"of", "-", "'s"} or (
                    t.tag_ == "POS") or t.lower_ in OUT_OF_OFFICE:  # ("ousted" as a verb)
                words.insert(0, t)
                i -= 1
                continue
            j = i - 1 if t.lower_ == "the" else i
            title = doc[j - 1] if j >= 1 else None  # "Ambassador", "Permanent Representative"
            if (words and not posted and title is not None and doc[j].lower_ == "to"
                    and title.pos_ in {"NOUN", "PROPN"}
                    and (title.lower_ in self.kb.role_nouns or title.is_title)):
                posted, words = words, []
                i = j - 1
                continue
            break
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start and (
                head.lower_ in self.kb.role_nouns or head.lemma_.lower() in self.kb.role_nouns
                or head.lemma_.lower() in PERSON_TITLES):
            # "Eritrea's foreign minister, Osman Idris, said": the name is set off after
            # the title it is the apposition of (with the rank before the name: "Angola's
            # army chief, General X", "Israel's chief of staff, Lt. Gen. Y")
            words = [t for t in doc[head.left_edge.i : head.i + 1]
                     if t.pos_ not in {"PUNCT", "DET"}] + [
                t for t in doc[head.i + 1 : span.start] if t.pos_ not in {"PUNCT", "DET"}
                and span.root not in t.ancestors] + words
        before_title = any(t.lower_ in self.kb.role_nouns for t in words)
        out_of_office = any(t.lower_ in OUT_OF_OFFICE for t in words)  # (not "a former judge"
        # in an apposition: that says what the titled person was before)
        appos = [c for c in span.root.children if c.dep_ == "appos"]
        for a in appos:
            words.extend(t for t in a.subtree)
        country = role = None
        lowers = [t.lower_ for t in words]
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                phrase = " ".join(lowers[k : k + n])
                if role is None and phrase in self.kb.role_nouns:
                    role = self.kb.role_nouns[phrase]
        if role in STATE_TITLE_ROLES and out_of_office:
            # "former finance minister X", "ousted president Y": out of office, an elite
            # (ELI), no longer the state's organ
            role = FORMER_ROLE
        for t in words:
            m = self.by_token.get(t.i)
            if (role in {"GOV", "MIL", None} and m is not None and m.actor.code and m.actor.country
                    and m.actor.code[len(m.actor.country):] in ARMED_GROUP_ROLES):
                # "AQAP leader X", "Shabaab commander Y": the group's man, no government's
                return m.actor.country, m.actor.code[len(m.actor.country):]
            if country is None:
                country = self._country_of(t)
        for t in posted:
            if country is None:
                country = self._country_of(t)
        if country is None:
            # a title of one country's institutions says whose ("Sen. X", "MK Y")
            title = next((t.lower_ for t in words if t.lower_ in INSTITUTION_TITLES), None)
            if title is not None:
                story = (story_country(self.memory.countries, self.memory.lead_country)
                         if title in SHARED_TITLES else None)
                country = story if story in TITLE_COUNTRIES else INSTITUTION_TITLES[title]
        if country is None and appos and role is not None:
            # "Ana Ruiz, a political analyst": the setting of the passage; one titled before
            # the name ("Sen. X, the committee chairman") is of the country the story is
            # about, not the one named last (else the other side of the event may say)
            country = (story_country(self.memory.countries, self.memory.lead_country)
                       if before_title else self._main_country())
        return country, role

    def _main_country(self) -> str | None:
        """The country most recently in focus (the setting of the passage)."""
        return self.memory.last_country

    def _pair(self, tok: Token) -> None:
        """'the two', 'the pair', 'both leaders': the last two people the story named."""
        seen: list[Actor] = []
        for p in reversed(self.memory.persons):
            if p.code and all(p.kb_id != q.kb_id or p.name != q.name for q in seen):
                seen.append(p)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return
        pair = [Actor(text=tok.text, name=p.name, code=p.code, country=p.country, role=p.role,
                      kb_id=p.kb_id, start=self.base + tok.idx,
                      end=self.base + tok.idx + len(tok.text), ner="PRON")
                for p in reversed(seen)]
        self._add(Mention(tok.i, tok.i + 1, pair[0], "pronoun"))
        self.extra[tok.i] = pair[1:]

    def _it(self, tok: Token) -> None:
        """'it' as a subject refers to the nearest preceding country or organisation (in a
        later sentence, the subject of the last sentence that named one: "Britain
        sanctioned Iran. It also ..." is Britain)."""
        if tok.head.lemma_ in {"be", "seem", "appear", "remain", "take"}:
            return  # expletive "it is likely", "it takes"
        if tok.dep_ == "nsubjpass" and (
                any(c.dep_ == "ccomp" for c in tok.head.children)
                or (tok.head.lemma_.lower() in EXPLETIVE_PASSIVES
                    and any(c.dep_ == "xcomp" for c in tok.head.children))):
            return  # expletive "it was decided to", "it was agreed that" (not "it was
            # forced to": a state made to act)
        # (a town or region is where things happen, not who acts: "rebels meeting in
        # Doha ... accused it")
        before = [m for m in self.mentions if m.start < tok.i and m.actor.code
                  and not self._person_mention(m) and m.kind in {"kb", "role"}
                  and not (m.actor.kb_id or "").startswith("place:")
                  and not self._title_word(m)]
        if tok.lower_ == "its":
            # "its" agrees in number: not "Sudanese troops" ("Ethiopia said Sudanese troops
            # had entered its territory" is Ethiopia's)
            before = [m for m in before if self.doc[m.end - 1].tag_ not in {"NNS", "NNPS"}]
        if not before:
            return
        if tok.dep_ == "poss":
            near = [m for m in self.mentions if tok.sent.start <= m.start < tok.i
                    and m.kind in {"role", "unknown"}]
            last_near = max(near, key=lambda m: m.start) if near else None
            if last_near is not None and not last_near.actor.code and self.doc[
                    last_near.end - 1].tag_ in {"NN", "NNP"} and not any(
                    m.start > last_near.start and m.actor.code for m in before):
                # "agreed to speak to the Senate committee for its inquiry": the body just
                # named, which the KB does not know, not a state named before it
                return
        clause = tok.head
        joined = clause.dep_ == "conj" or (clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONCEDING_MARKS for c in clause.children))
        if joined and any(c.dep_ == "nsubj" and c.ent_type_ == "ORG" and (
                c.i not in self.by_token or not self.by_token[c.i].actor.code)
                for c in clause.head.children):
            return  # "the HNC took part in talks, but it was not invited": a body not known
        speaker = self._speaker_of(tok)
        if speaker is not None and speaker in before:
            # "X accused the group of bias, saying it will ...": who says it
            before = [speaker]
        last = max(before, key=lambda m: m.start)
        sent = self.doc[last.start].sent
        subjects = [m for m in before if sent.start <= m.start < sent.end
                    and self._is_subject(m)]
        if sent.start != tok.sent.start:
            # in a later sentence, the subject of the last sentence that named one; with no
            # subject, its last mention that is no owner of a thing ("... allowing it to
            # regroup in the country's rural areas. It ..." is the group, not the country)
            owners = {m.start for m in before if sent.start <= m.start < sent.end
                      and self.doc[m.start:m.end].root.dep_ == "poss"}
            others = [m for m in before if sent.start <= m.start < sent.end
                      and m.start not in owners]
            # (the main clause's subject before a subordinate one: "Seoul asked that Tokyo
            # return the files. It also ..." is Seoul)
            main = [m for m in subjects if self._main_clause_verb(self.doc[self._subject_verb(m)])]
            last = (max(main or subjects, key=lambda m: m.start) if subjects
                    else max(others, key=lambda m: m.start) if others else last)
        else:
            # in a clause joined to the one whose subject named it, or conceding something
            # to it, that subject, not a later object ("Russia tabled a draft for Syria,
            # though it insisted ...": Russia; not "sanctioned Iran after it tested ...")
            clause = tok.head
            if clause.dep_ == "conj" or (clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in CONCEDING_MARKS for c in clause.children)):
                over = [m for m in subjects if self._subject_verb(m) == clause.head.i]
                last = max(over, key=lambda m: m.start) if over else last
        if self._in_thing_phrase(last) and tok.dep_ != "poss":
            # "hailed the refugee deal with Turkey, saying it helped ...": the thing whose
            # phrase names the actor is nearer than the actor it is with
            return
        ref = last.actor
        actor = Actor(text=tok.text, name=ref.name, code=ref.code, country=ref.country,
                      role=ref.role, kb_id=ref.kb_id, start=self.base + tok.idx,
                      end=self.base + tok.idx + len(tok.text), ner="PRON")
        self._add(Mention(tok.i, tok.i + 1, actor, "pronoun"))

    def _in_thing_phrase(self, m: Mention) -> bool:
        """The mention only completes the phrase of a singular thing that is a subject or
        object ("the deal with Turkey", "a report on Chile", "the study of Kenya's
        prisons"): an "it" after them stands for the thing."""
        node = self.doc[m.start:m.end].root
        for _ in range(4):
            if node.dep_ not in {"pobj", "prep", "poss", "compound", "nmod"} or (
                    node.head.i == node.i):
                return False
            node = node.head
            if node.pos_ == "NOUN" and node.dep_ not in {"pobj", "compound"}:
                return (node.tag_ == "NN" and node.i not in self.by_token
                        and node.dep_ in {"nsubj", "nsubjpass", "dobj"}
                        and node.lemma_.lower() in THING_ANTECEDENTS)
        return False

    def _person_mention(self, m: Mention) -> bool:
        """The mention names a person: by the KB entry when it has one (a group the tagger
        took for a person, "Al-Shabab", is none), else by the tagger."""
        kind = (m.actor.kb_id or "").split(":")[0]
        if kind and kind != "person":
            return False
        return kind == "person" or m.actor.ner in {"PERSON", "PRON"}

    def _title_word(self, m: Mention) -> bool:
        """The role mention is a title before a person's name ("MK" in "MK Dana Shor")."""
        t = self.doc[m.start]
        return m.kind == "role" and t.dep_ == "compound" and t.head.ent_type_ == "PERSON"

    def _speaker_of(self, tok: Token) -> Mention | None:
        """The actor that says the clause "it" is the subject of ("Oman said it would ...",
        "..., saying it will ..." with the subject of the clause the saying hangs on)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        if verb.lemma_.lower() not in SAYING:
            return None
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                m = self.by_token.get(subj.i)
                return m if m is not None and m.actor.ner not in {"PERSON", "PRON"} else None
            if verb.dep_ not in {"advcl", "xcomp", "conj"}:
                return None
            verb = verb.head
        return None

    def _home_speaker(self, tok: Token) -> Mention | None:
        """Who says the clause whose subject is "his/her/their country" ("the Turkish
        president said his country would ...")."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or (
                clause.head.lemma_.lower() not in SAYING):
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return self.by_token.get(subj.i) if subj is not None else None

    def _owned_role(self, head: Token, owner: Actor) -> None:
        """A role noun owned by what "its" stands for, as the subject of a reported act, is
        of the owner's country ("the Turkish navy said its ships fired ...": Turkish ships,
        wherever they sail)."""
        m = self.by_token.get(head.i)
        country = owner.country
        verb = head.head
        if head.dep_ != "nsubj" or any(c.tag_ == "MD" for c in verb.children):
            # only the doer of a reported act ("its jets struck ..."); what it owns as the
            # object of its own act, or a stance about what its forces would do, stays
            return
        if (m is None or m.actor.code is not None or not m.actor.role or not country
                or not (m.actor.kb_id or "").startswith("role:")):
            return
        code = country if country.startswith(("IGO", "NGO")) else country + m.actor.role
        actor = replace(m.actor, code=code, country=country,
                        kb_id=f"role:{country}{m.actor.role}")
        m.actor = actor

    def _leader_of(self, tok: Token) -> str | None:
        """The country an "X-led" modifier names ("the Saudi-led coalition", "US-led
        forces"): who leads a joint force acts for it (not "Iranian-backed": backing is
        no leading)."""
        for child in tok.children:
            if child.dep_ == "amod" and child.lemma_.lower() == "lead":
                for g in child.children:
                    if g.dep_ in {"npadvmod", "compound", "nmod", "amod", "advmod"}:
                        # (a name glued to "-led" is not taken as a mention: look it up)
                        entry = self._pick(g.text)
                        country = self._country_of(g) or (
                            entry.country if entry is not None
                            and entry.kind in {"country", "government"} else None)
                        if country:
                            return country
        return None

    def _led_group(self, tok: Token) -> bool:
        """'the Saudi-led coalition', 'a French-led mission': a joint body is coded as the
        country that leads it."""
        if tok.lemma_.lower() not in LED_GROUPS:
            return False
        country = self._leader_of(tok)
        entry = self.kb.countries.get(country) if country else None
        if entry is None:
            return False
        left = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"amod", "det"}])
        actor = self._actor(Span(self.doc, left, tok.i + 1), entry)
        self._add(Mention(tok.i, tok.i + 1, replace(actor, kb_id=f"led:{country}"), "role"))
        return True

    def _they(self, tok: Token) -> None:
        """'they' as an active subject in a later sentence: the subject of the last sentence
        before it, when that names several actors ("Egypt and Jordan met. They condemned
        ...") or a plural group ("Chilean police raided ... They detained ...")."""
        before = [m for m in self.mentions if m.start < tok.i and m.actor.code
                  and m.kind != "pronoun" and self.doc[m.start].sent.start != tok.sent.start]
        if not before:
            return
        sent = self.doc[max(before, key=lambda m: m.start).start].sent
        subjects = [m for m in before if sent.start <= m.start < sent.end
                    and self._is_subject(m)]
        actors: list[Actor] = []
        for m in subjects:
            for a in [m.actor, *self.extra.get(m.start, [])]:
                if a.code and all(a.code != b.code for b in actors):
                    actors.append(a)
        plural = len(actors) >= 2 or (len(subjects) == 1 and subjects[0].kind == "role" and (
            self.doc[subjects[0].end - 1].tag_ in {"NNS", "NNPS"}
            or self.doc[subjects[0].end - 1].lemma_.lower() in COLLECTIVE_NOUNS))
        if not actors or not plural:
            return
        here = [replace(a, text=tok.text, start=self.base + tok.idx,
                        end=self.base + tok.idx + len(tok.text), ner="PRON") for a in actors]
        self._add(Mention(tok.i, tok.i + 1, here[0], "pronoun"))
        if len(here) > 1:
            self.extra[tok.i] = here[1:]

    def _them(self, tok: Token) -> None:
        """'them' as the object of the second of two joined verbs is the first verb's object
        ("seized 20 fishermen and took them to Karachi")."""
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            return
        objs = [c for c in verb.head.children if c.dep_ == "dobj"]
        inside = {t.i for o in objs for t in o.subtree}
        found = [m for m in self.mentions if m.start in inside and m.actor.code]
        if not found:
            return
        m = min(found, key=lambda m: m.start)
        ref = m.actor
        self._add(Mention(tok.i, tok.i + 1, replace(
            ref, text=tok.text, start=self.base + tok.idx,
            end=self.base + tok.idx + len(tok.text), ner="PRON"), "pronoun"))
        if self.extra.get(m.start):
            self.extra[tok.i] = list(self.extra[m.start])

    def _head_of(self, tok: Token) -> bool:
        """'the leader of the rebels', 'a spokesman for the Taliban', 'the head of
        Colombia's army': who heads or speaks for a group, or for a role of a country, is
        coded as it (not as a government of no country)."""
        if tok.lemma_.lower() not in HEAD_NOUNS and tok.lower_ not in HEAD_NOUNS:
            return False
        for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                  for g in c.children if g.dep_ == "pobj"):
            m = self.by_token.get(g.i)
            if m is not None and m.actor.code and m.actor.role and (
                    m.actor.kb_id or "").split(":")[0] in {"group", "role"}:
                self._add(Mention(tok.i, tok.i + 1, replace(
                    m.actor, text=tok.text, start=self.base + tok.idx,
                    end=self.base + tok.idx + len(tok.text)), "role"))
                return True
        return False

    def _role_phrase(self, tok: Token) -> bool:
        """'Colombian police', 'US forces', "Venezuela's army", 'the government of Colombia',
        'soldiers from Gondor', 'Hungarian and Romanian officials' (one actor per country).
        True when the phrase is resolved to an actor (a country's role or a group)."""
        if self._led_group(tok) or self._head_of(tok):
            return True
        role = self._role_noun(tok)
        if role is None:
            return False
        if self._group_member(tok):
            return True
        role, countries, minority = self._role_countries(tok, role)
        return self._add_role(tok, role, countries, minority)

    def _role_noun(self, tok: Token) -> str | None:
        """The role a noun phrase names ("opposition leader", "army officers", "rebel
        negotiators"), or None when it names none or only the topic or the sides of a deal."""
        if (tok.dep_ == "compound" and tok.pos_ == "NOUN"
                and tok.head.lemma_.lower() in TOPIC_HEADS and not any(
                    c.dep_ in {"amod", "compound", "poss", "nmod"} for c in tok.children)):
            return None  # "the refugee deal with Turkey": what the deal is about, no side
        role = None
        for child in tok.children:
            # "opposition leader", "aid worker", "border guards": the two-word noun first
            if child.dep_ in {"compound", "amod"} and child.i == tok.i - 1:
                pair = (self.kb.role_nouns.get(f"{child.lower_} {tok.lower_}")
                        or self.kb.role_nouns.get(f"{child.lower_} {tok.lemma_.lower()}"))
                # (an adjective only when it makes people an armed band: "armed men",
                # "masked men", or a person's title of a word that is no role alone: "the
                # first lady"; "the ruling party" stays a party)
                if child.dep_ == "compound" or pair == "UAF" or (
                        pair and tok.lower_ in PERSON_TITLES
                        and tok.lower_ not in self.kb.role_nouns):
                    role = pair
        role = role or self.kb.role_nouns.get(tok.lower_) or self.kb.role_nouns.get(
            tok.lemma_.lower())
        if role is None and tok.pos_ != "PROPN" and tok.lemma_.lower() not in THING_HEADS:
            # "army officers", "police chiefs": the role noun is a compound of the head (of a
            # common noun: "General Motors" is a name; not of a text of law: "the foreign
            # agents law")
            for child in tok.children:
                if child.dep_ == "compound" and child.lower_ in self.kb.role_nouns:
                    role = self.kb.role_nouns[child.lower_]
                    break
        if role is None:
            return None
        if tok.lemma_.lower() == "party" and tok.tag_ == "NNS" and any(
                c.dep_ == "det" and c.lower_ == "the"
                for c in tok.children) and not any(
                c.dep_ in {"amod", "compound", "poss", "nmod", "prep"} for c in tok.children):
            return None  # "the parties are to sign the accord": the sides of a deal
        if role in {"GOV", "EDU"} and tok.lemma_.lower() in PERSONAL_ROLE_HEADS:
            # "military experts", "military advisers", "police officials": a security
            # force's people are of that force, not government or experts at large
            for child in tok.children:
                other = self.kb.role_nouns.get(child.lower_)
                if child.dep_ in {"amod", "compound"} and other in SECURITY_ROLES:
                    role = other
                    break
        if role == "GOV":
            # "the opposition delegation", "rebel negotiators": whom a delegate or official
            # stands for is said by the modifier naming a challenger of the state
            for child in tok.children:
                other = (self.kb.role_nouns.get(child.lower_)
                         or self.kb.role_nouns.get(child.lemma_.lower()))
                if child.dep_ in {"compound", "amod"} and other in CHALLENGER_ROLES:
                    role = other
                    break
        return role

    def _group_member(self, tok: Token) -> bool:
        """A role of a named group is the group: "Hamas fighters", "Islamic State
        militants"."""
        for child in tok.children:
            m = self.by_token.get(child.i)
            if (child.dep_ in {"compound", "poss", "nmod"} and m is not None and m.actor.kb_id
                    and m.actor.kb_id.startswith("group:")):
                self._add(Mention(tok.i, tok.i + 1, m.actor, "role"))
                return True
        return False

    def _nationalities(self, tok: Token) -> tuple[list[str], list[str], list[str]]:
        """The countries a role phrase's modifiers name: (named, located, owned)."""
        named: list[str] = []  # "Colombian police", "the government of Colombia"
        located: list[str] = []  # "lawmakers in Gondor": only when no nationality is named
        owned: list[str] = []  # "Venezuela's army", "his counterpart": the owner's country
        for child in tok.children:
            if child.dep_ == "poss":
                heads, into = [child], owned
            elif child.dep_ in {"amod", "compound", "nmod"}:
                heads, into = [child], named
            elif child.dep_ == "prep" and child.lower_ == "of":
                heads, into = [g for g in child.children if g.dep_ == "pobj"], named
            elif child.dep_ == "prep" and child.lower_ in {"in", "from", "throughout", "across"}:
                heads, into = [g for g in child.children if g.dep_ == "pobj"], located
            else:
                continue
            for h in heads:
                for t in [h, *(c for c in h.children if c.dep_ == "conj")]:
                    c = self._country_of(t)
                    if c is None and (child.dep_ in {"prep", "poss"} or (
                            child.dep_ == "compound" and t.i == tok.i - 1) or (
                            child.dep_ == "nmod" and t.pos_ == "PROPN")):
                        # "residents of the Syrian city of Homs": the place's nationality;
                        # "Rwandan Hutu militiamen": the nationality of the people named;
                        # "the Angolan government's defence minister": his owner's; "Lagos
                        # State Traders Association officials": the country in the name
                        c = next((k for g in t.subtree if g.i < t.i
                                  and g.dep_ in {"amod", "compound"}
                                  and (k := self._country_of(g))), None)
                    if c and c not in into:
                        into.append(c)
        return named, located, owned

    def _role_countries(self, tok: Token, role: str) -> tuple[str, list[str], bool]:
        """The role (a nationality may change its sense), the countries it is of (named,
        else where, else the leader of a led force, an earlier same head, an earlier
        paragraph's, or the story's country) and whether it is a people living elsewhere
        that the coder is to place (an ethnic minority named by its kin state only)."""
        named, located, owned = self._nationalities(tok)
        minority = bool(named) and (tok.lemma_.lower() in MINORITY_HEADS or any(
            c.dep_ in {"amod", "compound"} and _after_ethnic(c)
            and c.text in self.kb.demonyms for c in tok.children))
        # ("ethnic Albanian students": the people, whatever their role, live elsewhere)
        if minority and (owned or located):
            # "Bulgaria's Turkish minority", "the Serb population in Croatia": a people
            # living in another state is coded by where it lives, not by its kin state
            named, minority = [], False
        # a nationality of its own beats its owner's: "his Turkish counterpart", "Peru's
        # Chilean allies" are Turkish and Chilean, whoever "his" and Peru are
        named = named or owned
        countries = named or located
        if named and tok.lemma_.lower() in NATIONAL_SENSE:
            role = NATIONAL_SENSE[tok.lemma_.lower()]  # "Russian bombers": aircraft
        if not countries and (leader := self._leader_of(tok)):
            countries = [leader]  # "US-led forces"
        if not countries and (earlier := self._same_head_before(tok)):
            countries = [earlier]  # "the Russian Foreign Ministry said ... the ministry said"
        if not countries and not any(c.dep_ in {"prep", "nummod", "quantmod"}
                                     for c in tok.children) and (
                earlier := self.prior_roles.get(tok.lemma_.lower())):
            # "German prosecutors charge man" ... "Federal prosecutors say they have
            # charged ...": a role noun told bare is of the country an earlier paragraph
            # gave it (not one that says where its people are from: "envoys from 70
            # countries")
            countries = [earlier]
        elif len(named) == 1 and not named[0].startswith(("IGO", "NGO")):
            self.memory.roles[tok.lemma_.lower()] = named[0]
        if not countries and role in STORY_ROLES and self.story_country and (any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or (tok.pos_ == "PROPN" and role != "GOV")
                or any(c.lower_ in {"government", "regime"} and c.dep_ in {"compound", "amod"}
                       for c in tok.children)):
            # "the government", "the Senate", "Congress", "the supreme court",
            # "government forces" of the story's country
            countries = [self.story_country]
        return role, countries, minority

    def _add_role(self, tok: Token, role: str, countries: list[str], minority: bool) -> bool:
        """One mention per country (the first on the token, the rest as extras); with no
        country, an unresolved role mention (the coder may give it a domestic country)."""
        left = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"amod", "compound", "poss",
                                                                     "det", "nmod"}])
        span = Span(self.doc, left, tok.i + 1)
        if not countries:
            # "protesters", "the police": a role without a country; the coder may give it
            # the country of the actor it acts on (domestic events), else it stays unresolved.
            actor = Actor(text=span.text, name=None, code=None, country=None, role=role,
                          kb_id=f"role:{role}", start=self.base + span.start_char,
                          end=self.base + span.end_char, ner=None)
            self._add(Mention(tok.i, tok.i + 1, actor, "role"))
            return False
        actors = []
        for country in countries:
            code = country + role if not country.startswith(("IGO", "NGO")) else country
            entry = self.kb.countries.get(country)
            actors.append(Actor(text=span.text, name=f"{entry.name if entry else country} {role}",
                                code=code, country=country, role=role,
                                kb_id=f"role:{country}{role}", start=self.base + span.start_char,
                                end=self.base + span.end_char, ner=None))
        if minority:
            # "the Albanian minority" placed by nothing of its own: the coder places it
            # (sides._place_ethnic); "the Armenian population" only by a place its clause
            # names (a population is not always a minority)
            explicit = tok.lemma_.lower() in {"minority", "minorities"} or any(
                c.dep_ in {"amod", "compound"} and _after_ethnic(c)
                for c in tok.children)
            (self.unplaced_ethnic if explicit else self.unplaced_people).add(actors[0].start)
        self._add(Mention(tok.i, tok.i + 1, actors[0], "role"))
        if len(actors) > 1:
            self.extra[tok.i] = actors[1:]
        return True

    def _holder(self, tok: Token) -> Actor | None:
        """Who holds a place named by what holds it ("rebel-held districts of Homs",
        "Houthi-controlled areas", "opposition-run towns"): a force on it falls on them.
        A named group is itself; a challenger named by role is of the country of the place
        the phrase names ("of Homs"), else of no country yet."""
        for child in tok.children:
            if child.dep_ != "amod" or child.lemma_.lower() not in HOLDING_PARTICIPLES:
                continue
            for g in child.children:
                if g.dep_ not in {"npadvmod", "compound", "nmod", "amod", "advmod"}:
                    continue
                m = self.by_token.get(g.i)
                if m is not None and m.actor.code and (m.actor.kb_id or "").startswith(
                        "group:"):
                    return m.actor
                # (a name glued to "-held" is not taken as a mention: look it up)
                entry = self._pick(g.text) if m is None else None
                if entry is not None and entry.kind == "group":
                    return self._actor(self.doc[g.i:g.i + 1], entry)
                role = self.kb.role_nouns.get(g.lower_)
                if role not in {"REB", "OPP", "INS", "SEP"}:
                    continue
                country = next((c for p in tok.children if p.dep_ == "prep"
                                and p.lower_ in {"of", "in"} for o in p.children
                                if o.dep_ == "pobj" and (c := self._country_of(o))), None)
                left = min(t.i for t in (g, child, tok))
                span = Span(self.doc, left, tok.i + 1)
                return Actor(text=span.text, name=None,
                             code=country + role if country else None, country=country,
                             role=role, kb_id=f"role:{country or ''}{role}",
                             start=self.base + span.start_char, end=self.base + span.end_char)
        return None

    def _same_head_before(self, tok: Token) -> str | None:
        """The country of the last phrase of this paragraph before "the <noun>" with the
        same head noun and a nationality ("the Russian Foreign Ministry said ... 'we
        condemn it,' the ministry said": Russia's), when "the <noun>" has no other
        modifier but the words of a title ("the Irish prime minister ... the prime minister
        is to meet ...": Ireland's, whatever country the story is set in)."""
        kids = list(tok.children)
        if (tok.tag_ not in {"NN", "NNP"} or not any(c.lower_ == "the" for c in kids)
                or any(c.lower_ != "the" and (c.dep_ not in {"amod", "compound"}
                                              or c.pos_ == "PROPN" or self._country_of(c))
                       for c in kids)):
            return None
        title = {c.lower_ for c in kids if c.dep_ in {"amod", "compound"}}
        for t in reversed(self.doc[: tok.i]):
            if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            if not title <= {c.lower_ for c in t.children}:
                continue  # "the defence minister" is not the foreign minister before
            for c in t.children:
                if c.dep_ in {"amod", "compound", "poss", "nmod"} and (
                        country := self._country_of(c)):
                    return country
        return None

    def _country_of(self, tok: Token) -> str | None:
        if _stance_prefixed(tok):
            return None  # "pro-Russian rebels", "anti-Kenyan remarks": a stance, not a country
        # multi-word demonyms: "North Korean", "South African", "Sri Lankan" (the first word
        # may hang on the head noun: "Sri Lankan Tamil rebels")
        if tok.i > 0 and f"{self.doc[tok.i - 1].text} {tok.text}" in self.kb.demonyms:
            return self.kb.demonyms[f"{self.doc[tok.i - 1].text} {tok.text}"]
        if tok.text in self.kb.demonyms:
            return self.kb.demonyms[tok.text]
        m = self.by_token.get(tok.i)
        if m is not None and m.actor.country:
            return m.actor.country
        return None

    # -- lookup ----------------------------------------------------------------
    def actors_for(self, tok: Token) -> list[Actor]:
        """All actors a noun-phrase head stands for ("Hungarian and Romanian officials")."""
        first = self.actor_for(tok)
        if first is None:
            return []
        more = list(self.extra.get(tok.i, []))
        if tok.i not in self.by_token:
            # "the Turkish and Greek sides": one actor per coordinated nationality
            for child in tok.children:
                if child.dep_ in {"amod", "compound", "nmod"} and child.text in self.kb.demonyms:
                    for conj in child.children:
                        if conj.dep_ == "conj" and conj.text in self.kb.demonyms:
                            other = self.actor_for(conj)
                            if other is not None and other.code != first.code:
                                more.append(other)
        return [first, *more]

    def actor_for(self, tok: Token) -> Actor | None:
        """The actor a noun-phrase head stands for, if any."""
        if tok.i < self.dateline_end:
            return None  # the dateline's city and country say where the story was filed
        m = self.by_token.get(tok.i)
        if m is not None:
            return m.actor
        if (holder := self._holder(tok)) is not None:
            return holder
        if tok.text in self.kb.demonyms and tok.ent_type_ in NAMED_THING_ENTS:
            return None  # "the War of Resistance Against Japanese Aggression": part of a name
        if _stance_prefixed(tok):
            return None  # "anti-American protesters" are for or against, not of, the US
        if (tok.text in self.kb.demonyms and tok.dep_ in {"amod", "compound", "nmod"}
                and tok.head.lemma_.lower() in CULTURE_HEADS
                and tok.head.head.lemma_.lower() not in THING_HEADS):
            # "the Russian language", "French-language schools": no state (but "the
            # Ukrainian language law" is Ukraine's)
            return None
        if tok.text in self.kb.demonyms and tok.dep_ in {"amod", "compound", "nmod"}:
            # "the Japanese visit", "Russian airstrikes": the nationality owns the event noun
            entry = self.kb.countries.get(self.kb.demonyms[tok.text])
            if entry is not None:
                return self._actor(self.doc[tok.i : tok.i + 1], entry, "NORP")
        for child in tok.children:
            if child.dep_ in {"compound", "appos"} and child.i in self.by_token:
                actor = self.by_token[child.i].actor
                if (tok.lemma_.lower() in THING_HEADS and actor.code is None
                        and (actor.kb_id or "").startswith("role:")):
                    continue  # "the foreign agents law" is a law, not the agents
                if (child.dep_ == "compound" and tok.lemma_.lower() in NAMED_FOR_VENUE
                        and (actor.kb_id or "").startswith("government:")):
                    continue  # "the Vienna talks", "the Minsk agreements": where, not who
                return actor
        if tok.lemma_.lower() in HOME_NOUNS:
            # "his country would never recognise Cyprus", "their nation": the country of
            # whoever the possessive stands for
            for child in tok.children:
                if child.dep_ != "poss":
                    continue
                m = self.by_token.get(child.i) or self._home_speaker(tok)
                if (m is not None and m.actor.country
                        and (entry := self.kb.countries.get(m.actor.country)) is not None):
                    return self._actor(self.doc[tok.i:tok.i + 1], entry, "PRON")
        if tok.lemma_.lower() in BODY_HEADS:
            # "the UN human rights commission", "the EU election observer mission": a body
            # named for a topic is of the organisation or state named before the topic
            for child in tok.children:
                if child.dep_ not in {"compound", "nmod"}:
                    continue
                for g in child.subtree:
                    m = self.by_token.get(g.i)
                    if g.dep_ in {"compound", "nmod"} and m is not None and (
                            m.actor.kb_id or "").startswith(("igo:", "country:", "government:")):
                        return m.actor
            # "Iraq's Revolutionary Command Council", "the Supreme Council of Nigeria": a
            # body with a name of its own is of the state that owns it
            owners = [c for c in tok.children if c.dep_ == "poss"]
            if tok.pos_ == "PROPN":
                owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
            for g in owners:
                m = self.by_token.get(g.i)
                if m is not None and (m.actor.kb_id or "").startswith(("country:",
                                                                       "government:")):
                    return m.actor
        for child in tok.children:
            # "British prisoners", "an American tanker": the nationality stands for the owner
            if (child.dep_ in {"amod", "compound", "nmod"} and child.text in self.kb.demonyms
                    and not _stance_prefixed(child)):
                return self.actor_for(child)
        for child in tok.children:
            # "a Greek-flagged tanker", "a Panama-registered ship", "a British-owned
            # freighter": the flag or owner stands for the thing (not "Iranian-backed")
            if child.dep_ == "amod" and child.lemma_.lower() in OWNERSHIP_PARTICIPLES:
                for g in child.children:
                    entry = self._pick(g.text)
                    country = self.kb.demonyms.get(g.text) or (
                        entry.country if entry is not None
                        and entry.kind in {"country", "government"} else None)
                    if country and (e := self.kb.countries.get(country)) is not None:
                        return self._actor(self.doc[g.i:g.i + 1], e, "NORP")
        return None


PAIR_HEADS = {"two", "pair", "both", "duo"}
# Nouns that stand for a country when owned by someone of it ("his country").
HOME_NOUNS = {"country", "nation", "homeland", "motherland"}
# Heads of bodies often named for their topic after their owner ("the UN human rights
# commission", "the EU election observer mission").
BODY_HEADS = {"commission", "committee", "council", "panel", "agency", "body", "mission",
              "tribunal", "team", "delegation", "office", "department", "ministry", "envoy",
              "force", "fund", "programme", "program"}
# Named things a nationality inside whose name owns nothing ("the War of Resistance Against
# Japanese Aggression", "the Chinese Exclusion Act").
NAMED_THING_ENTS = {"EVENT", "LAW", "WORK_OF_ART"}
# Heads naming a person by what he does, that a security force's name before them makes
# that force's ("military advisers", "police officials").
PERSONAL_ROLE_HEADS = {"official", "expert", "adviser", "advisor", "spokesman", "spokeswoman",
                       "spokesperson", "specialist", "instructor", "trainer", "source",
                       "representative", "delegate", "planner", "staff", "personnel"}
SECURITY_ROLES = {"MIL", "COP", "SPY"}
# Words that name a part or kind of a place before its name ("East Jerusalem", "Greater
# London", "Old Delhi").
PLACE_WORDS = {"east", "west", "north", "south", "central", "greater", "downtown",
               "northern", "southern", "eastern", "western", "old", "new", "occupied", "upper",
               "lower", "inner", "outer", "metropolitan", "city", "port", "fort", "mount",
               "lake", "cape", "saint", "st", "st.", "san", "santa", "el", "al", "la", "le"}
# Marks of a clause that concedes or contrasts something to its main clause (whose subject
# an "it" in it stands for).
CONCEDING_MARKS = {"though", "although", "while", "whereas", "whilst"}
# Gatherings and the texts they adopt, often named for the city that hosted them ("the
# Vienna talks", "the Minsk agreements", "the Astana process"): the city is no party.
NAMED_FOR_VENUE = {"talk", "talks", "summit", "conference", "meeting", "negotiation",
                   "negotiations", "forum", "session", "round", "dialogue", "consultations",
                   "process", "accord", "accords", "agreement", "agreements", "declaration",
                   "format", "framework", "protocol"}
# Nouns for which a capital before them stands for its government's act or stance ("the
# Moscow line", "a Beijing proposal", "the Tehran regime").
CAPITAL_STANDS_FOR = {"decision", "move", "policy", "stance", "position", "statement",
                      "announcement", "response", "reaction", "plan", "proposal", "offer",
                      "demand", "claim", "regime", "leadership", "line", "approach", "strategy",
                      "bid", "push", "threat", "warning", "accusation", "call", "request",
                      "relation", "relations", "tie", "ties", "visit", "trip", "initiative",
                      "government", "administration", "authorities", "establishment"}
# Roles of the armed or opposition groups whose leaders and commanders are coded as the
# group ("AQAP leader X"), not as the government of its country.
ARMED_GROUP_ROLES = {"REB", "INS", "CRM", "OPP"}
# Head nouns of an office held by one person (an apposition headed so names a person).
PERSON_TITLES = {"coordinator", "commissioner", "rapporteur", "envoy", "minister", "president",
                 "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
                 "director", "director-general", "negotiator", "adviser", "advisor", "governor",
                 "mayor", "chairman", "chairwoman", "chairperson", "premier", "commander",
                 "lady", "leader"}


# Titles written before a person's name that PERSON_TITLES (heads of an apposition) lacks.
# (not words that are also given names: "Justice", "Prince", "King")
TITLE_WORDS = {"vice-president", "president", "prime", "lady", "general", "colonel",
               "lieutenant", "admiral", "senator", "deputy", "dr.", "mr.", "mrs.", "ms."}


def doc_word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


PAIR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}


def _is_pair(tok: Token) -> bool:
    """'the two' / 'the pair' / 'both' / 'the two leaders' heading a subject or object."""
    if tok.dep_ not in PAIR_DEPS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children) for c in tok.children):
        return False  # "two of the islands", "both of the bills": a part of things named
    if tok.lower_ in PAIR_HEADS:
        return tok.lower_ != "both" or not list(tok.children)
    return tok.lemma_.lower() in {"leader", "president", "man"} and any(
        c.lower_ in {"two", "both"} for c in tok.children)


# Prefixes that glue a stance to a nationality or name ("pro-Russian", "anti-American").
STANCE_PREFIXES = {"anti", "pro", "non"}


def _stance_prefixed(tok: Token) -> bool:
    """A nationality or name glued after "anti-" or "pro-" ("pro-Russian rebels",
    "anti-Kenyan statements"): it names whom someone is for or against, not their
    country."""
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and doc[tok.i - 2].lower_ in STANCE_PREFIXES)


DATELINE_DASHES = {"-", "--", "\u2014", "\u2013"}


def _dateline_end(doc: Doc) -> int:
    """The index of the dash that ends a dateline opening the block ("Islamabad, Pakistan
    --", "NAIROBI (Reuters) -", "Kabul -"), or 0: names and commas or brackets only, within
    the first eight words."""
    for tok in doc[:9]:
        if tok.text in DATELINE_DASHES or (tok.text.startswith("--") and tok.i > 0):
            head = doc[: tok.i]
            # ("Kenya - Uganda talks ..." is no dateline: one name in Title Case)
            marked = any(t.text in {",", "("} for t in head) or (
                len(head) == 1 and head[0].text.isupper() and len(head[0].text) > 2)
            return tok.i if marked else 0
        if not (tok.pos_ == "PROPN" or tok.text in {",", "(", ")"}):
            return 0
    return 0


def _acronym_of_name(span: Span) -> bool:
    """One upper-case word in brackets right after a proper name it is the apposition of
    ("the Montenegrin Teachers Union (MTU)"): the name's initials."""
    doc = span.doc
    return (len(span) == 1 and span[0].is_upper and span.start > 0 and span.end < len(doc)
            and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
            and span.root.dep_ == "appos" and span.root.head.pos_ == "PROPN")


def _glued(span: Span) -> bool:
    """A name fused by hyphens to a neighbouring word ("Boutros-Ghali", "Ghali-led")."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[
        span.start - 2].whitespace_ and not doc[span.start - 1].whitespace_
    after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[
        span.end - 1].whitespace_ and not doc[span.end].whitespace_
    return before or after


@lru_cache(maxsize=1)
def _ids() -> tuple[frozenset[int], ...]:
    """The ids _find compares token attributes with: PAIR_DEPS, PERSON_PRONOUNS, the
    POS of a role phrase's head, and "it", "its", "they", "them"."""
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    return (frozenset(get_string_id(d) for d in PAIR_DEPS),
            frozenset(get_string_id(w) for w in PERSON_PRONOUNS),
            frozenset(IDS[p] for p in ("NOUN", "PROPN")),
            frozenset(get_string_id(w) for w in ("it", "its", "they", "them")))


def _columns(doc: Doc) -> list[list[int]]:
    """The dependency, lower-case form and POS ids of every token of a Doc."""
    return [c.tolist() for c in doc.to_array(["DEP", "LOWER", "POS"]).reshape(len(doc), 3).T]


def _ner_of(span: Span, ents=None) -> str | None:
    """The label of the first entity inside the span (Span.ents); `ents`: the Doc's."""
    for ent in (span.doc.ents if ents is None else ents):
        if ent.start >= span.start:
            return ent.label_ if ent.end <= span.end else None
    return None


def _trim(ent: Span) -> Span | None:
    """Drop leading determiners and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].pos_ in {"DET", "PUNCT"}:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ == "PUNCT"):
        end -= 1
    return Span(doc, start, end) if end > start else None
