"""Places: mentions of places in parsed text, what each one means, and where an event was.

1. Mentions: GPE / LOC / FAC entities (and ORG or NORP ones that name a landmark, a region
   or a nationality), capitalised gazetteer names the tagger missed, towns it took for
   people ("Alexandria woman"), US state abbreviations after a comma ("Alexandria, La."),
   and a dateline at the start of the story ("CARACAS, Jan 3 (Reuters) -", "BOGOTA (AFP)
   —"). Nationalities and places inside organisation names are modifiers: context for
   the other mentions, never an event's location.
2. Meaning: each mention's gazetteer candidates are scored by kind and population, then
   by the document's context: countries and states named elsewhere in it, and an explicit
   qualifier ("Paris, Texas"). Unambiguous mentions are resolved first and seed the context.
3. An event's location is the place in a locative phrase on its trigger or the trigger's
   chain ("talks at the White House", "raid on Caracas", "agreed in Bogota to ..."),
   else the dateline, else None. A capital or seat of government that is the event's own
   source or target ("Bogota said", "Trump warned Caracas") is an actor, not its location,
   except for a physical attack on it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..coding.ontology import VIOLENT_ROOTS
from ..models import Actor, Place
from .gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    COUNTY,
    LANDMARK,
    OWN_KINDS,
    Candidate,
    Entry,
    Gazetteer,
    gazetteer,
    key,
)
from .segment import dateline

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions that put an event somewhere. "on" only after an event noun ("raid on
# Caracas"): after a verb it is mostly a date or a target ("called on Caracas").
LOCATIVE = {"in", "at", "near", "outside", "across", "into", "inside", "throughout",
            "around", "within", "off", "onto", "through"}  # not "over": "tensions over
# Venezuela" ("marched through Lagos" is in Lagos)
NOMINAL_ONLY = {"on"}
# CAMEO roots of physical acts against a place (violence, ontology.VIOLENT_ROOTS): the
# attacked capital is also where it was.
PHYSICAL_ROOTS = VIOLENT_ROOTS
# Links from a trigger to the words whose locative phrases also describe the event.
CHAIN_DEPS = {"xcomp", "dobj", "nsubjpass", "attr", "oprd", "pobj", "conj"}
# A place word before these means a larger unit; prefer divisions and regions.
DIVISION_WORDS = {"state", "province", "region", "oblast", "governorate", "department",
                  "prefecture", "district", "territory"}
# Nouns whose "of" phrase names the place: "the city of Aleppo", "outskirts of Kyiv".
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "state", "district",
               "area", "outskirts", "suburb", "suburbs", "port", "border", "centre", "center",
               "heart", "north", "south", "east", "west", "part", "parts", "coast", "county",
               "governorate", "oblast", "department", "municipality", "island", "islands",
               "neighbourhood", "neighborhood", "streets", "country"}
# Words before a place name that leave it the same place: "Northeast Georgia", "West Java".
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "central", "greater", "upper",
              "lower", "metro", "downtown", "rural", "coastal"}
# People and bodies a town name qualifies: "Alexandria woman", "Torrington police".
LOCAL_NOUNS = {"woman", "man", "resident", "police", "officer", "official", "council", "school",
               "city", "county", "area", "mayor", "hospital", "teen", "teenager", "boy", "girl",
               "family", "native", "couple", "firefighter", "department", "church", "board",
               "district", "neighborhood", "neighbourhood", "community", "home", "business"}
ROAD_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "boulevard", "blvd",
              "highway", "hwy", "lane", "ln", "parkway", "pkwy", "way", "pike", "route", "court",
              "place", "square", "circle", "trail", "bridge", "interstate"}
CONNECTORS = {"of", "de", "del", "la", "al", "el", "and", "-", "the"}

@dataclass(eq=False)
class PlaceMention:
    """A place named in the document: offsets into the document text."""

    start: int
    end: int
    text: str
    block_start: int  # offset of the parsed block it was found in (-1: not in a parse)
    tok_start: int = -1  # token span within that block's parse
    tok_end: int = -1
    candidates: list[Candidate] = field(default_factory=list)
    # a nationality ("Colombian") or a place inside a name ("the Texas Department of
    # Health"): a place mention and context, never an event's location
    modifier: bool = False
    source: str = "ner"  # ner | gazetteer | abbreviation | dateline | demonym
    prefer_division: bool = False
    qualifier: PlaceMention | None = None  # "Texas" in "Paris, Texas"
    entry: Entry | None = None  # what it means (a landmark's city for a landmark)
    named: Entry | None = None  # the entry the name matched (the landmark itself)
    score: float = 0.0
    margin: float = 0.0

    @property
    def place(self) -> Place | None:
        return self.entry.place() if self.entry is not None else None


# -- finding mentions -----------------------------------------------------------------

def _trim(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].pos_ in {"DET", "PUNCT"} or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ == "PUNCT"
                           or doc[end - 1].text in {"'s", "’s"}):
        end -= 1
    return start, end


def _capitalised(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and any(c.isalpha() for c in t)


# _capitalised by the id of a token's text (the scan reads every token of a block)
_CAPITALISED: dict[int, bool] = {}


@lru_cache(maxsize=1)
def _ids() -> tuple[frozenset[int], frozenset[int], int]:
    """The ids the scan compares token attributes with: the POS a name may have, the
    connector words, the comma (spaCy imported only by what reads a parse)."""
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    return (frozenset(IDS[p] for p in ("PROPN", "NOUN", "ADJ")),
            frozenset(get_string_id(w) for w in CONNECTORS), get_string_id(","))


def _columns(doc, *names: str) -> list[list[int]]:
    """Token attributes of a Doc by id, one list per attribute ("ORTH", "LOWER", "POS")."""
    return [c.tolist() for c in doc.to_array(list(names)).reshape(len(doc), len(names)).T]


def _capitalised_ids(doc, orths: list[int]) -> list[bool]:
    """_capitalised of each token, by the ids of their texts."""
    known = _CAPITALISED
    if len(known) > 1_000_000:
        known.clear()
    out = []
    for o in orths:
        c = known.get(o)
        if c is None:
            t = doc.vocab.strings[o]
            c = known[o] = t[:1].isupper() and any(ch.isalpha() for ch in t)
        out.append(c)
    return out


def _is_person(text: str, kb) -> bool:
    if kb is None:
        return False
    entries = kb.lookup(text)
    return bool(entries) and all(e.kind == "person" for e in entries)


class _BlockFinder:
    def __init__(self, gaz: Gazetteer, doc, base: int, kb) -> None:
        self.gaz = gaz
        self.doc = doc
        self.base = base
        self.kb = kb
        self.taken: set[int] = set()
        self.names: set[int] = set()  # tokens of organisation names
        self.out: list[PlaceMention] = []

    def mention(self, start: int, end: int, candidates: list[Candidate], **kw) -> PlaceMention:
        span = self.doc[start:end]
        m = PlaceMention(self.base + span.start_char, self.base + span.end_char, span.text,
                         self.base, start, end, candidates, **kw)
        self.out.append(m)
        self.taken.update(range(start, end))
        return m

    def lookup_span(self, start: int, end: int, facility: bool = False
                    ) -> tuple[int, int, list[Candidate], bool]:
        """Candidates for tokens [start, end): the whole span, then without a trailing
        division word ("Idlib province"), then its longest capitalised sub-span (a
        facility keeps the place it is named after: "Henderson County Jail")."""
        doc = self.doc
        text = doc[start:end].text
        if text in self.gaz.abbreviations and start > 0 and doc[start - 1].text == ",":
            return start, end, [Candidate(self.gaz.abbreviations[text], True)], False
        found = self.gaz.lookup(text)
        if found:
            return start, end, found, False
        if end - start >= 2 and doc[end - 1].lower_ in DIVISION_WORDS:
            found = self.gaz.lookup(doc[start : end - 1].text)
            if found:
                return start, end, found, True
        for n in range(end - start - 1, 0, -1):
            for s in range(start, end - n + 1):
                sub = doc[s : s + n]
                if not _capitalised(sub[0]) or not _capitalised(sub[-1]):
                    continue
                tail = doc[s + n : end]
                if any(_capitalised(t) and t.lower_ not in DIRECTIONS for t in doc[start:s]):
                    continue  # "Mount Washington", "Nueva Ecija" are other places
                if any(t.lower_.rstrip(".") in ROAD_WORDS for t in tail):
                    continue  # "Dublin Road" is a street, not Dublin
                # a place named after another ("Atlantic Beach") is not it, but a body or
                # building named after a place is there: "Rapides Parish Fire District",
                # "Henderson County Jail", "the Georgia Dome"
                kinds = {COUNTY, ADMIN1, COUNTRY} if any(_capitalised(t) for t in tail) and \
                    not facility else None
                found = [c for c in self.gaz.lookup(sub.text) if self._part_ok(c, facility)
                         and (kinds is None or self.gaz.entry(c.index).kind in kinds)]
                if found:
                    return s, s + n, found, False
        return start, end, [], False

    def _person_is_place(self, ent, start: int, end: int, text: str) -> bool:
        """A town the tagger took for a person ("of 1935 Orchard St., Alexandria, was"):
        a known place name the KB does not know as a person, after a locative
        preposition or before a ", State" qualifier. Adds the mention."""
        doc = self.doc
        if any(t.lower_ in {"county", "parish"} for t in doc[start:end]):
            s, e, found, _ = self.lookup_span(start, end, True)  # "Rapides Parish Fire"
            if found:
                self.mention(s, e, found, source="person-ner")
                self.taken.update(range(start, end))
            return bool(found)
        if end - start > 3 or self.kb is not None and any(
                e.kind == "person" for e in self.kb.lookup(text)):
            return False
        found = [c for c in self.gaz.lookup(text) if c.primary
                 and self.gaz.entry(c.index).kind not in {COUNTY, LANDMARK}]
        if not found:
            return False
        root = doc[start:end].root
        head = root.head
        after_prep = head.dep_ == "prep" and head.lower_ in LOCATIVE | {"from", "to", "of"}
        # "Alexandria woman charged", "Torrington police said"
        local = root.dep_ == "compound" and head.lemma_.lower() in LOCAL_NOUNS
        qualified = end + 1 < len(doc) and doc[end].text == "," and (
            doc[end + 1].text in self.gaz.abbreviations or any(
                self.gaz.entry(c.index).kind in {COUNTRY, ADMIN1}
                for c in self.gaz.lookup(doc[end + 1].text)))
        if not (after_prep or qualified or local):
            return False
        self.mention(start, end, found, source="person-ner")
        return True

    def _part_ok(self, c: Candidate, facility: bool = False) -> bool:
        """A part of a longer name may be any place but a small town ("Republic" in
        "Democratic Republic of ...") or a county without its word ("Henderson")."""
        e = self.gaz.entry(c.index)
        if e.kind == COUNTY:
            return c.primary
        return c.primary and (e.kind != CITY or e.population >= 100_000)

    def find(self) -> list[PlaceMention]:
        doc, gaz = self.doc, self.gaz
        for ent in doc.ents:
            start, end = _trim(doc, ent.start, ent.end)
            if end <= start:
                continue
            text = doc[start:end].text
            if ent.label_ == "NORP":
                iso3 = gaz.demonyms.get(key(text))
                if iso3 and iso3 in gaz.countries:
                    self.mention(start, end, [Candidate(gaz.countries[iso3], True)],
                                 modifier=True, source="demonym")
                continue
            if ent.label_ in PLACE_LABELS:
                if _is_person(text, self.kb):
                    continue  # "Petro" tagged GPE
                if not any(_capitalised(t) for t in doc[start:end]) or not (
                        _capitalised(doc[start]) or doc[start].like_num):
                    self.taken.update(range(start, end))  # "metro", "the north"
                    continue
                s, e, found, division = self.lookup_span(start, end, ent.label_ == "FAC")
                if found:
                    self.mention(s, e, found, prefer_division=division)
                elif text in gaz.abbreviations:  # "D.C.", "W.Va." tagged on their own
                    self.mention(start, end, [Candidate(gaz.abbreviations[text], True)],
                                 source="abbreviation")
                elif gaz.demonyms.get(key(text)) in gaz.countries:  # "Sri Lankan" as GPE
                    iso3 = gaz.demonyms[key(text)]
                    self.mention(start, end, [Candidate(gaz.countries[iso3], True)],
                                 modifier=True, source="demonym")
                else:  # a place the gazetteer does not know: kept, unresolved
                    self.mention(start, end, [])
            elif ent.label_ == "ORG":
                # "Oval Office" comes out as ORG: own landmarks and regions
                found = [c for c in gaz.lookup(text) if gaz.entry(c.index).kind in OWN_KINDS]
                if found:
                    self.mention(start, end, found)
                else:  # places inside the name are modifiers: "the Georgia School Board"
                    self.names.update(range(ent.start, ent.end))
            elif ent.label_ == "PERSON" and self._person_is_place(ent, start, end, text):
                continue
            elif ent.label_ in {"PERSON", "WORK_OF_ART", "EVENT"}:
                self.taken.update(range(ent.start, ent.end))
        self._scan()
        self._abbreviations()
        self.out.sort(key=lambda m: m.start)
        self._qualifiers()
        return self.out

    def _scan(self) -> None:
        """Capitalised gazetteer names outside entities: countries, states, regions,
        landmarks, and large cities written as proper nouns."""
        doc, gaz = self.doc, self.gaz
        i = 0
        n = len(doc)
        if not n:
            return
        # (token attributes by id, read once for the block: _capitalised, the POS a
        # name may have, a connector word)
        orths, lowers, poses = _columns(doc, "ORTH", "LOWER", "POS")
        caps = _capitalised_ids(doc, orths)
        scan_pos, connectors, _comma = _ids()
        while i < n:
            if i in self.taken or not caps[i] or poses[i] not in scan_pos:
                i += 1
                continue
            hit = None
            for size in range(min(5, n - i), 0, -1):
                if any(j in self.taken for j in range(i, i + size)):
                    continue
                if not caps[i + size - 1] or any(
                        not caps[j] and lowers[j] not in connectors
                        for j in range(i, i + size)):
                    continue
                span = doc[i : i + size]
                found = gaz.lookup(span.text)
                if any(self._scan_ok(c, span) for c in found):
                    # found by a trustworthy reading; decided among all its readings
                    hit = (size, [c for c in found if gaz.entry(c.index).kind != COUNTY])
                    break
            if hit is None:
                i += 1
                continue
            size, found = hit
            self.mention(i, i + size, found, source="gazetteer",
                         modifier=any(j in self.names for j in range(i, i + size)))
            i += size

    def _scan_ok(self, c: Candidate, span) -> bool:
        e = self.gaz.entry(c.index)
        if e.kind == COUNTY:  # "Kanawha County", "Rapides Parish": plainly places
            return c.primary and span[-1].lower_ in {"county", "parish", "borough"}
        if e.kind != CITY:
            return c.primary
        return c.primary and e.population >= 100_000 and all(t.pos_ == "PROPN" for t in span)

    def _abbreviations(self) -> None:
        """AP state abbreviations after a comma: 'Dublin, Ga.', 'Charleston, W.Va.'."""
        doc = self.doc
        if not len(doc):
            return
        (orths,) = _columns(doc, "ORTH")
        comma = _ids()[2]
        for i in range(1, len(doc)):
            if i in self.taken or orths[i - 1] != comma:
                continue
            tok = doc[i]
            target = self.gaz.abbreviations.get(tok.text)
            if target is None and tok.i + 1 < len(doc):  # "W. Va." in two tokens
                target = self.gaz.abbreviations.get(tok.text + " " + doc[tok.i + 1].text)
                if target is not None:
                    self.mention(tok.i, tok.i + 2, [Candidate(target, True)],
                                 source="abbreviation")
                    continue
            if target is not None:
                self.mention(tok.i, tok.i + 1, [Candidate(target, True)], source="abbreviation")

    def _qualifiers(self) -> None:
        """'Paris, Texas', 'Kyiv, Ukraine': the second place qualifies the first."""
        doc = self.doc
        for a, b in zip(self.out, self.out[1:], strict=False):
            if a.modifier or b.modifier or a.tok_end + 1 != b.tok_start:
                continue
            if doc[a.tok_end].text != ",":
                continue
            kinds = {self.gaz.entry(c.index).kind for c in b.candidates}
            if kinds & {COUNTRY, ADMIN1}:
                a.qualifier = b


def block_mentions(doc, base: int = 0, *, gaz: Gazetteer | None = None, kb=None
                   ) -> list[PlaceMention]:
    """Place mentions in one parsed block; `base` is the block's offset in the document."""
    return _BlockFinder(gaz or gazetteer(), doc, base, kb).find()


