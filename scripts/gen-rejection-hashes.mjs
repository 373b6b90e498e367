// Writes tests/fixtures/bw_lnp_error_codes.hashes.tsv from the provider's published list of
// porting error codes, so that the repository keeps the proof (tests/rejection.rs: every
// published code is known, and the catalog does not copy the published text) without the text.
// Run by hand when the published list changes:
//
//   node scripts/gen-rejection-hashes.mjs <path to bw_lnp_error_codes.tsv>
//
// The input has one row per code and carrier code: section, code, carrier code, text (tab
// separated; `#` lines and the header are skipped). Each output row keeps section, code and
// carrier code, and instead of the text:
//   runs       the hash of every run of 8 consecutive words of the text
//   sentences  `words:hash` for every sentence of the text (the whole sentence's words)
// Normalised as the test does: the text without format placeholders (`%s`, `%1$s`, ...) and a
// trailing vendor code in parentheses (`(01612)`); words are runs of ASCII letters and digits,
// lowercased, joined by one space; sentences end at `.`, `?` or `!` before white space or the end.
// The hash is FNV-1a 64-bit over the UTF-8 bytes, as 16 lowercase hex digits (fnv1a64 in
// tests/rejection.rs is the same function; the header's test vector ties the two together).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const RUN = 8;
export const VECTOR = "port in orders are checked here before they leave";

/** FNV-1a 64-bit of the UTF-8 bytes of `s`, as 16 lowercase hex digits. */
export function fnv1a64(s) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(s)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

export function words(s) {
  return (s.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

/** The text without format placeholders and its trailing vendor code (`(01612)`). */
export function clean(text) {
  const t = text.replaceAll("%1$s", " ").replaceAll("%2$s", " ").replaceAll("%1s", " ").replaceAll("%s", " ").replaceAll("%d", " ");
  const i = t.lastIndexOf("(");
  if (i >= 0 && t.trimEnd().endsWith(")") && !t.slice(i).includes(" ")) return t.slice(0, i);
  return t;
}

/** The words of each sentence, empty ones left out. */
export function sentences(text) {
  const out = [];
  let current = "";
  const chars = [...text];
  chars.forEach((c, i) => {
    current += c;
    const next = chars[i + 1];
    if (".?!".includes(c) && (next === undefined || /\s/u.test(next))) {
      out.push(words(current));
      current = "";
    }
  });
  out.push(words(current));
  return out.filter((w) => w.length > 0);
}

export function hashRow(text) {
  const t = clean(text);
  const w = words(t);
  const runs = [];
  for (let i = 0; i + RUN <= w.length; i++) runs.push(fnv1a64(w.slice(i, i + RUN).join(" ")));
  const sent = sentences(t).map((s) => `${s.length}:${fnv1a64(s.join(" "))}`);
  return { runs: [...new Set(runs)], sentences: [...new Set(sent)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.argv[2];
  if (!source) {
    console.error("usage: node scripts/gen-rejection-hashes.mjs <bw_lnp_error_codes.tsv>");
    process.exit(2);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const out = join(root, "tests/fixtures/bw_lnp_error_codes.hashes.tsv");
  const lines = [
    "# The provider's published porting error codes (Bandwidth API docs, errors page: Porting Numbers In/Out),",
    "# without their text: per row the section, code and carrier code, and FNV-1a 64-bit hashes of every",
    `# ${RUN}-word run and of every sentence of the text (words:hash). Written by scripts/gen-rejection-hashes.mjs.`,
    `# test vector: fnv1a64("${VECTOR}") = ${fnv1a64(VECTOR)}`,
    "section\tcode\tcarrier\truns\tsentences",
  ];
  let rows = 0;
  for (const line of readFileSync(source, "utf8").split("\n")) {
    if (line.startsWith("#") || line.startsWith("section\t") || line.trim() === "") continue;
    const cols = line.split("\t");
    if (cols.length !== 4) throw new Error(`not 4 columns: ${line}`);
    const [section, code, carrier, text] = cols;
    const h = hashRow(text);
    lines.push([section, code, carrier, h.runs.join(","), h.sentences.join(",")].join("\t"));
    rows++;
  }
  writeFileSync(out, lines.join("\n") + "\n");
  console.log(`${rows} rows -> ${out}`);
}
