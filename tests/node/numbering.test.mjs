// The built package's areaCode against libphonenumber-js, for all 800 NPAs: every disagreement
// must be listed with a reason in tests/fixtures/libphonenumber_disagreements.tsv (written by
// scripts/lpn-disagreements.mjs), and every listed one must still disagree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { isValidPhoneNumber, parsePhoneNumber } from "libphonenumber-js/max";
import { areaCode } from "portin-validator";

const TODAY = "2026-12-01"; // the day the fixture was computed for (its first line says so)
// libphonenumber's region codes for the US and its territories.
// Where a portable number may be: the US, its territories and Canada (manual off-net ports).
const PORTABLE_REGIONS = new Set(["US", "PR", "VI", "GU", "AS", "MP", "CA"]);

const fixture = readFileSync(new URL("../fixtures/libphonenumber_disagreements.tsv", import.meta.url), "utf8");
const header = fixture.split("\n").find((l) => l.startsWith("# Where"));
const lines = fixture.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
assert.deepEqual(lines[0].split("\t"), ["npa", "ours", "libphonenumber", "reason"]);
const rows = new Map();
for (const line of lines.slice(1)) {
  const [npa, ours, lpn, reason] = line.split("\t");
  assert.ok(!rows.has(npa), `${npa} listed twice`);
  rows.set(npa, { ours, lpn, reason: reason ?? "" });
}

function lpnVerdict(npa) {
  const number = `${npa}2460142`;
  let country;
  try {
    country = parsePhoneNumber(number, "US").country;
  } catch {
    country = undefined;
  }
  return { valid: isValidPhoneNumber(number, "US"), country };
}

// Computed once: 800 calls each side.
const computed = [];
for (let n = 200; n <= 999; n++) {
  const npa = String(n);
  const ours = areaCode(npa, { today: TODAY });
  const lpn = lpnVerdict(npa);
  const disagrees = ours.portable !== lpn.valid || (ours.portable && !PORTABLE_REGIONS.has(lpn.country));
  computed.push({
    npa,
    ours,
    disagrees,
    oursCell: `${ours.portable ? "portable" : "not portable"} ${ours.country ?? "-"}`,
    lpnCell: `${lpn.valid ? "valid" : "invalid"} ${lpn.country ?? "-"}`,
  });
}

test("the fixture is for the day and the data the package has", () => {
  assert.ok(header.includes(`on ${TODAY}`), header);
  const { dataDate } = areaCode("919", { today: TODAY });
  assert.match(dataDate, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(header.includes(`NANPA ${dataDate}`), `fixture written for other data than ${dataDate}: rerun scripts/lpn-disagreements.mjs`);
});

test("areaCode gives the documented shape for every NPA", () => {
  const statuses = new Set(["inService", "assigned", "reserved", "unassigned", "n11", "unavailable"]);
  for (const { npa, ours } of computed) {
    assert.equal(ours.npa, npa);
    assert.equal(ours.known, true, npa);
    assert.ok(statuses.has(ours.status), `${npa}: status ${ours.status}`);
    assert.ok(Array.isArray(ours.regions), npa);
    assert.equal(typeof ours.portable, "boolean", npa);
  }
  assert.equal(areaCode("91", { today: TODAY }).known, false);
});

test("every disagreement with libphonenumber has a reason in the fixture", () => {
  const unexplained = computed
    .filter((c) => c.disagrees && !(rows.get(c.npa)?.reason.trim()))
    .map((c) => `${c.npa}\tours ${c.oursCell}\tlibphonenumber ${c.lpnCell}`);
  assert.deepEqual(unexplained, [], `disagreements without a reason (rerun scripts/lpn-disagreements.mjs and check the reasons):\n${unexplained.join("\n")}`);
});

test("every row of the fixture still disagrees, as written", () => {
  const byNpa = new Map(computed.map((c) => [c.npa, c]));
  const stale = [];
  for (const [npa, row] of rows) {
    const c = byNpa.get(npa);
    if (!c) stale.push(`${npa}: not an NPA 200-999`);
    else if (!c.disagrees) stale.push(`${npa}: no longer disagrees (ours ${c.oursCell}, libphonenumber ${c.lpnCell})`);
    else if (c.oursCell !== row.ours || c.lpnCell !== row.lpn) {
      stale.push(`${npa}: now ours ${c.oursCell}, libphonenumber ${c.lpnCell}; the fixture says ${row.ours}, ${row.lpn}`);
    }
  }
  assert.deepEqual(stale, [], `stale rows (rerun scripts/lpn-disagreements.mjs):\n${stale.join("\n")}`);
});
