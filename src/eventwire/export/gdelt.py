"""The GDELT 2.0 event table: its 61 columns, in GDELT's order, from the store."""

from __future__ import annotations

from ..analysis.clusters import clustered_events_sql
from ..store.queries import EventFilter

# GDELT 2.0 Event Database codebook, event table columns in file order.
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

# How each column is filled. Fields eventwire does not code (ethnicity, religion,
# tone, actor geography, ADM codes) are left empty (NULL) as GDELT does when unknown.
_EXPR = {
    # A stable 63-bit integer from the event_id hash (GDELT's ids are integers).
    "GLOBALEVENTID": "CAST(('0x' || substr(e.event_id, 1, 15))::UBIGINT AS BIGINT)",
    "SQLDATE": "CAST(strftime(e.day, '%Y%m%d') AS INTEGER)",
    "MonthYear": "CAST(strftime(e.day, '%Y%m') AS INTEGER)",
    "Year": "year(e.day)",
    "FractionDate": "round(year(e.day) + (dayofyear(e.day) - 1) / 365.0, 4)",
    "Actor1Code": "e.source_code",
    "Actor1Name": "upper(coalesce(e.source_name, e.source_text))",
    "Actor1CountryCode": "e.source_country",
    "Actor1Type1Code": "e.source_role",
    "Actor2Code": "e.target_code",
    "Actor2Name": "upper(coalesce(e.target_name, e.target_text))",
    "Actor2CountryCode": "e.target_country",
    "Actor2Type1Code": "e.target_role",
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
    "ActionGeo_Type": ("CASE WHEN e.location_geonameid IS NOT NULL THEN 4"
                       " WHEN e.location_country IS NOT NULL THEN 1 END"),
    "ActionGeo_FullName": "e.location_name",
    "ActionGeo_CountryCode": "e.location_country",
    "ActionGeo_Lat": "e.location_lat",
    "ActionGeo_Long": "e.location_lon",
    "ActionGeo_FeatureID": "CAST(e.location_geonameid AS VARCHAR)",
    "DATEADDED": "CAST(strftime(d.ingested_at, '%Y%m%d%H%M%S') AS BIGINT)",
    "SOURCEURL": "coalesce(d.url, d.origin)",
}


def gdelt_sql(f: EventFilter | None = None) -> tuple[str, list]:
    """SELECT producing GDELT 2.0 event rows (events with a day only, as in GDELT)."""
    inner, params = clustered_events_sql(f)
    cols = ",\n    ".join(f'{_EXPR.get(c, "NULL")} AS "{c}"' for c in GDELT_COLUMNS)
    sql = (f"SELECT\n    {cols}\nFROM ({inner}) e JOIN documents d USING (doc_id)\n"
           f"ORDER BY e.day, e.doc_id, e.sentence_index, e.event_id")
    return sql, params
