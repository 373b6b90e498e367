// Issue 20 on the demo page, in Debian's headless Chromium: editing a submitted order as a person
// does. A GET of the order is loaded as the saved copy, the form shows it, changes are judged
// against it and listed, controls that may not change are disabled with the reason, and "Copy as
// XML" gives the <LnpOrderSupp> with only the changes, which validateOrder takes against the saved
// order. The provider's only GET sample is of a CANCELLED order (tests/fixtures/provider/get-cancelled.xml,
// from bw-apidocs-portins-orderId-get-resp200-Port-in-in-CANCELLED-state.xml), which nothing can
// change; the date is changed on tests/fixtures/supp/get-submitted.xml, an open order of ours in that
// sample's shape.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startBrowser, startServer } from "./harness.mjs";

const fixture = (dir, name) => readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url), "utf8");
let server, browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open() {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url);
  await page.waitForSelector("#loading", { state: "detached" });
  return { page, context, errors };
}

async function load(page, xml) {
  await page.fill("#payload", xml);
  await page.click("#load-button");
  await page.locator("#original-state", { hasText: "Saved copy" }).waitFor();
}

/** The body shown in "Copy as XML", once it holds `text`, copied with the Copy button. */
async function copied(page, text) {
  await page.locator("#xml-body").scrollIntoViewIfNeeded();
  await page.waitForFunction((t) => document.getElementById("xml-body").value.includes(t), text);
  await page.click("#xml-copy");
  await page.locator("#xml-status", { hasText: "Copied" }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a GET loaded as the saved copy, the date changed, the copied <LnpOrderSupp> is ok against it", async () => {
  const { page, context, errors } = await open();
  const saved = fixture("supp", "get-submitted.xml");
  await load(page, saved);
  assert.equal(await page.inputValue("[name=status]"), "SUBMITTED");
  assert.equal(await page.inputValue("[name=portType]"), "AUTOMATED_ON_NET", "the GET's AUTOMATED is automated on-net");
  assert.equal(await page.locator("#original-changes").textContent(), "No change from the saved order yet.");
  // R-EDIT-FIXED: set when the order was placed, disabled once it is submitted; the reason shown.
  assert.ok(await page.locator("[name=triggered]").isDisabled(), "triggered is fixed once submitted");
  assert.ok(!(await page.locator("[name=requestedFocDate]").isDisabled()));
  assert.match(await page.locator("[data-pv-locked]").first().textContent(), /cannot change/);
  const { recommended } = await page.evaluate(async () => (await import("./pkg/index.js")).earliestRequestedDate());
  await page.fill("[name=requestedFocDate]", recommended);
  await page.locator("#original-changes", { hasText: "Changed from the saved order:" }).waitFor();
  assert.match(await page.locator("#original-changes").textContent(), /^Changed from the saved order: Requested .*\.$/);
  assert.ok(await page.locator("#xml-supp").isChecked(), "a submitted order's body is a change");
  const body = await copied(page, `<RequestedFocDate>${recommended}`);
  // Only what changed, and the customer order ID (left out, the provider would remove it).
  const elements = [...body.matchAll(/<(\w+)>[^<\s]/g)].map((m) => m[1]);
  assert.deepEqual(elements, ["RequestedFocDate", "CustomerOrderId"], body);
  const report = await page.evaluate(async ([xml, original]) => (await import("./pkg/index.js")).validateOrder(xml, { original }), [body, saved]);
  assert.equal(report.ok, true, JSON.stringify(report.issues));
  assert.ok(!report.issues.some((i) => i.code.endsWith("_required")), JSON.stringify(report.issues));
  // Each change is listed as it is made.
  await page.fill("[name='subscriber.serviceAddress.zip']", "27603");
  await page.locator("#original-changes", { hasText: "ZIP" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the provider's CANCELLED GET: a finished order, every field locked with the reason, nothing to fix", async () => {
  const { page, context, errors } = await open();
  await load(page, fixture("provider", "get-cancelled.xml"));
  assert.equal(await page.inputValue("[name=status]"), "CANCELLED");
  for (const name of ["requestedFocDate", "billingTelephoneNumber", "subscriber.serviceAddress.zip", "triggered"]) {
    assert.ok(await page.locator(`[name='${name}']`).isDisabled(), `${name} locked`);
  }
  assert.match(await page.locator("[data-pv-locked]").first().textContent(), /^Nothing can change: the order is cancelled/);
  const summary = await page.locator("[data-pv-summary]").textContent();
  assert.match(summary, /finished \(CANCELLED\)/);
  assert.doesNotMatch(summary, /business name|ZIP code 27541/, "the sample's own slips are history");
  assert.ok(!(await page.locator("#submit").isDisabled()), "no error: nothing keeps the order from being checked");
  assert.deepEqual(errors, []);
  await context.close();
});
