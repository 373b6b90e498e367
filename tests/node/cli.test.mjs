// The command line (js/cli.mjs, built as pkg/cli.mjs): `node pkg/cli.mjs check ...` in a child
// process, its exit status, standard output and standard error. Fixtures are written to a
// temporary folder, which is also the working directory (the CLI must write nothing there).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pv from "portin-validator";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(root, "pkg/cli.mjs");
const fixture = (name) => JSON.parse(readFileSync(join(root, "tests/fixtures", name), "utf8"));
const portIn = fixture("port_in.json");
const lsr = fixture("lsr.json");
const TODAY = ["--today", "2026-11-23"];
const NOW = ["--now", "2026-11-23T15:00:00Z"];

let dir;
/** Writes a fixture file into the temporary folder; objects as JSON. Returns its name (relative to the folder). */
function file(name, content) {
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return name;
}

/** Runs the CLI (default: the built one) in the temporary folder. */
function run(args, input, program = cli) {
  const r = spawnSync(process.execPath, [program, ...args], { cwd: dir, input: input ?? "", encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Saved as FOC with an automated off-net port type: after FOC only the requested date may change.
const saved = { ...portIn, portType: "AUTOMATED_OFF_NET", status: "FOC", requestedFocDate: "2026-12-04", actualFocDate: "2026-12-04" };
const lsrWithoutKind = { ...lsr };
delete lsrWithoutKind.kind;
const draftWithoutLoa = { ...portIn, status: "DRAFT" };
delete draftWithoutLoa.loaAuthorizingPerson;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "portin-cli-"));
  file("port_in.json", portIn);
  file("lsr.json", lsr);
  file("lsr_no_kind.json", lsrWithoutKind);
  file("fictitious.json", { ...portIn, listOfPhoneNumbers: ["919-200-0000", "919-555-0100"] });
  file("bad_zip.json", { ...portIn, subscriber: { ...portIn.subscriber, serviceAddress: { ...portIn.subscriber.serviceAddress, zip: "2760" } } });
  file("draft_warning.json", draftWithoutLoa);
  file("far.json", { ...portIn, requestedFocDate: "2026-12-31" });
  file("saved.json", saved);
  file("edited.json", { ...saved, billingTelephoneNumber: "919-200-0001" });
  file("broken.json", '{\n  "portType": "AUTOMATED_ON_NET",\n  "listOfPhoneNumbers": ["919-200-0000",]\n}\n');
  file("empty.json", "");
  file("bom.json", "\uFEFF" + JSON.stringify(portIn));
  file("array.json", "[]");
  file("options_2020.json", { today: "2020-01-01" });
  file("options_bad.json", { minLeadBusinessDays: "x" });
  file("options_array.json", [1]);
  file("string.json", '"order"');
  file("null.json", "null");
  file("number.json", "7");
  file("order.xml", `<?xml version="1.0" encoding="UTF-8"?>
<LnpOrder>
  <CustomerOrderId>ACME-1</CustomerOrderId>
  <BillingTelephoneNumber>9192000000</BillingTelephoneNumber>
  <Subscriber>
    <SubscriberType>BUSINESS</SubscriberType>
    <BusinessName>Acme &amp; Sons</BusinessName>
    <ServiceAddress>
      <HouseNumber>100</HouseNumber><StreetName>Main</StreetName><StreetSuffix>St</StreetSuffix>
      <City>Raleigh</City><StateCode>NC</StateCode><Zip>27601</Zip>
    </ServiceAddress>
  </Subscriber>
  <LoaAuthorizingPerson>Pat Jones</LoaAuthorizingPerson>
  <WirelessInfo><AccountNumber>ACCT1234</AccountNumber><PinNumber>1234</PinNumber></WirelessInfo>
  <ListOfPhoneNumbers><PhoneNumber>9192000000</PhoneNumber><PhoneNumber>9192000001</PhoneNumber></ListOfPhoneNumbers>
</LnpOrder>
`);
  file("broken.xml", "  <LnpOrder><Pon>x</LnpOrder>");
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  if (fake) rmSync(fake, { recursive: true, force: true });
});

/** The report the CLI should give for an order, from the package itself. */
const expected = (order, options) => pv.validateOrder(order, options);

test("a valid order: exit 0, the summary line only, nothing on stderr", () => {
  for (const args of [["check", "port_in.json", ...TODAY], ["check", "port_in.json", ...NOW], ["check", ...NOW, "port_in.json", "lsr.json"]]) {
    const r = run(args);
    const n = args.filter((a) => a.endsWith(".json")).length;
    assert.deepEqual(r, { status: 0, stdout: `${n} file${n === 1 ? "" : "s"}, 0 errors, 0 warnings, 0 infos\n`, stderr: "" }, args.join(" "));
  }
});

