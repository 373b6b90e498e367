// Builds the npm package into pkg/ and the static demo site into dist/.
//   cargo (release, wasm32) -> wasm-bindgen --target web -> wasm-opt -Oz -> pkg/ -> dist/
// Run through `npm run build`, which does the set-up first.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const dist = join(root, "dist");
const name = "portin_validator";

function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

// wasm-opt from the npm package binaryen (Debian's is too old for current rustc output).
// rustc emits these post-MVP features; every browser the page supports has them.
export const WASM_OPT_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const cargoToml = readFileSync(join(root, "Cargo.toml"), "utf8");
const version = /^version = "([^"]+)"/m.exec(cargoToml)[1];

run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--lib"]);

rmSync(pkg, { recursive: true, force: true });
run(join(root, ".tools/bin/wasm-bindgen"), [
  "--target", "web",
  "--out-dir", pkg,
  "--out-name", name,
  join(root, "target/wasm32-unknown-unknown/release", `${name}.wasm`),
]);
const wasm = join(pkg, `${name}_bg.wasm`);
run(join(root, "node_modules/.bin/wasm-opt"), ["-Oz", ...WASM_OPT_FEATURES, wasm, "-o", wasm]);

// Node entry: loads the .wasm from disk synchronously, so Node needs no init() (api.md);
// init() stays exported and is then a no-op.
writeFileSync(join(pkg, "node.js"), `// Node entry of portin-validator: instantiates the module on import, so no init() is needed.
import { readFileSync } from "node:fs";
import { initSync } from "./${name}.js";

initSync({ module: readFileSync(new URL("./${name}_bg.wasm", import.meta.url)) });

export * from "./${name}.js";
export { default } from "./${name}.js";
`);

writeFileSync(join(pkg, "package.json"), JSON.stringify({
  name: "portin-validator",
  version,
  description: "Checks US telephone-number port-in orders before they are submitted: TNs, dates, editable fields, rejection codes. Rust compiled to WebAssembly.",
  license: "MIT OR Apache-2.0",
  type: "module",
  main: "./node.js",
  module: `./${name}.js`,
  types: `./${name}.d.ts`,
  exports: {
    ".": {
      types: `./${name}.d.ts`,
      node: "./node.js",
      default: `./${name}.js`,
    },
    [`./${name}_bg.wasm`]: `./${name}_bg.wasm`,
    "./package.json": "./package.json",
  },
  files: [`${name}.js`, `${name}.d.ts`, `${name}_bg.wasm`, `${name}_bg.wasm.d.ts`, "node.js"],
  sideEffects: ["./node.js"],
  engines: { node: ">=20" },
}, null, 2) + "\n");

// The demo site: the page plus the browser half of the package, all relative paths, so it
// works from any sub-path.
rmSync(dist, { recursive: true, force: true });
cpSync(join(root, "www"), dist, { recursive: true });
mkdirSync(join(dist, "pkg"), { recursive: true });
for (const f of [`${name}.js`, `${name}_bg.wasm`]) cpSync(join(pkg, f), join(dist, "pkg", f));

// Tests and examples import the built package by its name.
const link = join(root, "node_modules", "portin-validator");
rmSync(link, { recursive: true, force: true });
mkdirSync(dirname(link), { recursive: true });
symlinkSync("../pkg", link, "dir");

const kb = (n) => (n / 1024).toFixed(1) + " KB";
for (const f of readdirSync(pkg)) {
  const bytes = readFileSync(join(pkg, f));
  if (!statSync(join(pkg, f)).isFile()) continue;
  console.log(`pkg/${f.padEnd(32)} ${kb(bytes.length).padStart(9)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(9)} gzip -9`);
}
