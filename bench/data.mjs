// Deterministic test data for the benchmark: valid US numbers in the formats people paste.
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREA_CODES = ["201", "212", "305", "312", "404", "415", "512", "617", "702", "713", "803", "919", "972", "206", "303"];

/** `n` distinct valid numbers, each written in one of five formats. */
export function numbers(n, seed = 42) {
  const random = rng(seed);
  const seen = new Set();
  const out = [];
  while (out.length < n) {
    const npa = AREA_CODES[Math.floor(random() * AREA_CODES.length)];
    const nxx = String(200 + Math.floor(random() * 800));
    const line = String(Math.floor(random() * 10000)).padStart(4, "0");
    if (nxx === "555" || nxx.endsWith("11") || seen.has(npa + nxx + line)) continue;
    seen.add(npa + nxx + line);
    const written = [
      `${npa}${nxx}${line}`,
      `(${npa}) ${nxx}-${line}`,
      `${npa}.${nxx}.${line}`,
      `+1 ${npa} ${nxx} ${line}`,
      `${npa}-${nxx}-${line}`,
    ][out.length % 5];
    out.push(written);
  }
  return out;
}

/** A complete port-in order around `tns`. */
export function order(tns) {
  return {
    kind: "portIn",
    status: "DRAFT",
    portType: "AUTOMATED_ON_NET",
    listOfPhoneNumbers: tns,
    billingTelephoneNumber: tns[0],
    partialPort: false,
    requestedFocDate: "2026-12-08",
    loaAuthorizingPerson: "Pat Jones",
    customerOrderId: "ORDER-123",
    subscriber: {
      subscriberType: "BUSINESS",
      businessName: "Acme Widgets",
      serviceAddress: { houseNumber: "100", streetName: "Main", streetSuffix: "St", city: "Raleigh", stateCode: "NC", zip: "27601" },
    },
    wirelessInfo: { accountNumber: "123456789", pinNumber: "1234" },
  };
}

/** A spreadsheet pasted whole into the number list: `rows` rows of five columns, one of them a
 * number, so most entries are not numbers. The worst realistic input for the list's reports. */
export function spreadsheet(rows) {
  return numbers(rows, 11).map((n, i) => `Customer ${i}, 100 Main St, Raleigh, ${n}, active`).join("\n");
}
