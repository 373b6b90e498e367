// The demo page in Debian's headless Chromium, served as `npm start` serves it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { startBrowser, startServer } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page validates a pasted list live", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url);
  const count = page.locator("#tn-count");
  await count.filter({ hasText: "0 valid" }).waitFor();
  await page.fill("textarea[name=listOfPhoneNumbers]", "919-200-0000\n(919) 200-0001\n919-555-0100\n919.200.0000\n800-234-5678");
  await count.filter({ hasText: "3 valid, 1 invalid, 1 duplicate, 1 toll-free" }).waitFor();
  const problems = await page.locator("#problems li").allTextContents();
  assert.ok(problems.some((p) => p.includes("Line 3") && p.includes("919-555-0100")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("9192000000") && p.includes("1, 4")), problems.join("\n"));
  assert.equal(await page.getAttribute("textarea", "aria-invalid"), "true");
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/tn-list.png", fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page works from a sub-path", async () => {
  const page = await browser.newPage();
  await page.goto(server.url + "tools/portin/");
  await page.fill("textarea[name=listOfPhoneNumbers]", "919-200-0000");
  await page.locator("#tn-count").filter({ hasText: "1 valid, 0 invalid" }).waitFor();
  await page.close();
});
