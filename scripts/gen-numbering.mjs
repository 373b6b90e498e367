#!/usr/bin/env node
// Generates src/numbering/tables.rs from the committed files in data/numbering/ (run by hand,
// never by the tests: tests/numbering_data.rs checks the result against the same files).
//
//   node scripts/gen-numbering.mjs                           regenerate the tables
//   node scripts/gen-numbering.mjs --nanpa npa_report.csv    first import a new NANPA report
//
// Node 20, no dependencies. Stops with a message on any value it cannot map, so a refresh never
// embeds a guess. The encoding is described in the header it writes.
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data", "numbering");
const out = join(root, "src", "numbering", "tables.rs");

// The NANPA columns the project keeps, in this order.
const COLUMNS = ["NPA_ID", "type_of_code", "ASSIGNABLE", "RESERVED", "ASSIGNED", "USE", "LOCATION", "COUNTRY",
  "IN_SERVICE", "IN_SERVICE_DT", "SERVICE"];

// Every region a code or a ZIP can name: USPS codes (states, DC, territories, Freely Associated
// States) and Canada Post codes. Order is the index order of the embedded tables: the first 56
// (states, DC, territories) in the order of STATES in src/rules/address.rs, then the Freely
// Associated States (ZIP codes only), then Canada from FIRST_CANADIAN on.
const REGIONS = [
  ["AL", "Alabama"], ["AK", "Alaska"], ["AZ", "Arizona"], ["AR", "Arkansas"], ["CA", "California"],
  ["CO", "Colorado"], ["CT", "Connecticut"], ["DE", "Delaware"],
  ["FL", "Florida"], ["GA", "Georgia"], ["HI", "Hawaii"], ["ID", "Idaho"], ["IL", "Illinois"],
  ["IN", "Indiana"], ["IA", "Iowa"], ["KS", "Kansas"], ["KY", "Kentucky"], ["LA", "Louisiana"],
  ["ME", "Maine"], ["MD", "Maryland"], ["MA", "Massachusetts"], ["MI", "Michigan"], ["MN", "Minnesota"],
  ["MS", "Mississippi"], ["MO", "Missouri"], ["MT", "Montana"], ["NE", "Nebraska"], ["NV", "Nevada"],
  ["NH", "New Hampshire"], ["NJ", "New Jersey"], ["NM", "New Mexico"], ["NY", "New York"],
  ["NC", "North Carolina"], ["ND", "North Dakota"], ["OH", "Ohio"], ["OK", "Oklahoma"], ["OR", "Oregon"],
  ["PA", "Pennsylvania"], ["RI", "Rhode Island"], ["SC", "South Carolina"], ["SD", "South Dakota"],
  ["TN", "Tennessee"], ["TX", "Texas"], ["UT", "Utah"], ["VT", "Vermont"], ["VA", "Virginia"],
  ["WA", "Washington"], ["WV", "West Virginia"], ["WI", "Wisconsin"], ["WY", "Wyoming"],
  ["DC", "District of Columbia"], ["PR", "Puerto Rico"], ["VI", "U.S. Virgin Islands"], ["GU", "Guam"], ["AS", "American Samoa"],
  ["MP", "Northern Mariana Islands"],
  ["PW", "Palau"], ["FM", "Federated States of Micronesia"], ["MH", "Marshall Islands"],
  ["AB", "Alberta"], ["BC", "British Columbia"], ["MB", "Manitoba"], ["NB", "New Brunswick"],
  ["NL", "Newfoundland and Labrador"], ["NS", "Nova Scotia"], ["NT", "Northwest Territories"],
  ["NU", "Nunavut"], ["ON", "Ontario"], ["PE", "Prince Edward Island"], ["QC", "Quebec"],
  ["SK", "Saskatchewan"], ["YT", "Yukon"],
];

const FIRST_CANADIAN = REGIONS.findIndex(([c]) => c === "AB");

