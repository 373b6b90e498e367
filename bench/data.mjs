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

// Issue 15's kinds of list, for `parseTnList` per kind and for the demo page. Each line is one
// entry unless said otherwise, so the entry count is the line count.

/** The five formats of `numbers`, for any ten digits. */
function written(ten, i) {
  const [a, b, c] = [ten.slice(0, 3), ten.slice(3, 6), ten.slice(6)];
  return [`${a}${b}${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}-${b}-${c}`][i % 5];
}

/** Area codes that pass the syntax but are not in service (NANPA: unassigned or reserved). */
const NOT_IN_SERVICE = ["286", "297", "298", "370", "387", "390", "393", "394", "396", "397", "399"];

/** `n` numbers that pass the syntax but cannot exist: 555-01xx, an N11 exchange, an area code not
 * in service, in turn; in the five formats. */
export function fictitious(n, seed = 5) {
  const random = rng(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const digits = (k) => String(Math.floor(random() * 10 ** k)).padStart(k, "0");
  const out = [];
  for (let i = 0; i < n; i++) {
    const ten = [
      () => `${pick(AREA_CODES)}55501${digits(2)}`,
      () => `${pick(AREA_CODES)}${2 + Math.floor(random() * 8)}11${digits(4)}`,
      () => `${pick(NOT_IN_SERVICE)}${200 + Math.floor(random() * 800)}${digits(4)}`,
    ][i % 3]();
    out.push(written(ten, i));
  }
  return out;
}

/** Words people paste with a number column: one entry each. */
const WORDS = ["n/a", "TBD", "Customer", "Phone", "active", "pending", "x", "none", "#REF!", "Fax", "ext.", "Notes:", "Main", "Raleigh", "disconnected", "call-back"];

/** `n` entries that are not numbers at all. */
export function junk(n) {
  return Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length] + (i % 3 === 0 ? "" : String(i % 97)));
}

/** `n` entries of which all but the first `distinct` repeat an earlier one. */
export function repeats(n, distinct = 1000) {
  const base = numbers(distinct, 13);
  return Array.from({ length: n }, (_, i) => base[i % distinct]);
}

/** One invalid entry of each common kind, in turn: fictitious, a word, a typo, a digit short. */
function invalidEntry(i, random) {
  const ten = numbers(1, 1 + Math.floor(random() * 1e9))[0].replace(/\D/g, "").slice(-10);
  return [
    () => fictitious(3, i)[i % 3],
    () => WORDS[i % WORDS.length],
    // Written without spaces, so that each stays one entry.
    () => written(`${ten.slice(0, 4)}O${ten.slice(5)}`, 2 * (i % 3)),
    () => written(ten.slice(0, 9), 2 * (i % 3)),
  ][i % 4]();
}

/** `n` entries at random, a fifth of them invalid (of the four kinds of `invalidEntry`). */
export function mix(n, seed = 21) {
  const random = rng(seed);
  const valid = numbers(n, seed);
  return valid.map((tn, i) => (random() < 0.2 ? invalidEntry(i, random) : tn));
}

/** A list with every other line junk: a spreadsheet row (several entries), a word, a fictitious
 * number or a typo, in turn. `entries` is the number of entries the core counts (a row is 7). */
export function halfJunk(entries, seed = 31) {
  const random = rng(seed);
  const valid = numbers(entries, seed);
  const lines = [];
  let count = 0, v = 0, j = 0;
  while (count < entries) {
    if (lines.length % 2 === 0) {
      lines.push(valid[v++]);
      count += 1;
    } else if (j++ % 4 === 0 && entries - count >= 7) {
      lines.push(`Customer ${j}, 100 Main St, Raleigh, ${valid[v++]}, active`);
      count += 7;
    } else {
      lines.push(invalidEntry(j, random));
      count += 1;
    }
  }
  return lines;
}

/** The texts `parseTnList` is timed on, per kind, `n` entries each. */
export function listKinds(n) {
  return {
    valid: numbers(n).join("\n"),
    fictitious: fictitious(n).join("\n"),
    junk: junk(n).join("\n"),
    repeats: repeats(n).join("\n"),
    mix: mix(n).join("\n"),
  };
}