def find_dateline(text: str, start: int, gaz: Gazetteer | None = None) -> PlaceMention | None:
    """A dateline opening the line of `start` (the first body block, which segment cut
    the dateline off): 'CARACAS, Jan 3 (Reuters) -'."""
    gaz = gaz or gazetteer()
    line = text.rfind("\n", 0, start) + 1
    m = dateline(text, line if text[line:start].strip() else start)
    if m is None:
        return None
    place = m.group("place")
    found = [c for c in gaz.lookup(place) if gaz.entry(c.index).kind != COUNTY]
    if not found:
        return None
    s, e = m.span("place")
    mention = PlaceMention(s, e, text[s:e], -1, candidates=found, source="dateline")
    qual = m.group("qual")
    if qual:
        qfound = [c for c in gaz.lookup(qual) if gaz.entry(c.index).kind in {COUNTRY, ADMIN1}]
        qfound += [Candidate(gaz.abbreviations[qual], True)] if qual in gaz.abbreviations else []
        if qfound:
            qs, qe = m.span("qual")
            mention.qualifier = PlaceMention(qs, qe, qual, -1, candidates=qfound,
                                             source="dateline")
    return mention


# -- deciding what each mention means -------------------------------------------------

@dataclass
class Context:
    """Countries and first-level divisions the document talks about."""

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)

    def add(self, e: Entry, weight: float = 1.0) -> None:
        if e.country:
            self.countries[e.country] += weight
        if e.kind in {CITY, COUNTY} and e.admin1 and e.country:
            self.admin1[(e.country, e.admin1)] += weight
        elif e.kind == ADMIN1 and e.country:
            self.admin1[(e.country, e.admin1 or key(e.name))] += weight

    def remove(self, e: Entry, weight: float = 1.0) -> None:
        if e.country:
            self.countries[e.country] -= weight
        if e.kind in {CITY, COUNTY} and e.admin1 and e.country:
            self.admin1[(e.country, e.admin1)] -= weight
        elif e.kind == ADMIN1 and e.country:
            self.admin1[(e.country, e.admin1 or key(e.name))] -= weight


