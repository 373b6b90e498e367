// The fenced blocks of the project's Markdown: what tests/node/docs.test.mjs runs, and where
// tests/e2e/readme-form.test.mjs finds the README's form.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** The fenced blocks of a Markdown file (a path from the project's root): { lang, code, line }. */
export function fences(file) {
  const text = readFileSync(join(root, file), "utf8");
  const out = [];
  const re = /^```(\w*)\n([\s\S]*?)^```/gm;
  for (let m; (m = re.exec(text)); ) out.push({ lang: m[1], code: m[2], line: text.slice(0, m.index).split("\n").length });
  return out;
}
