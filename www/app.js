// The demo page: loads the package, attaches the form helper, and adds what only a page does:
// the kind and status pickers, the calendar strip, the time in your own zone, the rejection
// lookup, the saved copy for edits, and the order shown on submit. Text goes in with
// textContent only; nothing is sent or stored.
import init, * as pv from "./pkg/index.js";

const $ = (id) => document.getElementById(id);
const form = $("order");
const STATUSES = {
  portIn: ["", "DRAFT", "VALID_DRAFT", "INVALID_DRAFT", "PENDING_DOCUMENTS", "SUBMITTED", "EXCEPTION", "REQUESTED_SUPP", "FOC", "REQUESTED_CANCEL", "CANCELLED", "COMPLETE"],
  lsr: ["", "PENDING", "FOC", "EXCEPTION", "PARTIAL", "COMPLETE", "CANCELLED", "FAILED"],
};
const WINDOWS = {
  AUTOMATED_OFF_NET: "Automated off-net activates between 06:00 and 22:00 US Eastern.",
  AUTOMATED_ON_NET: "Automated on-net activates between 05:00 and 22:00 US Eastern.",
  AUTOMATED_ON_NET_WIRELESS: "Automated on-net activates between 05:00 and 22:00 US Eastern.",
  INTERNAL: "Internal ports activate between 05:00 and 22:00 US Eastern.",
};
const DEFAULT_WINDOW = "Manual ports activate at 11:30 US Eastern whatever the time; without a time, 11:30 US Eastern. Support hours are 08:00 to 20:00.";

let handle;
let original;

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function kind() {
  return form.elements.namedItem("kind").value || "portIn";
}

/** Shows the fields of the chosen kind, and the status list of that kind. */
function showKind() {
  const k = kind();
  for (const part of form.querySelectorAll("[data-kind]")) part.hidden = part.dataset.kind !== k;
  const status = $("status");
  const keep = status.value;
  status.replaceChildren(...STATUSES[k].map((s) => el("option", s ? s.replaceAll("_", " ").toLowerCase().replace(/^./, (c) => c.toUpperCase()) : "New order (not submitted)", { value: s })));
  status.value = STATUSES[k].includes(keep) ? keep : "";
  showStatus();
}

function showStatus() {
  const status = $("status").value;
  const foc = status === "FOC" || kind() === "lsr";
  for (const part of form.querySelectorAll("[data-status=foc]")) part.hidden = !foc;
  const text = $("status-meaning");
  if (!status) {
    text.textContent = "Not submitted yet: every field may change.";
    return;
  }
  const s = pv.explainStatus(status, kind());
  text.textContent = `${s.meaning} Next: ${s.next}`;
}

function easternToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
}

