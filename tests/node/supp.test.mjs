// Supplements through the built package and its command line (issue 20, R-EDIT-SUPP,
// R-STATUS-TERMINAL): applySupp, validateOrder of an <LnpOrderSupp> or with supp: true, and
// `check CHANGE --original SAVED`. The provider's samples are this project's fixtures in
// tests/fixtures/provider/; tests/fixtures/supp/ holds orders of ours in the shape of the provider's
// GET sample (get-submitted.xml, ...).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { applySupp, toLnpOrderXml, validateOrder } from "portin-validator";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const provider = (name) => join(root, "tests/fixtures/provider", name);
const ours = (name) => join(root, "tests/fixtures/supp", name);
const read = (name) => readFileSync(provider(name), "utf8");
const cli = (...args) => spawnSync(process.execPath, [join(root, "pkg/cli.mjs"), ...args], { encoding: "utf8" });
const NOW = "2026-11-23T15:00:00Z";
const SAVED = readFileSync(ours("get-submitted.xml"), "utf8");
const codes = (report) => report.issues.map((i) => i.code);
const REQUIRED = ["tn.none", "btn.required", "subscriber.type_required", "address.required", "loa.required"];

test("the SDKs' partial update bodies: a change, not a new order", () => {
  // Python SDK (the date alone), Node SDK (the date and WirelessInfo), Java SDK (the LOA person).
  const bodies = [
    { requested_foc_date: "2026-12-07" },
    { requestedFocDate: "2026-12-07", wirelessInfo: { accountNumber: "ACCT1234", pinNumber: "4321" } },
    { loaAuthorizingPerson: "Pat Q Jones" },
  ];
  for (const body of bodies) {
    const alone = validateOrder(body, { now: NOW, supp: true });
    assert.equal(alone.ok, true, JSON.stringify(alone.issues));
    assert.deepEqual(codes(alone).filter((c) => c.startsWith("edit.")), ["edit.supp_without_original"]);
    const edit = validateOrder(body, { now: NOW, supp: true, original: SAVED });
    assert.equal(edit.ok, true, JSON.stringify(edit.issues));
    assert.ok(!codes(edit).some((c) => REQUIRED.includes(c)), codes(edit).join(" "));
    assert.ok(codes(edit).includes("edit.customer_order_id_dropped"));
    // The same body as a whole order is still judged as one.
    assert.ok(REQUIRED.every((c) => codes(validateOrder(body, { now: NOW })).includes(c) || "loaAuthorizingPerson" in body));
  }
});

test("applySupp: what the body carries replaces, the rest stays (the provider's PUT on its POST response)", () => {
  const { order, issues } = applySupp(read("post-201-on-net.xml"), read("put-regular.xml"));
  assert.deepEqual(issues, []);
  assert.deepEqual(order.subscriber, {
    subscriberType: "RESIDENTIAL", firstName: "TestName", lastName: "TestLastName",
    serviceAddress: { houseNumber: "115", streetName: "Monarch Way", city: "Cary", stateCode: "NC", zip: "27518" },
  });
  assert.equal(order.triggered, true, "the PUT does not carry Triggered");
  assert.equal(order.status, "PENDING_DOCUMENTS");
  const dropped = applySupp(SAVED, "<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>");
  assert.equal(dropped.order.customerOrderId, undefined);
  assert.equal(dropped.order.requestedFocDate, "2026-12-07");
  assert.deepEqual(dropped.issues.map((i) => [i.path.join("."), i.code, i.severity]), [["customerOrderId", "edit.customer_order_id_dropped", "warning"]]);
  // Anything at all: issues, never a throw.
  for (const [a, b] of [[null, null], [42, "x"], [{}, []], ["<LnpOrderSupp>", {}]]) {
    const r = applySupp(a, b);
    assert.ok(r.order && typeof r.order === "object" && Array.isArray(r.issues));
  }
});

test("finished orders are left alone: the provider's CANCELLED GET is ok", () => {
  const report = validateOrder(read("get-cancelled.xml"), { now: NOW });
  assert.deepEqual(report.issues.map((i) => [i.code, i.severity]), [["status.terminal", "info"]]);
  assert.equal(report.ok, true);
});

test("the CLI: check CHANGE.xml --original SAVED.xml judges the change; a finished GET exits 0", () => {
  const dateOnly = ours("supp-date.xml");
  // Before issue 20 the date-only body got 9 required-field errors here (exit 1).
  const r = cli("check", dateOnly, "--original", ours("get-submitted.xml"), "--now", NOW);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /customerOrderId: warning edit\.customer_order_id_dropped: /);
  assert.doesNotMatch(r.stdout, /required/);
  const alone = cli("check", dateOnly, "--now", NOW);
  assert.equal(alone.status, 0, alone.stdout);
  assert.match(alone.stdout, /info edit\.supp_without_original/);
  const cancelled = cli("check", provider("get-cancelled.xml"), "--now", NOW);
  assert.equal(cancelled.status, 0, cancelled.stdout);
  assert.match(cancelled.stdout, /status: info status\.terminal: /);
});

test("the CLI's supp command: the <LnpOrderSupp> on stdout, its check on stderr", () => {
  const edited = ours("edited-submitted.xml");
  const r = cli("supp", "--original", ours("get-submitted.xml"), edited, "--now", NOW);
  assert.equal(r.status, 0, r.stderr);
  const want = toLnpOrderXml(readFileSync(edited, "utf8"), { supp: true, original: SAVED });
  assert.equal(r.stdout, want.xml);
  assert.deepEqual(want.changed, ["requestedFocDate", "subscriber.serviceAddress.zip", "wirelessInfo.pinNumber"]);
  assert.match(r.stdout, /<CustomerOrderId>ACME-1<\/CustomerOrderId>/);
  assert.match(r.stdout, /<AccountNumber>ACCT1234<\/AccountNumber>/, "both WirelessInfo elements");
  assert.match(r.stderr, /\nchanges requestedFocDate, subscriber\.serviceAddress\.zip, wirelessInfo\.pinNumber; 0 errors, 1 warning, 2 infos\n$/);
  // A supplement as EDITED is the saved order with it applied.
  const again = cli("supp", "--original", ours("get-submitted.xml"), ours("supp-date.xml"), "--now", NOW);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /<LnpOrderSupp>\n\t<RequestedFocDate>2026-12-07<\/RequestedFocDate>\n<\/LnpOrderSupp>/);
  // A change the provider refuses: exit 1, the body still printed.
  const offNet = ours("get-off-net-foc.xml");
  const refused = cli("supp", "--original", offNet, edited, "--now", NOW, "--json");
  assert.equal(refused.status, 1);
  const out = JSON.parse(refused.stdout);
  assert.ok(out.xml.includes("<Zip>27603</Zip>"));
  assert.equal(out.report.ok, false);
  assert.ok(out.report.issues.some((i) => i.code === "edit.not_editable" && i.path.join(".") === "subscriber.serviceAddress.zip"));
  // Wrong arguments: exit 2.
  for (const args of [["supp", edited], ["supp", "--original", ours("get-submitted.xml")], ["supp", "--original", ours("get-submitted.xml"), edited, edited]]) {
    const wrong = cli(...args);
    assert.equal(wrong.status, 2, args.join(" "));
    assert.match(wrong.stderr, /supp --original SAVED EDITED/);
  }
});
