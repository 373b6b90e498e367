// The measurements, shared by Node and the browser page: each runs in whichever runtime loads it.
// Medians of repeated runs; nothing here asserts a time.
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs, f) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Times each of `fs` in alternating rounds (so that the machine's noise falls on all alike):
 * `warm` rounds first, then at least `min` and at most `max` rounds, fewer once `budgetMs` has
 * passed. Returns the median of each, in ms. */
export function rounds(fs, { warm = 2, min = 5, max = 15, budgetMs = 15_000 } = {}) {
  for (let r = 0; r < warm; r++) for (const f of fs) f();
  const samples = fs.map(() => []);
  const start = performance.now();
  for (let r = 0; r < max && (r < min || performance.now() - start < budgetMs); r++) {
    fs.forEach((f, i) => {
      const t0 = performance.now();
      f();
      samples[i].push(performance.now() - t0);
    });
  }
  return samples.map(median);
}

/** `parseTnList` on 100,000 entries of each kind (`kinds`: name -> text, from `listKinds`), in ns
 * per entry, and libphonenumber-js/min over the lines of the random mix. */
export function measureKinds(pv, lpn, kinds, n) {
  const check = (ok, what) => { if (!ok) throw new Error(`benchmark sanity check failed: ${what}`); };
  const expect = {
    valid: (r) => r.tns.length === n && r.invalid.length === 0,
    fictitious: (r) => r.tns.length === 0 && r.invalid.length === n,
    junk: (r) => r.tns.length === 0 && r.invalid.length === n,
    repeats: (r) => r.duplicates.length === r.tns.length && r.invalid.length === 0 && r.duplicates.reduce((k, d) => k + d.lines.length, 0) === n,
    mix: (r) => r.invalid.length > n / 10 && r.tns.length + r.invalid.length === n,
  };
  const names = Object.keys(kinds);
  for (const k of names) check(expect[k](pv.parseTnList(kinds[k])), `parseTnList on the ${k} list`);
  const ms = rounds(names.map((k) => () => pv.parseTnList(kinds[k])), { max: 11, budgetMs: 8000 });
  const lines = kinds.mix.split("\n");
  const lpnMs = rounds([() => { for (const t of lines) lpn(t); }], { warm: 1, min: 3, max: 5, budgetMs: 3000 })[0];
  const ns = Object.fromEntries(names.map((k, i) => [k, (ms[i] * 1e6) / n]));
  return { ns, lpnMixNs: (lpnMs * 1e6) / n };
}

/** `pv` is the package, `lpn(text) -> boolean` libphonenumber-js/min's check of one US number. */
export function measure(pv, lpn, { list, text, full, opts, sheet }) {
  const check = (ok, what) => { if (!ok) throw new Error(`benchmark sanity check failed: ${what}`); };
  check(pv.parseTnList(text).tns.length === list.length, "parseTnList finds every number");
  check(list.every(lpn), "libphonenumber-js accepts every number");
  const report = pv.validateOrder(full, opts);
  check(report.tns.valid === full.listOfPhoneNumbers.length, "validateOrder counts every number");
  // Warm up both until the engines have compiled their hot code with the optimising tier (V8
  // tiers wasm and JS up in the background, a few calls in), then measure.
  for (let i = 0; i < 3; i++) list.forEach(lpn);
  for (let i = 0; i < 10; i++) pv.parseTnList(text);
  const parseMs = time(31, () => pv.parseTnList(text));
  const lpnMs = time(5, () => { for (const t of list) lpn(t); });
  const small = full.listOfPhoneNumbers;
  for (let i = 0; i < 20; i++) pv.validateOrder(full, opts);
  const orderMs = time(201, () => pv.validateOrder(full, opts));
  const lpnSmallMs = time(201, () => { for (const t of small) lpn(t); });
  // A pasted spreadsheet: 70,000 entries of which 60,000 are reported invalid.
  const sheetMs = time(5, () => pv.validateOrder({ ...full, listOfPhoneNumbers: sheet }, opts));
  return {
    sheetMs,
    parseNsPerTn: (parseMs * 1e6) / list.length,
    lpnNsPerTn: (lpnMs * 1e6) / list.length,
    orderMs,
    lpnOrderMs: lpnSmallMs,
    issues: report.issues.map((i) => i.code),
  };
}

/** orderSchema's keystroke: `validate` of an order with one field changed (the business name),
 * as a form library calls it on each edit, with the 10-number order and with a 10,000-line paste
 * in the list; and, for the paste, `validateOrder` of the same edit (what an adapter without the
 * kept list work pays). In µs per keystroke, timed in batches (a browser's clock is coarse).
 * The keystrokes of one list run together: the module keeps one list's work at a time. */
export function measureSchema(pv, { ten, paste, opts }) {
  const check = (ok, what) => { if (!ok) throw new Error(`benchmark sanity check failed: ${what}`); };
  const BATCH = 50;
  const typing = (order, validate) => {
    let k = 0;
    return () => {
      for (let i = 0; i < BATCH; i++) validate({ ...order, subscriber: { ...order.subscriber, businessName: `Acme ${k++ % 7}` } });
    };
  };
  const schema = pv.orderSchema(opts);
  const std = schema["~standard"];
  const perKey = (f) => {
    for (let i = 0; i < 5; i++) f();
    return (time(31, f) * 1000) / BATCH;
  };
  check(!std.validate(ten).issues && schema.lastReport.tns.valid === 10, "the 10-number order passes");
  const tenUs = perKey(typing(ten, std.validate));
  check(!std.validate(paste).issues && schema.lastReport.tns.valid === 10_000, "the 10,000-line order passes");
  const pasteUs = perKey(typing(paste, std.validate));
  const plainUs = perKey(typing(paste, (o) => pv.validateOrder(o, opts)));
  return { tenUs, pasteUs, plainUs };
}
