// A document's full text with its events' evidence spans marked; the span of the event
// the reader came from is highlighted and scrolled to.
"use strict";

const $ = (id) => document.getElementById(id);

function render(doc, selected) {
  const text = doc.text;
  // Non-overlapping spans in text order, the selected event's span always kept.
  const spans = doc.events.slice().sort((a, b) => (b.event_id === selected) - (a.event_id === selected) || a.start - b.start);
  const kept = [];
  for (const s of spans) {
    if (s.start >= s.end || s.end > text.length) continue;
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  kept.sort((a, b) => a.start - b.start);
  const box = $("text");
  let at = 0;
  for (const s of kept) {
    box.append(text.slice(at, s.start));
    const m = document.createElement("mark");
    m.textContent = text.slice(s.start, s.end);
    m.title = `${s.cameo} ${s.cameo_label || ""}: ${s.source_code || "?"} → ${s.target_code || "?"}`;
    if (s.event_id === selected) { m.className = "selected"; m.id = "selected"; }
    box.append(m);
    at = s.end;
  }
  box.append(text.slice(at));
  const sel = $("selected");
  if (sel) sel.scrollIntoView({ block: "center" });
}

async function start() {
  const q = new URLSearchParams(location.search);
  const docId = q.get("doc") || "";
  try {
    const resp = await fetch(`/documents/${encodeURIComponent(docId)}`);
    const body = await resp.json().catch(() => null);
    if (!resp.ok) {
      const e = body && body.error;
      throw new Error(e ? `${e.code}: ${e.message} (HTTP ${e.status})` : `HTTP ${resp.status}`);
    }
    $("title").textContent = body.title || body.doc_id;
    $("meta").textContent = [body.source, body.published, `${body.events.length} events`].filter(Boolean).join(" · ");
    render(body, q.get("event"));
    document.body.dataset.loaded = "true";
  } catch (err) {
    $("error").textContent = `API error — ${err.message}`;
    $("error").hidden = false;
  }
}

start();
