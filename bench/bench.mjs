// `npm run bench`: portin-validator side by side with libphonenumber-js/min, in one run, on the
// same generated data, in Node and in headless Chromium; plus init() time and payload sizes.
// Prints a table of medians and ratios. Never asserts a time.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import * as pv from "portin-validator";
import { handler } from "../scripts/serve.mjs";
import { startBrowser } from "../tests/e2e/harness.mjs";
import { measure, median } from "./cases.mjs";
import { BROWSER_FILES, payload } from "../scripts/size-budget.mjs";
import { numbers, order, spreadsheet } from "./data.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "target/bench");
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const list = numbers(100_000);
const data = { list, text: list.join("\n"), full: order(numbers(999, 7)), opts: { today: "2026-11-23" }, sheet: spreadsheet(10_000) };
const lpn = (t) => { const p = parsePhoneNumberFromString(t, "US"); return !!p && p.isValid(); };

console.log(`portin-validator ${JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8")).version} vs libphonenumber-js/min ${JSON.parse(readFileSync(join(root, "node_modules/libphonenumber-js/package.json"), "utf8")).version}`);
console.log(`data: ${list.length} numbers in 5 formats (${kb(data.text.length)} of text); an order with 999 numbers\n`);

const node = measure(pv, lpn, data);

// The browser: the page, the package, and libphonenumber-js/min bundled and minified.
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "pkg"), { recursive: true });
for (const f of BROWSER_FILES) cpSync(join(root, "pkg", f), join(out, "pkg", f), { recursive: true });
for (const f of ["page.html", "page.js", "cases.mjs"]) cpSync(join(root, "bench", f), join(out, f));
const lpnBundle = await build({
  stdin: { contents: `import { parsePhoneNumberFromString } from "libphonenumber-js/min";
globalThis.lpn = (t) => { const p = parsePhoneNumberFromString(t, "US"); return !!p && p.isValid(); };`, resolveDir: root },
  bundle: true, minify: true, format: "esm", write: false, logLevel: "error",
});
writeFileSync(join(out, "lpn.js"), lpnBundle.outputFiles[0].contents);

const server = createServer(handler(out));
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/page.html`;
const browser = await startBrowser();
let chromium, initMs;
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.ready === true);
  chromium = await page.evaluate((d) => window.bench(d), data);
  await page.close();
  // init(): compile + instantiate, each in a fresh page (no cached module).
  const inits = [];
  for (let i = 0; i < 9; i++) {
    const p = await browser.newPage();
    await p.goto(url);
    await p.waitForFunction(() => window.ready === true);
    inits.push(await p.evaluate(() => window.initTime()));
    await p.close();
  }
  initMs = median(inits);
} finally {
  await browser.close();
  server.close();
}

// Payload: what a browser loads, gzip -9.
const { wasm, js } = payload(); // the same count as the budget in npm test
const lpnSize = gz(Buffer.from(lpnBundle.outputFiles[0].contents));
// The rejection catalog's share: its data compressed on its own (the code that reads it is small
// and counted with the rest).
const catalog = gz(Buffer.from(execFileSync("cargo", ["run", "-q", "--release", "--example", "catalog_data"], { cwd: root })));

const rows = [
  ["parseTnList, 100,000 numbers (ns/number)", "Node", node.parseNsPerTn, node.lpnNsPerTn],
  ["parseTnList, 100,000 numbers (ns/number)", "Chromium", chromium.parseNsPerTn, chromium.lpnNsPerTn],
  ["validateOrder, 999 numbers (ms, median)", "Node", node.orderMs, node.lpnOrderMs],
  ["validateOrder, 999 numbers (ms, median)", "Chromium", chromium.orderMs, chromium.lpnOrderMs],
];
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3));
console.log("| measurement | runtime | portin-validator | libphonenumber-js/min | ratio (lpn / pv) |");
console.log("|---|---|---:|---:|---:|");
for (const [what, where, mine, theirs] of rows) {
  console.log(`| ${what} | ${where} | ${fmt(mine)} | ${fmt(theirs)} | ${(theirs / mine).toFixed(1)}x |`);
}
for (const [where, r] of [["Node", node], ["Chromium", chromium]]) {
  console.log(`| validateOrder, a 10,000-row spreadsheet pasted as the list (ms, median) | ${where} | ${fmt(r.sheetMs)} | | |`);
}
console.log(`| init() compile + instantiate (ms, median of 9) | Chromium | ${fmt(initMs)} | | |`);
console.log(`| payload, gzip -9 (.wasm + JS) | browser | ${kb(wasm + js)} (.wasm ${kb(wasm)} + JS ${kb(js)}) | ${kb(lpnSize)} | ${(lpnSize / (wasm + js)).toFixed(2)}x |`);
console.log(`| payload without the rejection catalog | browser | ${kb(wasm + js - catalog)} | ${kb(lpnSize)} | ${(lpnSize / (wasm + js - catalog)).toFixed(2)}x |`);
console.log(`| the rejection catalog's data | browser | ${kb(catalog)} | | |`);
console.log("\nvalidateOrder on the 999-number order gave:", [...new Set(node.issues)].join(", ") || "no issues");
console.log("libphonenumber-js checks each number alone; portin-validator's validateOrder checks the whole order.");
