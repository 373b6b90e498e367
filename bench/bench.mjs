// `npm run bench`: portin-validator side by side with libphonenumber-js/min, in one run, on the
// same generated data, in Node and in headless Chromium; plus init() time and payload sizes; then
// issue 15's rows: parseTnList per kind of entry, the demo page as a person uses it (keystrokes
// with lists of each size, big pastes, memory over 10,000 keystrokes). Prints tables of medians
// and ratios, each ratio against a figure of the same run. Never asserts a time.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import * as pv from "portin-validator";
import { handler } from "../scripts/serve.mjs";
import { startBrowser, startServer } from "../tests/e2e/harness.mjs";
import { measure, measureKinds, median } from "./cases.mjs";
import { keystrokes, memory, paste } from "./demo.mjs";
import { schemaRows } from "./schema.mjs";
import { BROWSER_FILES, payload, payloadJs } from "../scripts/size-budget.mjs";
import { halfJunk, listKinds, mix, numbers, order, spreadsheet } from "./data.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "target/bench");
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;
const started = Date.now();
const progress = (what) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const list = numbers(100_000);
const data = { list, text: list.join("\n"), full: order(numbers(999, 7)), opts: { today: "2026-11-23" }, sheet: spreadsheet(10_000) };
const lpn = (t) => { const p = parsePhoneNumberFromString(t, "US"); return !!p && p.isValid(); };

console.log(`portin-validator ${JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8")).version} vs libphonenumber-js/min ${JSON.parse(readFileSync(join(root, "node_modules/libphonenumber-js/package.json"), "utf8")).version}`);
console.log(`data: ${list.length} numbers in 5 formats (${kb(data.text.length)} of text); an order with 999 numbers\n`);

progress("Node");
const node = measure(pv, lpn, data);
const KIND_N = 100_000;
const nodeKinds = measureKinds(pv, lpn, listKinds(KIND_N), KIND_N);

// The browser: the page, the package, and libphonenumber-js/min bundled and minified.
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "pkg"), { recursive: true });
for (const f of BROWSER_FILES) cpSync(join(root, "pkg", f), join(out, "pkg", f), { recursive: true });
for (const f of ["page.html", "page.js", "cases.mjs", "data.mjs"]) cpSync(join(root, "bench", f), join(out, f));
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
let chromium, chromiumKinds, initMs;
const demo = { keys: [], pastes: [] };
try {
  progress("Chromium");
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.ready === true);
  chromium = await page.evaluate((d) => window.bench(d), data);
  chromiumKinds = await page.evaluate((n) => window.kinds(n), KIND_N);
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
  progress("orderSchema keystrokes");
  demo.schema = await schemaRows(browser, url);

  // The demo page, as `npm start` serves it. Each list's entry count is the package's, for the
  // page to report back (the sanity check that the page saw the whole list).
  const site = await startServer(join(root, "dist"));
  try {
    const count = (text) => pv.validateOrder({ listOfPhoneNumbers: text }).tns.count;
    for (const n of [10, 999, 5_000, 100_000]) {
      for (const [kind, make] of [["valid", numbers], ["half junk", halfJunk]]) {
        progress(`keystrokes, ${n} entries, ${kind}`);
        const text = make(n).join("\n");
        demo.keys.push({ n, kind, ...(await keystrokes(browser, site.url, text, count(text))) });
      }
    }
    for (const n of [5_000, 100_000]) {
      progress(`paste of ${n} mixed lines`);
      const text = mix(n, 23).join("\n");
      demo.pastes.push({ n, ...(await paste(browser, site.url, text, count(text))) });
    }
    progress("memory over 10,000 keystrokes");
    demo.memory = await memory(browser, site.url, numbers(5_000).join("\n"), 5_000);
  } finally {
    await site.close();
  }
} finally {
  await browser.close();
  server.close();
}

// Payload: what a browser loads, gzip -9.
const { wasm, js } = payload(); // the same count as the budget in npm test
const lpnSize = gz(Buffer.from(lpnBundle.outputFiles[0].contents));
// Brotli, quality 11, file by file as a static host serves them.
const pkgDir = join(root, "pkg");
const wasmBr = br(readFileSync(join(pkgDir, "glue_bg.wasm")));
const jsBr = payloadJs(pkgDir).reduce((n, f) => n + br(readFileSync(f)), 0);
const lpnBr = br(Buffer.from(lpnBundle.outputFiles[0].contents));
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
console.log(`| payload, Brotli 11 (.wasm + JS) | browser | ${kb(wasmBr + jsBr)} (.wasm ${kb(wasmBr)} + JS ${kb(jsBr)}) | ${kb(lpnBr)} | ${(lpnBr / (wasmBr + jsBr)).toFixed(2)}x |`);
console.log(`| payload without the rejection catalog | browser | ${kb(wasm + js - catalog)} | ${kb(lpnSize)} | ${(lpnSize / (wasm + js - catalog)).toFixed(2)}x |`);
console.log(`| the rejection catalog's data | browser | ${kb(catalog)} | | |`);
console.log("\nvalidateOrder on the 999-number order gave:", [...new Set(node.issues)].join(", ") || "no issues");
console.log("libphonenumber-js checks each number alone; portin-validator's validateOrder checks the whole order.");

