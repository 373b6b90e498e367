// The README's plain-HTML form, as written there, in headless Chromium (issue 24): the package
// served at /node_modules/portin-validator/ as the README imports it, a person fills the form, the
// submit button comes alive once nothing is wrong, and the order posted carries the time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { startBrowser } from "./harness.mjs";
import { fences, root } from "../node/fences.mjs";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

let server, url, browser;
before(async () => {
  const [form] = fences("README.md").filter((b) => b.lang === "html");
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port-in</title></head><body>\n${form.code}</body></html>`;
  // A plain static server, as a reader's own site would be (no CSP: the example's script is inline).
  server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/") return res.writeHead(200, { "content-type": TYPES[".html"] }).end(page);
    const file = normalize(path).replace(/^\/node_modules\/portin-validator\//, "");
    if (file === normalize(path)) return res.writeHead(404).end();
    let body;
    try {
      body = readFileSync(join(root, "pkg", file));
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

test("the README's form: filled in as a person would, submit enabled once nothing is wrong, the order posted with its time", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let post;
  const posted = new Promise((resolve) => (post = resolve));
  await page.route("**/port-ins", (route) => {
    post(JSON.parse(route.request().postData()));
    route.fulfill({ status: 201, body: "" });
  });
  await page.goto(url);
  const submit = page.locator("button[type=submit]");
  await page.waitForSelector("[data-pv-summary] li");
  assert.ok(await submit.isDisabled(), "disabled while the empty form has errors");

  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\n919-200-0001");
  assert.equal(await page.locator("[data-pv-count]").textContent(), "2 valid, 0 invalid, 0 duplicates, 0 toll-free");
  const fields = {
    billingTelephoneNumber: "919-200-0000",
    loaAuthorizingPerson: "Pat Jones",
    "subscriber.businessName": "Acme Widgets",
    "subscriber.serviceAddress.houseNumber": "100",
    "subscriber.serviceAddress.streetName": "Main",
    "subscriber.serviceAddress.city": "Raleigh",
    "subscriber.serviceAddress.stateCode": "NC",
    "subscriber.serviceAddress.zip": "27601",
  };
  for (const [name, value] of Object.entries(fields)) await page.fill(`[name='${name}']`, value);
  const date = await page.evaluate(async () => (await import("/node_modules/portin-validator/index.js")).earliestRequestedDate().recommended);
  await page.fill("[name=requestedFocDate]", date);
  await page.fill("[name=requestedFocTime]", "15:00");
  const summary = () => page.locator("[data-pv-summary]").textContent();
  assert.match(await summary(), /used only with triggered activation/, "a time other than 11:30 asks for the box");
  await page.check("[name=triggered]");
  assert.ok(await submit.isEnabled(), `enabled once nothing is wrong: ${await summary()}`);

  await submit.click();
  const order = await posted;
  assert.deepEqual(order.listOfPhoneNumbers, "919-200-0000\n919-200-0001");
  assert.equal(order.triggered, true);
  assert.equal(new Date(order.requestedFocDate).getTime(), new Date(`${date}T15:00:00${order.requestedFocDate.slice(-6)}`).getTime());
  assert.match(order.requestedFocDate, new RegExp(`^${date}T15:00(:00)?-0[45]:00$`), "the date with its time, US Eastern");
  assert.equal(order.requestedFocTime, undefined, "the time control is folded into the date");
  assert.deepEqual(errors, []);
  await context.close();
});
