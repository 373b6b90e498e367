// Issue 20's measured cases against a built package: each case's verdict (ok, errors, warnings,
// and the codes that matter), for a before/after table. Reads only tests/fixtures/provider/ and tests/fixtures/supp/.
//   node scripts/supp-cases.mjs [PKG_DIR]     (default pkg/; e.g. a build of main for "before")
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = resolve(process.argv[2] ?? join(root, "pkg"));
const pv = await import(pathToFileURL(join(pkg, "node.js")).href);
const bw = (name) => readFileSync(join(root, "tests/fixtures/provider", name), "utf8");
const ours = (name) => readFileSync(join(root, "tests/fixtures/supp", name), "utf8");
const NOW = "2026-11-23T15:00:00Z";
const SAVED = ours("get-submitted.xml");
const OFF_NET_FOC = SAVED.replace(">SUBMITTED<", ">FOC<").replace(">AUTOMATED<", ">AUTOMATED_OFF_NET<");
const CANCELLED = bw("get-cancelled.xml");
const tmp = mkdtempSync(join(tmpdir(), "supp-cases-"));

/** "ok" or "not ok", the counts, and the codes (repeats counted). */
function verdict(report) {
  const count = (s) => report.issues.filter((i) => i.severity === s).length;
  const seen = new Map();
  for (const i of report.issues) seen.set(i.code, (seen.get(i.code) ?? 0) + 1);
  const codes = [...seen].map(([c, n]) => (n > 1 ? `${c} x${n}` : c)).join(", ");
  return `${report.ok ? "ok" : "NOT ok"}; ${count("error")} errors, ${count("warning")} warnings: ${codes}`;
}

function cli(name, body, ...args) {
  const file = join(tmp, name);
  writeFileSync(file, body);
  const extra = args.flatMap((a) => (a.startsWith("<") ? [join(tmp, `${name}.saved.xml`)] : [a]));
  if (args.some((a) => a.startsWith("<"))) writeFileSync(join(tmp, `${name}.saved.xml`), args.find((a) => a.startsWith("<")));
  const r = spawnSync(process.execPath, [join(pkg, "cli.mjs"), "check", file, ...extra, "--now", NOW], { encoding: "utf8" });
  return `exit ${r.status}; ${r.stdout.trim().split("\n").at(-1)}`;
}

