// eventwire dashboard: plain JS over the REST API, no build step and no network beyond
// this server (plotly.js and the world outline are served by it).
"use strict";

const $ = (id) => document.getElementById(id);
const QUADS = [
  ["verbal_coop", "verbal cooperation", "#4c9f70"],
  ["material_coop", "material cooperation", "#1f6f43"],
  ["verbal_conflict", "verbal conflict", "#e39b3a"],
  ["material_conflict", "material conflict", "#c0392b"],
];
let nextCursor = null;
let world = null;

class ApiError extends Error {}

async function api(path) {
  let resp;
  try {
    resp = await fetch(path, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(`cannot reach the server (${err.message})`);
  }
  let body = null;
  try { body = await resp.json(); } catch (_) { /* not JSON: reported below */ }
  if (!resp.ok) {
    const e = body && body.error;
    throw new ApiError(e ? `${e.code}: ${e.message} (HTTP ${e.status})` : `HTTP ${resp.status}`);
  }
  return body;
}

function showError(err) {
  const box = $("error");
  box.textContent = `API error — ${err.message}`;
  box.hidden = false;
}

function clearError() { $("error").hidden = true; $("error").textContent = ""; }

// The filter of the form as query parameters (the API's shared EventFilter).
function filterParams() {
  const p = new URLSearchParams();
  const src = $("source").value.trim(), tgt = $("target").value.trim();
  if (src && tgt) {
    p.set("dyad", `${src},${tgt}`);
    if ($("both").checked) p.set("both_directions", "true");
  } else if (src || tgt) {
    p.set("actor", src || tgt);
  }
  if ($("since").value) p.set("since", $("since").value);
  if ($("until").value) p.set("until", $("until").value);
  if ($("text").value.trim()) p.set("text", $("text").value.trim());
  if ($("negated").checked) {
    ["include_negated", "include_hypothetical", "include_background"].forEach((k) => p.set(k, "true"));
  }
  return p;
}

function drawTimeline(rows, by) {
  $("timeline-note").textContent = rows.length ? `${rows.reduce((n, r) => n + r.events, 0)} dated events, per ${by}` : "no dated events";
  const x = rows.map((r) => r.period);
  const traces = QUADS.map(([key, name, colour]) => ({
    type: "bar", name, x, y: rows.map((r) => r[key]), marker: { color: colour },
  }));
  // No point for an empty period: a zero there would read as "neutral relations".
  traces.push({
    type: "scatter", mode: "lines+markers", name: "Goldstein sum", x, connectgaps: false,
    y: rows.map((r) => (r.events ? r.goldstein_sum : null)), yaxis: "y2", line: { color: "#2c3e50" },
  });
  Plotly.react("timeline", traces, {
    barmode: "stack", margin: { t: 10, r: 50, l: 40, b: 40 }, legend: { orientation: "h", y: -0.2 },
    yaxis: { title: { text: "events" } },
    // Zero on the Goldstein axis: a sum's sign is its meaning.
    yaxis2: { title: { text: "Goldstein sum" }, overlaying: "y", side: "right", rangemode: "tozero", zeroline: true },
  }, { displaylogo: false, responsive: true });
}

function drawMap(rows) {
  $("map-note").textContent = `${rows.length} places`;
  const xs = [], ys = [];
  for (const line of (world && world.lines) || []) {
    for (const [lon, lat] of line) { xs.push(lon); ys.push(lat); }
    xs.push(null); ys.push(null);
  }
  Plotly.react("map", [
    { type: "scatter", mode: "lines", x: xs, y: ys, hoverinfo: "skip", showlegend: false,
      line: { color: "#9aa5b1", width: 0.6 } },
    { type: "scatter", mode: "markers+text", x: rows.map((r) => r.lon), y: rows.map((r) => r.lat),
      text: labels(rows), textposition: "top right", showlegend: false,
      hovertext: rows.map((r) => `${r.name} (${r.country}): ${r.events} events, mean Goldstein ${r.goldstein_mean}`),
      hoverinfo: "text",
      marker: { size: rows.map((r) => 8 + 3 * Math.sqrt(r.events)), color: rows.map((r) => r.goldstein_mean),
                colorscale: "RdYlGn", cmin: -10, cmax: 10, line: { width: 1, color: "#222" } } },
  ], {
    margin: { t: 5, r: 5, l: 5, b: 5 },
    xaxis: { range: span(rows.map((r) => r.lon), -180, 180), visible: false },
    yaxis: { range: span(rows.map((r) => r.lat), -60, 85), visible: false, scaleanchor: "x" },
  }, { displaylogo: false, responsive: true });
}

// The map frames the events (at least 60 degrees wide), not always the whole world:
// places of one region would otherwise sit on top of each other.
function span(values, lo, hi) {
  if (!values.length) return [lo, hi];
  let a = Math.min(...values), b = Math.max(...values);
  const pad = Math.max(15, (60 - (b - a)) / 2);
  a = Math.max(lo, a - pad); b = Math.min(hi, b + pad);
  return [a, b];
}

// Names for the busiest places, skipping any place near one already named (rows come
// busiest first): overlapping names make an unreadable blot; hover still names each.
function labels(rows) {
  const named = [];
  return rows.map((r) => {
    if (named.length >= 8 || named.some((n) => Math.hypot(n.lon - r.lon, n.lat - r.lat) < 5)) return "";
    named.push(r);
    return r.name;
  });
}

function actorCell(a) {
  if (!a) return "–";
  return a.code ? `${a.code} (${a.text})` : `? (${a.text})`;
}

// The sentence with the evidence marked; text nodes only, never HTML from the data.
function evidenceCell(td, ev) {
  const s = ev.sentence || "", t = (ev.evidence && ev.evidence.text) || "";
  const at = t ? s.indexOf(t) : -1;
  if (at < 0) { td.textContent = s; if (t) { const m = document.createElement("mark"); m.textContent = t; td.append(" ", m); } return; }
  td.append(s.slice(0, at));
  const m = document.createElement("mark"); m.textContent = t; td.append(m);
  td.append(s.slice(at + t.length));
}

function addRows(events) {
  const body = document.querySelector("#events tbody");
  for (const ev of events) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = ev.event_id;
    const cells = [ev.date || "–", actorCell(ev.source), null, actorCell(ev.target), null, null];
    cells.forEach((c, i) => { const td = document.createElement("td"); if (c !== null) td.textContent = c; tr.append(td); });
    const what = tr.children[2];
    what.className = `quad${ev.quad_class}`;
    what.textContent = `${ev.cameo} ${ev.cameo_label || ""}`;
    const flags = [ev.polarity !== "asserted" ? ev.polarity : null, ev.modality !== "actual" ? ev.modality : null].filter(Boolean);
    if (flags.length) { const f = document.createElement("span"); f.className = "flag"; f.textContent = `[${flags.join(", ")}]`; what.append(f); }
    tr.children[4].className = "evidence";
    evidenceCell(tr.children[4], ev);
    const link = document.createElement("a");
    link.href = `/document?doc=${encodeURIComponent(ev.doc_id)}&event=${encodeURIComponent(ev.event_id)}`;
    link.textContent = "document";
    link.className = "doc-link";
    tr.children[5].append(link);
    body.append(tr);
  }
}

