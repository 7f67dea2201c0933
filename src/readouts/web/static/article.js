// Renders a CodedArticle: the text with actors and event triggers marked, event cards,
// relations and actors. Clicking a card marks that event's evidence in the text.
"use strict";

const ArticleView = (() => {
  const { el } = R;

  // Split text at every span boundary; each piece carries the classes of the spans over it.
  function markedText(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const span of spans) {
      if (span.end > span.start) {
        cuts.add(Math.max(0, Math.min(text.length, span.start)));
        cuts.add(Math.max(0, Math.min(text.length, span.end)));
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const piece = text.slice(start, end);
      const over = spans.filter((s) => s.start <= start && s.end >= end && s.end > s.start);
      if (!over.length) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const classes = [...new Set(over.map((s) => s.cls))].join(" ");
      const titles = [...new Set(over.map((s) => s.title).filter(Boolean))].join("; ");
      nodes.push(el("mark", { class: classes, title: titles || null }, piece));
    }
    return nodes;
  }

  function refLabel(ref) {
    const parts = [ref.country, (ref.sectors || []).join("+"), ref.subnational].filter(Boolean);
    return parts.length ? `${ref.name} (${parts.join(", ")})` : ref.name;
  }

  let kbIds = new Map();

  function refs(list, stored) {
    if (!list.length) return el("span", { class: "none" }, "—");
    return el("span", {}, list.map((ref, i) => [
      i ? "; " : "",
      stored ? el("a", { href: R.actorHref(R.actorId(ref.name, ref.country, kbIds.get(ref.id))), class: "actor-name" },
        refLabel(ref)) : el("span", { class: "actor-name" }, refLabel(ref)),
    ]));
  }

  function card(event, stored, onSelect) {
    const tone = R.tone(event.quad_class, event.type);
    const date = event.date ? `${event.date}${event.date_text ? ` (“${event.date_text}”)` : ""}`
      : event.date_text ? `“${event.date_text}” (date unresolved)` : "no date";
    const place = event.location ? [event.location.name, event.location.country].filter(Boolean).join(", ") : "—";
    const cameo = event.cameo ? `${event.cameo}${event.cameo_name ? ` ${event.cameo_name}` : ""}` : "—";
    const node = el("div", {
      class: `event-card ${tone}`, tabindex: "0", role: "button",
      dataset: { eventId: event.id, type: event.type },
      "aria-label": `${event.type} event ${event.id}: show its evidence`,
    },
    el("div", { class: "card-head" },
      el("span", { class: `badge ${tone}` }, event.type),
      event.mode ? el("span", { class: "mode" }, event.mode) : null,
      ...(event.aux || []).map((flag) => el("span", { class: "aux" }, flag)),
      el("span", { class: "confidence", title: "confidence" }, event.confidence.toFixed(2))),
    el("div", { class: "parties" }, refs(event.actor, stored), el("span", { class: "arrow" }, " → "),
      refs(event.recipient, stored)),
    el("dl", {},
      el("dt", {}, "date"), el("dd", {}, date),
      el("dt", {}, "place"), el("dd", {}, place),
      el("dt", {}, "CAMEO"), el("dd", {}, cameo),
      event.topics && event.topics.length ? [el("dt", {}, "topics"), el("dd", {}, event.topics.join(", "))] : null,
      el("dt", {}, "rule"), el("dd", { class: "rule" }, event.rule)));
    node.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;
      onSelect(event, node);
    });
    node.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onSelect(event, node);
      }
    });
    return node;
  }

  function baseSpans(coded) {
    const spans = [];
    const entities = new Map(coded.entities.map((e) => [e.id, e]));
    const participants = new Set();
    for (const event of coded.events) {
      for (const ref of [...event.actor, ...event.recipient]) participants.add(ref.id);
      for (const ev of event.evidence) {
        spans.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "trigger", title: event.type });
      }
    }
    for (const mention of coded.mentions) {
      if (!mention.entity || !participants.has(mention.entity)) continue;
      const entity = entities.get(mention.entity);
      spans.push({ start: mention.start, end: mention.end, cls: "actor", title: entity ? entity.name : null });
    }
    return spans;
  }

  function evidenceSpans(event) {
    const spans = [];
    for (const ev of event.evidence) {
      spans.push({ start: ev.sentence_span.start, end: ev.sentence_span.end, cls: "ev-sentence" });
      spans.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "ev-trigger", title: `${event.type} trigger` });
      for (const s of ev.actor) spans.push({ start: s.start, end: s.end, cls: "ev-actor", title: "actor" });
      for (const s of ev.recipient) spans.push({ start: s.start, end: s.end, cls: "ev-recipient", title: "recipient" });
    }
    if (event.date_span) spans.push({ start: event.date_span.start, end: event.date_span.end, cls: "ev-date", title: "date" });
    if (event.location && event.location.span) {
      spans.push({ start: event.location.span.start, end: event.location.span.end, cls: "ev-place", title: "place" });
    }
    return spans;
  }

  function render(coded, { stored = false, storedAs = null } = {}) {
    const article = coded.article;
    const text = document.getElementById("article-text");
    const base = baseSpans(coded);
    kbIds = new Map(coded.entities.filter((e) => e.kb_id).map((e) => [e.id, e.kb_id]));
    document.getElementById("article-title").textContent = article.title || article.id;
    const meta = [
      article.published ? `published ${article.published}` : "no publication date",
      article.source, `id ${article.id}`, storedAs ? `store: ${storedAs}` : null,
      `coder ${coded.coder.version} (${coded.coder.model})`,
    ].filter(Boolean).join(" · ");
    const metaBox = document.getElementById("article-meta");
    metaBox.replaceChildren(meta);
    const url = R.safeUrl(article.url);
    if (url) metaBox.append(" · ", el("a", { href: url, rel: "noopener noreferrer" }, "source page"));
    text.replaceChildren(...markedText(article.text, base));

    const cards = document.getElementById("events");
    let selected = null;
    function select(event, node) {
      if (selected) selected.classList.remove("selected");
      selected = node;
      node.classList.add("selected");
      text.replaceChildren(...markedText(article.text, [...base, ...evidenceSpans(event)]));
      const first = text.querySelector("mark.ev-trigger");
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      history.replaceState(null, "", `#event=${encodeURIComponent(event.id)}`);
    }
    cards.replaceChildren(...coded.events.map((event) => card(event, stored, select)));
    document.getElementById("event-count").textContent = `(${coded.events.length})`;
    if (!coded.events.length) cards.append(el("p", { class: "empty" }, "No events found in this text."));

    const relations = document.getElementById("relations");
    relations.replaceChildren(...coded.relations.map((rel) => el("div", { class: "relation" },
      el("span", { class: "badge neutral" }, rel.type), " ", refLabel(rel.a), " — ", refLabel(rel.b))));
    if (!coded.relations.length) relations.append(el("p", { class: "empty" }, "None stated."));

    const entities = document.getElementById("entities");
    entities.replaceChildren(el("ul", { class: "entities" }, coded.entities.map((entity) => el("li", {},
      el("strong", {}, entity.name), " ",
      el("span", { class: "meta" }, [entity.kind, entity.country, entity.sectors.join("+"),
        entity.subnational].filter(Boolean).join(" · ")),
      entity.titles.length ? el("div", { class: "titles" }, entity.titles.join("; ")) : null))));

    document.getElementById("result").hidden = false;
    const wanted = new URLSearchParams(location.hash.slice(1)).get("event");
    if (wanted) {
      const node = cards.querySelector(`[data-event-id="${CSS.escape(wanted)}"]`);
      const event = coded.events.find((e) => e.id === wanted);
      if (node && event) select(event, node);
    }
  }

  return { markedText, render };
})();
