// Calls that nest: a value whose getter, Proxy trap or Date method calls the package again while
// the package reads it. The nested call is refused at once with an Error that says so; the outer
// call finishes with its normal result; nothing traps and nothing restarts. The last test is a
// property over every pair of exports and every kind of hook (`npm run fuzz`: 10^6 cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as pv from "portin-validator";

const RUNS = Number(process.env.PORTIN_CASES ?? 300);
const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));
const TODAY = { today: "2026-11-23" };
const REFUSED = /^portin-validator: \w+ was called while \w+ still ran \(from a getter, a Proxy trap, toString or valueOf of a value it was reading\): calls cannot nest\.$/;

/** Ways a value runs the caller's code while the package reads it; `hook()` is that code. Each
 * makes the value given to the outer call, in the place that call reads. */
const HOOKS = {
  getter: (hook) => ({ get pon() { return hook(); }, listOfPhoneNumbers: ["919-200-0000"] }),
  "Proxy get trap": (hook) => new Proxy({}, { get(_, key) { return key === "billingTelephoneNumber" ? hook() : undefined; } }),
  "Proxy ownKeys trap": (hook) => new Proxy({}, { ownKeys() { hook(); return []; } }),
  "Proxy getPrototypeOf trap (instanceof Date)": (hook) => ({ requestedFocDate: new Proxy({}, { getPrototypeOf() { hook(); return Object.prototype; } }) }),
  "a Date's toISOString": (hook) => ({ requestedFocDate: Object.assign(new Date(0), { toISOString() { hook(); return "2026-12-01"; } }) }),
  "a Date's getTime (valueOf)": (hook) => ({ requestedFocDate: Object.assign(new Date(0), { getTime() { hook(); return 0; } }) }),
  "a list's length getter": (hook) => ({ listOfPhoneNumbers: new Proxy(["919-200-0000"], { get(t, k) { if (k === "length") hook(); return Reflect.get(t, k); } }) }),
};

/** Every export that reads a value, called with `v` where it reads one; whether its result is
 * its normal shape. */
const OUTER = {
  validateOrder: [(v) => pv.validateOrder(v, TODAY), (r) => typeof r.ok === "boolean" && Array.isArray(r.issues)],
  "validateOrder (options)": [(v) => pv.validateOrder(good, { ...TODAY, original: v }), (r) => typeof r.ok === "boolean"],
  editableFields: [(v) => pv.editableFields(v, TODAY), (r) => typeof r.editable === "boolean"],
  readOrder: [(v) => pv.readOrder(v), (r) => typeof r.order === "object" && Array.isArray(r.issues)],
  toLnpOrderXml: [(v) => pv.toLnpOrderXml(v), (r) => typeof r.xml === "string"],
  parseTnList: [(v) => pv.parseTnList(v.listOfPhoneNumbers ?? v, TODAY), (r) => Array.isArray(r.tns)],
  earliestRequestedDate: [(v) => pv.earliestRequestedDate({ extraHolidays: v.listOfPhoneNumbers ?? v, today: "2026-11-23" }), (r) => typeof r.minimum === "string"],
  focExpiry: [(v) => pv.focExpiry("2026-11-16", v), (r) => typeof r === "string"],
  isBusinessDay: [(v) => pv.isBusinessDay("2026-11-16", v), (r) => typeof r === "boolean"],
  areaCode: [(v) => pv.areaCode("919", v), (r) => typeof r.known === "boolean"],
  registerRejectionCodes: [(v) => pv.registerRejectionCodes([entryOver(v)]), (r) => typeof r.added === "number"],
  applySupp: [(v) => pv.applySupp(good, v), (r) => typeof r.order === "object" && Array.isArray(r.issues)],
  "applySupp (saved order)": [(v) => pv.applySupp(v, { pon: "NEST-2" }), (r) => typeof r.order === "object" && Array.isArray(r.issues)],
};

/** A rejection entry whose `family` is read through `v`, so that reading the entry runs the hook. */
function entryOver(v) {
  const entry = { code: "NEST-1", title: "t", meaning: "m", action: "a" };
  return Object.defineProperty(entry, "family", {
    enumerable: true,
    get: () => v.pon ?? v.billingTelephoneNumber ?? (v.requestedFocDate instanceof Date ? "f" : undefined),
  });
}