test("text output: FILE: path: severity code: message per issue, then the counts", () => {
  const r = run(["check", "fictitious.json", "bad_zip.json", ...TODAY]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "");
  const lines = r.stdout.trimEnd().split("\n");
  const issues = [
    ...expected(JSON.parse(readFileSync(join(dir, "fictitious.json"))), { today: "2026-11-23" }).issues.map((i) => ["fictitious.json", i]),
    ...expected(JSON.parse(readFileSync(join(dir, "bad_zip.json"))), { today: "2026-11-23" }).issues.map((i) => ["bad_zip.json", i]),
  ];
  assert.equal(lines.length, issues.length + 1);
  const errors = issues.filter(([, i]) => i.severity === "error").length;
  const warnings = issues.filter(([, i]) => i.severity === "warning").length;
  const infos = issues.filter(([, i]) => i.severity === "info").length;
  assert.equal(lines.at(-1), `2 files, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info${infos === 1 ? "" : "s"}`);
  // Indices in brackets, fields dotted.
  const tn = issues.find(([, i]) => i.code === "tn.fictitious")[1];
  assert.ok(lines.includes(`fictitious.json: listOfPhoneNumbers[1]: error tn.fictitious: ${tn.message}`), r.stdout);
  const zip = issues.find(([, i]) => i.code === "address.zip")[1];
  assert.ok(lines.includes(`bad_zip.json: subscriber.serviceAddress.zip: error address.zip: ${zip.message}`), r.stdout);
  for (const line of lines.slice(0, -1)) assert.match(line, /^[a-z_]+\.json: [^:]+: (error|warning|info) [a-z]+(\.[a-z0-9_]+)+: .+$/);
});

test("the counts are singular and plural as they should be", () => {
  assert.equal(run(["check", "draft_warning.json", ...TODAY]).stdout, `draft_warning.json: loaAuthorizingPerson: warning loa.required: ${expected(draftWithoutLoa, { today: "2026-11-23" }).issues[0].message}\n1 file, 0 errors, 1 warning, 0 infos\n`);
  const r = run(["check", "draft_warning.json", "draft_warning.json", "fictitious.json", ...TODAY]);
  assert.match(r.stdout, /\n3 files, 1 error, 2 warnings, 0 infos\n$/);
  assert.equal(r.status, 1);
});

test("--json: one JSON array of { file, report }, the package's reports, nothing else", () => {
  const r = run(["check", "--json", "port_in.json", "fictitious.json", "broken.json", ...TODAY]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "");
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.map((x) => Object.keys(x)), [["file", "report"], ["file", "report"], ["file", "report"]]);
  assert.deepEqual(out[0], { file: "port_in.json", report: expected(portIn, { today: "2026-11-23" }) });
  assert.deepEqual(out[1].report, expected(JSON.parse(readFileSync(join(dir, "fictitious.json"))), { today: "2026-11-23" }));
  assert.equal(out[2].report.ok, false);
  assert.deepEqual(out[2].report.issues.map((i) => [i.code, i.severity, i.path]), [["input.unreadable", "error", []]]);
  assert.deepEqual(out[2].report.tns, { count: 0, valid: 0, invalid: 0, duplicates: 0, tollFree: 0 });
  // A valid order: exit 0, still the array.
  assert.deepEqual(JSON.parse(run(["check", "port_in.json", "--json", ...TODAY]).stdout), [{ file: "port_in.json", report: expected(portIn, { today: "2026-11-23" }) }]);
});

test("malformed JSON is an error of that file, with the line and column: exit 1", () => {
  const r = run(["check", "broken.json", ...TODAY]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `broken.json: (order): error input.unreadable: Not valid JSON at line 3, column 41: expected a value (an object, array, string, number, true, false or null), found "]".\n1 file, 1 error, 0 warnings, 0 infos\n`);
  assert.equal(r.stderr, "");
  assert.match(run(["check", "empty.json"]).stdout, /^empty\.json: \(order\): error input\.unreadable: The file is empty/);
  assert.match(run(["check", "-"], "{\"a\": tru}").stdout, /^-: \(order\): error input\.unreadable: Not valid JSON at line 1, column 7: .*found "t"/);
  // JSON that is not an object is the package's to report.
  const arr = run(["check", "array.json", ...TODAY]);
  assert.equal(arr.status, 1);
  assert.match(arr.stdout, /^array\.json: \(order\): error input\.type: /);
});

test("a byte order mark before the JSON is fine", () => {
  assert.equal(run(["check", "bom.json", ...TODAY]).status, 0);
});

test("- reads the order from standard input", () => {
  const r = run(["check", "-", ...TODAY], JSON.stringify(portIn));
  assert.deepEqual(r, { status: 0, stdout: "1 file, 0 errors, 0 warnings, 0 infos\n", stderr: "" });
  const j = run(["check", "--json", "-", "fictitious.json", ...TODAY], JSON.stringify(draftWithoutLoa));
  const out = JSON.parse(j.stdout);
  assert.deepEqual(out.map((x) => x.file), ["-", "fictitious.json"]);
  assert.deepEqual(out[0].report, expected(draftWithoutLoa, { today: "2026-11-23" }));
  assert.equal(j.status, 1);
});

