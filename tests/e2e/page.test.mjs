// The demo page in Debian's headless Chromium, served as `npm start` serves it (dist/, with the
// page's Content-Security-Policy): what a person sees and does.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { startBrowser, startServer } from "./harness.mjs";

let server, hooked, browser;
before(async () => {
  server = await startServer();
  // The same site built with the test hooks (`__trapForTesting`), which the published one lacks.
  hooked = await startServer(new URL("../../.test-hooks/dist", import.meta.url).pathname);
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await hooked?.close();
});

const XSS = `"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

/** A fresh page on the demo, with every request, console error and dialog recorded. */
async function open(path = "", options = {}, site = server) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const seen = { requests: [], errors: [], dialogs: [], violations: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("pageerror", (e) => seen.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && seen.errors.push(m.text()));
  page.on("dialog", (d) => { seen.dialogs.push(d.message()); d.dismiss(); });
  await page.exposeFunction("__violation", (v) => seen.violations.push(v));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  const response = await page.goto(site.url + path);
  await page.waitForSelector("#loading", { state: "detached" });
  return { page, seen, context, response };
}

/** A complete, valid port-in order typed as a person would. */
async function fillValidOrder(page) {
  const fields = {
    listOfPhoneNumbers: "919-200-0000\n919-200-0001",
    billingTelephoneNumber: "919-200-0000",
    loaAuthorizingPerson: "Pat Jones",
    "subscriber.businessName": "Acme Widgets",
    "subscriber.serviceAddress.houseNumber": "100",
    "subscriber.serviceAddress.streetName": "Main",
    "subscriber.serviceAddress.city": "Raleigh",
    "subscriber.serviceAddress.stateCode": "NC",
    "subscriber.serviceAddress.zip": "27601",
    "wirelessInfo.accountNumber": "ACCT1234",
    "wirelessInfo.pinNumber": "4321",
  };
  await page.selectOption("[name=portType]", "AUTOMATED_ON_NET");
  await page.selectOption("[name='subscriber.subscriberType']", "BUSINESS");
  for (const [name, value] of Object.entries(fields)) await page.fill(`[name='${name}']`, value);
  const { recommended } = await page.evaluate(async () => (await import("./pkg/index.js")).earliestRequestedDate());
  await page.fill("[name=requestedFocDate]", recommended);
}

const summary = (page) => page.locator("[data-pv-summary] li").allTextContents();

test("a too-soon date is flagged inline and in the summary, with the dates to pick", async () => {
  const { page, seen, context } = await open();
  const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date()));
  await page.fill("[name=requestedFocDate]", today);
  const date = page.locator("[name=requestedFocDate]");
  assert.equal(await date.getAttribute("aria-invalid"), "true");
  const describedBy = (await date.getAttribute("aria-describedby")).split(" ");
  const inline = await page.locator(`#${describedBy.at(-1)}`).textContent();
  assert.match(inline, /^Error: Requested FOC date .* pick \d{4}-\d{2}-\d{2} or later; \d{4}-\d{2}-\d{2} or later is recommended\./);
  assert.ok((await summary(page)).some((t) => t.includes("Requested FOC date")));
  assert.equal(await page.locator("[name=requestedFocDate]").getAttribute("min"), await page.evaluate(async () => (await import("./pkg/index.js")).earliestRequestedDate().minimum));
  assert.ok(await page.locator("#submit").isDisabled(), "submit stays disabled while an error remains");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("duplicate numbers are flagged with both lines, and the count says so", async () => {
  const { page, context } = await open();
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\n(919) 200-0001\n919.200.0000\n800-234-5678");
  assert.equal(await page.locator("#tn-count").textContent(), "3 valid, 0 invalid, 1 duplicate, 1 toll-free");
  const inline = await page.locator(".pv-message").first().textContent();
  assert.match(inline, /Line 3: 919-200-0000 is already on line 1/);
  await context.close();
});

