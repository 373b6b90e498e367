// Builds the npm package into pkg/ and the static demo site into dist/.
//   cargo (release, wasm32) -> wasm-bindgen --target web -> wasm-opt -Oz (WASM_OPT) -> esbuild -> pkg/ -> dist/
// Run through `npm run build`, which does the set-up first.
//
// `node scripts/build.mjs --test-hooks` builds the same package with the `test-hooks` feature
// (`__trapForTesting`, for the recovery tests) into .test-hooks/pkg and .test-hooks/dist instead:
// the published package never has it.
//
// pkg/ holds:
//   glue_bg.wasm                       what wasm-bindgen generates (after wasm-opt)
//   index.js, index.d.ts               the browser and bundler entry: init() once, then the API;
//                                      one minified file, the entry bundled with wasm-bindgen's
//                                      glue and its snippets (fewer bytes and requests)
//   node.js                            the Node entry (import and require): ready on import
//   cli.mjs                            the command line (js/cli.mjs), the package's `bin`
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { BROWSER_FILES } from "./size-budget.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const testHooks = process.argv.includes("--test-hooks");
const out = testHooks ? join(root, ".test-hooks") : root;
const pkg = join(out, "pkg");
const dist = join(out, "dist");
// Cargo's output: CARGO_TARGET_DIR when set (relative to the workspace root), else target/.
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR || "target");
/** The wasm crate (wasm/Cargo.toml), as cargo names its output. */
const WASM_CRATE = "portin-validator-wasm";
const WASM_FILE = WASM_CRATE.replaceAll("-", "_") + ".wasm";

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
}

// wasm-opt from the npm package binaryen (Debian's is too old for current rustc output).
// rustc emits these post-MVP features; every browser the page supports has them.
const WASM_OPT_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const cargoToml = readFileSync(join(root, "Cargo.toml"), "utf8");
const field = (key) => new RegExp(`^${key} = "([^"]+)"`, "m").exec(cargoToml)[1];

run("cargo", [
  "build", "--release", "--target", "wasm32-unknown-unknown", "-p", WASM_CRATE, "--lib",
  ...(testHooks ? ["--features", "test-hooks"] : []),
]);

rmSync(pkg, { recursive: true, force: true });
// PORTIN_NAMES=1 keeps function names in the .wasm, for profiling (`node --cpu-prof`, DevTools).
const names = process.env.PORTIN_NAMES === "1";
run(join(root, ".tools/bin/wasm-bindgen"), [
  "--target", "web",
  "--no-typescript",
  ...(names ? ["--keep-debug"] : []),
  "--out-dir", pkg,
  "--out-name", "glue",
  join(targetDir, "wasm32-unknown-unknown/release", WASM_FILE),
]);
const wasm = join(pkg, "glue_bg.wasm");
// Size passes: -Oz, then the code is flattened and its control flow rebuilt (--flatten
// --rereloop), which lets three more -Oz find more: -529 bytes gzip against -Oz --converge
// (--converge stops on the raw size; after the rereloop it is 280 bytes worse in gzip), and
// parseTnList and validateOrder take the same time within the noise (A/B in one Node process).
// The module defines its memory, so it starts zeroed (--zero-filled-memory), and Rust places its
// data at 1 MiB with the 1 MiB stack below it growing down, so the first KiB is reached only by a
// stack that has all but overflowed (--low-memory-unused lets wasm-opt fold offsets into loads): -731 bytes gzip.
// The producers and target-features sections are notes for tools, not read by browsers: -201 bytes.
const WASM_OPT = ["-Oz", "--flatten", "--rereloop", "-Oz", "-Oz", "-Oz", "--zero-filled-memory", "--low-memory-unused", "--strip-producers", "--strip-target-features"];
run(join(root, "node_modules/.bin/wasm-opt"), [...WASM_OPT, ...(names ? ["-g"] : []), ...WASM_OPT_FEATURES, wasm, "-o", wasm]);

// The glue keeps its instance in module variables; the entry restarts a trapped module by
// clearing them and instantiating afresh (js/entry.js). Checked, so that a wasm-bindgen upgrade
// that renames them fails here rather than in a browser.
let glue = readFileSync(join(pkg, "glue.js"), "utf8");
for (const needed of ["let wasmModule, wasmInstance, wasm;", "let __wbg_init_promise;", "function initSync(module) {\n    if (wasm !== undefined) return wasm;"]) {
  if (!glue.includes(needed)) throw new Error(`glue.js no longer has \`${needed}\`: update the restart in scripts/build.mjs`);
}
glue += "\n/** Forgets the instance, so that init can start a fresh one (used by the entry after a trap). */\nexport function __portinReset() {\n    wasm = undefined;\n    __wbg_init_promise = undefined;\n}\n";
glue = shortNames(wasm, glue);
writeFileSync(join(pkg, "glue.js"), glue);

