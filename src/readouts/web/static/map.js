// The Map page: event places on the offline base map (country outlines built at setup
// time from Natural Earth), equirectangular: x = lon + 180, y = 90 - lat.
"use strict";

(() => {
  const { el, svg, cell } = R;
  const [W, H] = [360, 150];
  let basemap = null;

  async function loadBasemap() {
    if (basemap !== null) return basemap;
    try {
      const response = await fetch("/static/basemap/countries.json");
      basemap = response.ok ? await response.json() : { countries: [], missing: true };
    } catch (_) {
      basemap = { countries: [], missing: true };
    }
    const note = document.getElementById("map-source");
    note.textContent = basemap.missing
      ? "The base map has not been built: run ./setup.sh (it builds it from a PyPI package)."
      : `Base map: ${basemap.source}.`;
    return basemap;
  }

  function draw(map, data) {
    const counts = data.countries;
    const max = Math.max(1, ...Object.values(counts));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img",
      "aria-label": `map of ${data.places.length} event places` });
    chart.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
    for (let lon = -150; lon <= 150; lon += 30) {
      chart.append(svg("line", { x1: lon + 180, y1: 0, x2: lon + 180, y2: H, class: "graticule" }));
    }
    for (let lat = -60; lat <= 90; lat += 30) {
      chart.append(svg("line", { x1: 0, y1: 90 - lat, x2: W, y2: 90 - lat, class: "graticule" }));
    }
    const land = svg("g", { class: "land" });
    for (const country of map.countries) {
      const n = country.iso3 ? counts[country.iso3] || 0 : 0;
      const shade = n ? 0.15 + 0.6 * Math.sqrt(n / max) : 0;
      land.append(svg("path", { d: country.d, class: n ? "country active" : "country",
        "fill-opacity": n ? shade.toFixed(2) : null, dataset: { iso3: country.iso3 || "" } },
      svg("title", {}, `${country.name}${n ? `: ${n} events` : ""}`)));
    }
    chart.append(land);
    const maxPlace = Math.max(1, ...data.places.map((p) => p.events));
    const dots = svg("g", { class: "places" });
    for (const place of data.places) {
      const r = 0.8 + 3.2 * Math.sqrt(place.events / maxPlace);
      dots.append(svg("g", { class: "place" },
        svg("circle", { cx: (place.lon + 180).toFixed(2), cy: (90 - place.lat).toFixed(2), r: r.toFixed(2),
          class: R.balance(place.cooperation, place.conflict) }),
        svg("title", {}, `${place.name || "?"}${place.country ? `, ${place.country}` : ""}: ${place.events} events (${place.types || ""})`)));
    }
    chart.append(dots);
    document.getElementById("map").replaceChildren(chart);
  }

  filtersForm(async (filters) => {
    R.showError(null);
    const summary = document.getElementById("summary");
    summary.textContent = "loading…";
    try {
      const [map, { body }] = await Promise.all([loadBasemap(), R.api("/api/locations", filters)]);
      const placed = body.places.reduce((sum, p) => sum + p.events, 0);
      summary.textContent = `${placed} events at ${body.places.length} places; ${body.unplaced} events without coordinates`;
      draw(map, body);
      R.fillTable(document.getElementById("places"), body.places.map((p) => el("tr", {},
        cell(p.name || ""), cell(p.country || ""), cell(String(p.events)), cell(String(p.cooperation)),
        cell(String(p.conflict)), cell(p.types || ""), cell(p.first_day || ""), cell(p.last_day || ""))));
    } catch (error) {
      summary.textContent = "";
      R.showError(error);
    }
  });
})();