test("the numbers per state or country stand next to the count, and a Toronto number is refused", async () => {
  const { page, seen, context } = await open();
  await page.fill("[name=listOfPhoneNumbers]", "212-246-0142\n212-246-0143\n646-246-0142\n416-246-0142");
  assert.equal(await page.locator("#tn-count").textContent(), "3 valid, 1 invalid, 0 duplicates, 0 toll-free");
  assert.equal(await page.locator("#tn-places").textContent(), "Where: NY (212, 646): 3, Canada, Ontario (416): 1");
  assert.ok((await summary(page)).some((t) => t.includes("416 is a Canadian area code (Ontario)")));
  await page.fill("[name=listOfPhoneNumbers]", "");
  assert.equal(await page.locator("#tn-places").textContent(), "");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the target RespOrg is asked for toll-free port-ins only, and checked", async () => {
  const { page, seen, context } = await open();
  const respOrg = page.locator("[name=targetRespOrgId]");
  assert.ok(!(await respOrg.isVisible()), "hidden for an order that is not toll-free");
  await page.fill("[name=listOfPhoneNumbers]", "800-234-5678");
  await respOrg.waitFor({ state: "visible" });
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000");
  await respOrg.waitFor({ state: "hidden" });
  await page.selectOption("[name=portType]", "MANUAL_TOLL_FREE");
  await respOrg.waitFor({ state: "visible" });
  assert.ok((await summary(page)).some((t) => t.includes("target RespOrg ID")), "required on a toll-free port-in");
  await respOrg.fill("JYT0");
  const describedBy = (await respOrg.getAttribute("aria-describedby")).split(" ");
  assert.match(await page.locator(`#${describedBy.at(-1)}`).textContent(), /^Error: Target RespOrg ID .*JYT0.* must be exactly 5 letters or digits/);
  await respOrg.fill("JYT01");
  assert.ok(!(await summary(page)).some((t) => t.includes("RespOrg")), "a good one is fine");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a time other than 11:30 on automated on-net needs the triggered box", async () => {
  const { page, seen, context } = await open();
  await fillValidOrder(page);
  await page.fill("[name=requestedFocTime]", "15:00");
  const box = page.locator("[name=triggered]");
  assert.ok(await box.isVisible(), "the box is next to the time");
  const said = async () => (await summary(page)).some((t) => t.includes("used only with triggered activation"));
  assert.ok(await said(), "the time alone is ignored: a warning");
  const describedBy = (await box.getAttribute("aria-describedby")).split(" ");
  assert.match(await page.locator(`#${describedBy.at(-1)}`).textContent(), /^Warning: The requested time 15:00 Eastern is used only with triggered activation/);
  await box.check();
  assert.ok(!(await said()), "with the box ticked the time counts");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("status COMPLETE disables the fields, with the reason", async () => {
  const { page, context } = await open();
  await page.selectOption("[name=status]", "COMPLETE");
  for (const name of ["listOfPhoneNumbers", "billingTelephoneNumber", "requestedFocDate", "subscriber.serviceAddress.zip", "wirelessInfo.pinNumber"]) {
    assert.ok(await page.locator(`[name='${name}']`).isDisabled(), `${name} disabled`);
  }
  assert.ok(await page.locator("[name=status]").isEnabled(), "the status itself stays");
  assert.match(await page.locator("[data-pv-locked]").textContent(), /^Nothing can change/);
  await page.selectOption("[name=status]", "");
  assert.ok(await page.locator("[name=listOfPhoneNumbers]").isEnabled(), "enabled again");
  assert.equal(await page.locator("[data-pv-locked]").count(), 0);
  await context.close();
});

test("off-net after FOC leaves only the requested date enabled", async () => {
  const { page, context } = await open();
  await page.selectOption("[name=portType]", "AUTOMATED_OFF_NET");
  await page.selectOption("[name=status]", "FOC");
  const enabled = await page.evaluate(() =>
    [...document.getElementById("order").elements].filter((c) => c.name && !c.disabled && !c.closest("[hidden]") && !c.hasAttribute("data-pv-keep-enabled") && c.type !== "radio").map((c) => c.name));
  // `triggered` is fixed once placed, not a matrix row: the helper locks matrix rows only, so it
  // stays enabled and a change is reported (edit.not_editable) instead.
  assert.deepEqual(enabled.sort(), ["actualFocDate", "rejection", "requestedFocDate", "requestedFocTime", "triggered"].sort());
  await context.close();
});

test("rejection 17008 with its message: explanation as text, PON and FOC date, fields highlighted", async () => {
  const { page, context } = await open();
  await page.fill("[name=rejection]", "17008: One or more of the numbers submitted already has a pending FOC date. TN: [9192000000], TN: [(919) 200-0001], PON: [ABC123], FOC Date: [01/13/2030]");
  const result = page.locator("#rejection-result");
  await result.locator("h2").waitFor();
  const text = await result.textContent();
  assert.match(text, /^17008/);
  assert.match(text, /PON: ABC123/);
  assert.match(text, /FOC date: 2030-01-13/);
  assert.match(text, /9192000000, 9192000001/);
  assert.ok((await page.locator("[data-pv-highlight]").count()) > 0, "the fields to fix are highlighted");
  await context.close();
});

test("XSS payloads in every field and in the rejection box stay inert text", async () => {
  const { page, seen, context } = await open();
  const names = await page.evaluate(() => [...document.getElementById("order").elements]
    .filter((c) => c.name && (c.tagName === "TEXTAREA" || (c.tagName === "INPUT" && ["text", "password", ""].includes(c.getAttribute("type") ?? ""))) && !c.closest("[hidden]"))
    .map((c) => c.name));
  assert.ok(names.length > 20, names.join());
  for (const name of names) await page.fill(`[name='${name}']`, XSS);
  await page.fill("[name=rejection]", `7402 ${XSS}`);
  await page.locator("#rejection-result h2").waitFor();
  await page.evaluate(() => document.getElementById("order").requestSubmit());
  const state = await page.evaluate(() => ({
    xss: window.__xss,
    images: document.querySelectorAll("img").length,
    scripts: [...document.scripts].map((s) => s.getAttribute("src")),
    shown: document.body.textContent.includes('<img src=x onerror="window.__xss=1">'),
  }));
  assert.equal(state.xss, undefined);
  assert.equal(state.images, 0);
  assert.deepEqual(state.scripts, ["app.js"]);
  assert.ok(state.shown, "the payload is shown as text");
  assert.deepEqual(seen.dialogs, []);
  await context.close();
});

test("no request leaves the origin; nothing is stored, PIN included", async () => {
  const { page, seen, context } = await open();
  await fillValidOrder(page);
  await page.click("#submit");
  await page.locator("#output:not([hidden])").waitFor();
  const json = await page.locator("#order-json").textContent();
  assert.ok(!json.includes("4321"), "the PIN is not shown");
  const origin = new URL(server.url).origin;
  assert.ok(seen.requests.length > 0);
  for (const url of seen.requests) assert.equal(new URL(url).origin, origin, url);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: "", databases: 0, caches: 0 });
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test("the page's Content-Security-Policy is sent, and enforced", async () => {
  const { page, seen, context, response } = await open();
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  assert.equal(response.headers()["content-security-policy"], csp);
  assert.equal(await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content"), csp);
  const inline = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.head.append(s);
    const d = document.createElement("div");
    d.setAttribute("style", "color: red");
    document.body.append(d);
    return { script: window.__inline, style: getComputedStyle(d).color };
  });
  assert.equal(inline.script, undefined, "inline script blocked");
  assert.notEqual(inline.style, "rgb(255, 0, 0)", "inline style blocked");
  await page.waitForTimeout(100);
  assert.ok(seen.violations.some((v) => v.startsWith("script-src")), seen.violations.join());
  const html = readFileSync(new URL("../../www/index.html", import.meta.url), "utf8");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script in the page");
  assert.doesNotMatch(html, /\sstyle=|<style/, "no inline style in the page");
  await context.close();
});

test("axe-core finds no accessibility violation, blank and with issues showing", async () => {
  // axe is injected into a second context that bypasses the CSP; the page's own run keeps it.
  const { page, context } = await open("", { bypassCSP: true });
  const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  const run = () => page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].target})`));
  assert.deepEqual(await run(), []);
  await page.fill("[name=listOfPhoneNumbers]", "919-555-0100\n919-200-0000\n919-200-0000");
  await page.fill("[name=billingTelephoneNumber]", "12");
  await page.selectOption("[name=status]", "COMPLETE");
  await page.fill("[name=rejection]", "7402");
  await page.evaluate(() => document.getElementById("order").requestSubmit());
  assert.deepEqual(await run(), []);
  await context.close();
});

test("the page works from a sub-path, and at phone width and 200% zoom", async () => {
  const { page, seen, context } = await open("tools/portin/", { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000");
  assert.equal(await page.locator("#tn-count").textContent(), "1 valid, 0 invalid, 0 duplicates, 0 toll-free");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (${overflow}px)`);
  await page.evaluate(() => { document.body.style.zoom = "2"; });
  const zoomed = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(zoomed <= 0, `no horizontal scrolling at 200% zoom on a phone (${zoomed}px)`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("keyboard alone: tab to a field, type, follow a summary link back to it", async () => {
  const { page, context } = await open();
  await page.focus("[name=billingTelephoneNumber]");
  await page.keyboard.type("12");
  await page.focus("[data-pv-summary] a[data-pv-target=billingTelephoneNumber]");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.name), "billingTelephoneNumber");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus is visible");
  await context.close();
});

