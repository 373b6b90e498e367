// The demo page: loads the package, attaches the form helper, and adds what only a page does:
// the kind and status pickers, the calendar strip, the time in your own zone, the rejection
// lookup, the saved copy for edits, loading an API payload into the form, the form as the XML
// body to submit, and the order shown on submit. Text goes in with textContent only; nothing is
// sent or stored.
import init, * as pv from "./pkg/index.js";
import { rootName } from "./root-name.js";

const $ = (id) => document.getElementById(id);
const form = $("order");
const STATUSES = {
  portIn: ["", "DRAFT", "VALID_DRAFT", "INVALID_DRAFT", "PENDING_DOCUMENTS", "SUBMITTED", "EXCEPTION", "REQUESTED_SUPP", "FOC", "REQUESTED_CANCEL", "CANCELLED", "COMPLETE",
    "VALIDATE_TFNS", "INVALID_TFNS", "VALIDATE_DRAFT_TFNS", "VALID_DRAFT_TFNS", "INVALID_DRAFT_TFNS"],
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
/** The saved copy as the page's controls see it (attachForm's `original`), and whole, as read
 * (with the fields the page has no control for, such as siteId): edits are judged against the
 * first, the body to PUT is written against the second. */
let original;
let savedOrder;

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
  // One password field in the form at a time (the kind's PIN; the other is hidden and not part of
  // the order): Chromium takes a form with two for several forms in one.
  for (const pin of form.querySelectorAll("[data-pin]")) pin.type = pin.closest("[hidden]") ? "text" : "password";
  const status = $("status");
  const keep = status.value;
  status.replaceChildren(...STATUSES[k].map((s) => el("option", s ? s.replaceAll("_", " ").toLowerCase().replace(/^./, (c) => c.toUpperCase()).replace(/ tfns$/, " TFNs") : "New order (not submitted)", { value: s })));
  status.value = STATUSES[k].includes(keep) ? keep : "";
  showStatus();
}

function showStatus() {
  const status = $("status").value;
  followStatus();
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
  const hidden = kind() !== "portIn" || !tollFree;
  if ($("resp-org").hidden === hidden) return;
  $("resp-org").hidden = hidden;
  // The report was made without (or with) the field: check again once this report is handled.
  queueMicrotask(() => handle?.validate());
}

function showReport(report) {
  showTollFree(report);
  const errors = report.issues.filter((i) => i.severity === "error").length;
  $("summary-title").textContent = errors ? `Problems (${errors} to fix)` : "Problems";
  showPlaces(report.tns);
  showTime();
  showCalendar();
  showChanges();
  queueXml();
}

function attach() {
  handle?.detach();
  handle = pv.attachForm(form, original ? { original } : {});
  showChanges(); // the first report came before the handle was this one
}

/* ---- The saved copy: edits of a submitted order ---- */

