// explainRejection and registerRejectionCodes from the built package, imported by its name as a
// Node user would (no init()), with the shapes of api.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import { explainRejection, registerRejectionCodes } from "portin-validator";

test("a 17008 message: code, both readings, the fields, every number with its PON and FOC date", () => {
  const e = explainRejection(
    "17008: One or more of the numbers submitted already has a pending FOC date. TNs found with a pending FOC Date: " +
      "TN: [9195550142], PON: [ABC123], FOC Date: [01/13/2030], TN: [919-555-0143], PON: [DEF456], FOC Date: [01/14/2030]",
  );
  assert.equal(e.code, "17008");
  assert.equal(e.known, true);
  assert.equal(e.family, "lsr validation");
  assert.match(e.meaning, /internal error/);
  assert.match(e.meaning, /pending FOC/);
  assert.deepEqual(e.fields, ["listOfPhoneNumbers", "pon", "requestedFocDate"]);
  assert.deepEqual(e.details.tns, ["9195550142", "9195550143"]);
  assert.equal(e.details.pon, "ABC123");
  assert.deepEqual(e.details.pons, ["ABC123", "DEF456"]);
  assert.equal(e.details.focDate, "2030-01-13");
  assert.deepEqual(e.details.dates, ["2030-01-13", "2030-01-14"]);
});

test("a number, digits, a sentence, the carrier's own code", () => {
  assert.equal(explainRejection(7517).code, "7517");
  assert.equal(explainRejection("  7517").code, "7517");
  assert.equal(explainRejection("Error 7402: address mismatch").code, "7402");
  const e = explainRejection("Order rejected by the losing carrier with 7434 E24");
  assert.equal(e.family, "carrier rejection");
  assert.equal(e.details.carrierCode, "E24");
  assert.deepEqual(e.fields, ["partialPort"]);
});

test("unknown and empty input: known false, generic guidance, never a throw", () => {
  for (const input of ["", "7446", "nothing here", null, undefined, {}, [], Symbol("s"), 10n, NaN, -1]) {
    const e = explainRejection(input);
    assert.equal(e.known, false);
    assert.equal(e.family, "unknown");
    assert.ok(e.title && e.meaning && e.action);
    assert.deepEqual(e.fields, []);
    assert.ok(Array.isArray(e.details.tns));
  }
  assert.match(explainRejection("7446").meaning, /losing carrier/);
});

test("operators register their own codes; bad entries are issues", () => {
  const r = registerRejectionCodes([
    { code: "NODE-1", title: "Vendor rejected", meaning: "The vendor refused.", action: "Call them.", fields: ["pon"] },
    { code: "bad code", title: "T", meaning: "M", action: "A", fields: [] },
  ]);
  assert.equal(r.added, 1);
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [[[1, "code"], "rejection.code_invalid"]]);
  const e = explainRejection("node-1 on PON: P1");
  assert.equal(e.code, "NODE-1");
  assert.equal(e.family, "custom");
  assert.deepEqual(e.fields, ["pon"]);
  assert.equal(registerRejectionCodes("nope").added, 0);
});
