// If the module ever traps (out of memory, say), the entry restarts it from the compiled module:
// the failing call says so, and every later call works, registered rejection codes included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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

test("a restart replays the codes in effect: the last entry per code, as it was registered", () => {
  const entry = { code: "LV-410", title: "First wording", meaning: "m", action: "a", fields: ["pon"] };
  assert.equal(pv.registerRejectionCodes([entry]).added, 1);
  assert.equal(pv.registerRejectionCodes([{ ...entry, code: " lv-410 ", title: "Second wording" }]).added, 1);
  // A refused entry and one whose getter throws replace nothing.
  const throwing = Object.defineProperty({ ...entry }, "title", { get() { throw new Error("getter"); } });
  const refused = pv.registerRejectionCodes([{ ...entry, title: "" }, throwing]);
  assert.deepEqual(refused.issues.map((i) => [i.path, i.code]), [[[0, "title"], "rejection.text_required"], [[1, "title"], "input.unreadable"]]);
  // What the caller changes afterwards is not what was registered.
  const later = { code: "LV-411", title: "As registered", meaning: "m", action: "a" };
  pv.registerRejectionCodes([later]);
  later.title = "Changed afterwards";
  assert.throws(() => pv.__trapForTesting(), /restarted/);
  assert.equal(pv.explainRejection("LV-410").title, "Second wording");
  assert.equal(pv.explainRejection("LV-411").title, "As registered");
  assert.deepEqual(pv.explainRejection("LV-410").fields, ["pon"]);
});

test("registering the same codes again and again keeps one entry per code: memory stays flat", () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc");
  const entries = (round) => Array.from({ length: 100 }, (_, i) => ({ code: `MEM-${i}`, title: `t${round}`.padEnd(100, "t"), meaning: "m".repeat(200), action: "a".repeat(200), fields: ["pon"] }));
  pv.registerRejectionCodes(entries(0));
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let round = 1; round <= 3000; round++) pv.registerRejectionCodes(entries(round));
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // When every call's list was kept for the replay, 3,000 calls grew the JS heap by 195 MB.
  assert.ok(grown < 10 * 1024 * 1024, `the heap grew by ${Math.round(grown / 1048576)} MB`);
  assert.throws(() => pv.__trapForTesting(), /restarted/);
  assert.equal(pv.explainRejection("MEM-7").title, "t3000".padEnd(100, "t"));
});
