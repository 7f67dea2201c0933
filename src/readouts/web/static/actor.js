// An actor's page: names and aliases, roles with dates, counterparts, a timeline.
"use strict";

(async () => {
  const { el, svg, cell } = R;
  const id = document.getElementById("main").dataset.actorId;

  function timelineChart(rows) {
    const box = document.getElementById("timeline-chart");
    const months = new Map();
    for (const row of rows) {
      if (!row.day) continue;
      const month = row.day.slice(0, 7);
      const entry = months.get(month) || { cooperation: 0, conflict: 0 };
      entry[R.tone(row.quad_class, row.type) === "conflict" ? "conflict" : "cooperation"] += 1;
      months.set(month, entry);
    }
    if (!months.size) {
      box.replaceChildren(el("p", { class: "empty" }, "No dated events."));
      return;
    }
    const keys = [...months.keys()].sort();
    const [first, last] = [keys[0], keys[keys.length - 1]];
    const all = [];
    for (let [y, m] = first.split("-").map(Number); ; m += 1) {
      if (m > 12) { y += 1; m = 1; }
      const key = `${y}-${String(m).padStart(2, "0")}`;
      all.push(key);
      if (key >= last || all.length > 600) break;
    }
    const max = Math.max(...all.map((k) => { const e = months.get(k); return e ? e.cooperation + e.conflict : 0; }));
    const [width, height, bar] = [Math.max(300, all.length * 14), 120, 12];
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 20}`, class: "timeline", role: "img",
      "aria-label": "events per month" });
    all.forEach((key, i) => {
      const entry = months.get(key) || { cooperation: 0, conflict: 0 };
      const x = i * 14 + 1;
      const hCoop = (entry.cooperation / max) * height;
      const hConf = (entry.conflict / max) * height;
      chart.append(
        svg("rect", { x, y: height - hCoop, width: bar, height: hCoop, class: "cooperation" },
          svg("title", {}, `${key}: ${entry.cooperation} cooperation`)),
        svg("rect", { x, y: height - hCoop - hConf, width: bar, height: hConf, class: "conflict" },
          svg("title", {}, `${key}: ${entry.conflict} conflict`)));
      if (i === 0 || key.endsWith("-01") || i === all.length - 1) {
        chart.append(svg("text", { x, y: height + 14, class: "tick" }, key));
      }
    });
    box.replaceChildren(chart);
  }

  try {
    const { body } = await R.api(`/api/actors/${encodeURIComponent(id)}`);
    document.title = `${body.name} · readouts`;
    document.getElementById("actor-name").textContent = body.name;
    document.getElementById("actor-meta").textContent = [
      body.country || "no country", body.sectors.join("+"), body.subnational, body.kinds.join("/"),
      `${body.events} events in ${body.articles} articles`,
    ].filter(Boolean).join(" · ");
    document.getElementById("names").replaceChildren(...body.names.map((n) =>
      el("li", { class: "tag name" }, n.name, el("span", { class: "count" }, ` ${n.events}`))));
    document.getElementById("aliases").replaceChildren(...body.aliases.map((a) =>
      el("li", { class: "tag alias", title: "as mentioned in the texts" }, a.alias,
        el("span", { class: "count" }, ` ${a.mentions}`))));
    R.fillTable(document.getElementById("roles"), body.roles.map((r) => el("tr", {},
      cell(r.title), cell(r.first_seen || "—"), cell(r.last_seen || "—"), cell(String(r.articles)))));
    R.fillTable(document.getElementById("counterparts"), body.counterparts.map((c) => el("tr", {},
      cell(el("a", { href: R.actorHref(c.id) }, c.name)), cell(c.country || ""), cell(String(c.events)),
      cell(String(c.cooperation)), cell(String(c.conflict)), cell(c.types || ""), cell(c.last_day || ""))));
    R.fillTable(document.getElementById("timeline"), body.timeline.map((t) => {
      const tone = R.tone(t.quad_class, t.type);
      return el("tr", {},
        cell(t.day || "—"), cell(t.role),
        cell(el("span", { class: `badge ${tone}` }, t.type), t.mode ? ` ${t.mode}` : ""),
        cell(t.actor || ""), cell(t.recipient || ""), cell(t.location || ""),
        cell(el("a", { href: R.articleHref(t.article_id, t.event_uid.slice(t.article_id.length + 1)) },
          t.evidence || "(open)")));
    }));
    timelineChart(body.timeline);
    document.getElementById("actor").hidden = false;
  } catch (error) {
    R.showError(error);
  }
})();
