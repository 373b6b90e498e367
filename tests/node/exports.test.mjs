// The package's exports are listed by hand in three places besides the code: scripts/build.mjs's
// API list (checked against the glue when it builds), the published types (js/api.d.ts and
// js/entry.d.ts) and the README's API section. This holds the last two to what the built package
// exports, so that an export added or renamed in one place fails here until all say the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as pkg from "portin-validator";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
/** The loading functions, documented in the README's "Install and load", not in its API section. */
const LOADING = ["init", "initSync"];

const exported = Object.keys(pkg).map((name) => (name === "default" ? "init" : name)).sort();

test("the published types declare exactly the package's exports", () => {
  const types = read("js/api.d.ts") + read("js/entry.d.ts");
  const declared = [...types.matchAll(/^export (?:default )?function (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, exported);
});

test("the README's API section shows each export but the loading ones, as `// name(...)`", () => {
  const readme = read("README.md");
  const api = readme.slice(readme.indexOf("\n## API\n"), readme.indexOf("\n## ", readme.indexOf("\n## API\n") + 1));
  const shown = [...new Set([...api.matchAll(/^\/\/ (\w+)\(/gm)].map((m) => m[1]))].sort();
  assert.deepEqual(shown, exported.filter((name) => !LOADING.includes(name)));
});
