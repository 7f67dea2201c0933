// Filter forms: the form's fields mirror the page's URL query, so a filtered view can be
// bookmarked and shared. filtersForm(onChange) wires a #filters form.
"use strict";

function filtersForm(onChange) {
  const form = document.getElementById("filters");
  R.fillTypes(form);
  const current = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!field.name || !current.has(field.name)) continue;
    if (field.type === "checkbox") field.checked = current.get(field.name) === field.value;
    else field.value = current.get(field.name);
  }
  function values() {
    const out = {};
    for (const field of form.elements) {
      if (!field.name) continue;
      if (field.type === "checkbox") {
        if (field.checked) out[field.name] = field.value;
      } else if (field.tagName === "SELECT" && field.selectedIndex === 0) {
        continue; // the first option is the default: leave it out of the URL
      } else if (field.value) {
        out[field.name] = field.name === "country" || field.name === "sector"
          ? field.value.trim().toUpperCase() : field.value.trim();
      }
    }
    return out;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = values();
    history.replaceState(null, "", location.pathname + R.query(params));
    onChange(params, true);
  });
  onChange(values(), false);
  return values;
}
