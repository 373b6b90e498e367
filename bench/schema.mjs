// orderSchema's keystroke (issue 22): `validate` with 10 numbers and with a 10,000-line paste in
// the list, in Node and in headless Chromium. Part of `npm run bench`; alone (after a build):
//   node bench/schema.mjs
import { fileURLToPath } from "node:url";
import * as pv from "portin-validator";
import { measureSchema } from "./cases.mjs";
import { numbers, order } from "./data.mjs";

/** The two orders: a complete one with 10 numbers, and the same with 10,000 pasted one per line
 * (the options let an order carry them, so both pass and only the list's size differs). */
export function schemaData() {
  const ten = order(numbers(10, 5));
  const many = numbers(10_000, 6);
  const paste = { ...order(many), listOfPhoneNumbers: many.join("\n") };
  return { ten, paste, opts: { today: "2026-11-23", onNetMaxTns: 10_000, orderMaxTns: 10_000 } };
}

/** The rows, measured in Node and in the page `url` of `browser` (bench/page.html's). */
export async function schemaRows(browser, url) {
  const data = schemaData();
  const results = [["Node", measureSchema(pv, data)]];
  if (browser) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.ready === true);
    results.push(["Chromium", await page.evaluate((d) => window.schema(d), data)]);
    await page.close();
  }
  const f = (n) => n.toFixed(n >= 100 ? 0 : 1);
  const x = (r) => `${r.toFixed(2)}x`;
  const rows = ["| measurement | runtime | µs per keystroke | ratio | target |", "|---|---|---:|---:|---|"];
  for (const [where, r] of results) {
    rows.push(`| orderSchema validate, a keystroke in the business name, 10 numbers in the list | ${where} | ${f(r.tenUs)} | | |`);
    rows.push(`| orderSchema validate, the same keystroke, a 10,000-line paste in the list | ${where} | ${f(r.pasteUs)} | ${x(r.pasteUs / r.tenUs)} the 10-number | at most 1.5x |`);
    rows.push(`| validateOrder of the same keystroke, the 10,000-line paste (no kept work) | ${where} | ${f(r.plainUs)} | ${x(r.plainUs / r.tenUs)} the 10-number | |`);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startBrowser } = await import("../tests/e2e/harness.mjs");
  const { createServer } = await import("node:http");
  const { cpSync, mkdirSync, rmSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { handler } = await import("../scripts/serve.mjs");
  const { BROWSER_FILES } = await import("../scripts/size-budget.mjs");
  const root = fileURLToPath(new URL("..", import.meta.url));
  const out = join(root, "target/bench-schema");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "pkg"), { recursive: true });
  for (const f of BROWSER_FILES) cpSync(join(root, "pkg", f), join(out, "pkg", f), { recursive: true });
  for (const f of ["page.html", "page.js", "cases.mjs", "data.mjs"]) cpSync(join(root, "bench", f), join(out, f));
  writeFileSync(join(out, "lpn.js"), "globalThis.lpn = () => true;\n"); // page.js imports it; not used here
  const server = createServer(handler(out));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await startBrowser();
  try {
    console.log((await schemaRows(browser, `http://127.0.0.1:${server.address().port}/page.html`)).join("\n"));
  } finally {
    await browser.close();
    server.close();
  }
}
