// The Actors page: who takes part in the most matching events; each links to its page.
"use strict";

(() => {
  const { el, cell } = R;
  const table = document.getElementById("actors-table");
  filtersForm(async (filters) => {
    R.showError(null);
    try {
      const { body } = await R.api("/api/actors", { ...filters, limit: 200 });
      R.fillTable(table, body.map((row) => el("tr", {},
        cell(el("a", { href: R.actorHref(row.id), class: "actor-link" }, row.name)),
        cell(row.country || ""), cell(row.sectors || ""), cell(row.subnational || ""),
        cell(String(row.events)), cell(String(row.clusters)), cell(String(row.articles)),
        cell(row.first_day || ""), cell(row.last_day || ""))));
    } catch (error) {
      R.showError(error);
    }
  });
})();
