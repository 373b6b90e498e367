// The demo page's rough edges a new user met in the first hour (issue 24), each as a person sees
// it in headless Chromium: the provider's own samples loaded, the page looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
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

const sample = (name) => readFileSync(new URL(`../fixtures/provider/${name}`, import.meta.url), "utf8");

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url);
  await page.waitForSelector("#loading", { state: "detached" });
  return { page, errors, context };
}

const summary = (page) => page.locator("[data-pv-summary] li").allTextContents();

/** Loads a payload as a person does: pasted into the box, then the button. */
async function load(page, text) {
  await page.fill("#payload", text);
  await page.click("#load-button");
  await page.waitForFunction(() => document.getElementById("load-status").textContent !== "");
  await page.evaluate(() => new Promise(requestAnimationFrame)); // let a queued check run
}

test("the warning by “Triggered activation” stands under its label, not inside it", async () => {
  const { page, errors, context } = await open();
  await page.selectOption("[name=portType]", "AUTOMATED_ON_NET");
  await page.fill("[name=requestedFocDate]", "2030-01-15");
  await page.fill("[name=requestedFocTime]", "15:00");
  const box = page.locator("[name=triggered]");
  const id = (await box.getAttribute("aria-describedby")).split(" ").at(-1);
  const message = page.locator(`#${id}`);
  assert.match(await message.textContent(), /^Warning: The requested time 15:00 Eastern is used only with triggered activation/);
  assert.equal(await message.evaluate((m) => m.closest("label")), null, "the message is not inside the label");
  const label = await page.locator("label:has([name=triggered])").boundingBox();
  assert.ok(label.height < 40, `the label is one line high, not a column: ${label.height}px`);
  const width = (await message.boundingBox()).width;
  assert.ok(width > 200, `the message reads across the field: ${width}px wide`);
  mkdirSync("test-results", { recursive: true });
  await page.locator("#triggered").locator("xpath=ancestor::*[contains(@class,'field')][1]").screenshot({ path: "test-results/triggered.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the provider's toll-free sample: the summary is the loaded order's at once, the RespOrg it gives counted", async () => {
  const { page, errors, context } = await open();
  await load(page, sample("post-201-toll-free.xml"));
  assert.equal(await page.inputValue("[name=targetRespOrgId]"), "JYT01");
  assert.ok(await page.locator("#resp-org").isVisible());
  const said = await summary(page);
  assert.ok(!said.some((t) => /RespOrg/.test(t)), said.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the provider's EXCEPTION response has no port type: the page says so and locks nothing; choosing one locks what it must", async () => {
  const { page, errors, context } = await open();
  await load(page, sample("resp400.xml"));
  assert.equal(await page.inputValue("[name=status]"), "EXCEPTION");
  const disabled = () => page.evaluate(() => [...document.getElementById("order").elements].filter((c) => c.name && c.disabled).map((c) => c.name));
  assert.deepEqual(await disabled(), []);
  assert.equal(await page.locator("[data-pv-locked]").textContent(), "No port type yet: nothing is locked, since what may change depends on it.");
  await page.selectOption("[name=portType]", "AUTOMATED_OFF_NET");
  assert.ok((await disabled()).length > 0, "a port type that forbids some changes locks them");
  assert.match(await page.locator("[data-pv-locked]").textContent(), /^Fields that cannot change in this status and port type are disabled/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the provider's CANCELLED sample: <PortType>AUTOMATED</PortType> is read as the checks read it", async () => {
  const { page, errors, context } = await open();
  await load(page, sample("get-cancelled.xml"));
  assert.equal(await page.inputValue("[name=portType]"), "AUTOMATED_ON_NET");
  const left = await page.locator("#load-left li").allTextContents();
  assert.ok(!left.some((t) => t.startsWith("portType")), left.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a pasted list with “note N” lines: one summary entry for them, each line one entry", async () => {
  const { page, errors, context } = await open();
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\nnote 1\n919-200-0001\nnote 2");
  const said = await summary(page);
  assert.equal(new Set(said).size, said.length, `no entry twice:\n${said.join("\n")}`);
  const notes = said.filter((t) => t.includes("not phone numbers"));
  assert.equal(notes.length, 1, said.join("\n"));
  assert.match(notes[0], /2 entries are not phone numbers: lines 2 and 4/);
  assert.equal(await page.locator("#tn-count").textContent(), "2 valid, 2 invalid, 0 duplicates, 0 toll-free");
  assert.deepEqual(errors, []);
  await context.close();
});
