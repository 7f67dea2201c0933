"use strict";

(async () => {
  const box = document.getElementById("stats");
  try {
    const { body } = await R.api("/api/stats");
    const items = [
      ["articles", body.articles], ["events", body.events], ["event clusters", body.event_clusters],
      ["actors named", body.entities], ["relations", body.relations], ["failures", body.failures],
      ["first day", body.first_day || "–"], ["last day", body.last_day || "–"],
    ];
    box.replaceChildren(...items.map(([name, value]) =>
      R.el("div", { class: "stat" }, R.el("span", { class: "value" }, value), R.el("span", {}, name))));
  } catch (error) {
    box.replaceChildren(`The store cannot be read: ${error.message}`);
  }
})();
