// A/B of two builds of the package: `node bench/ab.mjs <pkg dir A> <pkg dir B>` times
// parseTnList on the bench's 100,000 numbers with both, alternating in one Node process and in one
// headless Chromium page, so that machine noise falls on both alike. For deciding whether a
// change to the hot path pays (build each version with `npm run build` and copy its pkg/ away).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { handler } from "../scripts/serve.mjs";
import { startBrowser } from "../tests/e2e/harness.mjs";
import { numbers } from "./data.mjs";

const [a, b] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!a || !b) {
  console.error("usage: node bench/ab.mjs <pkg dir A> <pkg dir B>");
  process.exit(2);
}
const text = numbers(100_000).join("\n");

// Runs in Node and, as its source, in the page: alternating blocks of 21 calls, medians.
function compare(A, B, text) {
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const block = (pv) => {
    const t = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      pv.parseTnList(text);
      t.push(performance.now() - t0);
    }
    return (median(t) * 1e6) / 100_000;
  };
  for (let i = 0; i < 4; i++) { block(A); block(B); }
  const ra = [], rb = [];
  for (let i = 0; i < 8; i++) { ra.push(block(A)); rb.push(block(B)); }
  return `A ${median(ra).toFixed(1)} ns/number, B ${median(rb).toFixed(1)} ns/number`;
}

const [A, B] = await Promise.all([a, b].map((d) => import(join(d, "node.js"))));
console.log("Node     ", compare(A, B, text));

const dir = mkdtempSync(join(tmpdir(), "portin-ab-"));
try {
  cpSync(a, join(dir, "A"), { recursive: true });
  cpSync(b, join(dir, "B"), { recursive: true });
  writeFileSync(join(dir, "page.html"), '<!doctype html><script type="module" src="ab.js"></script>\n');
  writeFileSync(join(dir, "ab.js"), `import initA, * as A from "./A/index.js";
import initB, * as B from "./B/index.js";
${compare}
window.go = async (text) => { await initA(); await initB(); return compare(A, B, text); };
window.ready = true;
`);
  const server = createServer(handler(dir));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await startBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/page.html`);
    await page.waitForFunction(() => window.ready === true);
    console.log("Chromium ", await page.evaluate((t) => window.go(t), text));
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
