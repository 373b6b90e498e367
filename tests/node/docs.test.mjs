// Every fenced example in README.md and docs/*.md, run, with the result it shows compared to the
// real one (issue 24). A `js` block runs against the built package, statement by statement; a
// comment right after a statement (on its line, or the lines below it) that starts like a value
// (`{`, `[`, a string, a number, true, false, null) is its shown result, and prose may follow it
// (`// false: Thanksgiving Day`). In a shown result, `...` in an object allows other keys, in an
// array other items (in order), in a string any text; a bare name (`issue`, `meaning`) is any
// value. An object without `...` must have exactly its keys; an array without it, exactly its items.
// The command line's transcript runs the CLI; the Rust block is the crate's doc example (which
// `cargo test` runs); the plain-HTML form runs in Chromium (tests/e2e/readme-form.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pv from "portin-validator";
import { fences, root } from "./fences.mjs";

const FILES = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

// ---------------------------------------------------------------------------------------------
// Reading a js block into statements and their shown results.

/** Splits a line into its code and its `//` comment (outside strings). */
function splitComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
    } else if (c === "/" && line[i + 1] === "/") {
      return [line.slice(0, i), line.slice(i + 2).trim()];
    }
  }
  return [line, null];
}

const AsyncFunction = (async () => {}).constructor;
const IMPORT = /^\s*import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*"portin-validator(?:\/[\w./]+)?";/;

/** The statement as it runs here: an import of the package becomes a destructuring of it. */
function runnable(code) {
  const m = IMPORT.exec(code);
  if (!m) return code;
  const names = [m[1] && `default: ${m[1]}`, ...(m[2] ?? "").split(",").map((n) => n.trim()).filter(Boolean)].filter(Boolean);
  return code.replace(IMPORT, `const { ${names.join(", ")} } = __pv;`);
}

function complete(code) {
  try {
    new AsyncFunction(runnable(code));
    return true;
  } catch {
    return false;
  }
}