const pathOf = (dotted) => dotted.split(".");
const getPath = (order, dotted) => pathOf(dotted).reduce((v, k) => v?.[k], order);
function setPath(order, dotted, value) {
  const keys = pathOf(dotted);
  const last = keys.pop();
  let at = order;
  for (const k of keys) at = at[k] && typeof at[k] === "object" ? at[k] : (at[k] = {});
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** The dotted paths of the order's controls the page shows now. */
function shownFields() {
  return orderControls().filter((c) => !c.closest("[hidden]") && !c.hasAttribute("data-pv-time-for")).map((c) => c.name);
}

/** Makes `order` the saved copy: edits are checked against it, and the body written from them. */
function useAsSaved(order, note) {
  savedOrder = structuredClone(order);
  original = {};
  for (const f of shownFields()) setPath(original, f, getPath(order, f));
  $("original-state").textContent = note;
  $("clear-original").disabled = false;
  attach();
}

/** The order as edited: the saved copy, with what the page shows as the form holds it. */
function editedOrder() {
  const edited = structuredClone(savedOrder);
  const now = handle.order() ?? {};
  for (const f of shownFields()) setPath(edited, f, getPath(now, f));
  return edited;
}

/** What the edit changes, by the fields' labels on the page. */
function showChanges() {
  const out = $("original-changes");
  if (!savedOrder || !handle?.order()) {
    out.textContent = "";
    return;
  }
  const { changed } = pv.toLnpOrderXml(editedOrder(), { supp: true, original: savedOrder });
  const label = (path) => form.querySelector(`[name="${CSS.escape(path)}"]`)?.labels?.[0]?.textContent.trim() ?? path;
  out.textContent = changed.length ? `Changed from the saved order: ${changed.map(label).join(", ")}.` : "No change from the saved order yet.";
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
  useAsSaved(handle.order(), "Saved. Changes are now checked as an edit of the saved order, in its status.");
});
$("clear-original").addEventListener("click", () => {
  original = undefined;
  savedOrder = undefined;
  showChanges();
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

/* ---- Load an API payload ---- */

/** What the reader takes at most (8 MiB of XML): a bigger file is refused before it is read. */
const MAX_PAYLOAD = 8 * 1024 * 1024;
/** At most this many lines in a list on the page; the rest are counted. */
const MAX_LISTED = 50;
const EASTERN_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" });
const EASTERN_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The controls that hold the order (the rejection lookup and the loader are forms of their own). */
function orderControls() {
  return [...form.elements].filter((c) => c.name && !["button", "submit", "reset", "fieldset"].includes(c.type));
}

const stateOf = (c) => (c.type === "checkbox" || c.type === "radio" ? c.checked : c.value);
/** What each control holds before anyone types: taken once the page is ready. */
let blank = new Map();
function takeBlank() {
  blank = new Map(orderControls().map((c) => [c, stateOf(c)]));
}
const typed = () => orderControls().some((c) => blank.has(c) && stateOf(c) !== blank.get(c));

function setState(c, state) {
  if (c.type === "checkbox" || c.type === "radio") c.checked = state;
  else c.value = state;
}

/** Every control back to what it held when the page opened (the kind first: it picks the statuses). */
function resetForm() {
  for (const c of orderControls()) if (c.name === "kind") setState(c, blank.get(c));
  showKind();
  for (const c of orderControls()) if (c.name !== "kind" && blank.has(c)) setState(c, blank.get(c));
  showStatus();
}

/** The order's fields as [dotted path, value]: nested objects flattened, arrays kept whole. */
function leaves(value, prefix = "", out = []) {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v && typeof v === "object" && !Array.isArray(v)) leaves(v, path, out);
    else out.push([path, v]);
  }
  return out;
}

/** A value as the list shows it: PINs masked, long text cut. */
function shownValue(path, value) {
  if (/pinNumber$/i.test(path)) return "••••";
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A date as the API writes it, for a date control and its time control (US Eastern):
 * `2026-12-01`, `2026-12-01Z` or `2026-12-01-05:00` -> the date; a date-time -> the Eastern date
 * and time of that instant; a date-time with no offset is taken as Eastern time. */
function splitDate(text) {
  let m = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/i.exec(text);
  if (m) return { date: m[1] };
  m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!m) return null;
  if (!m[4]) return { date: m[1], time: `${m[2]}:${m[3]}`, note: "it had no offset from UTC, so it was read as US Eastern time" };
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) return null;
  return { date: EASTERN_DATE.format(at), time: EASTERN_TIME.format(at) };
}

/** The provider's other spellings of a choice, as the checks read them (PORT_TYPES in
 * src/order_type.rs): its own samples write `<PortType>AUTOMATED</PortType>`. */
const SPELLINGS = { AUTOMATED: "AUTOMATEDONNET" };

/** Puts one field of the order into its control. Answers the controls filled, and adds to `left`
 * what could not be placed, as sentences. */
