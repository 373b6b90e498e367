// The date exports of the built package, in Node, as a user imports them (no init()).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validateOrder, earliestRequestedDate, focExpiry, isBusinessDay } from "portin-validator";

const today = { today: "2026-11-23" };
// The complete order the other tests use, with the date under test.
const complete = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));
const order = (requestedFocDate, portType = "AUTOMATED_ON_NET") => ({ ...complete, portType, requestedFocDate });

test("earliestRequestedDate: the 3rd and 5th business days, Thanksgiving skipped", () => {
  assert.deepEqual(earliestRequestedDate(today), { minimum: "2026-11-27", recommended: "2026-12-01" });
  assert.deepEqual(earliestRequestedDate({ today: "bad" }), { minimum: "", recommended: "" });
  const fromClock = earliestRequestedDate();
  assert.match(fromClock.minimum, /^\d{4}-\d{2}-\d{2}$/);
});

test("validateOrder: the fix in the user's terms, at requestedFocDate", () => {
  const report = validateOrder(order("2026-11-25"), today);
  assert.equal(report.ok, false);
  const issue = report.issues.find((i) => i.code === "date.too_soon");
  assert.deepEqual(issue.path, ["requestedFocDate"]);
  assert.equal(issue.severity, "error");
  assert.equal(issue.rule, "R-DATE-LEAD");
  assert.match(issue.message, /pick 2026-11-27 or later; 2026-12-01 or later is recommended\.$/);
  assert.equal(validateOrder(order("2026-12-01"), today).ok, true);
});

test("isBusinessDay and focExpiry never throw", () => {
  assert.equal(isBusinessDay("2026-11-27"), true);
  assert.equal(isBusinessDay("2026-11-26"), false);
  assert.equal(isBusinessDay("2026-11-27", { extraHolidays: ["2026-11-27"] }), false);
  assert.equal(focExpiry("2026-11-16"), "2026-11-30");
  for (const bad of [undefined, null, 42, {}, [], "11/16/2026", Symbol("s"), 10n]) {
    assert.equal(isBusinessDay(bad), false);
    assert.equal(focExpiry(bad), "");
  }
});

test("CommonJS require() sees the same exports", () => {
  const require = createRequire(import.meta.url);
  const cjs = require("portin-validator");
  assert.equal(cjs.focExpiry("2026-11-02"), "2026-11-16");
});

test("the .d.ts declares the date exports with real types", () => {
  const dts = readFileSync(new URL("../../pkg/index.d.ts", import.meta.url), "utf8");
  assert.match(dts, /export function earliestRequestedDate\(options\?: ValidateOptions\): EarliestDates;/);
  assert.match(dts, /export function focExpiry\(focDate: string, options\?: ValidateOptions\): string;/);
  assert.match(dts, /export function isBusinessDay\(date: string, options\?: ValidateOptions\): boolean;/);
  for (const line of dts.split("\n").filter((l) => l.startsWith("export function"))) assert.doesNotMatch(line, /\bany\b/, line);
});
