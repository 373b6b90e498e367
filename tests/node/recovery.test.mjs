// If the module ever traps (out of memory, say), the entry restarts it from the compiled module:
// the failing call says so, and every later call works, registered rejection codes included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as published from "portin-validator";
// The package built with the test hooks (`__trapForTesting`); the published one lacks them.
import * as pv from "../../.test-hooks/pkg/node.js";

const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));

test("the published package has no test hooks", () => {
  assert.equal(published.__trapForTesting, undefined);
  assert.equal(typeof published.validateOrder, "function");
});

test("a trap restarts the module; the next calls work and keep registered codes", () => {
  const added = pv.registerRejectionCodes([{ code: "LV-301", title: "Vendor hold", meaning: "The vendor paused the order.", action: "Wait a business day.", fields: [] }]);
  assert.equal(added.added, 1);
  for (let i = 0; i < 3; i++) {
    assert.throws(() => pv.__trapForTesting(), (e) => e instanceof Error && /restarted/.test(e.message) && e.cause instanceof WebAssembly.RuntimeError);
    assert.equal(pv.validateOrder(good, { today: "2026-11-23" }).ok, true);
    assert.deepEqual(pv.parseTnList("919-200-0000").tns, ["9192000000"]);
    assert.equal(pv.explainRejection("LV-301").title, "Vendor hold");
  }
});
