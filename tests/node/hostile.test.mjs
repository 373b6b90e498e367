// Any JS value, for any argument of any export, through the built package: a result, never an
// exception from inside the module, never a trap; and the next call still works.
// Bounded here; `npm run fuzz` runs the same properties with PORTIN_CASES=1000000.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as pv from "portin-validator";

const RUNS = Number(process.env.PORTIN_CASES ?? 300);
const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));

/** Values no JSON has: getters and Proxies that throw, revoked Proxies, cycles, symbols... */
const exotic = fc.constantFrom(
  () => Object.defineProperty({}, "listOfPhoneNumbers", { get() { throw new Error("getter"); } }),
  () => new Proxy({}, { get() { throw new Error("proxy get"); }, has() { throw new Error("proxy has"); } }),
  () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; },
  () => { const o = { listOfPhoneNumbers: ["9192000000"] }; o.subscriber = o; o.wirelessInfo = o; return o; },
  () => ({ listOfPhoneNumbers: new Proxy([], { get(t, k) { if (k === "length") return 1e9; throw new Error("x"); } }) }),
  () => ({ listOfPhoneNumbers: "\ud800\udfff\ud800 919-200-0000" }),
  () => ({ subscriber: { serviceAddress: { zip: Symbol("zip") } } }),
  () => Object.create(null),
  () => ({ partialPort: 10n, ponVersion: -0 }),
  () => [good],
  () => new Date(0),
  () => ({ listOfPhoneNumbers: "9".repeat(3_000_000) }),
);

/** Anything: JSON-like values with the order's keys likely, and the exotic ones. Each case is a
 * function that makes the value, so that fast-check never touches a throwing Proxy itself. */
const keys = ["kind", "status", "portType", "listOfPhoneNumbers", "billingTelephoneNumber", "newBillingTelephoneNumber",
  "partialPort", "requestedFocDate", "actualFocDate", "subscriber", "serviceAddress", "zip", "wirelessInfo", "pinNumber",
  "today", "now", "original", "extraHolidays", "minLeadBusinessDays", "orderMaxTns"];
const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ key: fc.oneof(fc.constantFrom(...keys), fc.string()), withBigInt: true, withMap: true, withSet: true,
    withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 4 }).map((v) => () => v) },
  { weight: 1, arbitrary: exotic },
  { weight: 1, arbitrary: fc.func(fc.anything()).map((f) => () => f) },
);

/** Every export that takes data, with how to check its result. */
const calls = Object.entries(pv)
  .filter(([name, f]) => typeof f === "function" && !name.startsWith("__") && !["default", "initSync", "attachForm", "FormHandle"].includes(name));

test("every data export is covered", () => {
  assert.ok(calls.length >= 2, calls.map(([n]) => n).join(","));
});

for (const [name, f] of calls) {
  test(`${name}: any arguments give a result, never a throw (${RUNS} runs)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        runs++;
        let result;
        assert.doesNotThrow(() => { result = f(a(), b()); });
        assert.notEqual(result, undefined);
        assert.equal(pv.validateOrder(good).ok, true, "the next call works");
      }),
      { numRuns: RUNS },
    );
    console.log(`property ${name}: ${runs} cases, 0 failures`);
  });
}

test("validateOrder reports are well formed for any input", () => {
  fc.assert(
    fc.property(anyValue, anyValue, (order, options) => {
      const r = pv.validateOrder(order(), options());
      assert.equal(typeof r.ok, "boolean");
      assert.equal(r.ok, !r.issues.some((i) => i.severity === "error"));
      for (const i of r.issues) {
        assert.ok(Array.isArray(i.path));
        assert.match(i.code, /^[a-z]+(\.[a-z0-9_]+)+$/);
        assert.equal(typeof i.message, "string");
      }
    }),
    { numRuns: RUNS },
  );
});