# Prior of each kind of place, on the scale of log10(population) of a city.
BASE = {COUNTRY: 8.0, ADMIN1: 7.0, "region": 7.5, "sea": 7.5, LANDMARK: 7.5, COUNTY: 4.5}
CAPITAL_BONUS = 1.5
FAME = 0.5  # times log10(1 + number of alternate names): Geneva (CH) over Geneva (IL)
COUNTRY_BONUS = (0.5, 1.0)  # a, b: a + b * share of the country among the document's places
ADMIN1_BONUS = 3.5  # a city in a state the document names
ALTERNATE_PENALTY = 1.5
MODIFIER_WEIGHT = 0.5  # a nationality or a place inside a name counts less as context


def _score(gaz: Gazetteer, c: Candidate, m: PlaceMention, ctx: Context | None,
           prefer_city: bool = False) -> float:
    e = gaz.entry(c.index)
    if e.kind == CITY:
        s = math.log10(max(e.population, 1000)) + (CAPITAL_BONUS if e.capital else 0.0)
        s += FAME * math.log10(1 + e.names)
        if prefer_city:
            s += 3.0
    else:
        s = BASE.get(e.kind, 6.0)
    if not c.primary:
        s -= ALTERNATE_PENALTY
    if m.prefer_division and e.kind != CITY:
        s += 3.0
    if m.qualifier is not None and m.qualifier.entry is not None:
        q = m.qualifier.entry
        if q.kind == COUNTRY and e.country == q.country:
            s += 10.0
        elif q.kind == ADMIN1 and e.country == q.country and (
                e.admin1 == q.admin1 or (e.admin1 is None and e.kind == CITY)):
            s += 10.0
        elif q.kind == CITY and q.country == e.country and q.admin1 == e.admin1:
            s += 10.0  # "Washington, D.C."
    if ctx is not None and e.country:
        n = ctx.countries.get(e.country, 0)
        if n > 0:  # more for the country the document is mostly about
            a, b = COUNTRY_BONUS
            s += a + b * n / max(1, sum(v for v in ctx.countries.values() if v > 0))
        a1 = e.admin1 or (key(e.name) if e.kind == ADMIN1 else None)
        if e.kind in {CITY, ADMIN1, COUNTY} and ctx.admin1.get((e.country, a1), 0) > 0:
            s += ADMIN1_BONUS
    return s


