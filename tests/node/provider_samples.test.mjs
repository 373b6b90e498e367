// The provider's sample files (this project's fixtures in tests/fixtures/provider/, written from
// ../shared/reference/bandwidth-api/) through the command line, each on a day its date suits:
// the errors each still gets are ones the provider gives too (tests/provider_orders.rs gives the
// reasons and every warning). Issue 21.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(root, "pkg/cli.mjs");
const dir = join(root, "tests/fixtures/provider");

/** (file, today, --kind, the errors as `path code`). */
const SAMPLES = [
  ["post-toll-free-automated.xml", "2021-06-08", null, []],
  ["post-201-toll-free.xml", "2016-03-17", null, []],
  ["get-valid-draft-tfns.xml", "2021-06-15", null, []],
  ["get-invalid-draft-tfns.xml", "2021-06-15", null, []],
  ["post-on-net.xml", "2016-03-17", null, ["subscriber.serviceAddress.zip address.zip_state"]],
  ["post-201-on-net.xml", "2016-03-17", null, ["subscriber.businessName subscriber.business_name_required", "subscriber.serviceAddress.zip address.zip_state"]],
  ["resp409.xml", "2016-03-17", null, ["subscriber.serviceAddress.zip address.zip_state"]],
  ["lsr-create.xml", "2015-11-10", "portIn", ["requestedFocDate date.not_business_day", "subscriber.serviceAddress.zip address.zip_state"]],
  ["lsr-put-200.xml", "2015-11-10", null, ["requestedFocDate date.not_business_day", "subscriber.serviceAddress.zip address.zip_state"]],
  ["lsr-node-sdk.json", "2026-11-23", "lsr", []],
  ["canada.json", "2026-11-23", null, []],
  // Issue 20: a CANCELLED order is finished and asks for no fix (R-STATUS-TERMINAL); a PUT's
  // <LnpOrderSupp> is a change, and without its saved order nothing it leaves out is required.
  ["get-cancelled.xml", "2016-03-17", null, []],
  ["put-regular.xml", "2014-11-25", null, []],
  ["put-toll-free.xml", "2022-11-25", null, ["requestedFocDate date.not_business_day"]],
];

for (const [file, today, kind, errors] of SAMPLES) {
  test(`${file}: ${errors.length ? errors.join(", ") : "no error"}`, () => {
    const args = [cli, "check", join(dir, file), "--today", today, "--json", ...(kind ? ["--kind", kind] : [])];
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    assert.equal(r.stderr, "");
    const [{ report }] = JSON.parse(r.stdout);
    const got = report.issues.filter((i) => i.severity === "error").map((i) => `${i.path.join(".")} ${i.code}`);
    assert.deepEqual(got, errors);
    assert.equal(r.status, errors.length ? 1 : 0);
  });
}

test("the kind read ahead of the LSR's names: any value, never a throw", async () => {
  const pv = await import("portin-validator");
  for (const kind of [null, 5, {}, [], true, "LSR", "port-out", "portIn"]) {
    const r = pv.readOrder({ kind, authorizingPerson: "Jim", listOfTelephoneNumbers: { telephoneNumber: ["9192381468"] } });
    const lsr = kind === "LSR" || kind === "port-out";
    assert.equal(r.order.loaAuthorizingPerson, lsr ? "Jim" : undefined, String(kind));
  }
});

for (const [file, today, codes] of [["resp400.xml", "2016-03-17", ["7309", "7312", "7398"]], ["resp409.xml", "2016-03-17", ["7717"]]]) {
  test(`${file}: the codes in its <Errors> (${codes.join(", ")}) each explained on a line of their own`, () => {
    const r = spawnSync(process.execPath, [cli, "check", join(dir, file), "--today", today], { encoding: "utf8" });
    const lines = r.stdout.split("\n").filter((l) => l.includes(": <Errors> "));
    assert.deepEqual(lines.map((l) => l.match(/<Errors> (\d+)/)[1]), codes);
    for (const line of lines) assert.match(line, new RegExp(`^.+${file.replace(".", "\\.")}: <Errors> \\d+ \\(".+"\\): [^.]+\\. .+$`));
  });
}
