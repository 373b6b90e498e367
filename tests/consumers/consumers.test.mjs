// The package as its users get it: `npm pack` of pkg/, installed from the tarball into fresh
// folders, then used from Node ESM, Node CommonJS, strict TypeScript, a Vite production build
// in Chromium, a plain <script type="module"> page in Chromium, the command line (the bin), and
// the form libraries and the server the README shows: React with react-hook-form, Vue with
// VeeValidate, TanStack Form, each built by Vite and driven in Chromium, and a Node server over
// HTTP. The README's "React", "Vue" and "Server" examples are written into their consumers from
// the README itself (each code block after a `<!-- tests/consumers/NAME/FILE -->` line), so they
// run as written. The libraries (react, vue, ...) come from the repository's node_modules.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
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

/** The README's code blocks that belong to a consumer: file name -> text. */
function readmeFiles(name) {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const files = {};
  for (const [, consumerName, file, code] of readme.matchAll(/<!-- tests\/consumers\/([\w-]+)\/([\w.-]+) -->\n```\w*\n([\s\S]*?)```/g)) {
    if (consumerName === name) files[file] = code;
  }
  return files;
}

/** A fresh folder with the fixture files of `name`, its README examples, and the packed package installed. */
function consumer(name) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(here, name), dir, { recursive: true });
  for (const [file, code] of Object.entries(readmeFiles(name))) writeFileSync(join(dir, file), code);
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

/* ---- Form libraries and a server: orderSchema() and toProblemDetails() ---- */

const good = JSON.parse(readFileSync(join(root, "tests/fixtures/port_in.json"), "utf8"));
/** A complete order as the examples' fields hold it (dotted names, text values). */
const FIELDS = {
  portType: "AUTOMATED_ON_NET",
  listOfPhoneNumbers: "919-200-0000\n919-200-0001",
  billingTelephoneNumber: "919-200-0000",
  loaAuthorizingPerson: "Pat Jones",
  "subscriber.subscriberType": "BUSINESS",
  "subscriber.businessName": "Acme Widgets",
  "subscriber.serviceAddress.houseNumber": "100",
  "subscriber.serviceAddress.streetName": "Main",
  "subscriber.serviceAddress.city": "Raleigh",
  "subscriber.serviceAddress.stateCode": "NC",
  "subscriber.serviceAddress.zip": "27601",
};

test("the README's examples are each in their consumer", () => {
  assert.deepEqual(Object.keys(readmeFiles("react")), ["main.jsx"]);
  assert.deepEqual(Object.keys(readmeFiles("vue")).sort(), ["App.vue", "main.js"]);
  assert.deepEqual(Object.keys(readmeFiles("server")), ["server.mjs"]);
});

/**
 * Builds a form consumer with Vite, serves it, and in Chromium: fills every field, one of them
 * wrong, sees the error at that field, a pasted list's bad line at the list, clears both, and
 * submits. Each fill ends with a blur, since VeeValidate validates on change; `check` adds
 * checks of its own before the submit.
 */
async function formConsumer(name, check = async () => {}) {
  const dir = consumer(name);
  sh(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], dir);
  const server = await serve(join(dir, "dist"));
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(server.url);
    const control = (field) => page.locator(`[name='${field}']`);
    // The field's error text; "" when it shows none (VeeValidate's ErrorMessage renders nothing then).
    const alert = (field) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? "", `label:has([name='${field}']) [role=alert]`);
    const fill = async (field, value) => {
      await control(field).fill(value);
      await control(field).blur();
    };
    for (const [field, value] of Object.entries(FIELDS)) await fill(field, field === "billingTelephoneNumber" ? "12" : value);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes("has 2 digits"), "label:has([name='billingTelephoneNumber']) [role=alert]", { timeout: 10000 });
    assert.match(await alert("billingTelephoneNumber"), /^“12” has 2 digits; a US number has 10/, `${name}: the error at its field`);
    assert.equal(await alert("subscriber.serviceAddress.zip"), "", `${name}: no error at a right field`);
    // A pasted list with a fictitious number: the error at the list, its line in the message.
    await fill("listOfPhoneNumbers", "919-200-0000\n919-555-0100");
    await page.waitForFunction((sel) => /Line 2:/.test(document.querySelector(sel)?.textContent), "label:has([name='listOfPhoneNumbers']) [role=alert]", { timeout: 10000 });
    assert.match(await alert("listOfPhoneNumbers"), /^Line 2: “919-555-0100” is a fictitious number/);
    // Both fixed: the errors go, and the order is submitted.
    await fill("listOfPhoneNumbers", FIELDS.listOfPhoneNumbers);
    await fill("billingTelephoneNumber", FIELDS.billingTelephoneNumber);
    await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? "") === "", "label:has([name='billingTelephoneNumber']) [role=alert]", { timeout: 10000 });
    assert.equal(await alert("listOfPhoneNumbers"), "");
    await check(page, fill);
    await page.locator("button").click();
    await page.locator("output").waitFor({ timeout: 10000 });
    assert.equal(await page.locator("output").textContent(), "Ready to submit 2 numbers.");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
}

test("React 19 with react-hook-form and standardSchemaResolver (the README's example): an error at its field, cleared, submitted; warnings from lastReport", async () => {
  await formConsumer("react", async (page, fill) => {
    // A warning does not stop the order; the example lists it from schema.lastReport.
    await fill("loaAuthorizingPerson", "Patricia Jones-Smith");
    await page.locator("ul li").first().waitFor({ timeout: 10000 });
    assert.match(await page.locator("ul li").first().textContent(), /^The LOA authorizing person has 20 characters; only the first 15 reach/);
  });
});

test("TanStack Form with orderSchema() as its onChange validator: an error at its field, cleared, submitted", async () => {
  await formConsumer("tanstack");
});

test("Vue 3 with VeeValidate 5 (the README's example): an error at its field, cleared, submitted", async () => {
  await formConsumer("vue");
});

test("the README's server answers 422 with RFC 9457 problem details, 202 for a good order, over HTTP", async () => {
  const dir = consumer("server");
  const child = spawn("node", ["server.mjs"], { cwd: dir, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const found = /Listening on (\S+)/.exec(out);
        if (found) resolve(found[1]);
      });
      child.on("exit", (code) => reject(new Error(`the server exited (${code}): ${out}`)));
    });
    const post = (body) => fetch(new URL("port-ins", url), { method: "POST", headers: { "content-type": "application/json" }, body });
    const bad = await post(JSON.stringify({ ...good, listOfPhoneNumbers: ["919-200-0000", "919-555-0100"], subscriber: { ...good.subscriber, serviceAddress: { ...good.subscriber.serviceAddress, zip: "2760" } } }));
    assert.equal(bad.status, 422);
    assert.equal(bad.headers.get("content-type"), "application/problem+json");
    const problem = await bad.json();
    assert.deepEqual([problem.type, problem.title, problem.status], ["about:blank", "Unprocessable Content", 422]);
    assert.deepEqual(problem.errors.map((e) => [e.pointer, e.code]), [["#/listOfPhoneNumbers/1", "tn.fictitious"], ["#/subscriber/serviceAddress/zip", "address.zip"]]);
    assert.match(problem.errors[0].detail, /^Item 2: “919-555-0100” is a fictitious number/);
    const ok = await post(JSON.stringify(good));
    assert.equal(ok.status, 202);
    assert.deepEqual(await ok.json(), { accepted: true });
    assert.equal((await post("{not json")).status, 400);
    assert.equal((await fetch(new URL("elsewhere", url))).status, 404);
  } finally {
    child.kill();
  }
});