/** The nested calls: every export, with a plain value. */
const INNER = {
  validateOrder: () => pv.validateOrder(good, TODAY),
  parseTnList: () => pv.parseTnList("919-200-0000"),
  editableFields: () => pv.editableFields(good),
  explainRejection: () => pv.explainRejection("7309"),
  explainStatus: () => pv.explainStatus("FOC"),
  earliestRequestedDate: () => pv.earliestRequestedDate(TODAY),
  focExpiry: () => pv.focExpiry("2026-11-16"),
  isBusinessDay: () => pv.isBusinessDay("2026-11-16"),
  areaCode: () => pv.areaCode("919"),
  readOrder: () => pv.readOrder(good),
  toLnpOrderXml: () => pv.toLnpOrderXml(good),
  registerRejectionCodes: () => pv.registerRejectionCodes([]),
  applySupp: () => pv.applySupp(good, { pon: "NEST-3" }),
};

/** Runs `outer` on a value whose hook calls `inner`: what the hook saw, and the outer result. */
function nest(outer, hook, inner, rethrow) {
  const seen = [];
  const value = HOOKS[hook](() => {
    try {
      INNER[inner]();
      seen.push("ran");
    } catch (error) {
      seen.push(error);
      if (rethrow) throw error;
    }
  });
  const result = OUTER[outer][0](value);
  return { seen, result };
}

test("a call from inside another is refused at once with an Error that says so; the outer call finishes normally", () => {
  let nested = 0;
  for (const outer of Object.keys(OUTER)) {
    for (const hook of Object.keys(HOOKS)) {
      for (const rethrow of [false, true]) {
        const what = `${outer} <- ${hook}${rethrow ? ", rethrown" : ""}`;
        const { seen, result } = nest(outer, hook, "validateOrder", rethrow);
        assert.ok(OUTER[outer][1](result), `${what}: a normal result, got ${JSON.stringify(result)}`);
        for (const error of seen) {
          assert.ok(error instanceof Error, `${what}: refused with an Error, not ${String(error)}`);
          assert.match(error.message, REFUSED, what);
          assert.match(error.message, new RegExp(`^portin-validator: validateOrder was called while ${outer.split(" ")[0]} still ran`), what);
          nested++;
        }
      }
    }
  }
  assert.ok(nested > 40, `${nested} nested calls were made and refused`);
  assert.equal(pv.validateOrder(good, TODAY).ok, true, "the next call works");
});

test("every export is refused the same way, and a getter that rethrows becomes the outer call's input.unreadable", () => {
  for (const inner of Object.keys(INNER)) {
    const { seen, result } = nest("validateOrder", "getter", inner, true);
    assert.equal(seen.length, 1, inner);
    assert.match(seen[0].message, new RegExp(`^portin-validator: ${inner} was called while validateOrder still ran`), inner);
    assert.deepEqual(result.issues.filter((i) => i.path[0] === "pon").map((i) => i.code), ["input.unreadable"], inner);
  }
});

test("an order whose getter calls validateOrder on itself: one refusal, no recursion, a Report", () => {
  let calls = 0;
  const order = { ...good, get pon() { calls++; return pv.validateOrder(order, TODAY); } };
  const report = pv.validateOrder(order, TODAY);
  assert.equal(calls, 1);
  assert.equal(typeof report.ok, "boolean");
  assert.deepEqual(report.issues.filter((i) => i.path[0] === "pon").map((i) => i.code), ["input.unreadable"]);
  assert.equal(pv.validateOrder(good, TODAY).ok, true);
});

test("sequential calls from a getter's caller are untouched: the guard holds only while a call runs", () => {
  for (let i = 0; i < 3; i++) assert.equal(pv.validateOrder(good, TODAY).ok, true);
  assert.equal(pv.explainRejection("7309").known, true);
});

test(`property: any export inside any export through any hook is refused, and the outer result stands (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...Object.keys(OUTER)),
      fc.constantFrom(...Object.keys(HOOKS)),
      fc.constantFrom(...Object.keys(INNER)),
      fc.boolean(),
      (outer, hook, inner, rethrow) => {
        runs++;
        const { seen, result } = nest(outer, hook, inner, rethrow);
        assert.ok(OUTER[outer][1](result));
        assert.ok(seen.every((e) => e instanceof Error && REFUSED.test(e.message)));
        assert.equal(pv.isBusinessDay("2026-11-16"), true, "the next call works");
      },
    ),
    { numRuns: RUNS },
  );
  console.log(`property nested calls: ${runs} cases, 0 failures`);
});