def _choose(gaz: Gazetteer, m: PlaceMention, ctx: Context | None, prefer_city: bool = False
            ) -> None:
    if not m.candidates:
        return
    # a name's own places first; another place's alternate name only for a big city
    # ("Kiev", "Bombay"), not for the small towns whose alternates are common words
    candidates = [c for c in m.candidates if c.primary] or [
        c for c in m.candidates if gaz.entry(c.index).kind != CITY
        or gaz.entry(c.index).population >= 100_000]
    candidates += _world_cities(gaz, m, candidates, ctx)
    if not candidates:
        m.entry = m.named = None
        return
    scored = sorted(((_score(gaz, c, m, ctx, prefer_city), c.index)
                     for c in candidates), reverse=True)
    best, index = scored[0]
    if _contradicted(gaz.entry(index), m, ctx):
        m.entry = m.named = None
        return
    m.named = gaz.entry(index)
    m.entry = gaz.resolved(index)
    m.score = best
    m.margin = best - scored[1][0] if len(scored) > 1 else 99.0


# A world city spelled the way another, much smaller town's own name is spelled ("St.
# Petersburg" in a story about Russia, "Alexandria" in one about Egypt) competes with
# that town when the document names the world city's country; the scores decide.
# Only for city names: a country's name does not compete with its capital's alternates.
WORLD_CITY = 1_000_000
WORLD_CITY_RATIO = 4


