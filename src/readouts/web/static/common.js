// readouts pages: shared helpers. Text from articles and the store only ever becomes DOM
// text (textContent / text nodes), never markup.
"use strict";

const R = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT"];

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    if (value.startsWith("/") && !value.startsWith("//")) return value;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  // el("a", {href: "/x", class: "c", onclick: fn}, "text", child, ...)
  function build(ns, tag, attrs, children) {
    const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else if (key === "href") {
        const url = safeUrl(value);
        if (url) node.setAttribute("href", url);
      } else if (key === "dataset") {
        Object.assign(node.dataset, value);
      } else {
        node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const el = (tag, attrs, ...children) => build(null, tag, attrs, children);
  const svg = (tag, attrs, ...children) => build(SVG, tag, attrs, children);

  function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== "" && value !== false) {
        search.set(key, String(value));
      }
    }
    const text = search.toString();
    return text ? `?${text}` : "";
  }

  class ApiError extends Error {
    constructor(status, code, message, details) {
      super(message);
      this.status = status;
      this.code = code;
      this.details = details || [];
    }
  }

  async function api(path, params, init) {
    let response;
    try {
      response = await fetch(path + query(params), init);
    } catch (error) {
      throw new ApiError(0, "network", `the server did not answer (${error.message})`);
    }
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    if (!response.ok) {
      const info = (body && body.error) || {};
      throw new ApiError(response.status, info.code || `http_${response.status}`,
        info.message || response.statusText, info.details);
    }
    return { body, response };
  }

  function showError(error) {
    const box = document.getElementById("error");
    if (!box) return;
    box.replaceChildren();
    if (!error) {
      box.hidden = true;
      return;
    }
    const code = error.code ? `[${error.code}] ` : "";
    box.append(el("strong", {}, "Error: "), `${code}${error.message}`);
    for (const detail of error.details || []) {
      box.append(el("div", { class: "detail" }, `${detail.field}: ${detail.message}`));
    }
    box.hidden = false;
  }

  // The actor id the store gives a participant: "<country or ->:<name key>".
  function nameKey(name) {
    let key = name.replace(/\s+/g, " ").trim().toLowerCase();
    if (key.startsWith("the ")) key = key.slice(4);
    return key;
  }
  const actorId = (name, country, kbId) =>
    `${country || "-"}:${kbId ? `kb:${kbId}` : nameKey(name)}`;
  const actorHref = (id) => `/actors/${encodeURIComponent(id)}`;
  const articleHref = (id, eventId) =>
    `/articles/${encodeURIComponent(id)}${eventId ? `#event=${encodeURIComponent(eventId)}` : ""}`;

  const COOPERATION = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
    "RETREAT"]);
  function tone(quad, type) {
    if (quad === 1 || quad === 2) return "cooperation";
    if (quad === 3 || quad === 4) return "conflict";
    if (type) return COOPERATION.has(type) ? "cooperation" : "conflict";
    return "neutral";
  }
  function balance(cooperation, conflict) {
    if (cooperation && conflict) return cooperation >= 2 * conflict ? "cooperation"
      : conflict >= 2 * cooperation ? "conflict" : "mixed";
    return conflict ? "conflict" : "cooperation";
  }

  function fillTypes(form) {
    for (const select of form.querySelectorAll("select.event-types")) {
      for (const type of EVENT_TYPES) select.append(el("option", { value: type }, type));
    }
  }

  function cell(...children) {
    return el("td", {}, ...children);
  }

  function fillTable(table, rows) {
    const body = table.tBodies[0];
    body.replaceChildren(...rows);
    if (!rows.length) {
      const columns = table.tHead ? table.tHead.rows[0].cells.length : 1;
      body.append(el("tr", {}, el("td", { colspan: columns, class: "empty" }, "nothing found")));
    }
  }

  return {
    EVENT_TYPES, ApiError, actorHref, actorId, api, articleHref, balance, cell, el, fillTable,
    fillTypes, query, safeUrl, showError, svg, tone,
  };
})();
