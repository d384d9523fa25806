"""The REST API of `eventwire serve` through FastAPI's test client: endpoints, paging,
errors and limits, the same numbers as the CLI, and a property-based run over the query
parameters that must never produce a 500 nor change the database file."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
pytest.importorskip("httpx", reason="the test extra (httpx) is not installed")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from eventwire.cli import app as cli  # noqa: E402
from eventwire.errors import QueryTimeout  # noqa: E402
from eventwire.web import ServerSettings, create_app  # noqa: E402
from eventwire.web.database import ReadOnlyDatabase  # noqa: E402
from explore_store import build  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db):
    app = create_app(ServerSettings(db=db, max_body=2000))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def error_of(resp, status: int, code: str) -> str:
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert (err["status"], err["code"]) == (status, code)
    return err["message"]


def test_health_and_openapi(client):
    assert client.get("/health").json()["events"] == 9
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/events", "/events/{event_id}", "/timeline", "/top", "/documents/{doc_id}",
            "/actors/lookup", "/health", "/code", "/places"} <= set(paths)


def test_events_filter_and_cursor_paging(client):
    everything = client.get("/events", params={"limit": 500}).json()["events"]
    assert len(everything) == 6  # negated, hypothetical, background left out
    seen, cursor = [], None
    while True:
        page = client.get("/events", params={"limit": 2, **({"cursor": cursor} if cursor
                                                             else {})}).json()
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [e["event_id"] for e in everything]
    dyad = client.get("/events", params={"dyad": "COL,USA", "root": "05"}).json()["events"]
    assert [(e["source"]["code"], e["cameo"]) for e in dyad] == [("COLGOV", "057")]
    allkinds = client.get("/events", params={"include_negated": True,
                                             "include_hypothetical": True,
                                             "include_background": True}).json()
    assert allkinds["count"] == 9
    assert client.get("/events", params={"text": "SIGNED"}).json()["count"] == 2


def test_event_and_document_with_span(client):
    [ev] = client.get("/events", params={"code": "057"}).json()["events"]
    one = client.get(f"/events/{ev['event_id']}").json()
    assert one["document"]["title"] == "Accord" and one["evidence"]["text"] == "signed"
    doc = client.get(f"/documents/{ev['doc_id']}").json()
    span = next(s for s in doc["events"] if s["event_id"] == ev["event_id"])
    assert doc["text"][span["start"]:span["end"]] == "signed"
    error_of(client.get("/events/" + "0" * 40), 404, "E405")
    error_of(client.get("/documents/abc"), 404, "E405")
    error_of(client.get("/no/such/path"), 404, "E405")


def test_actor_lookup(client):
    codes = [a["code"] for a in client.get("/actors/lookup", params={"q": "col"}).json()
             ["actors"]]
    assert codes == ["COLGOV"]


def test_malformed_filters_are_422_with_a_clear_message(client):
    assert "dyad" in error_of(client.get("/events", params={"dyad": "USA"}), 422, "E401")
    assert "since" in error_of(client.get("/timeline", params={"since": "2026-13-01"}), 422,
                               "E401")
    assert "root" in error_of(client.get("/top", params={"root": "77"}), 422, "E401")
    assert "limit" in error_of(client.get("/events", params={"limit": 501}), 422, "E401")
    assert "cursor" in error_of(client.get("/events", params={"cursor": "bm9wZQ"}), 422,
                                "E401")
    assert "by" in error_of(client.get("/timeline", params={"by": "hour"}), 422, "E401")


def test_timeline_and_top_match_the_cli(client, db):
    api = client.get("/timeline", params={"dyad": "USA,COL", "both_directions": True,
                                          "by": "week"}).json()["rows"]
    res = CliRunner().invoke(cli, ["timeline", "--db", str(db), "--dyad", "USA", "COL",
                                   "--both-directions", "--by", "week", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["period"], int(r["events"]), float(r["goldstein_sum"]), r["top_roots"])
            for r in rows] == [(r["period"], r["events"], r["goldstein_sum"], r["top_roots"])
                               for r in api]
    top = client.get("/top", params={"by": "dyad", "rank": "hostile", "limit": 1}).json()
    assert top["rows"][0]["source"] == "RUSMIL"


def test_code_is_off_without_a_token(client):
    msg = error_of(client.post("/code", json={"text": "Russia invaded Ukraine."}), 403, "E402")
    assert "--token" in msg


def test_code_needs_the_bearer_token(db, engine):
    app = create_app(ServerSettings(db=db, token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as c:
        body = {"text": "Russia invaded Ukraine.", "published": "2022-02-24"}
        error_of(c.post("/code", json=body), 403, "E402")
        error_of(c.post("/code", json=body, headers={"Authorization": "Bearer wrong"}), 403,
                 "E402")
        ok = c.post("/code", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200, ok.text
        assert [e["cameo"] for e in ok.json()["events"]] == ["192"]
        assert ok.json()["stored"] is False
        assert c.get("/health").json()["events"] == 9  # nothing was stored


def test_body_over_the_limit_is_413(client):
    big = b'{"text": "' + b"x" * 5000 + b'"}'
    error_of(client.post("/code", content=big, headers={"Content-Type": "application/json"}),
             413, "E403")

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 500

    error_of(client.post("/code", content=chunks(), headers={"Content-Type": "application/json"}),
             413, "E403")


def test_slow_query_is_stopped(db):
    slow = ReadOnlyDatabase(db, timeout=0.2)
    try:
        with pytest.raises(QueryTimeout):
            slow.query("SELECT count(*) FROM range(100000000000) a WHERE hash(a.range) = 1")
    finally:
        slow.close()


def test_database_is_read_only(client):
    import duckdb

    cur = client.app.state.db.store.con.cursor()
    with pytest.raises(duckdb.Error, match="read-only"):
        cur.execute("DELETE FROM events")


# ---- property-based: any query parameters give JSON, never a 500, never a write --------

_text = st.text(max_size=30)
_value = st.one_of(_text, st.integers(-5, 600).map(str), st.sampled_from(
    ["USA,COL", "COL", "2026-01-05", "true", "false", "18,19", "04", "negated", "threat",
     "0.5", "nan", "-1", "", ",", "%", "'; DROP TABLE events; --"]))
_params = st.dictionaries(st.sampled_from([
    "dyad", "both_directions", "actor", "country", "code", "root", "quad_class", "since",
    "until", "text", "polarity", "modality", "min_confidence", "include_negated",
    "include_hypothetical", "include_background", "limit", "cursor", "by", "rank", "q",
]), _value, max_size=6)
_paths = st.sampled_from(["/events", "/timeline", "/top", "/places", "/actors/lookup",
                          "/events/abc123", "/documents/00ff"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(path=_paths, params=_params)
def test_no_query_gives_a_500(client, path, params):
    resp = client.get(path, params=params)
    assert resp.status_code in (200, 404, 422), (path, params, resp.text)
    body = resp.json()
    if resp.status_code != 200:
        assert body["error"]["code"].startswith("E4")


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(body=st.one_of(_json, st.fixed_dictionaries({"text": st.text(max_size=50),
                                                    "published": _text})),
       raw=st.binary(max_size=3000))
def test_no_code_request_gives_a_500(client, body, raw):
    for resp in (client.post("/code", json=body), client.post("/code", content=raw)):
        assert resp.status_code in (403, 413, 422), resp.text
        assert resp.json()["error"]["code"].startswith("E4")


def test_no_endpoint_writes_to_the_file(db, client):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for path in ("/events", "/timeline", "/top", "/places", "/actors/lookup", "/health"):
        assert client.get(path).status_code == 200
    client.post("/code", json={"text": "x"})
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_demo_database_serves_out_of_the_box(tmp_path, engine):
    db = tmp_path / "demo.duckdb"
    res = CliRunner().invoke(cli, ["demo", "--db", str(db)])
    assert res.exit_code == 0, res.output
    with TestClient(create_app(ServerSettings(db=db))) as c:
        assert c.get("/health").json()["events"] > 5
        dyad = c.get("/events", params={"dyad": "USA,COL", "both_directions": True}).json()
        assert dyad["count"] > 3
        assert c.get("/timeline", params={"dyad": "USA,COL", "both_directions": True}
                     ).json()["rows"]
