// The demo page: loads the package and checks the pasted list as the person types.
// All text is set with textContent: nothing typed is ever rendered as HTML.
import init, { parseTnList } from "./pkg/index.js";

const list = document.getElementById("listOfPhoneNumbers");
const count = document.getElementById("tn-count");
const problems = document.getElementById("problems");

function item(text, kind) {
  const li = document.createElement("li");
  li.className = kind;
  const tag = document.createElement("strong");
  tag.textContent = kind === "error" ? "Error: " : "Repeat: ";
  li.append(tag, text);
  return li;
}

function render() {
  const result = parseTnList(list.value);
  const dupes = result.duplicates.reduce((n, d) => n + d.lines.length - 1, 0);
  count.textContent = `${result.tns.length} valid, ${result.invalid.length} invalid, ${dupes} duplicate, ${result.tollFree.length} toll-free`;
  count.dataset.state = result.invalid.length || dupes ? "problems" : "ok";
  const items = [
    ...result.issues.map((i) => item(i.message, "error")),
    ...result.invalid.map((i) => item(i.issue.message, "error")),
    ...result.duplicates.map((d) => item(`${d.tn} stands on lines ${d.lines.join(", ")}; keep one.`, "repeat")),
  ];
  problems.replaceChildren(...items);
  list.setAttribute("aria-invalid", String(items.length > 0));
}

await init();
list.addEventListener("input", render);
render();
