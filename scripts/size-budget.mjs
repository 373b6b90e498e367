// The browser payload's size budget, checked in `npm test` (sizes are deterministic): the .wasm
// and the JS a browser loads, gzip -9, must not grow past size-budget.json. Raising the budget is
// a deliberate, reviewed change to that file.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What a browser loads from the package, relative to it: copied into dist/ and the bench page,
 * and counted in the payload. index.js is the entry bundled with the glue (scripts/build.mjs). */
export const BROWSER_FILES = ["index.js", "glue_bg.wasm"];

/** The JS files a browser loads from the package. */
export function payloadJs(pkg) {
  return BROWSER_FILES.filter((f) => f.endsWith(".js")).map((f) => join(pkg, f));
}

/** The payload's size, gzip -9 (what the budget counts) and Brotli quality 11 (what static hosts
 * serve), of the .wasm and the JS apart and together. */
export function payload(pkg = join(root, "pkg")) {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const br = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const wasmFile = join(pkg, "glue_bg.wasm");
  const wasm = gz(wasmFile);
  const js = payloadJs(pkg).reduce((n, f) => n + gz(f), 0);
  const brotli = { wasm: br(wasmFile), js: payloadJs(pkg).reduce((n, f) => n + br(f), 0) };
  brotli.total = brotli.wasm + brotli.js;
  return { wasm, js, total: wasm + js, brotli };
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
  console.log(`payload Brotli 11: ${size.brotli.total} bytes (.wasm ${size.brotli.wasm} + JS ${size.brotli.js}), for information`);
}