// NANPA's LOCATION values that are not already a USPS code -> region codes ("" = none).
const LOCATIONS = {
  "": [], "NANP AREA": [], CNMI: ["MP"],
  ONTARIO: ["ON"], QUEBEC: ["QC"], "BRITISH COLUMBIA": ["BC"], ALBERTA: ["AB"], MANITOBA: ["MB"],
  SASKATCHEWAN: ["SK"], "NEW BRUNSWICK": ["NB"], "NEWFOUNDLAND AND LABRADOR": ["NL"],
  "NOVA SCOTIA - PRINCE EDWARD ISLAND": ["NS", "PE"], "NORTHWEST TERRITORIES -YUKON - NUNAVUT": ["NT", "YT", "NU"],
};

// NANPA's COUNTRY values -> ISO 3166 alpha-2 and the name messages use. The Caribbean (and
// Bermuda) codes' LOCATION is the country again: those get no region.
const COUNTRIES = {
  US: ["US", "United States"], CANADA: ["CA", "Canada"],
  BAHAMAS: ["BS", "the Bahamas"], BARBADOS: ["BB", "Barbados"], ANGUILLA: ["AI", "Anguilla"],
  "ANTIGUA/BARBUDA": ["AG", "Antigua and Barbuda"], "BRITISH VIRGIN ISLANDS": ["VG", "the British Virgin Islands"],
  "CAYMAN ISLANDS": ["KY", "the Cayman Islands"], BERMUDA: ["BM", "Bermuda"], GRENADA: ["GD", "Grenada"],
  "TURKS & CAICOS ISLANDS": ["TC", "the Turks and Caicos Islands"], MONTSERRAT: ["MS", "Montserrat"],
  "SINT MAARTEN": ["SX", "Sint Maarten"], "ST.LUCIA": ["LC", "Saint Lucia"], "ST. LUCIA": ["LC", "Saint Lucia"],
  DOMINICA: ["DM", "Dominica"], "ST. VINCENT & GRENADINES": ["VC", "Saint Vincent and the Grenadines"],
  "TRINIDAD & TOBAGO": ["TT", "Trinidad and Tobago"], "ST. KITTS & NEVIS": ["KN", "Saint Kitts and Nevis"],
  "DOMINICAN REPUBLIC": ["DO", "the Dominican Republic"], JAMAICA: ["JM", "Jamaica"],
};

const STATUS = { inService: 0, assigned: 1, reserved: 2, unassigned: 3, n11: 4, unavailable: 5 };
const SERVICE = { none: 0, geographic: 1, tollFree: 2, nonGeographic: 3 };
const MONTHS = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };

function fail(message) {
  console.error(`gen-numbering: ${message}`);
  process.exit(1);
}

