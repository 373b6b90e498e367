#!/usr/bin/env node
// Where libphonenumber-js disagrees with our numbering data, with a reason for each: writes
// tests/fixtures/libphonenumber_disagreements.tsv (run by hand after a data refresh or a
// libphonenumber-js upgrade; tests/node/numbering.test.mjs checks the file against the package).
//
//   node scripts/lpn-disagreements.mjs
//
// For every NPA 200-999, the number NPA-246-0142 (an exchange and line valid everywhere) goes to
// libphonenumber-js/max with default country US; our verdict is "portable in on TODAY" (US and
// Canadian geographic codes, toll-free ones) from data/numbering/ directly (not the built package,
// which need not exist). They disagree when one says yes and the other no, or when both say yes
// but libphonenumber places the number outside the US, its territories and Canada.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { isValidPhoneNumber, parsePhoneNumber } from "libphonenumber-js/max";

const TODAY = "2026-12-01";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data", "numbering");
const jsVersion = createRequire(import.meta.url)("libphonenumber-js/package.json").version;
// The libphonenumber metadata a libphonenumber-js release carries (its changelog); add a line on upgrade.
const METADATA = { "1.13.16": "9.0.43" };
const lpnVersion = METADATA[jsVersion] ? `${METADATA[jsVersion]} (libphonenumber-js ${jsVersion})` : `libphonenumber-js ${jsVersion}`;

// libphonenumber's region codes for the US and its territories (it files them apart).
export const US_REGIONS = new Set(["US", "PR", "VI", "GU", "AS", "MP"]);
/// Where a portable number may be: the US, its territories and Canada (manual off-net ports).
export const PORTABLE_REGIONS = new Set([...US_REGIONS, "CA"]);

