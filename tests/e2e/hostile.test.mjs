// The package under hostile use in headless Chromium, on the served demo site (its own module
// instance, as a page's scripts would share it): calls that nest are refused, a form's report
// listeners may still call in, and a trap under a running call waits for it to return.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startBrowser, startServer } from "./harness.mjs";

let server, hooked, browser;
before(async () => {
  server = await startServer();
  hooked = await startServer(new URL("../../.test-hooks/dist", import.meta.url).pathname);
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await hooked?.close();
});

async function open(site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(site.url);
  await page.waitForSelector("#loading", { state: "detached" });
  return { page, context, errors };
}

test("a call from a getter, a Proxy trap or a Date's method is refused with an Error; the outer call finishes", async () => {
  const { page, context, errors } = await open(server);
  const got = await page.evaluate(async () => {
    const pv = await import("./pkg/index.js");
    const seen = [];
    const hook = () => {
      try {
        pv.areaCode("919");
        seen.push("ran");
      } catch (e) {
        seen.push(`${e.constructor.name}: ${e.message}`);
      }
    };
    const results = [
      pv.validateOrder({ get pon() { hook(); return "P1"; } }, { today: "2026-11-23" }),
      pv.readOrder(new Proxy({}, { ownKeys() { hook(); return []; } })),
      pv.toLnpOrderXml({ requestedFocDate: Object.assign(new Date(0), { toISOString() { hook(); return "2026-12-01"; } }) }),
      pv.registerRejectionCodes([{ code: "NEST-1", get title() { hook(); return "t"; }, meaning: "m", action: "a" }]),
    ];
    // attachForm reads its options first: nothing may call in then.
    const form = document.createElement("form");
    document.body.append(form);
    let inReport;
    form.addEventListener("portin-validator:report", () => { inReport = pv.areaCode("919").known; });
    const handle = pv.attachForm(form, { get today() { hook(); return "2026-11-23"; } });
    const attached = inReport;
    inReport = undefined;
    const validated = handle.validate();
    handle.detach();
    form.remove();
    return {
      seen,
      shapes: results.map((r) => Object.keys(r).join()),
      attached,
      inReport,
      validated: typeof validated.ok,
      next: pv.validateOrder({}, { today: "2026-11-23" }).ok,
    };
  });
  assert.equal(got.seen.length, 5, got.seen.join("\n"));
  const callers = ["validateOrder", "readOrder", "toLnpOrderXml", "registerRejectionCodes", "attachForm"];
  got.seen.forEach((s, i) => {
    assert.match(s, new RegExp(`^Error: portin-validator: areaCode was called while ${callers[i]} still ran \\(from a getter, a Proxy trap, toString or valueOf`), s);
  });
  assert.deepEqual(got.shapes, ["ok,issues,tns", "order,issues,source", "xml,issues,changed", "added,issues"]);
  assert.equal(got.attached, true, "the first report's listener called in, once the options were read");
  assert.equal(got.inReport, true, "and so does the next report's");
  assert.equal(got.validated, "boolean");
  assert.equal(got.next, false, "the next call works (an empty order is not ok)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a trap inside a report listener waits for the running form call: then the module restarts, and the form carries on", async () => {
  const { page, context, errors } = await open(hooked);
  await page.fill("[name=billingTelephoneNumber]", "919-200-0000");
  const got = await page.evaluate(async () => {
    const pv = await import("./pkg/index.js");
    const form = document.getElementById("order");
    const seen = [];
    let armed = true;
    form.addEventListener("portin-validator:report", () => {
      if (!armed) return;
      armed = false;
      for (const f of [() => pv.__trapForTesting(), () => pv.areaCode("919")]) {
        try {
          f();
          seen.push("ran");
        } catch (e) {
          seen.push(`${e.message} / ${e.cause?.constructor.name}`);
        }
      }
    });
    const list = form.querySelector("[name=listOfPhoneNumbers]");
    list.value = "919-200-0000\n919-555-0100";
    list.dispatchEvent(new Event("input", { bubbles: true }));
    return { seen, after: pv.parseTnList("919-200-0000").tns, notice: document.querySelector(".pv-restarted")?.textContent };
  });
  assert.deepEqual(got.seen, [
    "portin-validator: the module stopped; it restarts once the running call returns. / RuntimeError",
    "portin-validator: the module stopped; it restarts once the running call returns. / undefined",
  ]);
  assert.deepEqual(got.after, ["9192000000"]);
  assert.match(got.notice, /restarted\. Everything you typed is still here/);
  assert.equal(await page.inputValue("[name=billingTelephoneNumber]"), "919-200-0000");
  assert.equal(await page.locator("[name=listOfPhoneNumbers]").getAttribute("aria-invalid"), "true", "the new instance checked the list");
  assert.deepEqual(errors, []);
  await context.close();
});