async function loadEvents(reset) {
  const p = filterParams();
  p.set("limit", "100");
  if (!reset && nextCursor) p.set("cursor", nextCursor);
  const page = await api(`/events?${p}`);
  if (reset) document.querySelector("#events tbody").replaceChildren();
  addRows(page.events);
  nextCursor = page.next_cursor;
  $("more").hidden = !nextCursor;
  const shown = document.querySelectorAll("#events tbody tr").length;
  $("events-note").textContent = `${shown} shown${nextCursor ? ", more available" : ""}`;
}

async function refresh() {
  document.body.dataset.loaded = "pending";  // "true" once charts and table are drawn
  clearError();
  const p = filterParams();
  const by = $("by").value;
  try {
    const [tl, pl] = await Promise.all([api(`/timeline?${p}&by=${by}`), api(`/places?${p}`), loadEvents(true)]);
    drawTimeline(tl.rows, by);
    drawMap(pl.rows);
    document.body.dataset.loaded = "true";
  } catch (err) {
    showError(err);
  }
}

async function start() {
  try {
    const h = await api("/health");
    $("health").textContent = `${h.database}: ${h.events} events in ${h.documents} documents`;
    const actors = await api("/actors/lookup?limit=100");
    const list = $("actors");
    for (const a of actors.actors) {
      const o = document.createElement("option");
      o.value = a.code; o.label = `${a.name || a.code} (${a.events})`;
      list.append(o);
    }
    world = await api("/assets/world.json");
  } catch (err) {
    showError(err);
  }
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("more").addEventListener("click", () => loadEvents(false).catch(showError));
  await refresh();
}

start();