test("XML: readOrder's order when the package has it, else the package's answer to the text", () => {
  const xml = readFileSync(join(dir, "order.xml"), "utf8");
  const out = JSON.parse(run(["check", "--json", "order.xml", "broken.xml", ...TODAY]).stdout);
  if (typeof pv.readOrder === "function") {
    const read = pv.readOrder(xml);
    const report = expected(read.order, { today: "2026-11-23" });
    assert.deepEqual(out[0].report.issues, [...read.issues, ...report.issues]);
    assert.equal(out[0].report.ok, report.ok && !read.issues.some((i) => i.severity === "error"));
    assert.equal(out[1].report.ok, false, "malformed XML is an error");
    assert.equal(run(["check", "broken.xml"]).status, 1);
  } else {
    assert.deepEqual(out[0].report, expected(xml, { today: "2026-11-23" }));
    assert.deepEqual(out[1].report, expected("  <LnpOrder><Pon>x</LnpOrder>", { today: "2026-11-23" }));
    assert.equal(run(["check", "order.xml"]).status, 1);
  }
});

test("--kind is used when the file gives none, never over the file's own kind", () => {
  assert.equal(run(["check", "lsr_no_kind.json", ...NOW]).status, 1, "a port-in without --kind");
  assert.deepEqual(run(["check", "lsr_no_kind.json", "--kind", "lsr", ...NOW]), { status: 0, stdout: "1 file, 0 errors, 0 warnings, 0 infos\n", stderr: "" });
  assert.equal(run(["check", "lsr.json", "--kind", "portIn", ...NOW]).status, 0, "the file says lsr");
  assert.equal(run(["check", "lsr_no_kind.json", "--kind=lsr", ...TODAY]).status, 0, "--flag=value");
});

test("--original turns on the editing rules", () => {
  const r = run(["check", "edited.json", "--original", "saved.json", ...NOW]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^edited\.json: billingTelephoneNumber: error edit\.not_editable: /m);
  const report = expected(JSON.parse(readFileSync(join(dir, "edited.json"))), { now: "2026-11-23T15:00:00Z", original: saved });
  assert.deepEqual(JSON.parse(run(["check", "--json", "edited.json", "--original", "saved.json", ...NOW]).stdout)[0].report, report);
  // Without the saved order, the same file is a valid order.
  assert.equal(run(["check", "edited.json", ...NOW]).status, 0);
  // Unchanged: nothing to refuse.
  assert.equal(run(["check", "saved.json", "--original", "saved.json", ...NOW]).status, 0);
});

test("--options: a JSON ValidateOptions file; --today and --now win over it", () => {
  const far = JSON.parse(readFileSync(join(dir, "far.json")));
  const r = run(["check", "far.json", "--options", "options_2020.json", "--json"]);
  assert.deepEqual(JSON.parse(r.stdout)[0].report, expected(far, { today: "2020-01-01" }));
  assert.equal(r.status, 1);
  for (const flag of [TODAY, NOW]) {
    const w = run(["check", "far.json", "--options", "options_2020.json", "--json", ...flag]);
    const codes = JSON.parse(w.stdout)[0].report.issues.map((i) => i.code);
    const options = flag === TODAY ? { today: "2026-11-23" } : { now: "2026-11-23T15:00:00Z" };
    assert.deepEqual(codes, expected(far, options).issues.map((i) => i.code), flag.join(" "));
  }
});

test("--help and --version: exit 0, on stdout", () => {
  for (const args of [["--help"], ["-h"], ["check", "--help"], ["check", "port_in.json", "-h"], ["help"]]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(" "));
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^Usage: portin-validator check FILE\.\.\. \[options\]\n/);
    for (const flag of ["--today", "--now", "--options", "--original", "--kind", "--json", "--help"]) assert.ok(r.stdout.includes(flag), flag);
    assert.match(r.stdout, /Exit status: 0 .*, 1 .*, 2 /s);
  }
  const v = run(["--version"]);
  assert.deepEqual(v, { status: 0, stdout: `${JSON.parse(readFileSync(join(root, "pkg/package.json"))).version}\n`, stderr: "" });
});