def _world_cities(gaz: Gazetteer, m: PlaceMention, primary: list[Candidate],
                  ctx: Context | None) -> list[Candidate]:
    entries = [gaz.entry(c.index) for c in primary]
    if ctx is None or not entries or any(e.kind != CITY for e in entries):
        return []
    floor = max(WORLD_CITY, WORLD_CITY_RATIO * max(e.population for e in entries))
    return [c for c in m.candidates if not c.primary and gaz.entry(c.index).kind == CITY
            and gaz.entry(c.index).population >= floor
            and ctx.countries.get(gaz.entry(c.index).country, 0) > 0]


# A town this small abroad, in a country the document otherwise never names, is more
# likely a homonym of a place the gazetteer lacks (it holds cities of 15,000 people and
# more): "Palm Beach" in a story set in Florida is not the Australian town.
SMALL_CITY = 50_000
CONTEXT_MIN = 2.0


def _contradicted(e: Entry, m: PlaceMention, ctx: Context | None) -> bool:
    """Leave a mention unresolved rather than place it where its own qualifier ("Palm
    Beach, Florida") or the whole document says it is not."""
    q = m.qualifier.entry if m.qualifier is not None else None
    if (q is not None and q.kind == ADMIN1 and e.kind == CITY and q.country
            and e.country and q.country != e.country):
        return True  # a town and its state; a list of places ("Peru, Chile") is not that
    if ctx is None or e.kind != CITY or e.capital or e.population >= SMALL_CITY:
        return False
    if m.qualifier is not None or m.source == "dateline" or not e.country:
        return False
    total = sum(v for v in ctx.countries.values() if v > 0)
    return total >= CONTEXT_MIN and ctx.countries.get(e.country, 0) <= 0


