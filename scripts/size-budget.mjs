// The browser payload's size budget, checked in `npm test` (sizes are deterministic): the .wasm
// and the JS a browser loads, gzip -9, must not grow past size-budget.json. Raising the budget is
// a deliberate, reviewed change to that file.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What a browser loads from the package, relative to it: copied into dist/ and the bench page,
 * and counted in the payload. */
export const BROWSER_FILES = ["index.js", "glue.js", "glue_bg.wasm", "snippets"];

/** The JS files a browser loads from the package: the entry, the glue and its snippets. */
export function payloadJs(pkg) {
  const snippets = join(pkg, "snippets");
  const files = [join(pkg, "index.js"), join(pkg, "glue.js")];
  for (const f of readdirSync(snippets, { recursive: true })) {
    if (statSync(join(snippets, f)).isFile()) files.push(join(snippets, f));
  }
  return files;
}

export function payload(pkg = join(root, "pkg")) {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const wasm = gz(join(pkg, "glue_bg.wasm"));
  const js = payloadJs(pkg).reduce((n, f) => n + gz(f), 0);
  return { wasm, js, total: wasm + js };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budget = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8"));
  const size = payload();
  const line = `payload gzip -9: ${size.total} bytes (.wasm ${size.wasm} + JS ${size.js}); budget ${budget.payloadGzipBytes} bytes`;
  if (size.total > budget.payloadGzipBytes) {
    console.error(`${line}: over by ${size.total - budget.payloadGzipBytes} bytes.`);
    console.error("Make it smaller, or raise the budget in size-budget.json deliberately (with the reason in the commit).");
    process.exit(1);
  }
  console.log(`${line}: within.`);
}