function place(path, value, left) {
  const controls = orderControls().filter((c) => c.name === path);
  const c = controls[0];
  if (!c) {
    left.push(`${path} (${shownValue(path, value)}): no field on this page.`);
    return [];
  }
  if (c.type === "radio") {
    const choice = controls.find((r) => r.value === String(value));
    if (!choice) {
      left.push(`${path} (${shownValue(path, value)}): not one of the choices.`);
      return [];
    }
    choice.checked = true;
    return [choice];
  }
  if (c.type === "checkbox") {
    if (typeof value !== "boolean") {
      left.push(`${path} (${shownValue(path, value)}): not true or false.`);
      return [];
    }
    c.checked = value;
    return [c];
  }
  let text = Array.isArray(value) ? value.join("\n") : String(value);
  const filled = [c];
  if (c.type === "date") {
    const time = form.querySelector(`[data-pv-time-for="${CSS.escape(path)}"]`);
    const parts = splitDate(text);
    if (!parts) {
      left.push(`${path} (${shownValue(path, value)}): not a date the field can hold.`);
      return [];
    }
    text = parts.date;
    if (parts.time && time) {
      time.value = parts.time;
      filled.push(time);
      if (parts.note) left.push(`${path} (${shownValue(path, value)}): placed, but ${parts.note}.`);
    } else if (parts.time) {
      left.push(`${path} (${shownValue(path, value)}): the field holds the date only; the time ${parts.time} US Eastern was left out.`);
    }
  }
  c.value = text;
  if (c.value !== text && c.tagName === "SELECT") {
    // The API writes some choices in words ("Requested Supp", "AUTOMATED"); the page's values are
    // the codes. Compared as the checks compare them (src/order_type.rs): letters and digits only.
    const squash = (v) => v.toUpperCase().replace(/[^A-Z0-9]/g, "");
    const typed = SPELLINGS[squash(text)] ?? squash(text);
    c.value = [...c.options].find((o) => squash(o.value) === typed)?.value ?? "";
  }
  if (c.value === "" && text !== "") {
    left.push(`${path} (${shownValue(path, value)}): not a value the field takes.`);
    return [];
  }
  return filled;
}

/** Why a control inside `[hidden]` is not shown. */
function whyHidden(c) {
  const part = c.closest("[hidden]");
  if (part?.dataset.kind) return part.dataset.kind === "lsr" ? "the page shows it for LSRs only" : "the page shows it for port-ins only";
  if (part?.dataset.status) return "the page shows it once the order has FOC";
  if (part?.id === "resp-org") return "the page asks for it on toll-free port-ins only";
  return "the page does not show it for this order";
}

const issueText = (i) => `${i.severity[0].toUpperCase()}${i.severity.slice(1)}: ${i.message}`;

/** A list of sentences, at most MAX_LISTED of them. */
function sentenceList(lines, className) {
  const list = el("ul", undefined, { class: className });
  for (const line of lines.slice(0, MAX_LISTED)) list.append(el("li", line));
  if (lines.length > MAX_LISTED) list.append(el("li", `… and ${lines.length - MAX_LISTED} more.`));
  return list;
}

function showLeft(lines) {
  const out = $("load-left");
  if (!lines.length) {
    out.replaceChildren();
    return;
  }
  out.replaceChildren(el("h3", "Not placed in the form", { id: "load-left-title" }), sentenceList(lines, "left-list"));
  out.lastChild.setAttribute("aria-labelledby", "load-left-title");
}

