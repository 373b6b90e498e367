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
/** A paste into the TN list: the text in at once, and one input event. */
const paste = (page, text) => page.evaluate((text) => {
  const list = document.querySelector("[name=listOfPhoneNumbers]");
  list.value = text;
  list.dispatchEvent(new Event("input", { bubbles: true }));
}, text);

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

test("a pasted column with a header and notes: one summary entry per kind, with the count and first lines, expandable to all", async () => {
  const { page, seen, context } = await open();
  const lines = ["Numbers"];
  for (let i = 0; i < 2500; i++) lines.push(`919-200-${String(i).padStart(4, "0")}`, "n/a");
  await paste(page, lines.join("\n"));
  const grouped = (await summary(page)).filter((t) => t.includes("entries are not phone numbers"));
  assert.equal(grouped.length, 1, "one entry for the kind");
  assert.match(grouped[0], /^Error: 2,501 entries are not phone numbers: lines 1, 3, 5, 7, 9 and 2,496 more\. Show all$/);
  const inline = await page.locator("[id^=pv-msg-][id$=-listOfPhoneNumbers]").textContent();
  assert.match(inline, /2,501 entries are not phone numbers: lines 1, 3, 5, 7, 9 and 2,496 more\./, "the inline message names the first lines and the count");
  assert.ok((await summary(page)).length < 20, "a few entries, not thousands");
  // Expanded in place: every issue of the kind, each a link to the list; folded again.
  const button = page.locator("[data-pv-summary] [data-pv-expand]", { hasText: "Show all" }).first();
  await button.click();
  const expanded = page.locator("[data-pv-summary] [data-pv-expand][aria-expanded=true]");
  assert.equal(await expanded.textContent(), "Show fewer");
  const members = page.locator("[data-pv-summary] li li");
  assert.equal(await members.count(), 2501);
  assert.match(await members.nth(2500).textContent(), /^Error: Line 5001: \u201cn\/a\u201d/);
  // Typing elsewhere keeps it open, and the report still carries every issue.
  await page.fill("[name='subscriber.businessName']", "Acme");
  assert.equal(await members.count(), 2501);
  const issues = await page.evaluate(() => new Promise((resolve) => {
    const form = document.getElementById("order");
    form.addEventListener("portin-validator:report", (e) => resolve(e.detail.issues.filter((i) => i.path[0] === "listOfPhoneNumbers" && i.path.length === 2).length), { once: true });
    form.elements.namedItem("subscriber.businessName").dispatchEvent(new Event("input", { bubbles: true }));
  }));
  assert.equal(issues, 2501);
  await expanded.click();
  assert.equal(await members.count(), 0);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a paste at the limit says it is still checking, then shows the count and the report", async () => {
  const { page, seen, context } = await open();
  const text = await page.evaluate(() => {
    const lines = [];
    for (let i = 0; i < 100000; i++) lines.push(i % 5 === 4 ? `x${i}` : String(2012000000 + i * 7));
    return lines.join("\n");
  });
  const seenFirst = await page.evaluate((text) => {
    const list = document.querySelector("[name=listOfPhoneNumbers]");
    list.value = text;
    list.dispatchEvent(new Event("input", { bubbles: true }));
    return { count: document.getElementById("tn-count").textContent, busy: list.getAttribute("aria-busy") };
  }, text);
  assert.deepEqual(seenFirst, { count: "Checking 100,000 lines\u2026", busy: "true" }, "the count of lines at once, and busy");
  // More typing before the check: nothing lost, checked once as it ends up.
  await page.evaluate(() => {
    const list = document.querySelector("[name=listOfPhoneNumbers]");
    list.value += "\n919-200-0000";
    list.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector("[name=listOfPhoneNumbers]").hasAttribute("aria-busy"), null, { timeout: 60000 });
  const count = await page.locator("#tn-count").textContent();
  const same = await page.evaluate(async () => {
    const pv = await import("./pkg/index.js");
    const list = document.querySelector("[name=listOfPhoneNumbers]").value;
    const mine = pv.validateOrder({ listOfPhoneNumbers: list }).tns;
    return `${mine.valid} valid, ${mine.invalid} invalid, ${mine.duplicates} ${mine.duplicates === 1 ? "duplicate" : "duplicates"}, ${mine.tollFree} toll-free`;
  });
  assert.equal(count, same);
  const [valid, invalid] = count.match(/\d+/g).map(Number);
  assert.equal(valid + invalid, 100000, "every entry up to the limit counted (the one past it is reported as not read)");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the numbers per state or country stand next to the count, and a Toronto number goes on an order of its own", async () => {
  const { page, seen, context } = await open();
  await page.fill("[name=listOfPhoneNumbers]", "212-246-0142\n212-246-0143\n646-246-0142\n416-246-0142");
  assert.equal(await page.locator("#tn-count").textContent(), "4 valid, 0 invalid, 0 duplicates, 0 toll-free");
  assert.equal(await page.locator("#tn-places").textContent(), "Where: NY (212, 646): 3, Canada, Ontario (416): 1");
  assert.ok((await summary(page)).some((t) => t.includes("Canadian and US numbers cannot share a port-in")));
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

test("off-net after FOC leaves only the requested date and the account's own reference enabled", async () => {
  const { page, context } = await open();
  await page.selectOption("[name=portType]", "AUTOMATED_OFF_NET");
  await page.selectOption("[name=status]", "FOC");
  const enabled = await page.evaluate(() =>
    [...document.getElementById("order").elements].filter((c) => c.name && !c.disabled && !c.closest("[hidden]") && !c.hasAttribute("data-pv-keep-enabled") && c.type !== "radio").map((c) => c.name));
  // Issue 20: the customer order ID "can always be updated" (the SUPP rules' field notes), and
  // `triggered`, set when the order is placed, is locked once it is submitted (R-EDIT-FIXED).
  assert.deepEqual(enabled.sort(), ["actualFocDate", "customerOrderId", "requestedFocDate", "requestedFocTime"].sort());
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

test("the rejection lookup and the payload loader are forms of their own: nothing typed there is part of the order", async () => {
  const { page, seen, context } = await open();
  const consoled = [];
  page.on("console", (m) => consoled.push(`${m.type()}: ${m.text()}`));
  const forms = await page.evaluate(() => ["rejection", "payload", "payload-file", "load-button"].map((id) => document.getElementById(id).form?.id));
  assert.deepEqual(forms, ["rejection-lookup", "load", "load", "load"]);
  await page.fill("[name=rejection]", "7402");
  await page.locator("#rejection-result h2").waitFor();
  await page.fill("#payload", "{}");
  await page.fill("[name=billingTelephoneNumber]", "12");
  const all = await summary(page);
  assert.ok(all.some((t) => /“12” has 2 digits/.test(t)), all.join("\n"));
  assert.ok(!all.some((t) => /Unknown field/.test(t)), all.join("\n"));
  // One password field in the order form at a time, whichever the kind.
  await page.check("[name=kind][value=lsr]");
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("#order input[type=password]")].map((i) => i.name)), ["subscriber.pinNumber"]);
  await page.check("[name=kind][value=portIn]");
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("#order input[type=password]")].map((i) => i.name)), ["wirelessInfo.pinNumber"]);
  await page.waitForTimeout(200);
  assert.deepEqual(consoled.filter((m) => /form/i.test(m)), [], "Chromium sees one task per form");
  assert.deepEqual(seen.errors, []);
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
  // frame-ancestors is ignored in a meta tag (and said so in the console): sent by the server only.
  assert.equal(response.headers()["content-security-policy"], `${csp}; frame-ancestors 'none'`);
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
  assert.equal(await page.locator("[id^=pv-msg-][id$=-listOfPhoneNumbers]").count(), 1, "no stale message elements");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

/* ---- Load an API payload, and the form as XML ---- */

/** An <LnpOrder> as a client would POST it (written for these tests, in the provider's element
 * order): the date is the recommended one at 19:45 UTC. */
const lnpOrder = (date) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<LnpOrder xmlns="urn:example:lnp">
	<RequestedFocDate>${date}T19:45:00.000Z</RequestedFocDate>
	<BillingTelephoneNumber>9192000000</BillingTelephoneNumber>
	<SiteId>4821</SiteId>
	<PeerId>77310</PeerId>
	<Subscriber>
		<SubscriberType>BUSINESS</SubscriberType>
		<BusinessName>Smith &amp; Sons &lt;West&gt;</BusinessName>
		<ServiceAddress>
			<HouseNumber>42</HouseNumber>
			<StreetName><![CDATA[Fayetteville]]></StreetName>
			<City>Raleigh</City>
			<StateCode>NC</StateCode>
			<Zip>27601</Zip>
		</ServiceAddress>
	</Subscriber>
	<LoaAuthorizingPerson>Dana Smith</LoaAuthorizingPerson>
	<WirelessInfo>
		<AccountNumber>AC55120</AccountNumber>
		<PinNumber>8642</PinNumber>
	</WirelessInfo>
	<TnAttributes>
		<TnAttribute>Protected</TnAttribute>
		<TnAttribute>Hosted</TnAttribute>
	</TnAttributes>
	<ListOfPhoneNumbers>
		<PhoneNumber>9192000000</PhoneNumber>
		<PhoneNumber>9192000001</PhoneNumber>
	</ListOfPhoneNumbers>
	<CustomerOrderId>SS-2031</CustomerOrderId>
	<Triggered>true</Triggered>
	<PartialPort>false</PartialPort>
	<ProcessingStatus>DRAFT</ProcessingStatus>
</LnpOrder>
`;

const recommendedDate = (page) => page.evaluate(async () => (await import("./pkg/index.js")).earliestRequestedDate().recommended);
const value = (page, name) => page.inputValue(`[name='${name}']`);
const leftOut = (page) => page.locator("#load-left li").allTextContents();
/** The XML shown, once it holds `text` (it is redrawn on the next frame after a report, while
 * it is on screen: a person scrolls to it to read it). */
async function xmlShowing(page, text) {
  await page.locator("#xml-body").scrollIntoViewIfNeeded();
  await page.waitForFunction((t) => document.getElementById("xml-body").value.includes(t), text);
  return page.inputValue("#xml-body");
}
function assertQuiet(seen) {
  assert.deepEqual(seen.errors, [], "no console error");
  assert.deepEqual(seen.violations, [], "no CSP violation");
  assert.deepEqual(seen.dialogs, [], "no dialog");
  const origin = new URL(server.url).origin;
  for (const url of seen.requests) assert.equal(new URL(url).origin, origin, url);
}

test("an XML payload fills an empty form: every control of the order, the report follows, the rest is listed", async () => {
  const { page, seen, context } = await open();
  const date = await recommendedDate(page);
  assert.equal(await page.locator("#tn-count").textContent(), "0 valid, 0 invalid, 0 duplicates, 0 toll-free");
  await page.fill("#payload", lnpOrder(date));
  await page.click("#load-button");
  assert.ok(await page.locator("#load-confirm").isHidden(), "an empty form is filled without asking");
  assert.match(await page.locator("#load-status").textContent(), /^Loaded \d+ fields from XML \(<LnpOrder>\)\./);
  const expected = {
    listOfPhoneNumbers: "9192000000\n9192000001",
    billingTelephoneNumber: "9192000000",
    customerOrderId: "SS-2031",
    loaAuthorizingPerson: "Dana Smith",
    status: "DRAFT",
    partialPort: "false",
    "subscriber.subscriberType": "BUSINESS",
    "subscriber.businessName": "Smith & Sons <West>",
    "subscriber.serviceAddress.houseNumber": "42",
    "subscriber.serviceAddress.streetName": "Fayetteville",
    "subscriber.serviceAddress.city": "Raleigh",
    "subscriber.serviceAddress.stateCode": "NC",
    "subscriber.serviceAddress.zip": "27601",
    "wirelessInfo.accountNumber": "AC55120",
    "wirelessInfo.pinNumber": "8642",
    requestedFocDate: date,
    // 19:45 UTC on that day, in US Eastern time (14:45 in winter, 15:45 in summer).
    requestedFocTime: new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(`${date}T19:45:00Z`)),
  };
  for (const [name, want] of Object.entries(expected)) assert.equal(await value(page, name), want, name);
  assert.ok(await page.locator("[name=triggered]").isChecked());
  // The helper checked the loaded order: the count and the summary are the loaded order's.
  assert.equal(await page.locator("#tn-count").textContent(), "2 valid, 0 invalid, 0 duplicates, 0 toll-free");
  assert.ok(!(await summary(page)).some((t) => /billing telephone number|business name/i.test(t)), (await summary(page)).join("\n"));
  const left = await leftOut(page);
  for (const field of ["siteId (4821)", "peerId (77310)", "tnAttributes (Protected, Hosted)"]) {
    assert.ok(left.some((t) => t.startsWith(`${field}: no field on this page`)), `${field} listed: ${left.join(" | ")}`);
  }
  // And back out: the same instant, the same values, the text escaped again.
  const xml = await xmlShowing(page, "<LnpOrder>");
  const at = /<RequestedFocDate>([^<]+)<\/RequestedFocDate>/.exec(xml)[1];
  assert.equal(new Date(at).getTime(), new Date(`${date}T19:45:00Z`).getTime(), at);
  assert.match(xml, /<BusinessName>Smith &amp; Sons &lt;West&gt;<\/BusinessName>/);
  assert.match(xml, /<PhoneNumber>9192000000<\/PhoneNumber>\s*<PhoneNumber>9192000001<\/PhoneNumber>/);
  assertQuiet(seen);
  await context.close();
});

test("a PascalCase JSON order loads too: SDK shapes read, response-only fields and the reader's notes listed as text", async () => {
  const { page, seen, context } = await open();
  const order = {
    OrderId: "f2a1c7b0-0000-4000-8000-000000000001",
    CountOfTNs: 1,
    ProcessingStatus: "Requested Supp",
    BillingTelephoneNumber: 9192000000,
    ListOfPhoneNumbers: { PhoneNumber: ["919-200-0000"] },
    Subscriber: { SubscriberType: "residential", FirstName: "Ana", LastName: "Ruiz", ServiceAddress: { HouseNumber: "7", StreetName: "Elm", City: "Fishers Island", StateCode: "NY", Zip: 6390 } },
    BillingType: "PORTIN",
    AlternateSpid: XSS,
  };
  await page.fill("#payload", JSON.stringify(order, null, 2));
  await page.click("#load-button");
  assert.match(await page.locator("#load-status").textContent(), /^Loaded \d+ fields from JSON\./);
  assert.equal(await value(page, "billingTelephoneNumber"), "9192000000");
  assert.equal(await value(page, "listOfPhoneNumbers"), "919-200-0000");
  assert.equal(await value(page, "status"), "REQUESTED_SUPP", "the API's words matched to the page's choice");
  assert.equal(await value(page, "subscriber.subscriberType"), "RESIDENTIAL");
  assert.equal(await value(page, "subscriber.lastName"), "Ruiz");
  assert.equal(await value(page, "subscriber.serviceAddress.zip"), "06390", "the SDK's number padded back");
  const left = await leftOut(page);
  for (const field of ["orderId", "countOfTns (1)", "billingType (PORTIN)", "alternateSpid"]) {
    assert.ok(left.some((t) => t.startsWith(field)), `${field} listed: ${left.join(" | ")}`);
  }
  assert.ok(left.some((t) => t.startsWith("Info: ") && /zip|ZIP/.test(t)), "the reader's info on the ZIP is listed");
  assert.ok(left.some((t) => t.includes('<img src=x onerror="window.__xss=1">')), "a value shown as text");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator("img").count(), 0);
  assert.ok(await page.locator("#xml-supp").isChecked(), "a submitted status writes the change body");
  await xmlShowing(page, "<LnpOrderSupp>");
  assertQuiet(seen);
  await context.close();
});

test("an LSR payload switches the form to an LSR; port-in fields and a time the date field cannot hold are listed", async () => {
  const { page, seen, context } = await open();
  await page.fill("#payload", JSON.stringify({
    kind: "lsr", pon: "P-1", ponVersion: 2, status: "FOC", actualFocDate: "2030-01-15T11:30:00-05:00", listOfPhoneNumbers: "9192000000",
    subscriber: { accountNumber: "A1", pinNumber: "5555", lastName: "Lee" }, wirelessInfo: { accountNumber: "W1" },
  }));
  await page.click("#load-button");
  assert.ok(await page.locator("[name=kind][value=lsr]").isChecked());
  for (const [name, want] of [["pon", "P-1"], ["ponVersion", "2"], ["status", "FOC"], ["actualFocDate", "2030-01-15"], ["subscriber.pinNumber", "5555"], ["wirelessInfo.accountNumber", ""]]) {
    assert.equal(await value(page, name), want, name);
  }
  const left = await leftOut(page);
  assert.ok(left.includes("wirelessInfo.accountNumber (W1): the page shows it for port-ins only, so it was left out."), left.join(" | "));
  assert.ok(left.some((t) => t.startsWith("actualFocDate (2030-01-15T11:30:00-05:00): the field holds the date only")), left.join(" | "));
  assert.ok(!left.some((t) => t.includes("5555")), "a PIN is never listed");
  assertQuiet(seen);
  await context.close();
});

test("loading over what was typed asks first, in the page: keeping changes nothing, replacing replaces", async () => {
  const { page, seen, context } = await open();
  await page.fill("[name=billingTelephoneNumber]", "919-200-0005");
  await page.fill("[name='subscriber.businessName']", "Typed by hand");
  await page.fill("#payload", lnpOrder(await recommendedDate(page)));
  // Keyboard only: from the box, Tab past the file chooser to the button.
  await page.focus("#payload");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "load-button");
  await page.keyboard.press("Enter");
  await page.locator("#load-confirm").waitFor({ state: "visible" });
  assert.match(await page.locator("#load-confirm").textContent(), /the form holds what you typed/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "load-keep", "focus on the safe choice");
  assert.equal(await value(page, "billingTelephoneNumber"), "919-200-0005", "nothing replaced while asking");
  await page.keyboard.press("Enter");
  assert.ok(await page.locator("#load-confirm").isHidden());
  assert.equal(await page.locator("#load-status").textContent(), "Nothing was loaded: the form keeps what you typed.");
  assert.equal(await value(page, "billingTelephoneNumber"), "919-200-0005");
  assert.equal(await value(page, "subscriber.businessName"), "Typed by hand");
  assert.equal(await value(page, "listOfPhoneNumbers"), "");
  // Asked again, and this time replaced: every control is the payload's, none of the typed text stays.
  await page.click("#load-button");
  await page.click("#load-replace");
  assert.ok(await page.locator("#load-confirm").isHidden());
  assert.equal(await value(page, "billingTelephoneNumber"), "9192000000");
  assert.equal(await value(page, "subscriber.businessName"), "Smith & Sons <West>");
  assert.equal(await value(page, "listOfPhoneNumbers"), "9192000000\n9192000001");
  // Editing the payload while asked withdraws the question.
  await page.fill("[name=customerOrderId]", "typed again");
  await page.click("#load-button");
  await page.locator("#load-confirm").waitFor({ state: "visible" });
  await page.fill("#payload", "{}");
  assert.ok(await page.locator("#load-confirm").isHidden());
  assert.equal(await value(page, "customerOrderId"), "typed again");
  assertQuiet(seen);
  await context.close();
});

test("malformed XML or JSON: the error is shown, nothing is asked and nothing typed is lost", async () => {
  const { page, seen, context } = await open();
  await page.fill("[name=listOfPhoneNumbers]", "919-200-0000");
  await page.fill("[name='wirelessInfo.pinNumber']", "4321");
  for (const [payload, said] of [
    ["<LnpOrder>\n  <BillingTelephoneNumber>9192000000</BillingTelephone>\n</LnpOrder>", /^Nothing was loaded: .*line 2, column \d+/],
    ['{ "BillingTelephoneNumber": "9192000000", ', /^Nothing was loaded: this is neither XML nor JSON that can be read/],
    ['<!DOCTYPE LnpOrder [<!ENTITY a "aaaa">]><LnpOrder><Pon>&a;</Pon></LnpOrder>', /^Nothing was loaded: /],
    ["42", /^Nothing was loaded: /],
    ["   ", /^Nothing to load/],
  ]) {
    await page.fill("#payload", payload);
    await page.click("#load-button");
    assert.match(await page.locator("#load-status").textContent(), said, payload);
    assert.ok(await page.locator("#load-confirm").isHidden(), "not asked");
    assert.equal(await value(page, "listOfPhoneNumbers"), "919-200-0000");
    assert.equal(await value(page, "wirelessInfo.pinNumber"), "4321");
  }
  assertQuiet(seen);
  await context.close();
});

test("a chosen file is read on the page and nothing is uploaded", async () => {
  const { page, seen, context } = await open();
  const xml = lnpOrder(await recommendedDate(page));
  await page.setInputFiles("#payload-file", { name: "order.xml", mimeType: "text/xml", buffer: Buffer.from(xml) });
  await page.waitForFunction(() => document.getElementById("payload").value.length > 0);
  assert.equal(await page.inputValue("#payload"), xml);
  assert.match(await page.locator("#load-status").textContent(), /^Read order\.xml/);
  await page.click("#load-button");
  assert.equal(await value(page, "customerOrderId"), "SS-2031");
  assert.equal(seen.requests.filter((u) => !/\/(index\.html)?$|\.(js|css|wasm|svg)$/.test(new URL(u).pathname)).length, 0, seen.requests.join());
  assertQuiet(seen);
  await context.close();
});

test("Copy as XML: the typed values escaped, the PIN masked until asked, and the copy is what is shown", async () => {
  const { page, seen, context } = await open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  await fillValidOrder(page);
  await page.fill("[name='subscriber.businessName']", "Smith & Sons");
  let xml = await xmlShowing(page, "Smith &amp; Sons");
  assert.match(xml, /^<\?xml [^>]*\?>\n<LnpOrder>\n/);
  assert.match(xml, /<BusinessName>Smith &amp; Sons<\/BusinessName>/);
  assert.match(xml, /<PinNumber>••••<\/PinNumber>/);
  assert.ok(!xml.includes("4321"), "the PIN is not on screen");
  assert.ok(await page.locator("#xml-body").getAttribute("readonly") !== null);
  await page.click("#xml-copy");
  await page.locator("#xml-status", { hasText: "Copied" }).waitFor();
  assert.equal(await page.locator("#xml-status").textContent(), "Copied, with the PIN masked.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), xml, "the copy is what is shown");
  await page.check("#xml-show-pin");
  xml = await xmlShowing(page, "<PinNumber>4321</PinNumber>");
  await page.click("#xml-copy");
  await page.locator("#xml-status", { hasText: /^Copied\.$/ }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<PinNumber>4321<\/PinNumber>/);
  await page.uncheck("#xml-show-pin");
  await xmlShowing(page, "<PinNumber>••••</PinNumber>");
  // A submitted status writes the change body; the person's own choice then sticks.
  await page.selectOption("[name=status]", "SUBMITTED");
  assert.ok(await page.locator("#xml-supp").isChecked());
  await xmlShowing(page, "<LnpOrderSupp>");
  await page.uncheck("#xml-supp");
  await xmlShowing(page, "<LnpOrder>");
  await page.selectOption("[name=status]", "EXCEPTION");
  assert.ok(!(await page.locator("#xml-supp").isChecked()), "unticked by hand, it stays so");
  // Without a clipboard (plain HTTP, say) the text is selected instead.
  await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
  await page.click("#xml-copy");
  assert.equal(await page.locator("#xml-status").textContent(), "Selected: press Ctrl+C (⌘C on a Mac) to copy.");
  const selected = await page.evaluate(() => {
    const box = document.getElementById("xml-body");
    return document.activeElement === box && box.selectionStart === 0 && box.selectionEnd === box.value.length;
  });
  assert.ok(selected, "the whole body selected");
  // An LSR has no port-in body: said below the box.
  await page.check("[name=kind][value=lsr]");
  await page.locator("#xml-body").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById("xml-body").value === "");
  assert.match(await page.locator("#xml-issues").textContent(), /^Left out of the bodyError: /);
  assertQuiet(seen);
  await context.close();
});

test("axe-core finds no accessibility violation in the load and XML sections, asking and listing", async () => {
  const { page, context } = await open("", { bypassCSP: true });
  const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  const run = () => page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].target})`));
  await page.fill("#payload", lnpOrder("2030-01-15"));
  await page.click("#load-button");
  await page.locator("#load-left li").first().waitFor();
  await page.fill("[name=customerOrderId]", "typed");
  await page.click("#load-button");
  await page.locator("#load-confirm").waitFor({ state: "visible" });
  assert.deepEqual(await run(), []);
  await context.close();
});

test("screenshot of the load and XML sections after a load", async () => {
  const { page, context } = await open("", { viewport: { width: 1280, height: 900 } });
  await page.fill("#payload", lnpOrder(await recommendedDate(page)));
  await page.click("#load-button");
  await page.fill("[name=customerOrderId]", "typed");
  await page.click("#load-button");
  mkdirSync("test-results", { recursive: true });
  await page.locator("#load").screenshot({ path: "test-results/load.png" });
  await xmlShowing(page, "<LnpOrder>");
  await page.locator("#xml").screenshot({ path: "test-results/xml.png" });
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