function addDays(ymd, n) {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The 21 days from `today`, with what the calendar says of each: worked out once a day, not on
 * every keystroke. */
let calendar = { today: "" };
function calendarFor(today) {
  if (calendar.today !== today) {
    const days = [];
    for (let i = 0; i < 21; i++) {
      const day = addDays(today, i);
      const date = new Date(`${day}T12:00:00Z`);
      days.push({
        day,
        date: date.getUTCDate(),
        weekday: date.toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" }),
        business: pv.isBusinessDay(day),
        weekend: [0, 6].includes(date.getUTCDay()),
      });
    }
    calendar = { today, days, ...pv.earliestRequestedDate({ today }) };
  }
  return calendar;
}

/** The calendar strip: today, the earliest and recommended dates, weekends and holidays, the
 * requested date and the FOC expiry, as words as well as colours. Redrawn only when one of those
 * changes, so a person tabbing through it keeps their place. */
let calendarShown = "";
function showCalendar() {
  const today = easternToday();
  const { days, minimum, recommended } = calendarFor(today);
  const requested = (form.elements.namedItem("requestedFocDate").value || "").slice(0, 10);
  const focInput = form.elements.namedItem("actualFocDate");
  const expiry = focInput && !focInput.closest("[hidden]") && focInput.value ? pv.focExpiry(focInput.value) : "";
  const shown = [today, requested, expiry].join(" ");
  if (shown === calendarShown) return;
  calendarShown = shown;
  $("calendar-legend").textContent =
    `Earliest acceptable date: ${minimum}; recommended from ${recommended}.` + (expiry ? ` This FOC is valid through ${expiry}.` : "");
  const items = days.map(({ day, date, weekday, business, weekend }) => {
    const notes = [];
    if (day === today) notes.push("Today");
    if (!business) notes.push(weekend ? "Weekend" : "Holiday");
    if (day === minimum) notes.push("Earliest");
    if (day === recommended) notes.push("Recommended");
    if (day === requested) notes.push("Requested");
    if (day === expiry) notes.push("FOC ends");
    const button = el("button", undefined, { type: "button", "data-day": day });
    button.append(
      el("span", weekday, { class: "weekday" }),
      el("span", String(date), { class: "date" }),
      el("span", notes.join(" · "), { class: "notes" }),
      el("span", ` ${day}. Use as the requested date.`, { class: "visually-hidden" }),
    );
    const li = el("li", undefined, { class: [business ? "business" : "closed", day < minimum ? "too-soon" : "", day === requested ? "requested" : "", day === today ? "today" : ""].join(" ").trim() });
    li.append(button);
    return li;
  });
  $("calendar-days").replaceChildren(...items);
}

/** The activation window of the port type, and the requested time in the person's own zone. */
function showTime() {
  const portType = form.elements.namedItem("portType").value;
  $("time-window").textContent = WINDOWS[portType] ?? DEFAULT_WINDOW;
  const at = handle?.order()?.requestedFocDate ?? "";
  const local = $("time-local");
  if (at.includes("T")) {
    const when = new Date(at);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    local.textContent = `That is ${when.toLocaleString([], { dateStyle: "full", timeStyle: "short" })} in your time zone (${zone}).`;
  } else {
    local.textContent = "";
  }
}

/** The rejection lookup: explanation as text, and the fields to fix highlighted. */
function showRejection() {
  for (const c of form.querySelectorAll("[data-pv-highlight]")) c.removeAttribute("data-pv-highlight");
  const out = $("rejection-result");
  const text = $("rejection").value;
  if (!text.trim() || typeof pv.explainRejection !== "function") {
    out.replaceChildren();
    return;
  }
  const r = pv.explainRejection(text);
  const parts = [
    el("h2", `${r.code ? r.code + ": " : ""}${r.title}`, { class: "small" }),
    el("p", r.known ? `Family: ${r.family}.` : "Not a code this tool knows; general guidance:", { class: "hint" }),
    el("p", r.meaning),
    el("p", `What to do: ${r.action}`),
  ];
  const details = [];
  if (r.details.tns.length) details.push(`Numbers: ${r.details.tns.join(", ")}`);
  if (r.details.pon) details.push(`PON: ${r.details.pon}`);
  if (r.details.focDate) details.push(`FOC date: ${r.details.focDate}`);
  if (details.length) parts.push(el("p", details.join(" · "), { class: "details" }));
  if (r.fields.length) {
    const list = el("ul", undefined, { class: "fix-fields" });
    for (const path of r.fields) {
      const controls = [...form.elements].filter((c) => c.name === path || c.name.startsWith(path + "."));
      for (const c of controls) c.setAttribute("data-pv-highlight", "");
      const label = controls[0]?.labels?.[0]?.textContent ?? path;
      const item = el("li");
      if (controls[0] && !controls[0].closest("[hidden]")) {
        const go = el("button", `Fix: ${label}`, { type: "button", class: "link" });
        go.addEventListener("click", () => controls[0].focus());
        item.append(go);
      } else {
        item.textContent = label;
      }
      list.append(item);
    }
    parts.push(el("p", "Fields to check:"), list);
  }
  out.replaceChildren(...parts);
}

/** Where the numbers are, per state or country, as the core groups them (`report.tns.places`):
 * "NY (212, 646): 3, Canada, Ontario (416): 1", so a list that does not belong to the address
 * shows at once. */
function showPlaces(tns) {
  const places = tns.places.map((p) => `${p.place} (${p.areaCodes.join(", ")}): ${p.count}`).join(", ");
  $("tn-places").textContent = places ? `Where: ${places}` : "";
}

/** The target RespOrg, for toll-free port-ins: the port type says so, or the list holds toll-free numbers. */
function showTollFree(report) {
  const tollFree = form.elements.namedItem("portType").value === "MANUAL_TOLL_FREE" || report.tns.tollFree > 0;
  $("resp-org").hidden = kind() !== "portIn" || !tollFree;
}

function showReport(report) {
  showTollFree(report);
  const errors = report.issues.filter((i) => i.severity === "error").length;
  $("summary-title").textContent = errors ? `Problems (${errors} to fix)` : "Problems";
  showPlaces(report.tns);
  showTime();
  showCalendar();
}

function attach() {
  handle?.detach();
  handle = pv.attachForm(form, original ? { original } : {});
}

form.addEventListener("portin-validator:report", (e) => showReport(e.detail));
form.addEventListener("change", (e) => {
  if (e.target.name === "kind") {
    showKind(); // before the helper's own listener validates: hidden fields are not part of the order
  } else if (e.target.name === "status") {
    showStatus();
  }
});
$("rejection").addEventListener("input", showRejection);
$("calendar-days").addEventListener("click", (e) => {
  const day = e.target.closest("[data-day]")?.dataset.day;
  const input = form.elements.namedItem("requestedFocDate");
  if (day && !input.disabled) {
    input.value = day;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
});
$("save-original").addEventListener("click", () => {
  original = handle.order();
  $("original-state").textContent = "Saved. Changes are now checked as an edit of the saved order, in its status.";
  $("clear-original").disabled = false;
  attach();
});
$("clear-original").addEventListener("click", () => {
  original = undefined;
  $("original-state").textContent = "No saved order: this is checked as a new order.";
  $("clear-original").disabled = true;
  attach();
});
form.addEventListener("submit", (e) => {
  e.preventDefault(); // nothing leaves the page
  const report = handle.validate();
  if (!report.ok) return;
  const order = handle.order();
  // The PIN stays on the page, but need not be on screen.
  for (const holder of [order.wirelessInfo, order.subscriber]) if (holder?.pinNumber) holder.pinNumber = "•".repeat(holder.pinNumber.length);
  $("order-json").textContent = JSON.stringify(order, null, 2);
  $("output").hidden = false;
  $("output-title").focus();
});

for (const select of form.querySelectorAll("select.directional")) {
  select.replaceChildren(el("option", "None", { value: "" }), ...["N", "S", "E", "W", "NE", "NW", "SE", "SW"].map((d) => el("option", d, { value: d })));
}

try {
  await init();
  showKind();
  attach();
  $("loading").remove();
} catch (error) {
  $("loading").textContent = `The checker could not start (${error.message}). Reload the page to try again.`;
}
