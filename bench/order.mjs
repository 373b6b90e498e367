// `node bench/order.mjs <pkg dir> [<pkg dir> ...]`: validateOrder on the 999-number order vs libphonenumber-js/min
// on its numbers alone, alternating in one Node process (medians of blocks).
import { resolve, join } from "node:path";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { parsePhoneNumberFromString } = require("libphonenumber-js/min");
const { numbers, order } = await import("./data.mjs");
const dirs = process.argv.slice(2).map((d) => resolve(d));
const pvs = await Promise.all(dirs.map((d) => import(join(d, "node.js"))));
const full = order(numbers(999, 7)), opts = { today: "2026-11-23" };
const small = full.listOfPhoneNumbers;
const lpn = (t) => { const p = parsePhoneNumberFromString(t, "US"); return !!p && p.isValid(); };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (n, f) => { const t = []; for (let i = 0; i < n; i++) { const t0 = performance.now(); f(); t.push(performance.now() - t0); } return median(t); };
for (const pv of pvs) for (let i = 0; i < 30; i++) pv.validateOrder(full, opts);
const res = pvs.map(() => []), l = [];
for (let r = 0; r < 7; r++) {
  l.push(time(51, () => { for (const t of small) lpn(t); }));
  pvs.forEach((pv, i) => res[i].push(time(51, () => pv.validateOrder(full, opts))));
}
const L = median(l);
console.log(`libphonenumber-js/min on the 999 numbers: ${L.toFixed(3)} ms`);
dirs.forEach((d, i) => { const m = median(res[i]); console.log(`${d}: validateOrder ${m.toFixed(3)} ms, ${(L / m).toFixed(1)}x faster than lpn`); });
