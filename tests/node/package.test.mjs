// The built package, imported by its name as a Node user would, without init().
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { validateOrder, parseTnList, editableFields, explainStatus } from "portin-validator";

// The shared complete order (also used by the Rust tests, native and wasm).
const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));

test("validateOrder works in Node without init()", () => {
  const report = validateOrder(good);
  assert.equal(report.ok, true, JSON.stringify(report.issues));
  assert.deepEqual(report.tns, { count: 2, valid: 2, invalid: 0, duplicates: 0, tollFree: 0, places: [{ place: "NC", areaCodes: ["919"], count: 2 }] });
});

test("parseTnList(text, options): area codes judged on the options' day, extraAreaCodes honoured", () => {
  const text = "416-246-0142\n876-246-0142\n237-246-0142\n471-246-0142\n919-246-0142";
  const before = parseTnList(text, { today: "2026-01-29" });
  // Canadian numbers port in (manual off-net); Jamaican ones do not.
  assert.deepEqual(before.tns, ["4162460142", "9192460142"]);
  assert.deepEqual(before.invalid.map((i) => [i.line, i.issue.code]), [
    [2, "tn.area_code_country"], [3, "tn.area_code_not_in_service"], [4, "tn.area_code_not_yet"],
  ]);
  assert.match(before.invalid[0].issue.message, /Jamaica/);
  const dayOf = parseTnList(text, { today: "2026-01-30", extraAreaCodes: ["237"] });
  assert.deepEqual(dayOf.tns, ["4162460142", "2372460142", "4712460142", "9192460142"]);
  // Without options: the runtime's clock (after 2026-01-30 here, so 471 is in service).
  assert.ok(parseTnList("471-246-0142").tns.length + parseTnList("471-246-0142").invalid.length === 1);
  const wrong = parseTnList("919-246-0142", { extraAreaCodes: ["12"] });
  assert.deepEqual(wrong.issues.map((i) => i.code), ["options.invalid"]);
});

test("validateOrder: the provider's sample order's Denver, CO address with a North Carolina ZIP", () => {
  const sample = { ...good, subscriber: { ...good.subscriber, serviceAddress: { houseNumber: "11235", streetName: "Back", city: "Denver", stateCode: "CO", zip: "27541" } }, listOfPhoneNumbers: ["9194809871"], billingTelephoneNumber: "9194809871" };
  const r = validateOrder(sample, { today: "2026-11-23" });
  const codes = r.issues.map((i) => `${i.path.join(".")} ${i.code} ${i.severity}`);
  assert.ok(codes.includes("subscriber.serviceAddress.zip address.zip_state error"), codes.join("\n"));
  assert.ok(codes.includes("subscriber.serviceAddress.stateCode address.area_code_state warning"), codes.join("\n"));
  assert.equal(r.ok, false);
});

test("init() is harmless in Node and can be called twice", async () => {
  await init();
  await init();
  assert.equal(validateOrder(good).ok, true);
});

test("a real report: issues with path, code, severity, message, rule", () => {
  const report = validateOrder({ listOfPhoneNumbers: "919-200-0000\n919-555-0100\n(919) 200-0000" });
  assert.equal(report.ok, false);
  const byCode = Object.fromEntries(report.issues.map((i) => [i.code, i]));
  assert.deepEqual(byCode["tn.fictitious"].path, ["listOfPhoneNumbers", 1]);
  assert.equal(byCode["tn.fictitious"].severity, "error");
  assert.equal(byCode["tn.fictitious"].rule, "R-TN-NANP");
  assert.match(byCode["tn.fictitious"].message, /^Line 2: .*919-555-0100.* fictitious/);
  assert.deepEqual(byCode["tn.duplicate"].path, ["listOfPhoneNumbers", 2]);
  assert.deepEqual(byCode["btn.required"].path, ["billingTelephoneNumber"]);
  for (const issue of report.issues) {
    assert.match(issue.code, /^[a-z]+(\.[a-z0-9_]+)+$/);
    assert.ok(["error", "warning", "info"].includes(issue.severity));
  }
});

test("ok is false exactly when an issue is an error", () => {
  const offNet = { ...good, portType: "AUTOMATED_OFF_NET", listOfPhoneNumbers: Array.from({ length: 601 }, (_, i) => `919${2000000 + i}`) };
  const report = validateOrder(offNet);
  assert.ok(report.issues.some((i) => i.code === "tn.project_port" && i.severity === "info"));
  assert.equal(report.ok, !report.issues.some((i) => i.severity === "error"));
  assert.equal(report.ok, true);
});

test("parseTnList returns the documented shape", () => {
  const r = parseTnList("919-200-0000\n919.200.0001; +1 919 200 0000\nabc\n800-234-5678");
  assert.deepEqual(r.tns, ["9192000000", "9192000001", "8002345678"]);
  assert.deepEqual(r.duplicates, [{ tn: "9192000000", lines: [1, 2] }]);
  assert.deepEqual(r.tollFree, ["8002345678"]);
  assert.equal(r.invalid.length, 1);
  assert.equal(r.invalid[0].line, 3);
  assert.equal(r.invalid[0].input, "abc");
  assert.equal(r.invalid[0].issue.code, "tn.character");
});