const RESULT_START = /^(?:[{["'`\d-]|true\b|false\b|null\b|undefined\b)/;

/** The statements of a js block: { code, result (the shown result's text, or ""), line }. */
function statements(block) {
  const out = [];
  let code = "";
  let start = 0;
  let last = null; // the statement whose shown result may continue on the next comment line
  block.code.split("\n").forEach((line, i) => {
    const [src, comment] = splitComment(line);
    if (!src.trim()) {
      if (comment !== null && !code.trim() && last?.result) last.result += `\n${comment}`;
      else if (!code.trim()) last = comment !== null && last && !last.result && RESULT_START.test(comment) ? Object.assign(last, { result: comment }) : null;
      return;
    }
    if (!code.trim()) start = block.line + 1 + i;
    code += `${src}\n`;
    if (!complete(code)) return;
    last = { code, result: comment !== null && RESULT_START.test(comment) ? comment : "", line: start };
    out.push(last);
    code = "";
  });
  assert.equal(code.trim(), "", `an unfinished statement at the end of the block at line ${block.line}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shown results as patterns.

const ANY = Symbol("any value");
const MORE = Symbol("more items");
const OPEN = "\u2026more keys";

/** The first value of a shown result, and the prose after it. */
function firstValue(text) {
  const t = text.trim();
  let depth = 0;
  let quote = null;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) {
        quote = null;
        if (depth === 0) return [t.slice(0, i + 1), t.slice(i + 1)];
      }
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return [t.slice(0, i + 1), t.slice(i + 1)];
    } else if (depth === 0 && /[\s:(,]/.test(c)) return [t.slice(0, i), t.slice(i)];
  }
  return [t, ""];
}

/** A shown result as a value to compare with: `...` marked per place, bare names ANY. */
function pattern(text) {
  const [value] = firstValue(text);
  let js = "";
  const stack = [];
  let quote = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\n") {
      js += quote ? "" : " "; // a string shown over two comment lines is one string
    } else if (quote) {
      if (c === "\\") {
        js += c + value[++i];
        continue;
      }
      if (c === quote) quote = null;
      js += c;
    } else if (value.startsWith("/*", i)) {
      i = value.indexOf("*/", i) + 1;
    } else if (value.startsWith("...", i)) {
      js += stack.at(-1) === "{" ? `${JSON.stringify(OPEN)}: 1` : "__more";
      i += 2;
    } else {
      if (c === '"' || c === "'") quote = c;
      else if (c === "{" || c === "[") stack.push(c);
      else if (c === "}" || c === "]") stack.pop();
      js += c;
    }
  }
  const scope = new Proxy({}, {
    has: (_, key) => typeof key === "string" && !(key in globalThis),
    get: (_, key) => (key === "__more" ? MORE : key === Symbol.unscopables ? undefined : ANY),
  });
  // Sloppy mode for `with`: each bare name in the shown result is looked up in `scope`.
  return new Function("scope", `with (scope) { return (${js}); }`)(scope);
}

/** Where `actual` differs from `shown`, or null. */
function differs(actual, shown, at = "result") {
  if (shown === ANY) return null;
  if (typeof shown === "string" && shown.includes("...")) {
    const re = new RegExp(`^${shown.split("...").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*")}$`);
    return typeof actual === "string" && re.test(actual) ? null : `${at}: ${JSON.stringify(actual)} does not read ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return `${at}: ${JSON.stringify(actual)} is not a list`;
    const items = shown.filter((s) => s !== MORE);
    if (items.length === shown.length) {
      if (actual.length !== items.length) return `${at}: ${actual.length} items, shown ${items.length}: ${JSON.stringify(actual)}`;
      for (let i = 0; i < items.length; i++) {
        const d = differs(actual[i], items[i], `${at}[${i}]`);
        if (d) return d;
      }
      return null;
    }
    // With `...`: the shown items in order, others between and around them.
    let from = 0;
    for (const [n, item] of items.entries()) {
      const found = actual.findIndex((a, i) => i >= from && !differs(a, item));
      if (found < 0) return `${at}: no item reads the shown item ${n + 1} in order (${differs(actual[from], item, `${at}[${from}]`)})`;
      from = found + 1;
    }
    return null;
  }
  if (shown && typeof shown === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return `${at}: ${JSON.stringify(actual)} is not an object`;
    const keys = Object.keys(shown).filter((k) => k !== OPEN);
    if (!(OPEN in shown)) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k));
      if (extra.length) return `${at}: has ${extra.join(", ")}, which the shown result leaves out`;
    }
    for (const k of keys) {
      if (!(k in actual)) return `${at}: has no ${k}`;
      const d = differs(actual[k], shown[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, shown) ? null : `${at}: ${JSON.stringify(actual)}, shown ${JSON.stringify(shown)}`;
}

// ---------------------------------------------------------------------------------------------
// Running a js block.

/** Stand-ins for what an example leaves to its reader: a web framework's `app`, a clock. */
function stubs() {
  const routes = [];
  return {
    routes,
    app: { post: (path, handler) => routes.push({ path, handler }) },
    easternToday: () => "2026-11-23",
  };
}

async function runBlock(block) {
  const stmts = statements(block);
  const context = stubs();
  const shown = [];
  let body = "";
  for (const [i, s] of stmts.entries()) {
    const code = runnable(s.code).trim();
    if (s.result) {
      shown.push(i);
      body += `__got[${i}] = (${code.replace(/;\s*$/, "")});\n`;
    } else {
      body += `${code}\n`;
    }
  }
  const got = [];
  const names = Object.keys(context).filter((k) => k !== "routes");
  await new AsyncFunction("__pv", "__got", ...names, ...Object.keys(pv).filter((k) => k !== "default"), `{\n${body}}`)(
    pv,
    got,
    ...names.map((k) => context[k]),
    ...Object.keys(pv).filter((k) => k !== "default").map((k) => pv[k]),
  );
  for (const i of shown) {
    const s = stmts[i];
    const d = differs(got[i], pattern(s.result));
    assert.equal(d, null, `line ${s.line}: ${s.code.trim().split("\n")[0]}\n  ${d}\n  got ${JSON.stringify(got[i])}`);
  }
  return { stmts, context };
}

// ---------------------------------------------------------------------------------------------

const cliPath = join(root, "pkg/cli.mjs");
const portIn = JSON.parse(readFileSync(join(root, "tests/fixtures/port_in.json"), "utf8"));

/** The files a transcript's command names, as this test writes them. */
const TRANSCRIPT_FILES = {
  "order.json": portIn,
  "fictitious.json": { ...portIn, listOfPhoneNumbers: ["919-200-0000", "919-555-0100"] },
};

function runTranscript(block) {
  const [command, ...expected] = block.code.trimEnd().split("\n");
  const dir = mkdtempSync(join(tmpdir(), "portin-docs-"));
  try {
    for (const [name, content] of Object.entries(TRANSCRIPT_FILES)) writeFileSync(join(dir, name), JSON.stringify(content));
    const args = command.replace(/^\$ npx portin-validator /, "").split(/\s+/);
    const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: "utf8" });
    assert.equal(r.stdout, `${expected.join("\n")}\n`, `${command}: the shown output`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each block, by what it is. Anything else fails: a new example cannot go unrun. */
async function check(file, block) {
  const first = block.code.split("\n")[0];
  if (block.lang === "js") {
    // A route the example registers answers as it says: an order with errors, 422 and the issues.
    for (const { handler } of (await runBlock(block)).context.routes) {
      const res = { status(code) { this.code = code; return this; }, json(body) { this.body = body; return this; } };
      handler({ body: { listOfPhoneNumbers: "919-555-0100" } }, res);
      assert.equal(res.code, 422);
      assert.ok(res.body.some((i) => i.code === "tn.fictitious"), JSON.stringify(res.body));
    }
    return;
  }
  if (block.lang === "rust") {
    const doc = readFileSync(join(root, "src/lib.rs"), "utf8").split("\n").filter((l) => l.startsWith("//!")).map((l) => l.replace(/^\/\/! ?/, "")).join("\n");
    return assert.ok(doc.includes(block.code), "the README's Rust example is the crate doc's, which cargo test runs");
  }
  if (block.lang === "html") return assert.ok(existsSync(join(root, "tests/e2e/readme-form.test.mjs")), "the form runs in Chromium");
  if (block.lang === "toml") {
    const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
    const [, name, repo] = /^(\S+) = \{ git = "([^"]+)" \}/.exec(first);
    return assert.ok(cargo.includes(`name = "${name}"`) && cargo.includes(`repository = "${repo}"`), first);
  }
  if (first.startsWith("$ npx portin-validator ")) return runTranscript(block);
  if (first.startsWith("npx portin-validator check ")) {
    const help = spawnSync(process.execPath, [cliPath, "--help"], { encoding: "utf8" }).stdout;
    for (const flag of block.code.match(/--[a-z]+/g)) assert.ok(help.includes(flag), `--help names ${flag}`);
    return;
  }
  if (first === "npm install portin-validator") return; // installing: tests/consumers/ installs the packed tarball
  if (/^src\/\s/.test(first)) {
    for (const [, dir] of block.code.matchAll(/^ {0,2}(\S+\/)\s/gm)) {
      const path = dir.startsWith("src/") && !first.startsWith(dir) ? join("wasm", dir) : dir;
      assert.ok(existsSync(join(root, path)) || existsSync(join(root, "wasm", dir)), `the layout's ${dir} exists`);
    }
    return;
  }
  assert.fail(`${file}:${block.line}: a \`\`\`${block.lang} block this test does not know how to run`);
}

for (const file of FILES) {
  for (const block of fences(file)) {
    test(`${file}:${block.line}: the \`\`\`${block.lang || "text"} example`, () => check(file, block));
  }
}

test("the pattern reader: what `...`, bare names and exact objects mean", () => {
  assert.equal(differs({ a: 1, b: 2 }, pattern("{ a: 1, ... }")), null);
  assert.match(differs({ a: 1, b: 2 }, pattern("{ a: 1 }")), /has b/);
  assert.equal(differs([1, 2, 3], pattern("[1, ..., 3]")), null);
  assert.match(differs([1, 2, 3], pattern("[1, 3]")), /3 items, shown 2/);
  assert.equal(differs({ s: "Line 4: 876 is Jamaica" }, pattern('{ s: "... 876 is ..." }')), null);
  assert.equal(differs({ issue: { code: "x" } }, pattern("{ issue }")), null);
  assert.equal(differs(false, pattern("false: Thanksgiving Day")), null);
  assert.equal(differs("2026-11-30", pattern('"2026-11-30" (the 10th business day)')), null);
  const stmts = statements({ line: 0, code: 'f(1);   // { a: 1,\n//   b: 2 }\n\n// prose(x) -> y\ng(\n  2, // an argument\n);\n' });
  assert.deepEqual(stmts.map((s) => [s.code.trim(), s.result]), [["f(1);", "{ a: 1,\nb: 2 }"], ["g(\n  2, \n);", ""]]);
});