const COUNTRIES = {
  US: "US", CANADA: "CA", BAHAMAS: "BS", BARBADOS: "BB", ANGUILLA: "AI", "ANTIGUA/BARBUDA": "AG",
  "BRITISH VIRGIN ISLANDS": "VG", "CAYMAN ISLANDS": "KY", BERMUDA: "BM", GRENADA: "GD", "TURKS & CAICOS ISLANDS": "TC",
  MONTSERRAT: "MS", "SINT MAARTEN": "SX", "ST.LUCIA": "LC", DOMINICA: "DM", "ST. VINCENT & GRENADINES": "VC",
  "TRINIDAD & TOBAGO": "TT", "ST. KITTS & NEVIS": "KN", "DOMINICAN REPUBLIC": "DO", JAMAICA: "JM",
};
const COUNTRY_NAMES = {
  CA: "Canada", BS: "the Bahamas", BB: "Barbados", AI: "Anguilla", AG: "Antigua and Barbuda",
  VG: "the British Virgin Islands", KY: "the Cayman Islands", BM: "Bermuda", GD: "Grenada",
  TC: "the Turks and Caicos Islands", MS: "Montserrat", SX: "Sint Maarten", LC: "Saint Lucia", DM: "Dominica",
  VC: "Saint Vincent and the Grenadines", TT: "Trinidad and Tobago", KN: "Saint Kitts and Nevis",
  DO: "the Dominican Republic", JM: "Jamaica",
};
const PROVINCES = {
  ONTARIO: "ON Ontario", QUEBEC: "QC Quebec", "BRITISH COLUMBIA": "BC British Columbia", ALBERTA: "AB Alberta",
  MANITOBA: "MB Manitoba", SASKATCHEWAN: "SK Saskatchewan", "NEW BRUNSWICK": "NB New Brunswick",
  "NEWFOUNDLAND AND LABRADOR": "NL Newfoundland and Labrador",
  "NOVA SCOTIA - PRINCE EDWARD ISLAND": "NS/PE Nova Scotia and Prince Edward Island",
  "NORTHWEST TERRITORIES -YUKON - NUNAVUT": "NT/YT/NU Northwest Territories, Yukon and Nunavut",
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function fail(message) {
  console.error(`lpn-disagreements: ${message}`);
  process.exit(1);
}

// The committed file has no quoted fields (gen-numbering.mjs --nanpa refuses them).
const csvName = readdirSync(dataDir).find((f) => /^nanpa_npa_.*\.csv$/.test(f)) ?? fail("no nanpa_npa_*.csv");
const lines = readFileSync(join(dataDir, csvName), "utf8").split("\n").filter((l) => l !== "");
const dataDate = (() => {
  const m = /^File Date,(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(lines[0]) ?? fail(`first line: ${lines[0]}`);
  return `${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
})();
const header = lines[1].split(",");
const rows = new Map(lines.slice(2).map((l) => {
  const row = Object.fromEntries(l.split(",").map((v, i) => [header[i], v.trim()]));
  return [Number(row.NPA_ID), row];
}));

// "30-Jan-2026" -> "2026-01-30".
function isoDate(text) {
  const [d, mon, y] = text.split("-");
  const m = MONTHS.indexOf(mon) + 1;
  if (!m) fail(`date ${text}`);
  return `${y}-${String(m).padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function status(row, npa) {
  if (row.IN_SERVICE === "Y") return "inService";
  if (row.ASSIGNED === "Yes") return "assigned";
  if (row.ASSIGNABLE === "No") return npa % 100 === 11 ? "n11" : "unavailable";
  return row.RESERVED === "Yes" ? "reserved" : "unassigned";
}

// Our verdict on TODAY, from the data file alone.
export function ours(npa) {
  const row = rows.get(npa) ?? fail(`${npa} missing`);
  const st = status(row, npa);
  const service = row.SERVICE === "Toll-Free" ? "tollFree" : row.USE === "G" ? "geographic"
    : row.USE === "N" || row.SERVICE !== "" ? "nonGeographic" : undefined;
  const country = row.COUNTRY === "" ? undefined : COUNTRIES[row.COUNTRY] ?? fail(`${npa}: ${row.COUNTRY}`);
  const since = row.IN_SERVICE_DT === "" ? undefined : isoDate(row.IN_SERVICE_DT);
  const inService = st === "inService" || (st === "assigned" && since !== undefined && since <= TODAY);
  const portable = inService && (service === "tollFree" || (service === "geographic" && (country === "US" || country === "CA")));
  return { npa, row, status: st, service, country, since, inService, portable };
}

// The cells both this script and the node test write the same way.
export const oursCell = (portable, country) => `${portable ? "portable" : "not portable"} ${country ?? "-"}`;
export const lpnCell = (valid, country) => `${valid ? "valid" : "invalid"} ${country ?? "-"}`;

function lpn(npa) {
  const number = `${npa}2460142`;
  const valid = isValidPhoneNumber(number, "US");
  let country;
  try {
    country = parsePhoneNumber(number, "US").country;
  } catch {
    country = undefined;
  }
  return { valid, country };
}

// How many of the 800 exchanges NPA-NXX-0142 libphonenumber accepts: some territories' and
// countries' metadata lists exchanges, so a code it knows can still fail for exchange 246.
function exchangesAccepted(npa) {
  let n = 0;
  for (let nxx = 200; nxx <= 999; nxx++) if (isValidPhoneNumber(`${npa}${nxx}0142`, "US")) n++;
  return n;
}

function reason(o, l) {
  const { npa, row } = o;
  const place = row.COUNTRY === "CANADA" ? `Canada (${PROVINCES[row.LOCATION] ?? "no province"})`
    : o.country && o.country !== "US" ? `${COUNTRY_NAMES[o.country]} (${o.country})`
    : row.LOCATION === "CNMI" ? "MP (CNMI)"
    : row.LOCATION && row.LOCATION !== "NANP AREA" ? row.LOCATION : "no state";
  const per = `per NANPA ${dataDate}`;
  const lpnSays = l.valid ? `libphonenumber ${lpnVersion} accepts it as ${l.country ?? "a NANP number"}` : `libphonenumber ${lpnVersion} rejects it`;
  if (o.portable && !l.valid && exchangesAccepted(npa) > 0) {
    return `${npa}: in service in ${place} since ${o.since} ${per}; libphonenumber ${lpnVersion} knows the code (${l.country ?? "?"}) but accepts only the ${exchangesAccepted(npa)} exchanges its metadata lists, and not 246: an exchange-level check, not a lag`;
  }
  if (o.portable && !l.valid) {
    const since = o.status === "inService" ? `since ${o.since}` : `from ${o.since} (assigned, dated after the file date)`;
    return `${npa}: in service in ${place} ${since} ${per}; ${lpnSays}: its metadata lags the plan`;
  }
  if (o.portable) return `${npa}: a code of ${place} ${per}; ${lpnSays}, outside the US and Canada`;
  // Not portable for us, valid for libphonenumber: say the first reason we refuse it.
  if (o.status === "assigned" && o.since) {
    return `${npa}: assigned to ${place}, in service only from ${o.since} ${per}, after ${TODAY}; ${lpnSays} already`;
  }
  if (o.status === "assigned") return `${npa}: assigned to ${place} but with no in-service date yet ${per}; ${lpnSays}`;
  if (o.status !== "inService") return `${npa}: ${o.status} ${per}, not in service; ${lpnSays}`;
  if (o.service === "nonGeographic") {
    const kind = row.SERVICE || "non-geographic service";
    return `${npa}: non-geographic (${kind}${o.country ? `, filed under ${o.country}` : ""}) ${per}: no number to port to a US carrier; ${lpnSays}`;
  }
  if (o.country && o.country !== "US" && o.country !== "CA") return `${npa}: the area code of ${place} ${per}: the provider ports in US and Canadian numbers only; ${lpnSays}`;
  return `${npa}: not portable (${o.status}, ${o.service ?? "no service"}) ${per}; ${lpnSays}`;
}

// The kind of a disagreement, for the summary line.
function kind(o, l) {
  if (o.portable && !l.valid && exchangesAccepted(o.npa) > 0) return "lpn checks the exchange (territory)";
  if (o.portable && !l.valid) return "lpn lags (rejects a code in service)";
  if (o.portable) return "country";
  if (o.status !== "inService") return "not in service yet / not assigned";
  if (o.service === "nonGeographic") return "non-geographic";
  return "Caribbean / Bermuda";
}

export function disagrees(portable, lpnValid, lpnCountry) {
  return portable !== lpnValid || (portable && !PORTABLE_REGIONS.has(lpnCountry));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = [
    `# Where libphonenumber ${lpnVersion} (max metadata, default country US) and our data (NANPA ${dataDate}, data/numbering/) disagree on NPA-246-0142, on ${TODAY}.`,
    "# Written by scripts/lpn-disagreements.mjs; checked by tests/node/numbering.test.mjs. ours: portable in (US and Canada), NANPA country; libphonenumber: isValidPhoneNumber, its region.",
    ["npa", "ours", "libphonenumber", "reason"].join("\t"),
  ];
  const kinds = {};
  for (let npa = 200; npa <= 999; npa++) {
    const o = ours(npa);
    const l = lpn(npa);
    if (!disagrees(o.portable, l.valid, l.country)) continue;
    const k = kind(o, l);
    kinds[k] = (kinds[k] ?? 0) + 1;
    out.push([npa, oursCell(o.portable, o.country), lpnCell(l.valid, l.country), reason(o, l)].join("\t"));
  }
  writeFileSync(join(root, "tests", "fixtures", "libphonenumber_disagreements.tsv"), `${out.join("\n")}\n`);
  console.log(`lpn-disagreements: ${out.length - 3} disagreements`, kinds);
}