// One CSV line into fields: commas, with double-quoted fields ("" inside quotes is a quote).
function csvFields(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { fields.push(field); field = ""; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

// Whole-file CSV: quoted fields may hold line breaks (NANPA's notes do).
function csvRows(text) {
  const rows = [];
  let pending = null;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    pending = pending === null ? line : `${pending}\n${line}`;
    if ((pending.match(/"/g) ?? []).length % 2 === 0) {
      rows.push(csvFields(pending));
      pending = null;
    }
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

// "11/26/2025" -> "2025-11-26".
function fileDate(row) {
  const m = row[0] === "File Date" && /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(row[1] ?? "");
  if (!m) fail(`the first line is not NANPA's "File Date,MM/DD/YYYY": ${row.join(",")}`);
  return `${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}

// "30-Jan-2026" -> [2026, 1, 30].
function nanpaDate(text, npa) {
  const m = /^(\d{1,2})-([A-Z][a-z]{2})-(\d{4})$/.exec(text);
  if (!m || !MONTHS[m[2]]) fail(`${npa}: in-service date ${JSON.stringify(text)} is not DD-Mon-YYYY`);
  return [Number(m[3]), MONTHS[m[2]], Number(m[1])];
}

function importNanpa(path) {
  const rows = csvRows(readFileSync(path, "utf8"));
  const date = fileDate(rows[0]);
  const header = rows[1];
  const at = COLUMNS.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) fail(`${path}: no column ${c}`);
    return i;
  });
  const lines = [`File Date,${rows[0][1]}`, COLUMNS.join(",")];
  for (const row of rows.slice(2)) {
    const kept = at.map((i) => (row[i] ?? "").trim());
    if (kept.some((v) => /[",\n]/.test(v))) fail(`${kept[0]}: a kept value holds a comma or quote`);
    lines.push(kept.join(","));
  }
  for (const old of readdirSync(dataDir).filter((f) => /^nanpa_npa_.*\.csv$/.test(f))) unlinkSync(join(dataDir, old));
  const name = `nanpa_npa_${date}.csv`;
  writeFileSync(join(dataDir, name), `${lines.join("\n")}\n`);
  console.log(`gen-numbering: wrote data/numbering/${name} (${lines.length - 2} NPAs)`);
}

function tsvRows(name) {
  return readFileSync(join(dataDir, name), "utf8").split("\n")
    .filter((l) => l !== "" && !l.startsWith("#")).slice(1).map((l) => l.split("\t"));
}

const nanpaArg = process.argv.indexOf("--nanpa");
if (nanpaArg >= 0) {
  if (!process.argv[nanpaArg + 1]) fail("--nanpa needs the path of NANPA's npa_report.csv");
  importNanpa(process.argv[nanpaArg + 1]);
}

const csvNames = readdirSync(dataDir).filter((f) => /^nanpa_npa_.*\.csv$/.test(f));
if (csvNames.length !== 1) fail(`expected exactly one data/numbering/nanpa_npa_*.csv, found ${csvNames.length}`);
const rows = csvRows(readFileSync(join(dataDir, csvNames[0]), "utf8"));
const dataDate = fileDate(rows[0]);
const col = Object.fromEntries(rows[1].map((c, i) => [c, i]));
for (const c of COLUMNS) if (col[c] === undefined) fail(`${csvNames[0]}: no column ${c}`);

const regionIndex = new Map(REGIONS.map(([code], i) => [code, i]));
const countryList = [];
const countryIndex = new Map();
function country(code, name) {
  if (!countryIndex.has(code)) {
    countryIndex.set(code, countryList.length);
    countryList.push([code, name]);
  }
  return countryIndex.get(code);
}
// Every NANP country, in a stable order (US and Canada first), whether or not the data uses it.
for (const [code, name] of Object.values(COUNTRIES)) country(code, name);

// NPAs that are not "in service, geographic, one region of the US or Canada": distinct
// [status | service << 3, country index (255 none), region index + 1 (0 none) x 3].
const others = [];
const otherIndex = new Map();
function other(entry) {
  const key = entry.join(",");
  if (!otherIndex.has(key)) {
    otherIndex.set(key, others.length);
    others.push(entry);
  }
  return otherIndex.get(key);
}

const npas = new Array(800).fill(null);
const dated = [];
for (const row of rows.slice(2)) {
  const get = (c) => (row[col[c]] ?? "").trim();
  const npa = Number(get("NPA_ID"));
  if (!/^[2-9]\d\d$/.test(get("NPA_ID"))) fail(`bad NPA_ID ${JSON.stringify(get("NPA_ID"))}`);
  if (npas[npa - 200] !== null) fail(`${npa} appears twice`);
  const yes = (c, y) => {
    const v = get(c);
    if (v !== y.yes && v !== y.no) fail(`${npa}: ${c} is ${JSON.stringify(v)}, not ${y.yes}/${y.no}`);
    return v === y.yes;
  };
  const YN = { yes: "Yes", no: "No" };
  const assignable = yes("ASSIGNABLE", YN);
  const reserved = yes("RESERVED", YN);
  const assigned = yes("ASSIGNED", YN);
  const inService = yes("IN_SERVICE", { yes: "Y", no: "N" });
  const n11 = npa % 100 === 11;
  // Same derivation as the doc comment of NpaStatus in src/numbering/mod.rs.
  const status = inService ? STATUS.inService
    : assigned ? STATUS.assigned
    : !assignable ? (n11 ? STATUS.n11 : STATUS.unavailable)
    : reserved ? STATUS.reserved
    : STATUS.unassigned;
  const use = get("USE");
  if (!["G", "N", ""].includes(use)) fail(`${npa}: USE ${JSON.stringify(use)}`);
  const service = get("SERVICE") === "Toll-Free" ? SERVICE.tollFree
    : use === "G" ? SERVICE.geographic
    : use === "N" || get("SERVICE") !== "" ? SERVICE.nonGeographic
    : SERVICE.none;
  if (use === "G" && get("SERVICE") !== "") fail(`${npa}: geographic with SERVICE ${get("SERVICE")}`);

  const countryText = get("COUNTRY");
  let countryIdx = 255;
  if (countryText !== "") {
    const c = COUNTRIES[countryText];
    if (!c) fail(`${npa}: unknown COUNTRY ${JSON.stringify(countryText)}; add it to COUNTRIES`);
    countryIdx = country(c[0], c[1]);
  }
  const location = get("LOCATION");
  let regions;
  if (LOCATIONS[location]) regions = LOCATIONS[location];
  else if (regionIndex.has(location)) regions = [location];
  else if (COUNTRIES[location] && !["US", "CA"].includes(COUNTRIES[location][0])) regions = [];
  else fail(`${npa}: unknown LOCATION ${JSON.stringify(location)}; add it to LOCATIONS`);
  if (regions.length > 0 && countryIdx === 255) fail(`${npa}: a location without a country`);
  const regionIdx = regions.map((r) => regionIndex.get(r));
  const impliedCountry = regionIdx.length === 1 ? (regionIdx[0] < FIRST_CANADIAN ? 0 : 1) : -1;
  if (status === STATUS.inService && service === SERVICE.geographic && impliedCountry === countryIdx) {
    npas[npa - 200] = regionIdx[0];
  } else {
    const at = other([status | (service << 3), countryIdx, ...[0, 1, 2].map((i) => (regionIdx[i] ?? -1) + 1)]);
    npas[npa - 200] = REGIONS.length + at;
  }
  if (npas[npa - 200] > 255) fail("more than 255 NPA kinds: widen NPAS");

  const date = get("IN_SERVICE_DT");
  if (status === STATUS.assigned && date !== "") {
    const [y, m, d] = nanpaDate(date, npa);
    dated.push([npa, y, m, d]);
    const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (iso <= dataDate) console.warn(`gen-numbering: note: ${npa} is assigned, not in service, dated ${iso}`);
  }
}
const missing = npas.findIndex((v) => v === null);
if (missing >= 0) fail(`NPA ${missing + 200} is missing`);

// ZIP3: 0 = unused, 255 = military, else region index + 1.
const zip3 = new Array(1000).fill(0);
for (const [prefix, state, kind] of tsvRows("zip3.tsv")) {
  if (!/^\d{3}$/.test(prefix)) fail(`zip3.tsv: bad prefix ${prefix}`);
  if (kind === "military") zip3[Number(prefix)] = 255;
  else if ((kind === "state" || kind === "territory") && regionIndex.has(state)) {
    zip3[Number(prefix)] = regionIndex.get(state) + 1;
  } else fail(`zip3.tsv: ${prefix} ${state} ${kind}`);
}
const zip5 = tsvRows("zip5_exceptions.tsv").map(([zip, state]) => {
  if (!/^\d{5}$/.test(zip) || !regionIndex.has(state) || regionIndex.get(state) > 127) fail(`zip5_exceptions.tsv: ${zip} ${state}`);
  return [Number(zip), regionIndex.get(state)];
}).sort((a, b) => a[0] - b[0]);

// Rust source: numbers wrapped at a fixed width, no per-row strings.
function wrap(values, width = 110, indent = "    ") {
  const lines = [];
  let line = indent;
  for (const v of values) {
    const item = `${v},`;
    if (line.length + item.length + 1 > width && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${item} `;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.join("\n");
}

const [dy, dm, dd] = dataDate.split("-").map(Number);
const rust = `// @generated by scripts/gen-numbering.mjs from data/numbering/ (${csvNames[0]}, zip3.tsv,
// zip5_exceptions.tsv). Do not edit by hand: rerun the script (data/numbering/README.md).
//
// Encoding, chosen for the .wasm size budget (one byte per row, names in one string each):
// - NPAS[npa - 200] = b: b < REGION_COUNT: in service, geographic, the one region b (country US,
//   or CA from FIRST_CANADIAN on); else OTHERS[b - REGION_COUNT] = [status (bits 0-2: 0 in service,
//   1 assigned, 2 reserved, 3 unassigned, 4 N11, 5 unavailable) | service << 3 (0 none,
//   1 geographic, 2 toll-free, 3 non-geographic), country index (255 none), region index + 1
//   (0 none) x 3].
// - REGION_CODES / COUNTRY_CODES: two letters per index; *_NAMES: names in index order, '|'-separated.
// - ZIP3[prefix]: 0 unused, 255 military, else region index + 1. ZIP5_EXCEPTIONS: zip << 7 | region index.
// - DATED: assigned codes not in service on the file date that have an in-service date.

use chrono::NaiveDate;

/// NANPA's file date.
pub(super) const DATA_DATE_TEXT: &str = "${dataDate}";
/// [\`DATA_DATE_TEXT\`] as a date.
pub(super) const DATA_DATE: NaiveDate = ymd(${dy}, ${dm}, ${dd});

/// Dates in const tables; the generator only writes real dates, so the fallback never occurs.
pub(super) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

pub(super) const REGION_CODES: &str = "${REGIONS.map(([c]) => c).join("")}";
pub(super) const REGION_NAMES: &str = "${REGIONS.map(([, n]) => n).join("|")}";
pub(super) const COUNTRY_CODES: &str = "${countryList.map(([c]) => c).join("")}";
pub(super) const COUNTRY_NAMES: &str = "${countryList.map(([, n]) => n).join("|")}";

pub(super) const REGION_COUNT: u8 = ${REGIONS.length};
pub(super) const FIRST_CANADIAN: u8 = ${FIRST_CANADIAN};
/// The first regions are the states, DC and the territories (then the Freely Associated States).
pub(super) const US_REGION_COUNT: u8 = ${REGIONS.findIndex(([c]) => c === "PW")};

#[rustfmt::skip]
pub(super) static OTHERS: [[u8; 5]; ${others.length}] = [
${wrap(others.map((o) => `[${o.join(", ")}]`))}
];

#[rustfmt::skip]
pub(super) static NPAS: [u8; 800] = [
${wrap(npas)}
];

#[rustfmt::skip]
pub(super) static DATED: [(u16, NaiveDate); ${dated.length}] = [
${dated.map(([n, y, m, d]) => `    (${n}, ymd(${y}, ${m}, ${d})),`).join("\n")}
];

#[rustfmt::skip]
pub(super) static ZIP3: [u8; 1000] = [
${wrap(zip3)}
];

#[rustfmt::skip]
pub(super) static ZIP5_EXCEPTIONS: [u32; ${zip5.length}] = [
${wrap(zip5.map(([z, r]) => z * 128 + r))}
];
`;
writeFileSync(out, rust);
console.log(`gen-numbering: wrote src/numbering/tables.rs (data date ${dataDate}, ${others.length} other kinds, ${dated.length} dated codes, ${zip5.length} ZIP exceptions)`);