def resolve_mentions(mentions: Sequence[PlaceMention], gaz: Gazetteer | None = None,
                     context: Context | None = None) -> Context:
    """Decide what each mention means, in the context of the document so far.

    Mentions that are clear on their own (one candidate, or a wide margin) are decided
    first and, with `context` (what earlier blocks named), form the context for the
    rest. Returns the context including these mentions."""
    gaz = gaz or gazetteer()
    quals = {id(m.qualifier): m.qualifier for m in mentions if m.qualifier is not None}
    # qualifiers first, so that "Paris, Texas" is decided knowing what "Texas" is
    every = [*quals.values(), *(m for m in mentions if id(m) not in quals)]
    for m in every:  # first pass: kind and population only
        _choose(gaz, m, None, prefer_city=m.source == "dateline")
    ctx = Context(Counter(context.countries), Counter(context.admin1)) if context else Context()
    sure = {id(m) for m in every if m.entry is not None and m.margin >= 1.5}
    for m in every:
        if id(m) in sure:
            ctx.add(m.entry, _weight(m))
    # second pass: with the rest of the document as context; mentions of the same name
    # are one piece of evidence, so none of them counts as context for the others
    groups: dict[str, list[PlaceMention]] = {}
    for m in every:
        if m.entry is not None:
            groups.setdefault(key(m.text), []).append(m)
    for group in groups.values():
        own = [m for m in group if id(m) in sure]
        for m in own:
            ctx.remove(m.entry, _weight(m))
        for m in group:
            _choose(gaz, m, ctx, prefer_city=m.source == "dateline")
        for m in own:
            if m.entry is not None:
                ctx.add(m.entry, _weight(m))
    out = Context(Counter(context.countries), Counter(context.admin1)) if context else Context()
    for m in every:
        if m.entry is not None:
            out.add(m.entry, _weight(m))
    return out


