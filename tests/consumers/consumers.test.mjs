// The package as its users get it: `npm pack` of pkg/, installed from the tarball into fresh
// folders, then used from Node ESM, Node CommonJS, strict TypeScript, a Vite production build
// in Chromium, a plain <script type="module"> page in Chromium, and the command line (the bin).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { handler } from "../../scripts/serve.mjs";
import { startBrowser } from "../e2e/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const here = dirname(fileURLToPath(import.meta.url));
// Inside the repository, so that the consumers find typescript and vite in its node_modules;
// each has its own node_modules with the tarball installed, which wins for portin-validator.
const work = join(root, "target/consumers");
let tarball, browser;

function sh(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout}\n${e.stderr}`);
  }
}

/** A fresh folder with the fixture files of `name` and the packed package installed. */
function consumer(name) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(here, name), dir, { recursive: true });
  sh("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", tarball], dir);
  return dir;
}

async function serve(dir) {
  const files = handler(dir);
  // The consumers' pages have no icon; answer the browser's request for one.
  const server = createServer((req, res) => (req.url === "/favicon.ico" ? res.writeHead(204).end() : files(req, res)));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Loads a page and waits for its #result to be filled; returns its text and any page error. */
async function pageResult(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url);
  await page.locator("#result[data-done]").waitFor({ timeout: 15000 });
  const text = await page.locator("#result").textContent();
  await page.close();
  return { text, errors };
}

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const out = sh("npm", ["pack", "--json", "--pack-destination", work, join(root, "pkg")], root);
  tarball = join(work, JSON.parse(out)[0].filename);
  browser = await startBrowser();
});
after(async () => browser?.close());

test("the tarball holds the package files and nothing else", () => {
  const out = JSON.parse(sh("npm", ["pack", "--dry-run", "--json", join(root, "pkg")], root));
  const files = out[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, ["LICENSE", "README.md", "cli.mjs", "glue_bg.wasm", "index.d.ts", "index.js", "node.js", "package.json"]);
});

test("Node ESM: import, no init()", () => {
  const dir = consumer("node-esm");
  const result = JSON.parse(sh("node", ["main.mjs"], dir));
  assert.equal(result.ok, false);
  assert.ok(result.codes.includes("tn.fictitious") && result.codes.includes("btn.required"), result.codes.join());
  assert.deepEqual(result.tns, ["9192000000"]);
});

test("Node CommonJS: require, no init()", () => {
  const dir = consumer("node-cjs");
  const result = JSON.parse(sh("node", ["main.cjs"], dir));
  assert.deepEqual(result, { ok: true, valid: 2 });
});

test("TypeScript --strict type-checks a consumer of every export", () => {
  const dir = consumer("typescript");
  // Fails with the compiler's messages if a type is wrong or the @ts-expect-error is unused.
  sh(join(root, "node_modules/.bin/tsc"), ["-p", dir], dir);
});

test("Vite production build runs in Chromium", async () => {
  const dir = consumer("vite");
  sh(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], dir);
  assert.ok(readdirSync(join(dir, "dist/assets")).some((f) => f.endsWith(".wasm")), "the .wasm is emitted as an asset");
  const server = await serve(join(dir, "dist"));
  try {
    const { text, errors } = await pageResult(server.url);
    assert.match(text, /^ok=false codes=.*\btn\.duplicate\b/);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test("plain <script type=module> page, no bundler, in Chromium", async () => {
  const dir = consumer("plain");
  const server = await serve(dir);
  try {
    const { text, errors } = await pageResult(server.url);
    assert.equal(text, "before init: Error: portin-validator: call `await init()` once before the first call | after: 2 valid");
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test("the bin: npx portin-validator check, from the installed tarball", () => {
  const dir = consumer("cli");
  // npm links the bin from the installed package: that is the one npx runs.
  assert.ok(existsSync(join(dir, "node_modules/.bin/portin-validator")), "node_modules/.bin/portin-validator");
  const cli = (...args) => {
    const r = spawnSync("npx", ["--no-install", "portin-validator", ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  assert.deepEqual(cli("check", "order.json", "--today", "2026-11-23"), { status: 0, stdout: "1 file, 0 errors, 0 warnings, 0 infos\n", stderr: "" });
  const bad = cli("check", "fictitious.json", "order.json", "--today", "2026-11-23");
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /^fictitious\.json: listOfPhoneNumbers\[1\]: error tn\.fictitious: .+\n2 files, 1 error, 0 warnings, 0 infos\n$/);
  const json = cli("check", "--json", "order.json", "--today", "2026-11-23");
  assert.deepEqual(JSON.parse(json.stdout).map((x) => [x.file, x.report.ok]), [["order.json", true]]);
  const wrong = cli("check", "order.json", "--bogus");
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /unknown option `--bogus`/);
  assert.match(cli("--help").stdout, /^Usage: portin-validator check FILE\.\.\./);
});
