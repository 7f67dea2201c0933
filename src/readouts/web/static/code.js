// The Code page (paste or upload an article, code it) and the stored-article page.
"use strict";

(async () => {
  const main = document.getElementById("main");
  const articleId = main.dataset.articleId;
  if (articleId) {
    try {
      const { body } = await R.api(`/api/articles/${encodeURIComponent(articleId)}`);
      ArticleView.render(body, { stored: true });
    } catch (error) {
      R.showError(error);
    }
    return;
  }

  const form = document.getElementById("code-form");
  const status = document.getElementById("code-status");
  const button = document.getElementById("code-button");
  const tokenField = document.getElementById("token-field");
  const token = document.getElementById("token");
  token.value = sessionStorage.getItem("readouts-token") || "";
  try {
    const { body: info } = await R.api("/api/info");
    tokenField.hidden = !info.token_required;
    if (info.read_only) {
      const store = document.getElementById("store");
      store.disabled = true;
      store.parentElement.title = "the store is open read-only";
    }
  } catch (_) {
    // the form still works without the server's info
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    R.showError(null);
    const file = document.getElementById("file").files[0];
    const text = document.getElementById("text").value;
    const store = document.getElementById("store").checked;
    const meta = {
      published: document.getElementById("published").value,
      title: document.getElementById("title").value.trim(),
      source: document.getElementById("source").value.trim(),
    };
    const headers = {};
    if (store && token.value) {
      headers.Authorization = `Bearer ${token.value}`;
      sessionStorage.setItem("readouts-token", token.value);
    }
    let path;
    let init;
    if (file) {
      const data = new FormData();
      data.append("file", file);
      for (const [key, value] of Object.entries(meta)) if (value) data.append(key, value);
      path = "/api/code/upload";
      init = { method: "POST", body: data, headers };
    } else {
      const body = { text };
      for (const [key, value] of Object.entries(meta)) if (value) body[key] = value;
      path = "/api/code";
      headers["Content-Type"] = "application/json";
      init = { method: "POST", body: JSON.stringify(body), headers };
    }
    button.disabled = true;
    status.textContent = "coding…";
    const started = performance.now();
    try {
      const { body, response } = await R.api(path, store ? { store: "true" } : null, init);
      const storedAs = response.headers.get("X-Readouts-Store");
      ArticleView.render(body, { stored: storedAs === "stored" || storedAs === "unchanged" || storedAs === "replaced", storedAs });
      status.textContent = `coded in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    } catch (error) {
      status.textContent = "";
      R.showError(error);
    } finally {
      button.disabled = false;
    }
  });
})();
