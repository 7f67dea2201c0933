// The Network page: actors as nodes, actor → recipient edges coloured by cooperation
// against conflict, laid out by a small force simulation drawn in SVG.
"use strict";

(() => {
  const { el, svg, cell } = R;
  const [W, H] = [960, 640];

  // Fruchterman–Reingold, from a fixed start (a circle), so a view is the same every time.
  function layout(nodes, edges) {
    const n = nodes.length;
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const pos = nodes.map((_, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, n);
      return { x: W / 2 + (W / 3) * Math.cos(angle), y: H / 2 + (H / 3) * Math.sin(angle) };
    });
    const links = edges.map((e) => [index.get(e.source), index.get(e.target)]);
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.5;
    let temperature = W / 8;
    for (let step = 0; step < 300; step += 1) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          let dx = pos[i].x - pos[j].x;
          let dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
          if (d > 3 * k) continue; // far nodes do not push: small groups stay near
          const force = (k * k) / d;
          disp[i].x += (dx / d) * force; disp[i].y += (dy / d) * force;
          disp[j].x -= (dx / d) * force; disp[j].y -= (dy / d) * force;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x;
        const dy = pos[a].y - pos[b].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const force = (d * d) / k;
        disp[a].x -= (dx / d) * force; disp[a].y -= (dy / d) * force;
        disp[b].x += (dx / d) * force; disp[b].y += (dy / d) * force;
      }
      for (let i = 0; i < n; i += 1) {
        // gravity keeps separate groups together on the canvas
        disp[i].x -= (pos[i].x - W / 2) * 0.05;
        disp[i].y -= (pos[i].y - H / 2) * 0.05;
        const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
        const move = Math.min(d, temperature);
        pos[i].x += (disp[i].x / d) * move;
        pos[i].y += (disp[i].y / d) * move;
      }
      temperature = Math.max(0.5, temperature * 0.97);
    }
    // fit the drawing into the canvas, room on the right for labels
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((W - 200) / Math.max(1, maxX - minX), (H - 60) / Math.max(1, maxY - minY));
    for (const p of pos) {
      p.x = 30 + (p.x - minX) * scale;
      p.y = 30 + (p.y - minY) * scale;
    }
    return pos;
  }

  function draw(data) {
    const box = document.getElementById("network");
    if (!data.nodes.length) {
      box.replaceChildren(el("p", { class: "empty" }, "No edges for these filters."));
      return;
    }
    const pos = layout(data.nodes, data.edges);
    const at = new Map(data.nodes.map((node, i) => [node.id, pos[i]]));
    const maxEdge = Math.max(...data.edges.map((e) => e.weight));
    const maxNode = Math.max(...data.nodes.map((n) => n.weight));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img",
      "aria-label": `network of ${data.nodes.length} actors and ${data.edges.length} edges` });
    const edgeLayer = svg("g", { class: "edges" });
    for (const edge of data.edges) {
      const [a, b] = [at.get(edge.source), at.get(edge.target)];
      edgeLayer.append(svg("line", {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${R.balance(edge.cooperation, edge.conflict)}`,
        "stroke-width": (1 + 5 * Math.sqrt(edge.weight / maxEdge)).toFixed(2),
      }, svg("title", {}, `${edge.source_name} → ${edge.target_name}: ${edge.weight} events (${edge.types || ""})`)));
    }
    const nodeLayer = svg("g", { class: "nodes" });
    const labelled = new Set(data.nodes.slice(0, 40).map((node) => node.id));
    for (const node of data.nodes) {
      const p = at.get(node.id);
      const r = 4 + 14 * Math.sqrt(node.weight / maxNode);
      const link = svg("a", { href: R.actorHref(node.id), class: "node" },
        svg("circle", { cx: p.x, cy: p.y, r: r.toFixed(1), class: R.balance(node.cooperation, node.conflict) }),
        labelled.has(node.id) ? svg("text", { x: p.x + r + 2, y: p.y + 4 }, node.name) : null,
        svg("title", {}, `${node.name}${node.country ? ` (${node.country})` : ""}: ${node.weight} events`));
      nodeLayer.append(link);
    }
    chart.append(edgeLayer, nodeLayer);
    box.replaceChildren(chart);
  }

  filtersForm(async (filters) => {
    R.showError(null);
    const summary = document.getElementById("summary");
    summary.textContent = "loading…";
    try {
      const { body } = await R.api("/api/network", filters);
      summary.textContent = `${body.nodes.length} actors, ${body.edges.length} edges`;
      draw(body);
      R.fillTable(document.getElementById("edges"), body.edges.map((e) => el("tr", {},
        cell(el("a", { href: R.actorHref(e.source) }, e.source_name)),
        cell(el("a", { href: R.actorHref(e.target) }, e.target_name)),
        cell(String(e.weight)), cell(String(e.cooperation)), cell(String(e.conflict)),
        cell(e.types || ""), cell(e.first_day || ""), cell(e.last_day || ""))));
    } catch (error) {
      summary.textContent = "";
      R.showError(error);
    }
  });
})();
