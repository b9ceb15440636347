// The ask box in the page: posts the question to /api/ask and shows the SQL and the table.
// Without JavaScript the same form posts to /ask, which answers with a page.
// Every value goes in as text (textContent), never as markup.
"use strict";

function cell(value) {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function show(target, status, body) {
  target.replaceChildren();
  if (status !== 200) {
    target.append(element("p", body.error || "the question could not be answered", "refused"));
    return;
  }
  target.append(element("h3", "SQL"), element("pre", body.sql, "sql"));
  target.append(element("p", body.rows.length + " row(s)"));
  const table = element("table", undefined, "answer");
  const head = table.createTHead().insertRow();
  body.columns.forEach((name) => head.append(element("th", name)));
  const rows = table.createTBody();
  body.rows.slice(0, 200).forEach((row) => {
    const tr = rows.insertRow();
    row.forEach((value) => tr.append(element("td", cell(value))));
  });
  target.append(table);
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("ask");
  const target = document.getElementById("answer");
  if (!form || !target) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const payload = { question: data.get("question") };
    if (data.get("now")) payload.now = data.get("now");
    target.replaceChildren(element("p", "asking…", "dim"));
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
      show(target, response.status, await response.json());
    } catch (err) {
      show(target, 0, { error: "the server did not answer" });
    }
  });
});
