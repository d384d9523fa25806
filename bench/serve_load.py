"""Bounded loopback load on `eventwire serve`: N concurrent clients for S seconds on
/events and /timeline over a synthetic store of D documents.

    python bench/serve_load.py [--clients 200] [--seconds 30] [--documents 500]

Builds the store (hand-made events, no spaCy), starts `eventwire serve` on a free
127.0.0.1 port, runs the clients (httpx, asyncio), and prints requests, errors and
p50/p99 latency per endpoint. Not run in CI; never binds anything but loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.models import Actor, Document, Event, Place, Span
from eventwire.store import open_store

ACTORS = [Actor(t, n, c, c[:3], c[3:] or None, None) for t, n, c in [
    ("Trump", "Donald Trump", "USAGOV"), ("Petro", "Gustavo Petro", "COLGOV"),
    ("Russia", "Russia", "RUS"), ("Ukraine", "Ukraine", "UKR"), ("China", "China", "CHN"),
    ("Japan", "Japan", "JPN"), ("rebels", "rebels", "COLREB"), ("Maduro", "Maduro", "VENGOV"),
]]
PLACES = [Place("Washington", "USA", 38.9, -77.0), Place("Bogota", "COL", 4.6, -74.1),
          Place("Kyiv", "UKR", 50.4, 30.5), Place("Beijing", "CHN", 39.9, 116.4), None]
CODES = [("042", "Make a visit", 1.9, 1), ("057", "Sign formal agreement", 8.0, 2),
         ("112", "Accuse", -2.0, 3), ("130", "Threaten", -4.4, 3),
         ("190", "Use conventional military force", -10.0, 4)]
QUERIES = {
    "/events": [{"limit": 50}, {"dyad": "USA,COL", "both_directions": "true", "limit": 100},
                {"root": "19", "since": "2026-01-01"}, {"text": "talks", "limit": 20}],
    "/timeline": [{"dyad": "USA,COL", "by": "week"}, {"by": "month"},
                  {"actor": "RUS", "by": "day"}],
}


def build_store(path: Path, n_docs: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    docs, events = [], []
    start = date(2025, 1, 1)
    for i in range(n_docs):
        published = start + timedelta(days=rng.randrange(400))
        text = (f"Report {i}: officials held talks and traded accusations; "
                f"forces moved near the border while envoys met again. ") * 3
        doc = Document(text, published=published, source=f"wire{i % 7}", title=f"story {i}")
        docs.append(doc)
        for k in range(rng.randint(3, 9)):
            s, t = rng.sample(ACTORS, 2)
            cameo, label, g, q = rng.choice(CODES)
            day = published - timedelta(days=rng.randrange(3))
            at = (k * 17) % (len(text) - 20)
            events.append(Event(
                doc_id=doc.doc_id, sentence_index=k, sentence=text[:120],
                evidence=Span(at, at + 12, text[at:at + 12]), source=s, target=t,
                cameo=cameo, cameo_label=label, goldstein=g, quad_class=q,
                plover_event=None, plover_mode=None, rule="bench", confidence=0.8,
                date=day.isoformat(), date_precision="day", date_source="text",
                location=rng.choice(PLACES)))
    with open_store(path) as store:
        store.add(docs, events)
    return len(events)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client(http, url: str, deadline: float, stats: dict, rng: random.Random) -> None:
    while time.perf_counter() < deadline:
        path = rng.choice(list(QUERIES))
        params = rng.choice(QUERIES[path])
        t0 = time.perf_counter()
        why = None
        try:
            resp = await http.get(url + path, params=params)
            if resp.status_code != 200:
                why = f"HTTP {resp.status_code}"
        except Exception as exc:  # a refused or timed-out request is an error, not a crash
            why = type(exc).__name__
        entry = stats[path]
        entry["lat"].append(time.perf_counter() - t0)
        if why:
            entry["errors"] += 1
            entry["why"][why] = entry["why"].get(why, 0) + 1


async def run_load(url: str, clients: int, seconds: float) -> dict:
    import httpx

    stats = {p: {"lat": [], "errors": 0, "why": {}} for p in QUERIES}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as http:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(client(http, url, deadline, stats, random.Random(i))
                               for i in range(clients)))
    return stats


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--documents", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        n_events = build_store(db, args.documents)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db",
                                   str(db), "--host", "127.0.0.1", "--port", str(port)],
                                  stderr=subprocess.DEVNULL)
        try:
            import httpx

            for _ in range(150):
                try:
                    httpx.get(url + "/health", timeout=1).raise_for_status()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            cpu0 = cpu_seconds(server.pid)
            t0 = time.perf_counter()
            stats = asyncio.run(run_load(url, args.clients, args.seconds))
            elapsed = time.perf_counter() - t0
            server_cpu = cpu_seconds(server.pid) - cpu0
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"store: {args.documents} documents, {n_events} events; {args.clients} clients "
          f"for {args.seconds:g} s on 127.0.0.1")
    total = sum(len(s["lat"]) for s in stats.values())
    for path, s in stats.items():
        lat = s["lat"]
        if not lat:
            print(f"{path:10s} no requests completed")
            continue
        print(f"{path:10s} requests {len(lat):6d}  errors {s['errors']:4d}  "
              f"p50 {pct(lat, 50) * 1000:7.1f} ms  p99 {pct(lat, 99) * 1000:7.1f} ms"
              + (f"  ({s['why']})" if s["why"] else ""))
    print(f"total      {total} requests in {elapsed:.1f} s ({total / elapsed:.0f} req/s), "
          f"errors {sum(s['errors'] for s in stats.values())}")
    if total:
        # The server's own CPU per request: its capacity, whatever else loads the machine.
        print(f"server CPU {server_cpu:.1f} s, {server_cpu / total * 1000:.1f} ms per request")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 elsewhere)."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