// The entry (js/entry.js) plus one wrapper per API function, each checking that init() ran and
// restarting the module after a trap. The API is listed here, not scraped from the glue: a listed
// function the glue lacks, or a glue export nobody listed, fails the build.
const API = [
  "validateOrder", "parseTnList", "editableFields", "explainRejection", "explainStatus",
  "earliestRequestedDate", "focExpiry", "isBusinessDay", "areaCode", "readOrder", "toLnpOrderXml", "applySupp",
];
/** Glue exports the entry wraps by hand (js/entry.js) or uses itself. */
const HAND_WRITTEN = ["default", "initSync", "attachForm", "registerRejectionCodes", "clearFormMarks", "FormHandle", "validateOrderLive", "orderShape", "__portinReset"];
/** Test-only exports, wrapped without the retry (a trap is what they are for). */
const TEST_HOOKS = testHooks ? ["__trapForTesting"] : [];
const glueExports = Object.keys(await import(pathToFileURL(join(pkg, "glue.js")).href));
const known = [...API, ...HAND_WRITTEN, ...TEST_HOOKS];
const missing = [...API, ...TEST_HOOKS].filter((name) => !glueExports.includes(name));
const unlisted = glueExports.filter((name) => !known.includes(name));
if (missing.length || unlisted.length) {
  throw new Error(`scripts/build.mjs: the glue ${missing.length ? `lacks ${missing.join(", ")}` : ""}${missing.length && unlisted.length ? " and " : ""}${unlisted.length ? `exports ${unlisted.join(", ")}, which no list here names` : ""}`);
}
const wrapper = (name, retry) => `export function ${name}(...args) {\n  return call("${name}", glue.${name}, args${retry ? "" : ", false"});\n}\n`;
const wrappers = [...API.map((f) => wrapper(f, true)), ...TEST_HOOKS.map((f) => wrapper(f, false))].join("\n");
writeFileSync(join(pkg, "index.js"), readFileSync(join(root, "js/entry.js"), "utf8") + "\n" + wrappers);
// One file for the browser: the entry, the glue and its snippets bundled and minified (a third
// of their gzip size apart; the glue's unused exports go too). The glue's checks above ran on
// the file wasm-bindgen wrote. With PORTIN_NAMES=1 the names stay, for profiling.
buildSync({
  entryPoints: [join(pkg, "index.js")],
  outfile: join(pkg, "index.js"),
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: !names,
  legalComments: "none",
  logLevel: "warning",
});
rmSync(join(pkg, "glue.js"));
rmSync(join(pkg, "snippets"), { recursive: true, force: true });
// The published types: the API's (js/api.d.ts) and the entry's own; the glue's raw exports are
// internal and get no types.
writeFileSync(join(pkg, "index.d.ts"), readFileSync(join(root, "js/api.d.ts"), "utf8") + "\n" + readFileSync(join(root, "js/entry.d.ts"), "utf8"));

// Node entry: loads the .wasm from disk synchronously, so Node needs no init() (api.md);
// init() stays exported and is then a no-op. Also what require() loads (Node >= 20.19 can
// require() an ES module without top-level await).
writeFileSync(join(pkg, "node.js"), `// portin-validator: Node entry. Ready on import; init() is not needed (and harmless).
import { readFileSync } from "node:fs";
import { initSync } from "./index.js";

initSync(readFileSync(new URL("./glue_bg.wasm", import.meta.url)));

export * from "./index.js";
export { default } from "./index.js";
`);

