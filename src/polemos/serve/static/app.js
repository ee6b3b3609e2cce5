// polemos map page: events on an offline map, a timeline with a brush, a table, details.
// Text from articles is untrusted: every piece of it reaches the page as a text node
// (el() below, textContent), never as HTML; Leaflet tooltips get DOM nodes, not strings.
"use strict";

(function () {
  const TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOUR = "#607d8b";
  const ACTOR_PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
    "#a6761d", "#666666", "#1f78b4", "#b2df8a"];
  const DAY_MS = 86400000;
  const PAGE = 1000;
  const MAX_PAGES = 50;

  const state = {
    events: [],          // as /events returns them, for the current filters
    range: null,         // [firstDay, lastDay] in ms (UTC), or null for all dates
    selected: null,      // id of the event shown in the detail panel
    admin1: new Map(),   // GeoNames admin1 code -> GeoJSON feature
    config: { tiles: null, tile_attribution: "", control: false },
  };

  // -- DOM helpers: text only -----------------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "class") node.className = value;
      else if (key === "data") Object.assign(node.dataset, value);
      else node[key] = value;
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (selector) => document.querySelector(selector);
  const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;
  const dash = (value) => (value === null || value === undefined || value === "" ? "–" : value);

  function dayOf(event) {
    // the first day of the period the date names: "2014-03" -> 2014-03-01
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(event.date || "");
    if (!match) return null;
    return Date.UTC(+match[1], match[2] ? +match[2] - 1 : 0, match[3] ? +match[3] : 1);
  }
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  function actorsText(event) {
    return [event.actor1, event.actor2].filter(Boolean).join(" vs ") || "–";
  }
  function placeText(event) {
    const loc = event.location || {};
    const parts = [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country];
    return parts.filter(Boolean).join(", ") || "–";
  }
  function fatalitiesText(event) {
    const f = event.fatalities || {};
    if (f.best !== null && f.best !== undefined) return String(f.best);
    return f.text || "–";
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.detail ? String(body.detail) : `HTTP ${response.status}`);
      error.status = response.status;
      error.body = body;
      throw error;
    }
    return body;
  }

  // -- the map ---------------------------------------------------------------------------

  const map = L.map("map", { zoomSnap: 0.25, worldCopyJump: true, minZoom: 2 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  map.setView([34.8, 39.5], 6);
  map.createPane("boundaries").style.zIndex = 300;
  const eventLayer = L.layerGroup().addTo(map);
  const controlLayer = L.layerGroup();

  async function loadBoundaries() {
    const topo = await getJSON("/static/geo/countries-50m.json");
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      pane: "boundaries",
      interactive: false,
      style: { color: "#78909c", weight: 0.8, fillColor: "#fafaf7", fillOpacity: 1 },
    }).addTo(map);
    const admin1 = await getJSON("/static/geo/admin1-mideast.geojson");
    for (const feature of admin1.features) {
      if (feature.properties.gn_a1_code) state.admin1.set(feature.properties.gn_a1_code, feature);
    }
    L.geoJSON(admin1, {
      pane: "boundaries",
      interactive: false,
      style: { color: "#b0bec5", weight: 0.6, dashArray: "3 3", fill: false },
    }).addTo(map);
  }

  function radiusOf(event) {
    const best = (event.fatalities || {}).best;
    // area grows with the toll: radius with its square root, capped so Mosul stays readable
    return Math.min(6 + 2.2 * Math.sqrt(best > 0 ? best : 0), 30);
  }

  function tooltipFor(event) {
    return el("div", {},
      el("strong", {}, event.sub_event_type || event.event_type), el("br"),
      actorsText(event), el("br"),
      `${dash(event.date)} · ${placeText(event)}`);
  }

  function drawEvents(events) {
    eventLayer.clearLayers();
    for (const event of events) {
      const loc = event.location || {};
      const colour = colourOf(event.event_type);
      const area = loc.precision === "admin1" ? state.admin1.get(loc.admin1_code) : null;
      let layer;
      if (area) {
        // "fighting across Aleppo province": the province, shaded, not an invented point
        layer = L.geoJSON(area, {
          style: { color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.3,
                   className: `event-area event-id-${event.id}` },
        });
      } else if (typeof loc.latitude === "number" && typeof loc.longitude === "number") {
        layer = L.circleMarker([loc.latitude, loc.longitude], {
          radius: radiusOf(event), color: "#263238", weight: 1, fillColor: colour,
          fillOpacity: 0.8, className: `event-marker event-id-${event.id}`,
        });
      } else {
        continue;
      }
      layer.bindTooltip(tooltipFor(event));
      layer.on("click", () => selectEvent(event.id));
      eventLayer.addLayer(layer);
    }
  }

  function drawLegend() {
    const legend = $("#legend");
    legend.replaceChildren();
    if ($("#control-on").checked) return; // the control view writes its own legend
    const seen = new Set(state.events.map((e) => e.event_type));
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      if (!seen.has(type)) continue;
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour;
      legend.append(el("div", {}, swatch, type));
    }
    legend.append(el("div", { class: "note-size" }, "size: fatalities; shaded area: admin1-level"));
  }

  // -- filters and data ------------------------------------------------------------------

  function filterParams() {
    const params = new URLSearchParams();
    const actor = $("#f-actor").value.trim();
    if (actor) params.set("actor", actor);
    const type = $("#f-type").value;
    if (type) params.set("type", type);
    const boxes = [...document.querySelectorAll("#f-modality input")];
    const checked = boxes.filter((box) => box.checked).map((box) => box.value);
    if (checked.length < boxes.length) params.set("modality", checked.join(",") || "none");
    return params;
  }

  async function loadEvents() {
    const params = filterParams();
    setStatus("Loading events…");
    const events = [];
    let offset = 0;
    for (let page = 0; page < MAX_PAGES && offset !== null; page += 1) {
      params.set("limit", PAGE);
      params.set("offset", offset);
      const body = await getJSON(`/events?${params}`);
      events.push(...body.events);
      offset = body.next_offset;
    }
    state.events = events;
    state.range = null;
    render();
    const points = events
      .map((e) => e.location || {})
      .filter((loc) => typeof loc.latitude === "number" && typeof loc.longitude === "number")
      .map((loc) => [loc.latitude, loc.longitude]);
    if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 8 });
  }

  function inRange(event) {
    if (!state.range) return true;
    const day = dayOf(event);
    return day !== null && day >= state.range[0] && day <= state.range[1];
  }

  function inView(event) {
    const loc = event.location || {};
    if (typeof loc.latitude !== "number" || typeof loc.longitude !== "number") return true;
    return map.getBounds().contains([loc.latitude, loc.longitude]);
  }

  function render() {
    const dated = state.events.filter(inRange);
    drawEvents(dated);
    drawLegend();
    drawTimeline();
    drawTable(dated.filter(inView));
  }

  function setStatus(text) {
    $("#status").textContent = text;
  }

  // -- the table -------------------------------------------------------------------------

  function drawTable(events) {
    const body = $("#events-table tbody");
    body.replaceChildren();
    for (const event of events) {
      const dot = el("span", { class: "type-dot" });
      dot.style.background = colourOf(event.event_type);
      const row = el("tr", { data: { id: event.id } },
        el("td", {}, dash(event.date)),
        el("td", {}, dot, event.sub_event_type || event.event_type),
        el("td", {}, actorsText(event)),
        el("td", {}, placeText(event)),
        el("td", {}, fatalitiesText(event)),
        el("td", {}, dash(event.modality)));
      if (event.id === state.selected) row.classList.add("selected");
      row.addEventListener("click", () => selectEvent(event.id));
      body.append(row);
    }
    const total = state.events.length;
    setStatus(`${events.length} of ${total} events in view` +
      (state.range ? ` (${isoDay(state.range[0])} to ${isoDay(state.range[1])})` : ""));
  }

  // -- the timeline: events per day, a brush to pick dates --------------------------------

  const svgNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(svgNS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }

  let scale = null; // {x(ms) -> px, inverse(px) -> ms}

  function drawTimeline() {
    const box = $("#timeline-svg");
    box.replaceChildren();
    const width = box.clientWidth || 800;
    const height = 90;
    const days = state.events.map(dayOf).filter((d) => d !== null);
    if (!days.length) {
      scale = null;
      return;
    }
    const first = Math.min(...days) - DAY_MS;
    const last = Math.max(...days) + 2 * DAY_MS;
    const left = 8, right = width - 8, top = 6, bottom = height - 18;
    const x = (ms) => left + ((ms - first) / (last - first)) * (right - left);
    const inverse = (px) => first + ((px - left) / (right - left)) * (last - first);
    scale = { x, inverse, first, last };
    // stacked bars by type, one per day
    const counts = new Map();
    for (const event of state.events) {
      const day = dayOf(event);
      if (day === null) continue;
      const byType = counts.get(day) || new Map();
      byType.set(event.event_type, (byType.get(event.event_type) || 0) + 1);
      counts.set(day, byType);
    }
    const most = Math.max(...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const barWidth = Math.max(3, x(first + DAY_MS) - x(first) - 1);
    for (const [day, byType] of counts) {
      let y = bottom;
      for (const [type, n] of byType) {
        const h = ((bottom - top) * n) / most;
        y -= h;
        const bar = svg("rect", { x: x(day), y, width: barWidth, height: h, fill: colourOf(type),
                                  class: "bar" });
        bar.append(svg("title"));
        bar.firstChild.textContent = `${isoDay(day)}: ${n} ${type}`;
        box.append(bar);
      }
    }
    box.append(svg("line", { x1: left, x2: right, y1: bottom, y2: bottom, stroke: "#90a4ae" }));
    for (const tick of ticks(first, last, 6)) {
      const label = svg("text", { x: x(tick), y: height - 4, class: "axis", "text-anchor": "middle" });
      label.textContent = isoDay(tick);
      box.append(label);
    }
    if (state.range) {
      const [from, to] = state.range;
      box.append(svg("rect", { class: "brush", x: x(from), y: top - 4,
                               width: Math.max(2, x(to + DAY_MS) - x(from)), height: bottom - top + 4 }));
    }
    $("#range-label").textContent = state.range
      ? `${isoDay(state.range[0])} to ${isoDay(state.range[1])}` : "All dates — drag to pick a range";
    $("#range-clear").hidden = !state.range;
  }

  function ticks(first, last, wanted) {
    const step = Math.max(DAY_MS, Math.round((last - first) / wanted / DAY_MS) * DAY_MS);
    const out = [];
    for (let t = first + step / 2; t < last; t += step) out.push(Math.floor(t / DAY_MS) * DAY_MS);
    return out;
  }

  function installBrush() {
    const box = $("#timeline-svg");
    let start = null;
    const px = (event) => event.clientX - box.getBoundingClientRect().left;
    box.addEventListener("pointerdown", (event) => {
      if (!scale) return;
      start = px(event);
      box.setPointerCapture(event.pointerId);
    });
    box.addEventListener("pointermove", (event) => {
      if (start === null || !scale) return;
      let rect = box.querySelector("rect.brush");
      if (!rect) {
        rect = svg("rect", { class: "brush", y: 2, height: 70 });
        box.append(rect);
      }
      const a = Math.min(start, px(event)), b = Math.max(start, px(event));
      rect.setAttribute("x", a);
      rect.setAttribute("width", Math.max(1, b - a));
    });
    box.addEventListener("pointerup", (event) => {
      if (start === null || !scale) return;
      const a = Math.min(start, px(event)), b = Math.max(start, px(event));
      start = null;
      if (b - a < 3) {
        state.range = null; // a click, not a drag: back to all dates
      } else {
        const from = Math.floor(scale.inverse(a) / DAY_MS) * DAY_MS;
        const to = Math.floor(scale.inverse(b) / DAY_MS) * DAY_MS;
        state.range = [from, to];
      }
      render();
    });
    $("#range-clear").addEventListener("click", () => {
      state.range = null;
      render();
    });
  }

  // -- one event: fields, sources, evidence with highlights -------------------------------

  function markedSentence(sentence, highlights) {
    const node = el("p", { class: "evidence" });
    let at = 0;
    const chars = Array.from(sentence || "");
    // offsets count code points (Python's str); Array.from splits by code point too
    for (const span of highlights || []) {
      if (span.start < at || span.end > chars.length) continue;
      node.append(chars.slice(at, span.start).join(""));
      node.append(el("mark", { class: `hl-${span.kind}`, title: span.kind },
        chars.slice(span.start, span.end).join("")));
      at = span.end;
    }
    node.append(chars.slice(at).join(""));
    return node;
  }

  function safeLink(url) {
    // only web links become links: no javascript: or data: URLs from an article's metadata
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") {
        return el("a", { href: parsed.href, rel: "noopener noreferrer", target: "_blank" }, url);
      }
    } catch (error) { /* not a URL: shown as text */ }
    return url;
  }

  function row(list, label, value) {
    list.append(el("dt", {}, label), el("dd", {}, value === null || value === undefined ? "–" : value));
  }

  function renderDetail(event) {
    const loc = event.location || {};
    const f = event.fatalities || {};
    const list = el("dl");
    row(list, "Type", event.event_type);
    row(list, "Sub-type", event.sub_event_type);
    row(list, "Actor 1", event.actor1);
    row(list, "Actor 2", event.actor2);
    row(list, "Date", event.date ? `${event.date} (${event.date_precision || "?"})` : null);
    row(list, "Place", `${placeText(event)} [${loc.precision || "?"}]`);
    row(list, "GeoNames", loc.geonameid !== null && loc.geonameid !== undefined ? String(loc.geonameid) : null);
    const range = f.low !== null && f.low !== undefined
      ? ` (low ${f.low}${f.high !== null && f.high !== undefined ? `, high ${f.high}` : ""})` : "";
    row(list, "Fatalities", f.best !== null && f.best !== undefined ? `${f.best}${range}` : f.text);
    if (f.text) row(list, "Toll as stated", f.text);
    row(list, "Counts", (event.counts || []).map((c) => `${c.kind}: ${c.value}`).join("; ") || null);
    row(list, "Modality", event.modality);
    const said = event.attribution;
    row(list, "According to", said ? `${dash(said.source)} (${dash(said.verb)})` : null);
    row(list, "Confidence", event.confidence);
    const key = el("p", { class: "hl-key" },
      el("mark", { class: "hl-actor" }, "actor"), el("mark", { class: "hl-place" }, "place"),
      el("mark", { class: "hl-number" }, "number"), el("mark", { class: "hl-date" }, "date"),
      el("mark", { class: "hl-trigger" }, "trigger"));
    const sources = (event.sources || []).map((source) => el("div", { class: "source" },
      el("div", { class: "meta" },
        el("strong", {}, source.title || "(untitled)"), el("br"),
        [source.site, source.published].filter(Boolean).join(" · ") || "", " ",
        source.url ? safeLink(source.url) : ""),
      markedSentence(source.sentence, source.highlights)));
    $("#detail-body").replaceChildren(
      el("h2", {}, `#${event.id} ${event.sub_event_type || event.event_type}`),
      list,
      el("h3", {}, `Sources (${sources.length})`),
      key,
      ...sources);
    $("#detail").hidden = false;
    document.querySelector("main").classList.remove("no-detail");
  }

  async function selectEvent(id) {
    state.selected = id;
    for (const tr of document.querySelectorAll("#events-table tbody tr")) {
      tr.classList.toggle("selected", Number(tr.dataset.id) === id);
    }
    try {
      renderDetail(await getJSON(`/events/${encodeURIComponent(id)}`));
    } catch (error) {
      $("#detail-body").replaceChildren(el("p", {}, `Could not load event ${id}: ${error.message}`));
      $("#detail").hidden = false;
    }
  }

  // -- the control view: who held which place on a day ------------------------------------

  async function drawControl() {
    controlLayer.clearLayers();
    const legend = $("#legend");
    if (!$("#control-on").checked) {
      map.removeLayer(controlLayer);
      map.addLayer(eventLayer);
      drawLegend();
      return;
    }
    map.removeLayer(eventLayer);
    controlLayer.addTo(map);
    const day = $("#control-date").value;
    legend.replaceChildren(el("div", {}, `Control on ${day || "?"}…`));
    let body;
    try {
      body = await getJSON(`/control?on=${encodeURIComponent(day)}`);
    } catch (error) {
      legend.replaceChildren(el("div", { class: "note" },
        error.status === 501 ? "Territorial control is not available in this build." : "",
        el("br"), error.message));
      return;
    }
    const colours = new Map();
    for (const holding of body.holdings) {
      const actor = holding.contested ? "contested" : holding.actor || "unknown";
      if (!colours.has(actor)) {
        colours.set(actor, actor === "contested" ? "#9e9e9e" : ACTOR_PALETTE[colours.size % ACTOR_PALETTE.length]);
      }
      const colour = colours.get(actor);
      const tip = el("div", {}, el("strong", {}, holding.name || String(holding.geonameid || "")), el("br"),
        `held by ${actor}`, holding.since ? ` since ${holding.since}` : "");
      // an area claim ("villages in Aleppo province") shades its province, never a point
      const area = holding.kind === "area" ? state.admin1.get(holding.admin1_code) : null;
      let layer = null;
      if (area) {
        layer = L.geoJSON(area, { style: { color: colour, fillColor: colour, fillOpacity: 0.35, weight: 1 } });
      } else if (typeof holding.latitude === "number" && typeof holding.longitude === "number") {
        layer = L.circleMarker([holding.latitude, holding.longitude], {
          radius: 8, color: "#263238", weight: 1, fillColor: colour, fillOpacity: 0.9,
          className: "control-marker" });
      }
      if (layer) controlLayer.addLayer(layer.bindTooltip(tip));
    }
    legend.replaceChildren(el("div", {}, el("strong", {}, `Held on ${body.on}`)));
    for (const [actor, colour] of colours) {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour;
      legend.append(el("div", {}, swatch, actor));
    }
    if (!colours.size) legend.append(el("div", {}, "no places known to be held on that day"));
  }

  // -- start -------------------------------------------------------------------------------

  async function loadActors() {
    const stats = await getJSON("/stats");
    $("#actor-names").replaceChildren(...stats.by_actor.map((a) => el("option", { value: a.name })));
  }

  async function start() {
    document.querySelector("main").classList.add("no-detail");
    try {
      state.config = await getJSON("/config");
    } catch (error) { /* defaults: no tiles */ }
    if (state.config.tiles) {
      L.tileLayer(state.config.tiles, { attribution: state.config.tile_attribution || "" }).addTo(map);
    }
    if (!state.config.control) {
      $("#control-on").title = "Territorial control is not available in this build";
    }
    installBrush();
    $("#filters").addEventListener("submit", (event) => {
      event.preventDefault();
      loadEvents().catch(showError);
    });
    for (const input of document.querySelectorAll("#f-type, #f-modality input")) {
      input.addEventListener("change", () => loadEvents().catch(showError));
    }
    $("#detail-close").addEventListener("click", () => {
      $("#detail").hidden = true;
      document.querySelector("main").classList.add("no-detail");
      state.selected = null;
    });
    $("#control-on").addEventListener("change", () => drawControl());
    $("#control-date").addEventListener("change", () => drawControl());
    map.on("moveend", () => drawTable(state.events.filter(inRange).filter(inView)));
    // the detail panel opening or the window resizing changes both widths
    new ResizeObserver(() => drawTimeline()).observe($("#timeline"));
    new ResizeObserver(() => map.invalidateSize()).observe($("#map"));
    await loadBoundaries().catch(showError);
    await Promise.all([loadEvents(), loadActors()]).catch(showError);
    document.body.dataset.ready = "true"; // for tests: data drawn
  }

  function showError(error) {
    setStatus(`Error: ${error.message}`);
  }

  start();
})();
