// The published types are part of the contract (api.md) and are written by hand, in js/api.d.ts
// (the API) and js/entry.d.ts (init): a change to them is a visible diff in review. This checks
// that the package carries exactly those (pkg/index.d.ts is their concatenation, nothing of the
// glue's raw exports) and that no exported declaration falls back to `any`.
//   node scripts/check-types.mjs           (npm test, after the build)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => readFileSync(join(root, path), "utf8");
const published = read("pkg/index.d.ts");
const problems = [];
if (published !== read("js/api.d.ts") + "\n" + read("js/entry.d.ts")) {
  problems.push("pkg/index.d.ts is not js/api.d.ts + js/entry.d.ts: rebuild with node scripts/build.mjs");
}
for (const line of published.split("\n")) {
  if (/^export /.test(line) && /\bany\b/.test(line)) problems.push(`an export typed any: ${line.trim()}`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log("pkg/index.d.ts is the published types of js/, with no `any` in an export.");
