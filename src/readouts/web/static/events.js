// The Events page: the store's events, filtered (the URL keeps the filters), sorted by the
// server (click a column head), paged, with the matching rows as CSV.
"use strict";

(() => {
  const { el, cell } = R;
  const table = document.getElementById("events-table");
  const summary = document.getElementById("summary");
  const csv = document.getElementById("csv");
  const MENTION_COLUMNS = [
    ["day", "Day"], ["type", "Type"], ["mode", "Mode"], ["actor", "Actor"],
    ["recipient", "Recipient"], ["location", "Place"], ["cameo", "CAMEO"],
    ["confidence", "Conf."], [null, "Evidence"],
  ];
  const CLUSTER_COLUMNS = [
    ["day", "First day"], ["type", "Type"], ["mode", "Mode"], ["actor", "Actor"],
    ["recipient", "Recipient"], ["location", "Place"], ["articles", "Articles"],
    ["events", "Mentions"],
  ];
  const PAGE = 50;
  let filters = {};
  let sort = "-day";
  let offset = 0;

  function head(columns) {
    const row = table.tHead.rows[0];
    row.replaceChildren(...columns.map(([key, label]) => {
      if (!key) return el("th", {}, label);
      const active = sort.replace(/^-/, "") === key;
      const arrow = active ? (sort.startsWith("-") ? " ▼" : " ▲") : "";
      return el("th", { "aria-sort": active ? (sort.startsWith("-") ? "descending" : "ascending") : null },
        el("button", { type: "button", class: "sort", dataset: { key }, onclick: () => {
          sort = active && !sort.startsWith("-") ? `-${key}` : active ? key : (key === "day" ? "-day" : key);
          offset = 0;
          load();
        } }, label + arrow));
    }));
  }

  function typeCell(row) {
    const tone = R.tone(row.quad_class, row.type);
    const flags = (row.aux || []).map((flag) => el("span", { class: "aux" }, flag));
    return cell(el("span", { class: `badge ${tone}` }, row.type), ...flags);
  }

  function mentionRow(row) {
    const [articleId, eventId] = [row.article_id, row.event_uid.slice(row.article_id.length + 1)];
    return el("tr", {},
      cell(row.day || "—"), typeCell(row), cell(row.mode || ""), cell(row.actor || ""),
      cell(row.recipient || ""), cell(row.location || ""), cell(row.cameo || ""),
      cell(row.confidence === null ? "" : row.confidence.toFixed(2)),
      cell(el("a", { href: R.articleHref(articleId, eventId), class: "evidence" }, row.evidence || "(open)")));
  }

  function clusterRow(row) {
    const uid = row.first_event_uid;
    const split = uid.lastIndexOf("#");
    return el("tr", {},
      cell(row.day_start || "—"), typeCell(row), cell(row.mode || ""), cell(row.actor || ""),
      cell(row.recipient || ""), cell(row.location || ""),
      cell(el("a", { href: `/events${R.query({ cluster: row.cluster_id })}` }, String(row.n_articles))),
      cell(el("a", { href: R.articleHref(uid.slice(0, split), uid.slice(split + 1)) }, String(row.n_events))));
  }

  async function load() {
    R.showError(null);
    const clustered = filters.clustered === "true";
    head(clustered ? CLUSTER_COLUMNS : MENTION_COLUMNS);
    const { clustered: _, ...eventFilters } = filters;
    csv.setAttribute("href", `/api/events.csv${R.query(eventFilters)}`);
    summary.textContent = "loading…";
    try {
      const { body } = await R.api("/api/events", { ...filters, sort, limit: PAGE, offset });
      R.fillTable(table, body.rows.map(clustered ? clusterRow : mentionRow));
      const shown = body.rows.length ? `${offset + 1}–${offset + body.rows.length}` : "0";
      summary.textContent = `${shown} of ${body.total} ${clustered ? "event clusters" : "events"}`;
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = offset + PAGE >= body.total;
    } catch (error) {
      summary.textContent = "";
      R.showError(error);
    }
  }

  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; load(); });
  filtersForm((values) => {
    filters = values;
    offset = 0;
    if (filters.clustered !== "true" && ["articles", "events"].includes(sort.replace(/^-/, ""))) sort = "-day";
    load();
  });
})();
