// The published types are part of the contract (api.md): the generated .d.ts files must equal
// the committed copies in tests/types/, so that any change to them is a visible diff in review.
//   node scripts/check-types.mjs           check (npm test)
//   node scripts/check-types.mjs --update  accept the current types
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const update = process.argv.includes("--update");
// wasm-bindgen names closure shims in InitOutput after a hash of the compiled code, which changes
// with any change to the Rust; it says nothing about the API, so it is compared as `__h…`.
const stable = (dts) => dts.replace(/__h[0-9a-f]{16}\b/g, "__h…");
let stale = [];
for (const file of ["index.d.ts"]) {
  const built = stable(readFileSync(join(root, "pkg", file), "utf8"));
  const committed = join(root, "tests/types", file);
  if (update) {
    writeFileSync(committed, built);
  } else if (!existsSync(committed) || stable(readFileSync(committed, "utf8")) !== built) {
    stale.push(file);
  }
}
if (stale.length) {
  console.error(`The generated types changed: ${stale.join(", ")} differ from tests/types/.`);
  console.error("Review the difference (diff pkg/<file> tests/types/<file>), then accept it with: node scripts/check-types.mjs --update");
  process.exit(1);
}
console.log(update ? "tests/types/ updated from pkg/." : "Generated types match tests/types/.");