// The SDKs' update bodies, as XML (what each SDK puts on the wire) and as the JS object.
const sdk = {
  "Python SDK, the date alone": ["<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>", { requested_foc_date: "2026-12-07" }],
  "Node SDK, the date and WirelessInfo": [
    "<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate><WirelessInfo><AccountNumber>ACCT1234</AccountNumber><PinNumber>4321</PinNumber></WirelessInfo></LnpOrderSupp>",
    { requestedFocDate: "2026-12-07", wirelessInfo: { accountNumber: "ACCT1234", pinNumber: "4321" } },
  ],
  "Java SDK, the LOA person alone": ["<LnpOrderSupp><LoaAuthorizingPerson>Pat Q Jones</LoaAuthorizingPerson></LnpOrderSupp>", { loaAuthorizingPerson: "Pat Q Jones" }],
};
const rows = [];
const row = (name, result) => rows.push([name, result]);
for (const [name, [xml, object]] of Object.entries(sdk)) {
  row(`${name}: the object alone (supp: true)`, verdict(pv.validateOrder(object, { now: NOW, supp: true })));
  row(`${name}: the XML with the saved order`, verdict(pv.validateOrder(xml, { now: NOW, original: SAVED })));
  row(`${name}: CLI check BODY.xml --original SAVED.xml`, cli(`${name.split(",")[0]}.xml`.replace(" ", "-"), xml, "--original", SAVED));
}
row(
  "S1: off-net order with FOC, a body with the new date alone",
  verdict(pv.validateOrder("<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>", { now: NOW, original: OFF_NET_FOC })),
);
row(
  "a body changing only the ZIP",
  verdict(pv.validateOrder("<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><Subscriber><ServiceAddress><Zip>27603</Zip></ServiceAddress></Subscriber></LnpOrderSupp>", { now: NOW, original: SAVED })),
);
row("the provider's PUT sample against its POST response", verdict(pv.validateOrder(bw("put-regular.xml"), { now: NOW, original: bw("post-201-on-net.xml") })));
// R-EDIT-NEAR-FOC at the moment that takes effect: a wireline automated port, not triggered.
const onNetFoc = (time) => SAVED.replace(">SUBMITTED<", ">FOC<").replace("2026-12-04T16:30:00.000Z", `2026-11-30T${time}:00-05:00`);
const newLoa = "<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><LoaAuthorizingPerson>Pat Q Jones</LoaAuthorizingPerson></LnpOrderSupp>";
row("FOC written 20:00, changed 23.5 h before 11:30", verdict(pv.validateOrder(newLoa, { now: "2026-11-29T12:00:00-05:00", original: onNetFoc("20:00") })));
row("FOC written 06:00, changed 27.5 h before 11:30", verdict(pv.validateOrder(newLoa, { now: "2026-11-29T08:00:00-05:00", original: onNetFoc("06:00") })));
row("the provider's CANCELLED GET", verdict(pv.validateOrder(CANCELLED, { now: NOW })));
row("the provider's CANCELLED GET, CLI check", cli("cancelled.xml", CANCELLED));
row("a COMPLETE order without the LOA person", verdict(pv.validateOrder(CANCELLED.replace(">CANCELLED<", ">COMPLETE<").replace(/<LoaAuthorizingPerson>.*<\/LoaAuthorizingPerson>/, ""), { now: NOW })));
// R-EDIT-FIXED: editableFields of a submitted and a draft order, and an edit of `triggered`.
const fixed = ["triggered", "immediately", "billingType", "targetRespOrgId", "alternateSpid"];
for (const status of ["EXCEPTION", "DRAFT"]) {
  const fields = pv.editableFields({ status, portType: "AUTOMATED_ON_NET" }, { now: NOW }).fields;
  row(`editableFields, ${status}: fixed fields listed / SUPP rows listed`, `${fixed.filter((f) => fields.includes(f)).join(" ") || "none"} / ${["siteId", "peerId", "tnAttributes"].filter((f) => fields.includes(f)).join(" ") || "none"}`);
}
const offFoc = pv.editableFields({ status: "FOC", portType: "AUTOMATED_OFF_NET" }, { now: NOW }).fields;
row("editableFields, off-net after FOC", offFoc.join(" "));
const saved = pv.readOrder(SAVED).order;
row("an edit turning triggered on, EXCEPTION", verdict(pv.validateOrder({ ...saved, status: "EXCEPTION", triggered: true }, { now: NOW, original: { ...saved, status: "EXCEPTION" } })));

// R-TOLLFREE-AUTOMATED: the schema's VALID_DRAFT_TFNS GET example, submitted; the date moved, its time changed.
const tollFree = bw("get-valid-draft-tfns.xml").replace(">VALID_DRAFT_TFNS<", ">SUBMITTED<");
const tfBody = (time) => `<LnpOrderSupp><CustomerOrderId>MyTestOrder</CustomerOrderId><RequestedFocDate>2021-06-24T${time}:00-04:00</RequestedFocDate></LnpOrderSupp>`;
for (const time of ["11:30", "14:00"]) {
  row(`automated toll-free, the date moved to 06-24 at ${time}`, verdict(pv.validateOrder(tfBody(time), { now: "2021-06-15T15:00:00Z", original: tollFree })));
}
row("explainRejection('7534').preventedBy", JSON.stringify(pv.explainRejection("7534").preventedBy));

rmSync(tmp, { recursive: true, force: true });
const width = Math.max(...rows.map(([n]) => n.length));
for (const [name, result] of rows) console.log(`${name.padEnd(width)}  ${result}`);