// Every way the arguments can be wrong: exit 2, nothing on stdout, stderr says which, then the usage hint.
const WRONG = [
  [[], /no command given/],
  [["port_in.json"], /unknown command `port_in\.json`/],
  [["--json", "check", "port_in.json"], /`--json` before the command/],
  [["check"], /no FILE to check/],
  [["check", "--json"], /no FILE to check/],
  [["check", "port_in.json", "--bogus"], /unknown option `--bogus`/],
  [["check", "port_in.json", "-x"], /unknown option `-x`/],
  [["check", "port_in.json", "--today", "2026-11-23", "--now", "2026-11-23T15:00:00Z"], /--today and --now exclude each other/],
  [["check", "port_in.json", "--today"], /--today needs a value/],
  [["check", "port_in.json", "--today", "--json"], /--today needs a value/],
  [["check", "port_in.json", "--today="], /--today needs a value/],
  [["check", "port_in.json", "--today", "11/23/2026"], /--today 11\/23\/2026 is not a date written YYYY-MM-DD/],
  [["check", "port_in.json", "--today", "2026-02-30"], /--today 2026-02-30: that day does not exist \(February 2026 has 28 days\)/],
  [["check", "port_in.json", "--today", "2026-11-31"], /--today 2026-11-31: that day does not exist \(November 2026 has 30 days\)/],
  [["check", "port_in.json", "--today", "2028-02-30"], /--today 2028-02-30: that day does not exist \(February 2028 has 29 days\)/],
  [["check", "port_in.json", "--today", "2026-13-01"], /--today 2026-13-01: there is no month 13/],
  [["check", "port_in.json", "--today", "2026-00-10"], /--today 2026-00-10: there is no month 00/],
  [["check", "port_in.json", "--today", "2026-11-00"], /--today 2026-11-00: that day does not exist/],
  [["check", "port_in.json", "--now", "2026-11-23"], /--now 2026-11-23 is a date without a time: give an instant such as 2026-11-23T15:00:00Z, or use --today 2026-11-23/],
  [["check", "port_in.json", "--original", "array.json"], /--original array\.json: must hold the saved order, a JSON object or the XML of an <LnpOrder>, not a list/],
  [["check", "port_in.json", "--original", "string.json"], /--original string\.json: must hold the saved order, .* not text/],
  [["check", "port_in.json", "--original", "null.json"], /--original null\.json: must hold the saved order, .* not null/],
  [["check", "port_in.json", "--original", "number.json"], /--original number\.json: must hold the saved order, .* not a number/],
  [["check", "port_in.json", "--today", "2026-11-23", "--today", "2026-11-24"], /--today is given twice/],
  [["check", "port_in.json", "--now", "tomorrow"], /--now tomorrow is not an ISO-8601 instant/],
  [["check", "port_in.json", "--kind", "LSR"], /--kind LSR: the kind is portIn or lsr/],
  [["check", "port_in.json", "--kind"], /--kind needs a value/],
  [["check", "port_in.json", "--json=yes"], /--json takes no value/],
  [["check", "port_in.json", "--options", "missing.json"], /--options: cannot read missing\.json: no such file/],
  [["check", "port_in.json", "--options", "broken.json"], /--options broken\.json: Not valid JSON at line 3, column 41/],
  [["check", "port_in.json", "--options", "options_array.json"], /--options options_array\.json: must hold a JSON object/],
  [["check", "port_in.json", "--options", "options_bad.json"], /^portin-validator: --options options_bad\.json: Option minLeadBusinessDays must be a number, not text\. Nothing was checked\.\n/],
  [["check", "port_in.json", "--original", "missing.json"], /--original: cannot read missing\.json: no such file/],
  [["check", "port_in.json", "--original", "broken.json"], /--original broken\.json: Not valid JSON/],
  [["check", "port_in.json", "--original", "."], /--original: cannot read \.: it is a directory/],
  [["check", "-", "-"], /standard input\) can be read only once/],
  [["check", "-", "--options", "-"], /standard input\) can be read only once/],
];

test("wrong arguments: exit 2, a message saying which and the usage hint, nothing on stdout", () => {
  for (const [args, message] of WRONG) {
    const r = run(args, "{}");
    const what = args.join(" ") || "(no arguments)";
    assert.equal(r.status, 2, what);
    assert.equal(r.stdout, "", what);
    assert.match(r.stderr, /^portin-validator: /, what);
    assert.match(r.stderr, message, what);
    assert.match(r.stderr, /\nRun "portin-validator --help" for the usage\.\n$/, what);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `no stack trace: ${what}`);
  }
});

test("a file that cannot be read: exit 2, which wins over 1; the other files are still checked", () => {
  const r = run(["check", "missing.json", ...TODAY]);
  assert.deepEqual(r, { status: 2, stdout: "0 files, 0 errors, 0 warnings, 0 infos (1 file could not be read)\n", stderr: "portin-validator: cannot read missing.json: no such file\n" });
  const both = run(["check", "fictitious.json", "missing.json", ".", "port_in.json", ...TODAY]);
  assert.equal(both.status, 2);
  assert.match(both.stdout, /^fictitious\.json: listOfPhoneNumbers\[1\]: error tn\.fictitious: /);
  assert.match(both.stdout, /\n2 files, 1 error, 0 warnings, 0 infos \(2 files could not be read\)\n$/);
  assert.equal(both.stderr, "portin-validator: cannot read missing.json: no such file\nportin-validator: cannot read .: it is a directory\n");
  // --json: stdout stays one JSON array, of the files that were read.
  const json = run(["check", "--json", "fictitious.json", "missing.json", ...TODAY]);
  assert.equal(json.status, 2);
  assert.deepEqual(JSON.parse(json.stdout).map((x) => x.file), ["fictitious.json"]);
});