test("bad data never throws, and the next call works", () => {
  const hostile = [null, 42, "x", [], { listOfPhoneNumbers: 42 }, { billingTelephoneNumber: {} },
    { listOfPhoneNumbers: "9192000000\n".repeat(1_000_000) }, Symbol("s"), 10n, () => 1];
  for (const value of hostile) {
    const report = validateOrder(value);
    assert.equal(report.ok, false);
    assert.ok(report.issues.length > 0);
    assert.equal(validateOrder(good).ok, true);
  }
  assert.equal(parseTnList(42).issues[0].code, "input.type");
});

test("editableFields and explainStatus return the documented shapes", () => {
  const offNet = editableFields({ portType: "AUTOMATED_OFF_NET", status: "FOC" });
  // After FOC, of the order's details only the date; the account's references always (issue 20).
  const afterFoc = ["requestedFocDate", "customerOrderId", "siteId", "peerId", "tnAttributes"];
  assert.deepEqual(offNet, { editable: true, fields: afterFoc, warnings: offNet.warnings });
  assert.ok(offNet.warnings.some((w) => w.code === "edit.may_delay" && w.severity === "warning"));
  const closed = editableFields({ kind: "lsr", status: "Failed" });
  assert.equal(closed.editable, false);
  assert.deepEqual(closed.fields, []);
  assert.match(closed.reason, /new order/);
  assert.deepEqual(Object.keys(explainStatus("requested_supp")).sort(), ["editable", "kind", "known", "meaning", "next", "status", "terminal"]);
  const failed = explainStatus("FAILED", "lsr");
  assert.equal(failed.terminal, true);
  assert.equal(failed.editable, false);
  assert.match(failed.next, /new order/);
  for (const bad of [undefined, null, 42, Symbol("s"), {}, () => 1]) {
    assert.equal(explainStatus(bad).known, false);
    assert.equal(typeof editableFields(bad).editable, "boolean");
  }
});

test("near the FOC: editableFields(order, options) and validateOrder refuse every change", () => {
  const saved = { ...good, portType: "AUTOMATED_OFF_NET", status: "FOC", requestedFocDate: "2026-11-30" };
  const edited = { ...saved, requestedFocDate: "2026-12-02" };
  // 23 h 59 min before the FOC (2026-11-30 at 11:30 Eastern, 16:30Z): refused.
  const near = { now: "2026-11-29T16:31:00Z" };
  const closed = editableFields(saved, near);
  assert.equal(closed.editable, false);
  assert.deepEqual(closed.fields, []);
  assert.match(closed.reason, /less than 24 hours away; open a ticket with the porting team/);
  assert.ok(closed.warnings.some((w) => w.code === "edit.near_foc" && w.severity === "error" && w.rule === "R-EDIT-NEAR-FOC"));
  const refused = validateOrder(edited, { ...near, original: saved }).issues.filter((i) => i.code === "edit.near_foc");
  assert.deepEqual(refused.map((i) => i.path), [["requestedFocDate"]]);
  // 24 h 01 min before: taken, with the off-net warning (Sunday, 1 business day before).
  const open = editableFields(saved, { now: "2026-11-29T16:29:00Z" });
  assert.equal(open.editable, true);
  assert.deepEqual(open.fields, ["requestedFocDate", "customerOrderId", "siteId", "peerId", "tnAttributes"]);
  const offnet = open.warnings.find((w) => w.code === "edit.near_foc_offnet");
  assert.equal(offnet.severity, "warning");
  assert.deepEqual(offnet.path, ["requestedFocDate"]);
  // The old call, without options, reads the runtime's clock.
  assert.equal(editableFields({ ...saved, requestedFocDate: "2020-01-02" }).editable, false);
  assert.equal(editableFields({ ...saved, requestedFocDate: "2099-01-02" }).editable, true);
});

test("an edit: the saved order in options.original turns on the editing rules", () => {
  const saved = { ...good, portType: "AUTOMATED_OFF_NET", status: "FOC" };
  const edited = { ...saved, subscriber: { ...saved.subscriber, serviceAddress: { ...saved.subscriber.serviceAddress, zip: "27603" } } };
  const report = validateOrder(edited, { original: saved });
  assert.equal(report.ok, false);
  const refused = report.issues.find((i) => i.code === "edit.not_editable");
  assert.deepEqual(refused.path, ["subscriber", "serviceAddress", "zip"]);
  assert.match(refused.message, /after FOC only the requested FOC date can change/);
  assert.equal(validateOrder({ ...saved, requestedFocDate: "2026-12-20" }, { original: saved }).issues.some((i) => i.code === "edit.not_editable"), false);
});