// Issue 15's rows: each a figure and its ratio to another figure of this run (or to the target).
const x = (r) => `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x`;
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
console.log("\n| measurement | runtime | portin-validator | ratio | target |");
console.log("|---|---|---:|---:|---|");
for (const [where, k] of [["Node", nodeKinds], ["Chromium", chromiumKinds]]) {
  for (const [kind, what] of [["valid", "all valid"], ["fictitious", "all fictitious (555-01xx, N11, area codes not in service)"], ["junk", "all junk (words)"], ["repeats", "all repeats (1,000 numbers, 100 times each)"], ["mix", "a random mix (a fifth invalid)"]]) {
    console.log(`| parseTnList, 100,000 entries, ${what} (ns/entry) | ${where} | ${fmt(k.ns[kind])} | ${x(k.ns[kind] / k.ns.valid)} valid | ${kind === "valid" ? "" : "at most 3x valid"} |`);
  }
  console.log(`| parseTnList, the random mix, against libphonenumber-js/min (${fmt(k.lpnMixNs)} ns/entry) | ${where} | ${fmt(k.ns.mix)} | ${x(k.lpnMixNs / k.ns.mix)} faster | at least ${where === "Node" ? 100 : 60}x |`);
}
for (const [where, r] of [["Node", node], ["Chromium", chromium]]) {
  console.log(`| validateOrder, the 10,000-row spreadsheet (ms, median) | ${where} | ${fmt(r.sheetMs)} | ${x(r.sheetMs / 30)} the target | ${where === "Node" ? "at most 30 ms" : ""} |`);
}
const base = Object.fromEntries(demo.keys.filter((k) => k.n === 10).map((k) => [k.kind, k]));
for (const k of demo.keys) {
  const few = k.keys < 31 ? `; ${k.keys} keystrokes (time cap)` : "";
  console.log(`| a keystroke in the business name, ${k.n.toLocaleString("en-US")} entries in the list, ${k.kind} (${k.elements.toLocaleString("en-US")} elements on the page): handler median / next frame p95 (ms${few}) | Chromium | ${fmt(k.handlerMs)} / ${fmt(k.frameP95Ms)} | ${x(k.handlerMs / base[k.kind].handlerMs)} / ${x(k.frameP95Ms / base[k.kind].frameP95Ms)} the 10-entry | ${k.n === 10 ? "" : "at most 1.5x / 2x"} |`);
}
for (const p of demo.pastes) {
  console.log(`| paste of ${p.n.toLocaleString("en-US")} mixed lines: to the report / the updated page / quiet; longest frame (ms) | Chromium | ${fmt(p.reportMs)} / ${fmt(p.updatedMs)} / ${fmt(p.busyMs)}; ${fmt(p.longestMs)} | ${x(p.longestMs / 100)} 100 ms | ${p.n <= 5000 ? "no frame over 100 ms" : "responsive, says it is still checking"} |`);
}
const m = demo.memory;
const after = `after 100 / ${m.typed.toLocaleString("en-US")} keystrokes${m.typed < 10_000 ? " (of 10,000: time cap)" : ""}`;
console.log(`| JS heap ${after}, 5,000 valid entries in the list | Chromium | ${mb(m.first.js)} / ${mb(m.last.js)} | ${x(m.last.js / m.first.js)} | at most 1.1x |`);
if (m.first.dom) console.log(`| the DOM's heap (Blink) ${after} | Chromium | ${mb(m.first.dom)} / ${mb(m.last.dom)} | ${x(m.last.dom / m.first.dom)} | |`);
console.log(`| wasm memory ${after} | Chromium | ${m.first.wasm === null ? "n/a" : `${mb(m.first.wasm)} / ${mb(m.last.wasm)}`} | ${m.first.wasm ? x(m.last.wasm / m.first.wasm) : ""} | no growth |`);
console.log(`\n${demo.schema.join("\n")}`);
console.log(`\nThe bench took ${((Date.now() - started) / 1000).toFixed(0)} s (from its start, after the build).`);