/** The payload as `readOrder` reads it: XML as text, anything else parsed as JSON first. */
function readPayload(text) {
  if (!text.trim()) return { error: "Nothing to load: paste XML or JSON, or choose a file." };
  if (text.trimStart().startsWith("<")) {
    const root = rootName(text.slice(0, 65536));
    return { read: pv.readOrder(text), what: `XML${root ? ` (<${root}>)` : ""}`, supp: root === "LnpOrderSupp", root };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Nothing was loaded: this is neither XML nor JSON that can be read (${error.message}).` };
  }
  return { read: pv.readOrder(value), what: "JSON" };
}

let pending;
function askFirst(payload) {
  pending = payload;
  $("load-confirm").hidden = false;
  $("load-status").textContent = ""; // the question is the group's label, read out with its focused button
  $("load-keep").focus();
}
function stopAsking() {
  pending = undefined;
  $("load-confirm").hidden = true;
}

function load() {
  stopAsking();
  const payload = readPayload($("payload").value);
  if (payload.error) {
    $("load-status").textContent = payload.error;
    showLeft([]);
    return;
  }
  const { order, issues } = payload.read;
  if (!Object.keys(order).length) {
    const why = issues.find((i) => i.severity === "error") ?? issues[0];
    $("load-status").textContent = `Nothing was loaded: ${why ? why.message : "the payload holds no order."}`;
    showLeft(issues.map(issueText));
    return;
  }
  if (typed()) askFirst(payload);
  else fill(payload);
}

/** Replaces the form with the payload's order, then lets the helper check it afresh. A GET's
 * order (`<LnpOrderResponse>`) becomes the saved copy; a supplement, with a saved copy, is
 * applied to it (what the provider would make of it). */
function fill({ read: { order, issues }, what, supp, root }) {
  if (supp && savedOrder) order = pv.applySupp(savedOrder, order).order;
  resetForm();
  const left = issues.map(issueText);
  const filled = [];
  const fields = leaves(order);
  // The kind picks the statuses and the fields shown; the status, which fields are shown.
  const rank = ([path]) => (path === "kind" ? 0 : path === "status" ? 1 : 2);
  fields.sort((a, b) => rank(a) - rank(b));
  for (const [path, value] of fields) {
    filled.push(...place(path, value, left));
    if (path === "kind") showKind();
  }
  showStatus();
  suppChosen = false;
  $("xml-supp").checked = supp || SUBMITTED.has($("status").value);
  attach(); // a control that holds a value when attached shows its marks at once
  for (const c of filled) {
    if (c.closest("[hidden]")) {
      left.push(`${c.name} (${shownValue(c.name, stateOf(c))}): ${whyHidden(c)}, so it was left out.`);
      setState(c, blank.get(c));
    }
  }
  if (root === "LnpOrderResponse") {
    useAsSaved(order, `Saved copy: the order as the GET returned it (${order.status ?? "no status"}). Your changes are checked as an edit of it, and “Copy as XML” writes only what changed.`);
  }
  const placed = filled.filter((c) => !c.closest("[hidden]") && !c.hasAttribute("data-pv-time-for")).length;
  $("load-status").textContent = `Loaded ${placed} ${placed === 1 ? "field" : "fields"} from ${what}.` +
    (left.length ? ` ${left.length} ${left.length === 1 ? "note" : "notes"} below: what could not be placed, and what the reader said.` : " Everything was placed.");
  showLeft(left);
  showXml();
}

$("load").addEventListener("submit", (e) => {
  e.preventDefault(); // loads into the page; nothing is sent
  load();
});
$("rejection-lookup").addEventListener("submit", (e) => e.preventDefault());
$("load-replace").addEventListener("click", () => {
  const payload = pending;
  stopAsking();
  if (payload) fill(payload);
  $("load-button").focus();
});
$("load-keep").addEventListener("click", () => {
  stopAsking();
  $("load-status").textContent = "Nothing was loaded: the form keeps what you typed.";
  $("load-button").focus();
});
$("payload").addEventListener("input", stopAsking);
$("payload-file").addEventListener("change", async (e) => {
  stopAsking();
  const file = e.target.files?.[0];
  if (!file) return;
  if (file.size > MAX_PAYLOAD) {
    $("load-status").textContent = `${file.name} is ${(file.size / 1048576).toFixed(1)} MiB: more than the 8 MiB the reader takes. Nothing was read.`;
    return;
  }
  try {
    $("payload").value = await file.text(); // read here; nothing is uploaded
    $("load-status").textContent = `Read ${file.name} into the box above: press “Load into the form”.`;
  } catch (error) {
    $("load-status").textContent = `${file.name} could not be read (${error.message}).`;
  }
});

/* ---- Copy as XML ---- */

/** The statuses of an order that was submitted: a change to it is an `<LnpOrderSupp>`. */
const SUBMITTED = new Set(["PENDING_DOCUMENTS", "SUBMITTED", "EXCEPTION", "REQUESTED_SUPP", "FOC", "REQUESTED_CANCEL", "CANCELLED", "COMPLETE", "VALIDATE_TFNS", "INVALID_TFNS"]);
/** True once the person ticked or unticked the change box: then it no longer follows the status. */
let suppChosen = false;
function followStatus() {
  if (!suppChosen) $("xml-supp").checked = SUBMITTED.has($("status").value);
}

const maskPin = (xml) => xml.replace(/<PinNumber>[^<]*<\/PinNumber>/g, "<PinNumber>••••</PinNumber>");

/** The form as the body to submit, redrawn at most once a frame however fast reports come, and
 * only while it is on screen: with 100,000 numbers the body is megabytes, and writing it on every
 * keystroke elsewhere would hold up the page (copying it redraws it first). */
let xmlQueued = false;
let xmlOnScreen = true;
let xmlStale = false;
function queueXml() {
  xmlStale = true;
  if (xmlQueued || !xmlOnScreen) return;
  xmlQueued = true;
  requestAnimationFrame(() => {
    if (xmlQueued) showXml();
  });
}
if (typeof IntersectionObserver === "function") {
  new IntersectionObserver((seen) => {
    xmlOnScreen = seen.some((s) => s.isIntersecting);
    if (xmlOnScreen && xmlStale) queueXml();
  }).observe($("xml-body"));
}
function showXml() {
  xmlQueued = false;
  xmlStale = false;
  if (!handle) return;
  const supp = $("xml-supp").checked;
  // A change to a saved copy: only what changed, and what must go with it.
  const { xml, issues } = supp && savedOrder
    ? pv.toLnpOrderXml(editedOrder(), { supp, original: savedOrder })
    : pv.toLnpOrderXml(handle.order(), { supp });
  const shown = $("xml-show-pin").checked ? xml : maskPin(xml);
  const box = $("xml-body");
  if (box.value !== shown) box.value = shown;
  const out = $("xml-issues");
  if (!issues.length) {
    out.replaceChildren();
    return;
  }
  out.replaceChildren(el("h3", "Left out of the body", { id: "xml-issues-title" }), sentenceList(issues.map(issueText), "left-list"));
  out.lastChild.setAttribute("aria-labelledby", "xml-issues-title");
}

$("xml-supp").addEventListener("change", () => {
  suppChosen = true;
  showXml();
});
$("xml-show-pin").addEventListener("change", showXml);
$("xml-copy").addEventListener("click", async () => {
  showXml();
  const box = $("xml-body");
  const say = $("xml-status");
  say.textContent = "";
  if (!box.value) {
    say.textContent = "Nothing to copy: the form gives no body (see below).";
    return;
  }
  const masked = !$("xml-show-pin").checked && box.value.includes("<PinNumber>");
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard here");
    await navigator.clipboard.writeText(box.value);
    say.textContent = masked ? "Copied, with the PIN masked." : "Copied.";
  } catch {
    // No clipboard (a page served over plain HTTP, a refused permission): select it instead.
    box.focus();
    box.select();
    say.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
  }
});

for (const select of form.querySelectorAll("select.directional")) {
  select.replaceChildren(el("option", "None", { value: "" }), ...["N", "S", "E", "W", "NE", "NW", "SE", "SW"].map((d) => el("option", d, { value: d })));
}

try {
  await init();
  showKind();
  takeBlank();
  attach();
  showXml();
  $("loading").remove();
} catch (error) {
  $("loading").textContent = `The checker could not start (${error.message}). Reload the page to try again.`;
}