test("every exit status from one table", () => {
  const cases = [
    [["check", "port_in.json", ...TODAY], 0],
    [["check", "lsr.json", "port_in.json", ...NOW], 0],
    [["check", "draft_warning.json", ...TODAY], 0],
    [["check", "--help"], 0],
    [["check", "fictitious.json", ...TODAY], 1],
    [["check", "port_in.json", "broken.json", ...TODAY], 1],
    [["check", "empty.json"], 1],
    [["check", "broken.xml"], 1],
    [["check", "edited.json", "--original", "saved.json", ...NOW], 1],
    [["check", "missing.json"], 2],
    [["check", "fictitious.json", "missing.json", ...TODAY], 2],
    [["check", "broken.json", "missing.json"], 2],
    [["check"], 2],
  ];
  for (const [args, status] of cases) assert.equal(run(args).status, status, args.join(" "));
});

test("nothing is written anywhere: the working folder is as it was", () => {
  const before = readdirSync(dir).sort();
  run(["check", "port_in.json", "broken.json", "edited.json", "--original", "saved.json", "--json", ...NOW]);
  run(["check", "missing.json"]);
  assert.deepEqual(readdirSync(dir).sort(), before);
});

test("a reader that stops early (| head) is no error: the exit status stays, no stack trace", () => {
  file("big.json", { ...portIn, listOfPhoneNumbers: Array.from({ length: 3000 }, () => "919-555-0100") });
  const r = spawnSync("bash", ["-c", '{ "$0" "$1" check big.json | head -c 10 >/dev/null; echo "status ${PIPESTATUS[0]}"; } 2>&1', process.execPath, cli], { cwd: dir, encoding: "utf8" });
  assert.equal(r.stdout, "status 1\n");
  rmSync(join(dir, "big.json"));
});

// The XML path with readOrder, before the package has it: a copy of the package whose Node entry
// also exports a stand-in readOrder (the order is the JSON inside <Json>; <Broken> is unreadable).
let fake;
function withReadOrder() {
  if (fake) return join(fake, "cli.mjs");
  fake = mkdtempSync(join(tmpdir(), "portin-cli-pkg-"));
  cpSync(join(root, "pkg"), fake, { recursive: true });
  appendFileSync(join(fake, "node.js"), `
export function readOrder(input) {
  if (input.includes("<Broken")) {
    return { order: {}, issues: [{ path: [], code: "input.unreadable", severity: "error", message: "Malformed XML at line 1, column 9." }], source: "xml" };
  }
  const order = JSON.parse(/<Json>(.*)<\\/Json>/s.exec(input)[1]);
  return { order, issues: [{ path: ["billingTelephoneNumbr"], code: "input.unknown_field", severity: "warning", message: "Unknown field." }], source: "xml" };
}
`);
  return join(fake, "cli.mjs");
}
const xmlOf = (order) => `<?xml version="1.0"?>\n<LnpOrder><Json>${JSON.stringify(order)}</Json></LnpOrder>\n`;

test("XML through readOrder: its issues first, then the order's; unreadable XML is its issues alone", () => {
  const program = withReadOrder();
  file("fake_port_in.xml", xmlOf(portIn));
  file("fake_lsr.xml", xmlOf(lsrWithoutKind));
  file("fake_saved.xml", xmlOf(saved));
  file("fake_broken.xml", "<Broken>");
  const ok = run(["check", "fake_port_in.xml", ...TODAY], "", program);
  assert.deepEqual(ok, { status: 0, stdout: "fake_port_in.xml: billingTelephoneNumbr: warning input.unknown_field: Unknown field.\n1 file, 0 errors, 1 warning, 0 infos\n", stderr: "" });
  const json = JSON.parse(run(["check", "--json", "fake_port_in.xml", ...TODAY], "", program).stdout);
  const report = expected(portIn, { today: "2026-11-23" });
  assert.deepEqual(json[0].report, { ...report, issues: [{ path: ["billingTelephoneNumbr"], code: "input.unknown_field", severity: "warning", message: "Unknown field." }, ...report.issues] });
  const broken = run(["check", "--json", "fake_broken.xml"], "", program);
  assert.equal(broken.status, 1);
  assert.deepEqual(JSON.parse(broken.stdout)[0].report, { ok: false, issues: [{ path: [], code: "input.unreadable", severity: "error", message: "Malformed XML at line 1, column 9." }], tns: { count: 0, valid: 0, invalid: 0, duplicates: 0, tollFree: 0 } });
  // --kind on the order readOrder gives; standard input too.
  assert.equal(run(["check", "fake_lsr.xml", ...NOW], "", program).status, 1);
  assert.equal(run(["check", "fake_lsr.xml", "--kind", "lsr", ...NOW], "", program).status, 0);
  assert.equal(run(["check", "-", "--kind", "lsr", ...NOW], xmlOf(lsrWithoutKind), program).status, 0);
  // A saved order in XML.
  const edited = run(["check", "edited.json", "--original", "fake_saved.xml", ...NOW], "", program);
  assert.equal(edited.status, 1);
  assert.match(edited.stdout, /^edited\.json: billingTelephoneNumber: error edit\.not_editable: /m);
  const bad = run(["check", "edited.json", "--original", "fake_broken.xml", ...NOW], "", program);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^portin-validator: --original fake_broken\.xml: Malformed XML at line 1, column 9\.\n/);
  for (const f of ["fake_port_in.xml", "fake_lsr.xml", "fake_saved.xml", "fake_broken.xml"]) rmSync(join(dir, f));
});