writeFileSync(join(pkg, "package.json"), JSON.stringify({
  name: "portin-validator",
  version: field("version"),
  description: field("description"),
  keywords: ["telephone", "phone-number", "porting", "lnp", "port-in", "nanp", "validation", "webassembly", "wasm", "telecom"],
  license: field("license"),
  repository: { type: "git", url: `git+${field("repository")}.git` },
  type: "module",
  main: "./node.js",
  module: "./index.js",
  types: "./index.d.ts",
  bin: { "portin-validator": "./cli.mjs" },
  exports: {
    ".": {
      types: "./index.d.ts",
      node: "./node.js",
      default: "./index.js",
    },
    "./glue_bg.wasm": "./glue_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["index.js", "index.d.ts", "node.js", "cli.mjs", "glue_bg.wasm", "README.md", "LICENSE"],
  sideEffects: ["./node.js"],
  engines: { node: ">=20.19" },
}, null, 2) + "\n");
// The command line: imports ./node.js, so it runs from the package as installed.
cpSync(join(root, "js/cli.mjs"), join(pkg, "cli.mjs"));
chmodSync(join(pkg, "cli.mjs"), 0o755);
cpSync(join(root, "README.md"), join(pkg, "README.md"));
cpSync(join(root, "LICENSE"), join(pkg, "LICENSE"));
rmSync(join(pkg, ".gitignore"), { force: true });

// The demo site: the page plus the browser half of the package, all relative paths, so it
// works from any sub-path.
rmSync(dist, { recursive: true, force: true });
cpSync(join(root, "www"), dist, { recursive: true });
mkdirSync(join(dist, "pkg"), { recursive: true });
for (const f of BROWSER_FILES) cpSync(join(pkg, f), join(dist, "pkg", f), { recursive: true });

// Tests and examples import the built package by its name.
if (testHooks) process.exit(0);
const link = join(root, "node_modules", "portin-validator");
rmSync(link, { recursive: true, force: true });
mkdirSync(dirname(link), { recursive: true });
symlinkSync("../pkg", link, "dir");

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
for (const f of readdirSync(pkg, { recursive: true }).sort()) {
  if (!statSync(join(pkg, f)).isFile()) continue;
  const bytes = readFileSync(join(pkg, f));
  console.log(`pkg/${f.padEnd(16)} ${kb(bytes.length)} raw ${kb(gzipSync(bytes, { level: 9 }).length)} gzip -9`);
}

/** An unsigned LEB128 number at `at` in `bytes`: [value, offset after it]. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function lebBytes(value) {
  const out = [];
  do {
    const byte = value % 128;
    value = Math.floor(value / 128);
    out.push(value ? byte | 0x80 : byte);
  } while (value);
  return out;
}

/**
 * Gives the .wasm's imports and exports short names, in the module and in the glue alike:
 * wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` and its module "./glue_bg.js",
 * text that does not compress, twice (the .wasm's import section and the glue's import object):
 * -3,192 bytes gzip; the exports (`wasm.<name>` in the glue, never seen by callers): -622 bytes.
 * Only those two sections change; every import and export keeps its index. Fails the build if
 * the glue does not name each import exactly once or uses an export the .wasm lacks, so that a
 * wasm-bindgen upgrade that changes the glue's shape fails here rather than in a browser.
 */
function shortNames(wasmFile, glue) {
  const bytes = readFileSync(wasmFile);
  const out = [bytes.subarray(0, 8)];
  const MODULE = "./glue_bg.js";
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const short = (i) => (i < letters.length ? "" : short(Math.floor(i / letters.length) - 1)) + letters[i % letters.length];
  const decoder = new TextDecoder();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id === 7) {
      // Exports: name, kind, index. The glue uses each as `wasm.<name>`.
      let [count, p] = leb(bytes, start);
      const section = [...lebBytes(count)];
      const renamed = new Map();
      for (let i = 0; i < count; i++) {
        const [nameLength, n] = leb(bytes, p);
        const name = decoder.decode(bytes.subarray(n, n + nameLength));
        const [, afterIndex] = leb(bytes, n + nameLength + 1);
        const newName = short(i);
        renamed.set(name, newName);
        section.push(...lebBytes(newName.length), ...Buffer.from(newName), ...bytes.subarray(n + nameLength, afterIndex));
        p = afterIndex;
      }
      glue = glue.replace(/\bwasm\.(\w+)/g, (all, name) => {
        if (!renamed.has(name)) throw new Error(`scripts/build.mjs: the glue uses ${all}, which the .wasm does not export: update shortNames`);
        return `wasm.${renamed.get(name)}`;
      });
      out.push(Buffer.from([7, ...lebBytes(section.length), ...section]));
      at = end;
      continue;
    }
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = leb(bytes, start);
    const section = [...lebBytes(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = leb(bytes, p);
      const module = decoder.decode(bytes.subarray(m, m + moduleLength));
      const [nameLength, n] = leb(bytes, m + moduleLength);
      const name = decoder.decode(bytes.subarray(n, n + nameLength));
      p = n + nameLength;
      // Only functions are imported (kind 0, then the type index).
      if (module !== MODULE || bytes[p] !== 0) throw new Error(`scripts/build.mjs: the .wasm imports ${module} ${name} (kind ${bytes[p]}); shortNames knows only functions from ${MODULE}`);
      const [, afterType] = leb(bytes, p + 1);
      const key = new RegExp(`(?<=[\\s{,])${name}(?=: function\\()`, "g");
      const found = glue.match(key)?.length ?? 0;
      if (found !== 1) throw new Error(`scripts/build.mjs: the glue names the import ${name} ${found} times, not once: update shortNames`);
      const newName = short(i);
      glue = glue.replace(key, newName);
      section.push(1, ...Buffer.from("a"), ...lebBytes(newName.length), ...Buffer.from(newName), ...bytes.subarray(p, afterType));
      p = afterType;
    }
    out.push(Buffer.from([2, ...lebBytes(section.length), ...section]));
    at = end;
  }
  const imports = `"${MODULE}": import0`;
  if (glue.split(imports).length !== 2) throw new Error(`scripts/build.mjs: the glue no longer has \`${imports}\`: update shortNames`);
  writeFileSync(wasmFile, Buffer.concat(out));
  return glue.replace(imports, "a: import0");
}

