"""The GDELT 2.0 event table: its 61 columns, in GDELT's order and with GDELT's codes,
from the store. Each column's rule is listed in docs/exports.md."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from ..analysis.clusters import clustered_events_sql
from ..store.queries import EventFilter
from .geo import GdeltGeo, GdeltPlaces

# GDELT 2.0 Event Database codebook, event table columns in file order, with the types
# its codebook gives them (codes stay strings: EventCode "042" is not the number 42).
GDELT_TYPES = {
    "GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "MonthYear": "INTEGER",
    "Year": "INTEGER", "FractionDate": "DOUBLE",
    **{f"Actor{n}{c}": "VARCHAR" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")},
    "IsRootEvent": "INTEGER", "EventCode": "VARCHAR", "EventBaseCode": "VARCHAR",
    "EventRootCode": "VARCHAR", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE",
    "NumMentions": "INTEGER", "NumSources": "INTEGER", "NumArticles": "INTEGER",
    "AvgTone": "DOUBLE",
    **{f"{g}Geo_{c}": t for g in ("Actor1", "Actor2", "Action") for c, t in (
        ("Type", "INTEGER"), ("FullName", "VARCHAR"), ("CountryCode", "VARCHAR"),
        ("ADM1Code", "VARCHAR"), ("ADM2Code", "VARCHAR"), ("Lat", "DOUBLE"),
        ("Long", "DOUBLE"), ("FeatureID", "VARCHAR"))},
    "DATEADDED": "BIGINT", "SOURCEURL": "VARCHAR",
}
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
# Non-state prefixes of CAMEO actor codes: international organisations (IGOUNO, NGOAMN)
# carry a known-group code after them; IMG (international militarised group) is a type.
_GROUP_PREFIXES = ("IGO", "NGO")
_TYPE_PREFIXES = ("IGO", "NGO", "IMG")


def _clean(col: str) -> str:
    """Text as one TSV field: GDELT files are not quoted, so tabs and line breaks go."""
    return f"regexp_replace({col}, '[\\t\\r\\n]+', ' ', 'g')"


def _geo_exprs(prefix: str, alias: str, lat: str | None = None,
               lon: str | None = None) -> dict[str, str]:
    return {
        f"{prefix}Geo_Type": f"{alias}.g_type",
        f"{prefix}Geo_FullName": _clean(f"{alias}.g_name"),
        f"{prefix}Geo_CountryCode": f"{alias}.g_country",
        f"{prefix}Geo_ADM1Code": f"{alias}.g_adm1",
        f"{prefix}Geo_Lat": f"coalesce({lat}, {alias}.g_lat)" if lat else f"{alias}.g_lat",
        f"{prefix}Geo_Long": f"coalesce({lon}, {alias}.g_lon)" if lon else f"{alias}.g_lon",
        f"{prefix}Geo_FeatureID": f"{alias}.g_feature",
    }


def _actor_exprs(n: int, side: str, alias: str) -> dict[str, str]:
    return {
        f"Actor{n}Code": f"e.{side}_code",
        f"Actor{n}Name": _clean(f"upper(coalesce(e.{side}_name, e.{side}_text))"),
        f"Actor{n}CountryCode": f"{alias}.a_country",
        f"Actor{n}KnownGroupCode": f"{alias}.a_group",
        f"Actor{n}Type1Code": f"{alias}.a_type1",
        f"Actor{n}Type2Code": f"{alias}.a_type2",
        f"Actor{n}Type3Code": f"{alias}.a_type3",
        **_geo_exprs(f"Actor{n}", alias),
    }


# How each column is filled; columns not listed (ethnicity, religion, AvgTone, ADM2)
# are empty: eventwire does not code them.
_EXPR = {
    # A stable 63-bit integer from the event_id hash (GDELT's ids are integers).
    "GLOBALEVENTID": "CAST(('0x' || substr(e.event_id, 1, 15))::UBIGINT AS BIGINT)",
    "SQLDATE": "CAST(strftime(e.day, '%Y%m%d') AS INTEGER)",
    "MonthYear": "CAST(strftime(e.day, '%Y%m') AS INTEGER)",
    "Year": "year(e.day)",
    "FractionDate": "round(year(e.day) + (dayofyear(e.day) - 1) / 365.0, 4)",
    **_actor_exprs(1, "source", "a1"),
    **_actor_exprs(2, "target", "a2"),
    # GDELT: 1 when the event is in the lead of the article.
    "IsRootEvent": "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END",
    "EventCode": "e.cameo",
    "EventBaseCode": "substr(e.cameo, 1, 3)",
    "EventRootCode": "e.cameo_root",
    "QuadClass": "e.quad_class",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "e.cluster_events",
    "NumSources": "e.cluster_sources",
    "NumArticles": "e.cluster_articles",
    **_geo_exprs("Action", "ag", "e.location_lat", "e.location_lon"),
    "DATEADDED": "CAST(strftime(d.ingested_at, '%Y%m%d%H%M%S') AS BIGINT)",
    # GDELT's SOURCEURL is "the URL or citation": the user's record id when no URL
    "SOURCEURL": _clean("coalesce(d.url, d.record_id, d.origin)"),
}

_GEO_FIELDS = [("g_type", pa.int32()), ("g_name", pa.string()), ("g_country", pa.string()),
               ("g_adm1", pa.string()), ("g_lat", pa.float64()), ("g_lon", pa.float64()),
               ("g_feature", pa.string())]
_PLACE_KEY = [("name", pa.string()), ("country", pa.string()), ("geonameid", pa.int64())]
_ACTOR_KEY = [("text", pa.string()), ("code", pa.string()), ("country", pa.string()),
              ("role", pa.string()), ("kb_id", pa.string())]
_ACTOR_FIELDS = [("a_country", pa.string()), ("a_group", pa.string()),
                 ("a_type1", pa.string()), ("a_type2", pa.string()), ("a_type3", pa.string())]


def actor_codes(code: str | None, country: str | None, role: str | None
                ) -> tuple[str | None, str | None, list[str]]:
    """(CountryCode, KnownGroupCode, type codes) of a CAMEO actor code, as GDELT splits
    them: IGOUNO -> (None, 'UNO', ['IGO']); USAGOV -> ('USA', None, ['GOV']);
    IMGINS -> (None, None, ['IMG', 'INS'])."""
    roles = [role[i:i + 3] for i in range(0, len(role or ""), 3)]
    prefix = (code or "")[:3]
    if prefix in _TYPE_PREFIXES:
        group = None
        if prefix in _GROUP_PREFIXES:
            rest = code[3:]
            if role and rest.endswith(role) and len(rest) > len(role):
                rest = rest[: -len(role)]  # IGOUNOMIL: the UN's military
            group = rest or None
        return None, group, [prefix, *(r for r in roles if r != prefix)][:3]
    # a state actor's country is its ISO alpha-3 (GDELT's actor country codes are CAMEO's,
    # not FIPS); anything else in the country field is not a country
    is_country = country and len(country) == 3 and country.isalpha() and country.isupper()
    return (country if is_country else None), None, roles[:3]


def _geo_row(g: GdeltGeo | None) -> dict:
    if g is None:
        return {name: None for name, _ in _GEO_FIELDS}
    return {"g_type": g.type, "g_name": g.full_name, "g_country": g.country,
            "g_adm1": g.adm1, "g_lat": g.lat, "g_lon": g.lon, "g_feature": g.feature_id}


def _table(rows: list[dict], fields: list[tuple[str, pa.DataType]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def place_table(con, where: str, params: list, places: GdeltPlaces) -> pa.Table:
    """GDELT geography of every distinct event location among the selected events."""
    rows = con.execute(
        f"SELECT location_name, location_country, location_geonameid,"
        f" any_value(location_lat), any_value(location_lon)"
        f" FROM events e WHERE location_name IS NOT NULL AND {where} GROUP BY ALL",
        params).fetchall()
    out = []
    for name, country, gid, lat, lon in rows:
        out.append({"name": name, "country": country, "geonameid": gid,
                    **_geo_row(places.geo(name, country, lat, lon, gid))})
    return _table(out, _PLACE_KEY + _GEO_FIELDS)


def actor_table(con, where: str, params: list, places: GdeltPlaces) -> pa.Table:
    """GDELT codes and own place of every distinct actor among the selected events."""
    sides = " UNION ".join(
        f"SELECT {s}_text, {s}_code, {s}_country, {s}_role, {s}_kb_id FROM events e"
        f" WHERE ({s}_text IS NOT NULL OR {s}_code IS NOT NULL) AND {where}"
        for s in ("source", "target"))
    out = []
    for text, code, country, role, kb_id in con.execute(sides, params + params).fetchall():
        a_country, group, types = actor_codes(code, country, role)
        types += [None] * (3 - len(types))
        geo = places.actor_geo(text, a_country, kb_id)
        out.append({"text": text, "code": code, "country": country, "role": role,
                    "kb_id": kb_id, "a_country": a_country, "a_group": group,
                    "a_type1": types[0], "a_type2": types[1], "a_type3": types[2],
                    **_geo_row(geo)})
    return _table(out, _ACTOR_KEY + _ACTOR_FIELDS + _GEO_FIELDS)


def _same(left: str, right: str, cols: list[tuple[str, pa.DataType]], prefix: str = ""
          ) -> str:
    return " AND ".join(f"{left}.{c} IS NOT DISTINCT FROM {right}.{prefix}{c}"
                        for c, _ in cols)


def gdelt_sql(f: EventFilter | None = None) -> tuple[str, list]:
    """SELECT producing GDELT 2.0 event rows (events with a day only, as in GDELT), given
    the tables `_gdelt_places` and `_gdelt_actors` (see write_gdelt)."""
    inner, params = clustered_events_sql(f)
    cols = ",\n    ".join(f'CAST({_EXPR.get(c, "NULL")} AS {GDELT_TYPES[c]}) AS "{c}"'
                          for c in GDELT_COLUMNS)
    place = " AND ".join((
        "ag.name = e.location_name",
        "ag.country IS NOT DISTINCT FROM e.location_country",
        "ag.geonameid IS NOT DISTINCT FROM e.location_geonameid"))
    sql = (f"SELECT\n    {cols}\nFROM ({inner}) e JOIN documents d USING (doc_id)\n"
           f"LEFT JOIN _gdelt_places ag ON {place}\n"
           f"LEFT JOIN _gdelt_actors a1 ON {_same('a1', 'e', _ACTOR_KEY, 'source_')}\n"
           f"LEFT JOIN _gdelt_actors a2 ON {_same('a2', 'e', _ACTOR_KEY, 'target_')}\n"
           f"ORDER BY e.day, e.doc_id, e.sentence_index, e.event_id")
    return sql, params


def write_gdelt(con, out: Path, f: EventFilter, *, header: bool = False) -> int:
    """Write the GDELT 2.0 event table of the events matching `f`; returns the rows.
    Tab-separated, unquoted, no header row unless `header` (GDELT's files have none)."""
    where, params = f.where("e")
    places = GdeltPlaces()
    con.register("_gdelt_places", place_table(con, where, params, places))
    con.register("_gdelt_actors", actor_table(con, where, params, places))
    try:
        sql, params = gdelt_sql(f)
        target = "'" + str(out).replace("'", "''") + "'"
        options = f"FORMAT csv, DELIMITER '\\t', HEADER {str(header).lower()}, QUOTE ''"
        rows = con.execute(f"COPY ({sql}) TO {target} ({options})", params).fetchall()
    finally:
        con.unregister("_gdelt_places")
        con.unregister("_gdelt_actors")
    return int(rows[0][0]) if rows else 0