test("the published page has no test hooks", async () => {
  const { page, context } = await open();
  assert.equal(await page.evaluate(async () => typeof (await import("./pkg/index.js")).__trapForTesting), "undefined");
  await context.close();
});

test("if the module traps, the form carries on with everything typed, and says so", async () => {
  const { page, seen, context } = await open("", {}, hooked);
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\n919-555-0100");
  await page.fill("[name='wirelessInfo.pinNumber']", "4321");
  await page.selectOption("[name=status]", "FOC");
  await page.selectOption("[name=portType]", "AUTOMATED_OFF_NET");
  assert.ok(await page.locator("[name=listOfPhoneNumbers]").isDisabled());
  const stopped = await page.evaluate(async () => {
    try {
      (await import("./pkg/index.js")).__trapForTesting();
      return "no error";
    } catch (e) {
      return e.cause?.constructor.name;
    }
  });
  assert.equal(stopped, "RuntimeError");
  assert.match(await page.locator(".pv-restarted").textContent(), /restarted\. Everything you typed is still here/);
  assert.equal(await page.inputValue("[name=listOfPhoneNumbers]"), "919-200-0000\n919-555-0100");
  assert.equal(await page.inputValue("[name='wirelessInfo.pinNumber']"), "4321");
  assert.ok(await page.locator("[name=listOfPhoneNumbers]").isDisabled(), "the new instance locks the same fields");
  await page.selectOption("[name=status]", "");
  assert.ok(await page.locator("[name=listOfPhoneNumbers]").isEnabled(), "and follows the next change");
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\n919-555-0100\n919-200-0000");
  assert.equal(await page.locator("#tn-count").textContent(), "1 valid, 1 invalid, 1 duplicate, 0 toll-free");
  assert.equal(await page.locator("[name=listOfPhoneNumbers]").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("[id^=pv-msg-listOfPhoneNumbers]").count(), 1, "no stale message elements");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("screenshot of the page with a few issues showing", async () => {
  const { page, context } = await open("", { viewport: { width: 1280, height: 900 } });
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000\n(919) 200-0001\n919-555-0100\n919.200.0000");
  await page.fill("[name=billingTelephoneNumber]", "919-200-0000");
  const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date()));
  await page.fill("[name=requestedFocDate]", today);
  await page.fill("[name=rejection]", "17008: One or more of the numbers submitted already has a pending FOC date. TN: [9192000000], PON: [ABC123], FOC Date: [01/13/2030]");
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/page.png", fullPage: true });
  await context.close();
});