def _weight(m: PlaceMention) -> float:
    return MODIFIER_WEIGHT if m.modifier else 1.0


# -- where an event happened ----------------------------------------------------------

def _overlaps(m: PlaceMention, actor: Actor | None) -> bool:
    """The place is (part of) an actor that stands for a state: a capital or seat of
    government ("Bogota said") or a country ("Venezuela accused ...")."""
    if actor is None or actor.start is None or actor.end is None:
        return False
    if not (actor.kb_id or "").startswith(("government:", "country:")):
        return False  # "Rebels seized Goma": the town is no actor of state
    return m.start < actor.end and actor.start < m.end


class DocumentPlaces:
    """The places of one document, block by block, answering `location()` for its events.

    Feed each parsed block with `add_block` in document order (the dateline is looked
    for at the first one); a block's mentions are decided with what the document named
    so far, so a long document never needs all its parses at once."""

    def __init__(self, text: str, kb=None, gaz: Gazetteer | None = None) -> None:
        self.text = text
        self.kb = kb
        self.gaz = gaz or gazetteer()
        self.mentions: list[PlaceMention] = []
        self.dateline: PlaceMention | None = None
        self.context = Context()
        self._by_block: dict[int, dict[int, PlaceMention]] = {}
        self._started = False

    @classmethod
    def build(cls, text: str, parsed: Iterable[tuple[object, object]], kb=None,
              gaz: Gazetteer | None = None) -> DocumentPlaces:
        """From (block, spaCy doc) pairs such as Engine.parse gives."""
        places = cls(text, kb, gaz)
        for block, doc in parsed:
            places.add_block(block, doc)
        return places

    def add_block(self, block, doc) -> list[PlaceMention]:
        """Find and decide the places of one parsed block (a segment.Block and its Doc)."""
        found = block_mentions(doc, block.start, gaz=self.gaz, kb=self.kb)
        extra: list[PlaceMention] = []
        if not self._started and getattr(block, "kind", "body") == "body":
            self._started = True
            self.dateline = find_dateline(self.text, block.start, self.gaz)
            if self.dateline is not None:
                extra.append(self.dateline)
        self.context = resolve_mentions([*extra, *found], self.gaz, self.context)
        if self.dateline is not None and self.dateline.entry is None:
            self.dateline = None
        self.mentions.extend(found)
        tokens = self._by_block.setdefault(block.start, {})
        for m in found:
            for i in range(m.tok_start, m.tok_end):
                tokens[i] = m
        return found

    def resolved(self) -> list[PlaceMention]:
        """Decided mentions in text order, with the dateline unless a mention covers it."""
        out = [m for m in self.mentions if m.entry is not None]
        d = self.dateline
        if d is not None and not any(m.start < d.end and d.start < m.end for m in out):
            out.append(d)
        return sorted(out, key=lambda m: m.start)

    def at(self, block_start: int, token: int) -> PlaceMention | None:
        return self._by_block.get(block_start, {}).get(token)

    def _usable(self, block_start: int, tok) -> PlaceMention | None:
        m = self.at(block_start, tok.i)
        if m is None or m.entry is None or m.modifier:
            return None
        return m

    def phrase_place(self, block_start: int, pobj) -> PlaceMention | None:
        """The place a prepositional object names (see _phrase_place), or None."""
        return self._phrase_place(block_start, pobj)

    def _phrase_place(self, block_start: int, pobj, depth: int = 0) -> PlaceMention | None:
        """The place a prepositional object names: itself ("in Caracas", "at the White
        House"), a name on it ("at the Caracas airport") or owning it ("near Raqqa's main
        square"), or a place further in ("at a farm in Pandi", "in the city of Aleppo")."""
        m = self._usable(block_start, pobj)
        if m is not None:
            return m
        for child in pobj.children:
            if child.dep_ in {"compound", "appos", "nmod", "poss"}:
                m = self._usable(block_start, child)
                if m is not None:
                    return m
        if depth >= 3:
            return None
        for child in pobj.children:
            word = child.lower_
            if child.dep_ != "prep" or not (
                    word in LOCATIVE or (word == "of" and pobj.lemma_.lower() in PLACE_NOUNS)):
                continue
            for gc in child.children:
                if gc.dep_ == "pobj":
                    m = self._phrase_place(block_start, gc, depth + 1)
                    if m is not None:
                        return m
        return None

    def clause_places(self, doc, block_start: int, trigger: Sequence[int]
                      ) -> list[tuple[PlaceMention, str]]:
        """(place, how) for the locative phrases on the trigger tokens or their chain,
        nearest first; `how` is "phrase" ("in Caracas") or "name" ("the Caracas raid")."""
        heads = []
        seen: set[int] = set()
        for i in trigger:
            if not 0 <= i < len(doc):
                continue
            tok = doc[i]
            steps = 0
            while tok.i not in seen and steps < 3:
                seen.add(tok.i)
                heads.append(tok)
                if tok.dep_ not in CHAIN_DEPS or tok.head.i == tok.i:
                    break
                if tok.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                              for c in tok.children):
                    break  # "X met Y in Paris and Z attacked W": another clause
                tok = tok.head
                steps += 1
        phrases: list[tuple[PlaceMention, str]] = []
        names: list[tuple[PlaceMention, str]] = []
        attached: list[tuple[PlaceMention, str]] = []
        for h in heads:
            nominal = h.pos_ in {"NOUN", "PROPN"}
            for child in h.children:
                word = child.lower_
                locative = word in LOCATIVE or (nominal and word in NOMINAL_ONLY)
                if child.dep_ == "prep" and locative:
                    for pobj in child.children:
                        if pobj.dep_ in {"pobj", "pcomp"}:
                            m = self._phrase_place(block_start, pobj)
                            if m is not None:
                                phrases.append((m, "phrase"))
                elif nominal and child.dep_ in {"compound", "nmod"}:
                    m = self._usable(block_start, child)  # "the Caracas raid"
                    if m is not None:
                        names.append((m, "name"))
                else:
                    # the parser often hangs the place on the object: "met the minister
                    # in Tbilisi", "clashed with police in Nairobi"
                    for obj in self._objects(child):
                        for prep in obj.children:
                            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                                for pobj in prep.children:
                                    m = (self._phrase_place(block_start, pobj)
                                         if pobj.dep_ == "pobj" else None)
                                    if m is not None:
                                        attached.append((m, "phrase"))
        return phrases + attached + names

    @staticmethod
    def _objects(child) -> list:
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return [child]
        if child.dep_ == "prep" and child.lower_ not in {"of", "on"}:
            return [g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
        return []

    def location(self, doc, block_start: int, trigger: Sequence[int], code: str,
                 source: Actor | None = None, target: Actor | None = None) -> Place | None:
        """Where an event happened: its clause's place, else the dateline, else None."""
        physical = code[:2] in PHYSICAL_ROOTS
        for m, how in self.clause_places(doc, block_start, trigger):
            if _overlaps(m, source) or _overlaps(m, target):
                # "warned Caracas", "US raid": an actor, not a location; but the
                # target of a physical attack phrase ("raid on Caracas") is where it was
                if not (physical and how == "phrase" and _overlaps(m, target)):
                    continue
            return m.place
        if self.dateline is not None:
            return self.dateline.place
        return None


def find_places(text: str, *, nlp=None, kb=None, include_headline: bool = True
                ) -> list[PlaceMention]:
    """Every resolved place mention of a text, the dateline included (for evaluation and
    exploration; coding uses DocumentPlaces block by block)."""
    from .pipeline import PIPE_BATCH_SIZE, load_pipeline
    from .segment import segment

    nlp = nlp or load_pipeline()
    kinds = {"body", "headline"} if include_headline else {"body"}
    blocks = [b for b in segment(text) if b.kind in kinds]
    docs = nlp.pipe((text[b.start : b.end] for b in blocks), batch_size=PIPE_BATCH_SIZE)
    places = DocumentPlaces.build(text, zip(blocks, docs, strict=True), kb)
    return places.resolved()
