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