// ---------------------------------------------------------------------------------------------
// Under hostile use: bounded inputs, streamed output, escapes, the words of the messages.

const MAX = 8 * 1024 * 1024;
/** A FIFO in the temporary folder (Linux and macOS have mkfifo). */
function fifo(name) {
  spawnSync("mkfifo", [join(dir, name)]);
  return name;
}

test("every input is read up to 8 MiB and one byte: devices, FIFOs, standard input, big files; over it, input.too_long", () => {
  file("big.json", JSON.stringify({ pon: "x".repeat(MAX) }));
  file("at_limit.json", JSON.stringify({ pon: "x" }).padEnd(MAX, " "));
  const tooLong = /^(\S+): \(order\): error input\.too_long: The file is over 8 MiB \(8,388,608 bytes\): at most 8 MiB is read/;
  for (const args of [["/dev/zero"], ["/dev/urandom"], ["big.json"]]) {
    const r = run(["check", ...args, ...TODAY]);
    assert.equal(r.status, 1, args.join(" "));
    assert.match(r.stdout, tooLong, args.join(" "));
    assert.match(r.stdout, /\n1 file, 1 error, 0 warnings, 0 infos\n$/);
  }
  assert.match(run(["check", "-", ...TODAY], "[".repeat(MAX + 1)).stdout, /^-: \(order\): error input\.too_long: /);
  // Exactly 8 MiB is read.
  assert.doesNotMatch(run(["check", "at_limit.json", ...TODAY]).stdout, /too_long/);
  // A FIFO fed without end.
  const fed = fifo("fed.fifo");
  const r = spawnSync("bash", ["-c", `yes '{}' > ${fed} & "$0" "$1" check ${fed} --today 2026-11-23; s=$?; kill %1 2>/dev/null; exit $s`, process.execPath, cli], { cwd: dir, encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^fed\.fifo: \(order\): error input\.too_long: /);
  // --options and --original: the same bound, as wrong arguments.
  for (const flag of ["--options", "--original"]) {
    const a = run(["check", "port_in.json", flag, "/dev/zero", ...TODAY]);
    assert.equal(a.status, 2, flag);
    assert.match(a.stderr, new RegExp(`^portin-validator: ${flag} /dev/zero: The file is over 8 MiB`), flag);
  }
  for (const f of ["big.json", "at_limit.json", fed]) rmSync(join(dir, f));
});

test("JSON nested deeper than 32 arrays and objects: input.too_deep with the line and column, before it is parsed", () => {
  file("deep.json", `{"a":\n${"[".repeat(40)}`);
  const r = run(["check", "deep.json", ...TODAY]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'deep.json: (order): error input.too_deep: Nested deeper than 32 arrays and objects at line 2, column 32: an order is a few levels deep, so nothing in the file was checked.\n1 file, 1 error, 0 warnings, 0 infos\n');
  // 32 levels, brackets in strings and escaped quotes do not count.
  file("deep_ok.json", `{"pon": "[[[\\"{{{", "x": ${"[".repeat(31)}${"]".repeat(31)}}`);
  assert.doesNotMatch(run(["check", "deep_ok.json", ...TODAY]).stdout, /too_deep/);
  // 8 MiB of "[": refused at once, whatever its length.
  assert.match(run(["check", "-", ...TODAY], "[".repeat(MAX)).stdout, /^-: \(order\): error input\.too_deep: Nested deeper than 32 arrays and objects at line 1, column 33:/);
  const o = run(["check", "port_in.json", "--options", "deep.json", ...TODAY]);
  assert.equal(o.status, 2);
  assert.match(o.stderr, /--options deep\.json: nested deeper than 32 arrays and objects at line 2, column 32/);
});

test("invalid UTF-8 is an error of the file, with the offset of the first byte that is not", () => {
  writeFileSync(join(dir, "latin1.json"), Buffer.concat([Buffer.from('{\n  "customerOrderId": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
  const r = run(["check", "latin1.json", ...TODAY]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^latin1\.json: \(order\): error input\.unreadable: The file is not UTF-8 text: byte 0xE9 at byte offset 27 \(line 2, column 26\) cannot be read\. Save it as UTF-8\.\n/);
  // Overlong forms, surrogates and a character cut at the end are not UTF-8 either.
  for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
    writeFileSync(join(dir, "bad.json"), Buffer.from([0x22, ...bytes]));
    const hex = bytes[0].toString(16).toUpperCase();
    assert.match(run(["check", "bad.json"]).stdout, new RegExp(`byte 0x${hex} at byte offset 1 \\(line 1, column 2\\)`), bytes.join());
  }
  writeFileSync(join(dir, "bad.json"), Buffer.from([0x7b, 0xff]));
  assert.match(run(["check", "port_in.json", "--original", "bad.json"]).stderr, /^portin-validator: --original bad\.json: The file is not UTF-8 text: byte 0xFF at byte offset 1/);
  rmSync(join(dir, "latin1.json"));
  rmSync(join(dir, "bad.json"));
});

test("text output escapes control characters in values, keys and file names; --json keeps them exact", () => {
  const forged = "\u001b[2J\u001b[H\r2 files, 0 errors\n\u0007\u009b\u202e";
  const name = file("\u001b[31mred\u0007.json", { ...portIn, listOfPhoneNumbers: [forged], [`x${forged}`]: 1 });
  const r = run(["check", name, ...TODAY]);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, "nothing a terminal acts on but the line ends");
  const lines = r.stdout.trimEnd().split("\n");
  assert.match(lines.pop(), /^1 file, \d+ errors?, \d+ warnings?, 0 infos$/, "one closing line");
  for (const line of lines) assert.ok(line.startsWith("\\u001b[31mred\\u0007.json: "), line);
  const shown = "\\u001b[2J\\u001b[H\\r2 files, 0 errors\\n\\u0007\\u009b";
  assert.ok(lines.some((l) => l.includes(": error tn.") && l.includes(shown)), "the entry, escaped");
  assert.ok(lines.some((l) => l.includes(": warning input.unknown_field: ") && l.includes(shown)), "the key, escaped");
  const json = JSON.parse(run(["check", "--json", name, ...TODAY]).stdout);
  assert.equal(json[0].file, name);
  assert.ok(json[0].report.issues.some((i) => i.message.includes(forged.slice(0, 12))), "--json: the text exactly");
  // A file that cannot be read: its name escaped on standard error too.
  assert.equal(run(["check", "\u001b]0;x\u0007.json"]).stderr, "portin-validator: cannot read \\u001b]0;x\\u0007.json: no such file\n");
  rmSync(join(dir, name));
});

test("--json is written issue by issue, exactly as JSON.stringify(results, null, 2)", () => {
  const files = ["port_in.json", "fictitious.json", "broken.json", "draft_warning.json"];
  const r = run(["check", "--json", ...files, ...TODAY]);
  const results = files.map((f) => ({ file: f, report: JSON.parse(r.stdout).find((x) => x.file === f).report }));
  assert.equal(r.stdout, JSON.stringify(results, null, 2) + "\n");
  assert.equal(run(["check", "--json", "missing.json"]).stdout, "[]\n");
});

test("output is streamed: a file's issues are out before the next file is read (a FIFO with no writer yet)", async () => {
  const pipe = fifo("later.fifo");
  const child = spawn(process.execPath, [cli, "check", "fictitious.json", pipe, ...TODAY], { cwd: dir });
  let stdout = "";
  child.stdout.setEncoding("utf8");
  const first = new Promise((resolve) => child.stdout.on("data", (chunk) => {
    stdout += chunk;
    if (stdout.includes("tn.fictitious")) resolve();
  }));
  const exit = new Promise((resolve) => child.on("exit", resolve));
  await first;
  assert.match(stdout, /^fictitious\.json: listOfPhoneNumbers\[1\]: error tn\.fictitious: /, "printed while the FIFO waits for a writer");
  assert.doesNotMatch(stdout, /files?, /, "no closing line yet");
  writeFileSync(join(dir, pipe), JSON.stringify(portIn));
  assert.equal(await exit, 1);
  assert.match(stdout, /\n2 files, 1 error, 0 warnings, 0 infos\n$/);
  rmSync(join(dir, pipe));
});

test("a write error other than a closed pipe: a clear message and exit 2, no stack trace", () => {
  const r = spawnSync("bash", ["-c", '"$0" "$1" check fictitious.json --today 2026-11-23 > /dev/full', process.execPath, cli], { cwd: dir, encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^portin-validator: cannot write to standard output: ENOSPC: no space left on device, write; the output is incomplete\.\n$/);
});

test("a bad value in --options: exit 2, and no claim that checks were skipped or defaults used", () => {
  for (const [options, said] of [
    [{ today: "2026-13-45" }, /Option today \(“2026-13-45”\) is not a date written YYYY-MM-DD \(the current date in US Eastern time\)\. Nothing was checked\./],
    [{ now: "later" }, /Option now \(“later”\) is not an ISO-8601 instant such as 2026-11-23T15:04:05Z\. Nothing was checked\./],
    [{ maxDaysAhead: -1 }, /Option maxDaysAhead must be a whole number from 0 to 3660\. Nothing was checked\./],
    [{ extraHolidays: ["x"] }, /Option extraHolidays, item 1 \(“x”\), is not a date written YYYY-MM-DD\. Nothing was checked\./],
    [{ original: [1] }, /The saved order must be an object .* not a list\. Nothing was checked\./],
  ]) {
    file("options_x.json", options);
    const r = run(["check", "port_in.json", "--options", "options_x.json"]);
    const what = JSON.stringify(options);
    assert.equal(r.status, 2, what);
    assert.equal(r.stdout, "", what);
    assert.match(r.stderr, /^portin-validator: --options options_x\.json: /, what);
    assert.match(r.stderr, said, what);
    assert.doesNotMatch(r.stderr, /skipped|default|ignored/, what);
  }
  rmSync(join(dir, "options_x.json"));
});

test("infos are counted in the closing line", () => {
  file("info.json", { ...portIn, requestedFocDate: "2026-12-01" });
  const r = run(["check", "info.json", ...TODAY]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^info\.json: requestedFocDate: info time\.default: .*\n1 file, 0 errors, 0 warnings, 1 info\n$/);
  rmSync(join(dir, "info.json"));
});

// A provider's 400 answer, written for this test in the shape of the API's examples.
const RESPONSE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<LnpOrderResponse>
  <!-- <Errors><Code>1</Code></Errors> in a comment is no error -->
  <Status><Code>400</Code><Description>Validation failed.</Description></Status>
  <Errors>
    <Code>7309</Code>
    <Description>Site &amp; peer missing.</Description>
  </Errors>
  <Errors><Code>7398</Code><Description><![CDATA[Protected <off-net>]]></Description></Errors>
  <Errors><Code>99999</Code></Errors>
  <ProcessingStatus>EXCEPTION</ProcessingStatus>
  <BillingTelephoneNumber>9192000000</BillingTelephoneNumber>
  <ListOfPhoneNumbers><PhoneNumber>9192000000</PhoneNumber></ListOfPhoneNumbers>
</LnpOrderResponse>
`;

test("a response's <Errors>: one line per code, explained by explainRejection; in --json, rejections", () => {
  file("response.xml", RESPONSE);
  const r = run(["check", "response.xml", ...TODAY]);
  const lines = r.stdout.trimEnd().split("\n").filter((l) => l.startsWith("response.xml: <Errors> "));
  const line = (code, description) => {
    const e = pv.explainRejection(code);
    return `response.xml: <Errors> ${code}${description ? ` (${JSON.stringify(description)})` : ""}: ${e.title}. ${e.action}`;
  };
  assert.deepEqual(lines, [line("7309", "Site & peer missing."), line("7398", "Protected <off-net>"), line("99999", "")]);
  assert.match(r.stdout, /\n1 file, \d+ errors?, \d+ warnings?, \d+ infos?\n$/);
  const json = JSON.parse(run(["check", "--json", "response.xml", ...TODAY]).stdout);
  assert.deepEqual(json[0].rejections.map((x) => [x.code, x.known]), [["7309", true], ["7398", true], ["99999", false]]);
  assert.equal(json[0].rejections[0].title, pv.explainRejection("7309").title);
  // An order, not a response: no such lines.
  assert.equal(JSON.parse(run(["check", "--json", "order.xml", ...TODAY]).stdout)[0].rejections, undefined);
  rmSync(join(dir, "response.xml"));
});

test("a misspelled name in --options: one warning on standard error, did you mean; the files still checked", () => {
  file("options_typo.json", { todya: "2026-11-23", maxDaysAhead: 30 });
  const r = run(["check", "port_in.json", "fictitious.json", "--options", "options_typo.json", ...TODAY]);
  assert.equal(r.stderr, "portin-validator: --options options_typo.json: warning: Unknown option “todya” is not read (did you mean today?).\n");
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stdout, /options\.unknown/);
  assert.match(r.stdout, /\n2 files, 1 error, 0 warnings, 0 infos\n$/);
  // The API says it in the report, as a warning.
  const issues = pv.validateOrder(portIn, { today: "2026-11-23", todya: "2026-11-23" }).issues.filter((i) => i.code === "options.unknown");
  assert.deepEqual(issues, [{ path: [], code: "options.unknown", severity: "warning", message: "Unknown option “todya” is not read (did you mean today?)." }]);
});
