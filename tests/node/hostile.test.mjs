// Any JS value, for any argument of any export, through the built package: a result, never an
// exception from inside the module, never a trap; and the next call still works.
// Bounded here; `npm run fuzz` runs the same properties with PORTIN_CASES=1000000.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as pv from "portin-validator";

const RUNS = Number(process.env.PORTIN_CASES ?? 300);
const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));

/** Values no JSON has: getters and Proxies that throw, revoked Proxies, cycles, symbols... */
const exotic = fc.constantFrom(
  () => Object.defineProperty({}, "listOfPhoneNumbers", { get() { throw new Error("getter"); } }),
  () => new Proxy({}, { get() { throw new Error("proxy get"); }, has() { throw new Error("proxy has"); } }),
  () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; },
  () => { const o = { listOfPhoneNumbers: ["9192000000"] }; o.subscriber = o; o.wirelessInfo = o; return o; },
  () => ({ listOfPhoneNumbers: new Proxy([], { get(t, k) { if (k === "length") return 1e9; throw new Error("x"); } }) }),
  () => ({ listOfPhoneNumbers: "\ud800\udfff\ud800 919-200-0000" }),
  () => ({ subscriber: { serviceAddress: { zip: Symbol("zip") } } }),
  () => Object.create(null),
  () => ({ partialPort: 10n, ponVersion: -0 }),
  () => [good],
  () => new Date(0),
  () => ({ listOfPhoneNumbers: "9".repeat(3_000_000) }),
);

/** Anything: JSON-like values with the order's keys likely, and the exotic ones. Each case is a
 * function that makes the value, so that fast-check never touches a throwing Proxy itself. */
const keys = ["kind", "status", "portType", "listOfPhoneNumbers", "billingTelephoneNumber", "newBillingTelephoneNumber",
  "partialPort", "requestedFocDate", "actualFocDate", "subscriber", "serviceAddress", "zip", "wirelessInfo", "pinNumber",
  "today", "now", "original", "extraHolidays", "minLeadBusinessDays", "orderMaxTns"];
const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ key: fc.oneof(fc.constantFrom(...keys), fc.string()), withBigInt: true, withMap: true, withSet: true,
    withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 4 }).map((v) => () => v) },
  { weight: 1, arbitrary: exotic },
  { weight: 1, arbitrary: fc.func(fc.anything()).map((f) => () => f) },
);

/** Every export that takes data, with how to check its result. */
const calls = Object.entries(pv)
  .filter(([name, f]) => typeof f === "function" && !name.startsWith("__") && !["default", "initSync", "attachForm", "FormHandle"].includes(name));

test("every data export is covered", () => {
  assert.ok(calls.length >= 2, calls.map(([n]) => n).join(","));
});

for (const [name, f] of calls) {
  test(`${name}: any arguments give a result, never a throw (${RUNS} runs)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        runs++;
        let result;
        assert.doesNotThrow(() => { result = f(a(), b()); });
        assert.notEqual(result, undefined);
        assert.equal(pv.validateOrder(good).ok, true, "the next call works");
      }),
      { numRuns: RUNS },
    );
    console.log(`property ${name}: ${runs} cases, 0 failures`);
  });
}

test("validateOrder reports are well formed for any input", () => {
  fc.assert(
    fc.property(anyValue, anyValue, (order, options) => {
      const r = pv.validateOrder(order(), options());
      assert.equal(typeof r.ok, "boolean");
      assert.equal(r.ok, !r.issues.some((i) => i.severity === "error"));
      for (const i of r.issues) {
        assert.ok(Array.isArray(i.path));
        assert.match(i.code, /^[a-z]+(\.[a-z0-9_]+)+$/);
        assert.equal(typeof i.message, "string");
      }
    }),
    { numRuns: RUNS },
  );
});

// ---------------------------------------------------------------------------------------------
// The any-shape reader (readOrder, and the functions that read an order through it): keys in any
// client's casing, keys that touch prototypes, and XML text, written well or broken.

/** The order's field names (js/api.d.ts: PortInOrder, Subscriber, ServiceAddress, wirelessInfo),
 * and the SDKs' list item names. */
const FIELDS = ["kind", "status", "portType", "listOfPhoneNumbers", "billingTelephoneNumber", "newBillingTelephoneNumber",
  "partialPort", "requestedFocDate", "actualFocDate", "loaAuthorizingPerson", "customerOrderId", "targetRespOrgId",
  "triggered", "siteId", "peerId", "billingType", "tnAttributes", "alternateSpid", "pon", "ponVersion", "subscriber",
  "wirelessInfo", "orderId", "orderCreateDate", "lastModifiedDate", "lastModifiedBy", "userId", "countOfTns",
  "subscriberType", "businessName", "firstName", "middleInitial", "lastName", "accountNumber", "pinNumber", "serviceAddress",
  "houseNumber", "housePrefix", "houseSuffix", "preDirectional", "streetName", "streetSuffix", "postDirectional",
  "addressLine2", "city", "stateCode", "zip", "plusFour", "county", "country", "addressType"];
const SDK_NAMES = ["phoneNumber", "tnAttribute", "processingStatus"];
/** Keys that mean something to JS objects. */
const DANGEROUS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"];

/** `key` as some client spells it: camelCase, PascalCase, snake_case, UPPER, lower, or each
 * letter's case at random. */
const COMMON = ["pon", "customerOrderId", "listOfPhoneNumbers", "billingTelephoneNumber", "subscriber", "serviceAddress", "zip", "phoneNumber"];
const spelt = fc.tuple(fc.oneof(fc.constantFrom(...FIELDS, ...SDK_NAMES), fc.constantFrom(...COMMON)), fc.integer({ min: 0, max: 5 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
  .map(([key, style, flips]) => {
    switch (style) {
      case 0: return key;
      case 1: return key[0].toUpperCase() + key.slice(1);
      case 2: return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      case 3: return key.toUpperCase();
      case 4: return key.toLowerCase();
      default: return [...key].map((c, i) => (flips[i % 40] ? c.toUpperCase() : c.toLowerCase())).join("");
    }
  });
const shapeKey = fc.oneof({ weight: 6, arbitrary: spelt }, { weight: 2, arbitrary: fc.constantFrom(...DANGEROUS) }, { weight: 1, arbitrary: fc.string() });

/** An element name of the provider's schema (PascalCase), or another name. */
const elementName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELDS, ...SDK_NAMES).map((k) => k[0].toUpperCase() + k.slice(1)) },
  { weight: 1, arbitrary: fc.constantFrom("bw:Subscriber", "a", "_x-1.2", "Städte", "__proto__", "constructor") },
);
const xmlText = fc.oneof(
  fc.constantFrom("9192460142", "919-246-0142", "true", "false", "2026-12-04", "2021-06-16Z", "DRAFT", "06390", "Smith &amp; Sons &lt;West&gt;", "&#233;&#x1F600;", "<![CDATA[a < b]]>", ""),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[<&]/g, "")),
);
const pascal = (k) => k[0].toUpperCase() + k.slice(1);
const leafOf = (names) => fc.tuple(fc.constantFrom(...names.map(pascal)), xmlText).map(([n, t]) => `<${n}>${t}</${n}>`);
const groupOf = (name, child, max = 6) => fc.array(child, { maxLength: max }).map((c) => `<${name}>${c.join("")}</${name}>`);
const TOP_LEAVES = ["status", "portType", "billingTelephoneNumber", "newBillingTelephoneNumber", "partialPort", "requestedFocDate",
  "actualFocDate", "loaAuthorizingPerson", "customerOrderId", "targetRespOrgId", "triggered", "siteId", "peerId", "billingType",
  "alternateSpid", "processingStatus", "orderId", "orderCreateDate", "countOfTns"];
const tnText = fc.oneof(fc.constantFrom("9192460142", "919-246-0142", "(919) 246-0143", "+1 919 246 0144", ""), xmlText);
/** An element the provider's schema has where it has it, or (now and then) any element nested anywhere. */
const { element: xmlElement } = fc.letrec((tie) => ({
  element: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: leafOf(TOP_LEAVES) },
    { weight: 2, arbitrary: groupOf("Subscriber", fc.oneof(leafOf(["subscriberType", "businessName", "firstName", "middleInitial", "lastName"]),
      groupOf("ServiceAddress", leafOf(["houseNumber", "housePrefix", "houseSuffix", "preDirectional", "streetName", "streetSuffix",
        "postDirectional", "addressLine2", "city", "stateCode", "zip", "plusFour", "county", "country", "addressType"])))) },
    { weight: 2, arbitrary: groupOf("ListOfPhoneNumbers", tnText.map((t) => `<PhoneNumber>${t}</PhoneNumber>`)) },
    { weight: 1, arbitrary: groupOf("WirelessInfo", leafOf(["accountNumber", "pinNumber"])) },
    { weight: 1, arbitrary: groupOf("TnAttributes", fc.constantFrom("Protected", "External", "Hosted", "Imported", "Other").map((t) => `<TnAttribute>${t}</TnAttribute>`)) },
    { weight: 1, arbitrary: fc.tuple(elementName, xmlText).map(([n, t]) => `<${n}>${t}</${n}>`) },
    { weight: 1, arbitrary: fc.tuple(elementName, fc.array(tie("element"), { maxLength: 4 })).map(([n, c]) => `<${n}>${c.join("\n  ")}</${n}>`) },
  ),
}));
/** A `<LnpOrder>` (or supp, or response) body, with or without declaration and namespace. */
const xmlBody = fc.tuple(
  fc.constantFrom("LnpOrder", "LnpOrderSupp", "LnpOrderResponse", "bw:LnpOrder"),
  fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8"?>\n', "\ufeff", "  \n"),
  // Every body declares the bw prefix its names may use (an undeclared prefix is refused, as a
  // namespace-aware parser refuses it).
  fc.constantFrom(' xmlns:bw="urn:example"', ' xmlns="urn:example" xmlns:bw="urn:example"'),
  fc.array(xmlElement, { maxLength: 10 }),
).map(([root, decl, ns, children]) => `${decl}<${root}${ns}>\n  ${children.join("\n  ")}\n</${root}>`);

/** Text beyond the limits, made once (building it is the expensive part, not refusing it). */
const BIG = "x".repeat(8 * 1024 * 1024 + 1);
const HUGE_XML = `<LnpOrder>${BIG}</LnpOrder>`;
const MUTATIONS = ["<!DOCTYPE a [<!ENTITY b \"c\">]>", "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>",
  "&lol;", "&b;", "&#0;", "&#xD800;", "&#1114112;", "&", "<", "</", "/>", "<!--", "]]>", "<![CDATA[", "<?", "\u0000", "\ufffe",
  "'", "\"", "=", "<PhoneNumber>", "</LnpOrder>", "<LnpOrder>"];
/** A body after a few edits: cut off, pieces inserted, deep nesting, huge text. */
const mutatedXml = fc.tuple(xmlBody, fc.array(fc.tuple(fc.noBias(fc.nat({ max: 1_000_000 })), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...MUTATIONS), fc.nat({ max: 40 })), { minLength: 1, maxLength: 4 }))
  .map(([body, edits]) => {
    let s = body;
    for (const [at, kind, piece, n] of edits) {
      const i = at % (s.length + 1);
      switch (kind) {
        case 0: s = s.slice(0, i); break;
        case 1: case 2: s = s.slice(0, i) + piece + s.slice(i); break;
        case 3: s = s.slice(0, i) + "<a>".repeat(n) + s.slice(i); break;
        case 4: s = s.slice(0, i) + "<a>".repeat(n * 25) + "</a>".repeat(n * 25) + s.slice(i); break;
        case 5: s = s.slice(0, i) + "y".repeat(n * 300) + s.slice(i); break;
        default: s = s.slice(0, i) + s.slice(i + 1);
      }
    }
    return s;
  });
const xmlish = fc.oneof(
  { weight: 3, arbitrary: xmlBody },
  { weight: 6, arbitrary: mutatedXml },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_XML, BIG, "<LnpOrder>" + "<a>".repeat(100_000), " \n\t<", "<", "", "LnpOrder", JSON.stringify("<LnpOrder/>")) },
);

/** Objects whose keys are the order's fields in any casing, or keys that touch prototypes,
 * set as own properties (as JSON.parse does) or by assignment (which sets a prototype). */
const scalar = fc.oneof(fc.constantFrom(null, undefined, true, false, 0, -0, NaN, 9192460142, 19192460142, 6390, "9192460142", "919-246-0142\n919-246-0143", "true", "2026-12-04", "AUTOMATED_ON_NET", "DRAFT"),
  fc.string({ maxLength: 12 }), fc.double(), fc.integer());
const { value: shaped, object: shapedObject } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, xmlish, tie("list"), tie("object"), tie("object")),
  list: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.tuple(fc.array(fc.tuple(shapeKey, tie("value"), fc.boolean()), { maxLength: 8 }), fc.boolean()).map(([entries, nullProto]) => {
    const o = nullProto ? Object.create(null) : {};
    for (const [k, v, own] of entries) {
      if (own) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      else o[k] = v;
    }
    return o;
  }),
}));
const shapedOrAny = fc.oneof({ weight: 4, arbitrary: shapedObject.map((v) => () => v) }, { weight: 2, arbitrary: shaped.map((v) => () => v) }, { weight: 1, arbitrary: anyValue });

/** What must hold after any call: no prototype gained a property, and a normal call works. */
const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const pristine = protos.map((p) => Reflect.ownKeys(p).length);
function unharmed() {
  assert.deepEqual(protos.map((p) => Reflect.ownKeys(p).length), pristine, "no prototype gains a property");
  assert.equal({}.polluted, undefined);
  assert.equal(pv.validateOrder(good).ok, true, "the next call works");
}
const CODE = /^[a-z]+(\.[a-z0-9_]+)+$/;
function wellFormed(issues) {
  assert.ok(Array.isArray(issues));
  for (const i of issues) {
    assert.ok(Array.isArray(i.path) && i.path.every((s) => typeof s === "string" || typeof s === "number"), JSON.stringify(i.path));
    assert.match(i.code, CODE);
    assert.ok(["error", "warning", "info"].includes(i.severity), i.severity);
    assert.ok(typeof i.message === "string" && i.message.endsWith("."), i.message);
  }
}
/** A canonical order: only the model's own (camelCase) names, at every level. */
const CANONICAL = new Set(FIELDS);
function canonical(order, at = "order") {
  assert.ok(order !== null && typeof order === "object" && !Array.isArray(order), at);
  assert.equal(Object.getPrototypeOf(order), Object.prototype, at);
  for (const [k, v] of Object.entries(order)) {
    assert.ok(CANONICAL.has(k), `${at}.${k}`);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) canonical(v, `${at}.${k}`);
  }
}

test(`readOrder: any shape, any casing, any XML: a canonical order or why not, never a throw (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(shapedOrAny, (input) => {
      runs++;
      let r;
      assert.doesNotThrow(() => { r = pv.readOrder(input()); });
      wellFormed(r.issues);
      canonical(r.order);
      assert.ok(r.source === "object" || r.source === "xml", r.source);
      if (r.issues.some((i) => i.path.length === 0 && i.severity === "error")) assert.deepEqual(r.order, {});
      unharmed();
    }),
    { numRuns: RUNS },
  );
  console.log(`property readOrder (shapes): ${runs} cases, 0 failures`);
});

test(`readOrder: XML bodies, whole or broken: read, or one input.xml / input.too_long error (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(xmlish, (text) => {
      runs++;
      let r;
      assert.doesNotThrow(() => { r = pv.readOrder(text); });
      wellFormed(r.issues);
      canonical(r.order);
      assert.equal(r.source, "xml");
      const whole = r.issues.filter((i) => i.path.length === 0 && i.severity === "error");
      if (whole.length > 0) {
        assert.deepEqual(r.order, {});
        assert.equal(whole.length, 1, JSON.stringify(whole));
        assert.ok(["input.xml", "input.too_long", "input.too_deep", "input.type"].includes(whole[0].code), whole[0].code);
        if (whole[0].code === "input.xml") assert.match(whole[0].message, /line \d+, column \d+: expected |root element is .*: expected </);
        if (whole[0].code === "input.too_deep") assert.match(whole[0].message, /line \d+, column \d+: expected at most 32 nested elements/);
      }
      unharmed();
    }),
    { numRuns: RUNS },
  );
  console.log(`property readOrder (XML): ${runs} cases, 0 failures`);
});

const DOCTYPES = ["<!DOCTYPE LnpOrder>", "<!DOCTYPE LnpOrder SYSTEM \"file:///etc/passwd\">", "<!DOCTYPE a [<!ENTITY b \"c\">]>",
  "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;\">]>",
  "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://example.com/x.dtd\"> %p;]>", "<!doctype LnpOrder>"];
test(`readOrder: a body with a DOCTYPE is refused, one input.xml error, nothing expanded (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(xmlBody, fc.constantFrom(...DOCTYPES), fc.constantFrom("", "&b;", "&lol3;", "&lol;"), (body, doctype, ref) => {
      runs++;
      const root = body.search(/<(bw:)?LnpOrder/);
      const text = body.slice(0, root) + doctype + body.slice(root).replace("</Pon>", `${ref}</Pon>`).replace("\n  ", `\n  <Pon>${ref}</Pon>`);
      let r;
      assert.doesNotThrow(() => { r = pv.readOrder(text); });
      assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [["input.xml", []]], text);
      assert.match(r.issues[0].message, doctype.startsWith("<!DOCTYPE") ? /: expected no DOCTYPE/ : /line \d+, column \d+: expected /, r.issues[0].message);
      assert.deepEqual(r.order, {});
      unharmed();
    }),
    { numRuns: RUNS },
  );
  console.log(`property readOrder (DOCTYPE): ${runs} cases, 0 failures`);
});

test(`toLnpOrderXml: any shape gives a body that reads back, or "" and why (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(shapedOrAny, fc.oneof(fc.record({ supp: fc.oneof(fc.boolean(), scalar) }).map((o) => () => o), anyValue), (order, options) => {
      runs++;
      let r;
      assert.doesNotThrow(() => { r = pv.toLnpOrderXml(order(), options()); });
      assert.equal(typeof r.xml, "string");
      wellFormed(r.issues);
      if (r.xml !== "") {
        const back = pv.readOrder(r.xml);
        assert.equal(back.source, "xml");
        const broken = back.issues.filter((i) => ["input.xml", "input.too_long", "input.type", "input.unknown_field"].includes(i.code));
        assert.deepEqual(broken, [], r.xml);
        assert.match(r.xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<LnpOrder(Supp)?>/);
      } else {
        assert.ok(r.issues.some((i) => i.severity === "error"), "no body without an error saying why");
      }
      unharmed();
    }),
    { numRuns: RUNS },
  );
  console.log(`property toLnpOrderXml (shapes): ${runs} cases, 0 failures`);
});

test(`validateOrder: XML-ish text gives a well-formed report, never a throw (${RUNS} runs)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(xmlish, fc.oneof(fc.constant(undefined), fc.constant({ today: "2026-11-23" }), shaped.map((o) => ({ original: o }))), (text, options) => {
      runs++;
      let r;
      assert.doesNotThrow(() => { r = pv.validateOrder(text, options); });
      assert.equal(typeof r.ok, "boolean");
      wellFormed(r.issues);
      assert.equal(r.ok, !r.issues.some((i) => i.severity === "error"));
      unharmed();
    }),
    { numRuns: RUNS },
  );
  console.log(`property validateOrder (XML): ${runs} cases, 0 failures`);
});

test("names over 256 bytes are refused unread: keys and XML elements, whatever their length", () => {
  for (const n of [257, 10 * 1024 * 1024]) {
    const key = "k".repeat(n);
    const r = pv.validateOrder({ ...good, [key]: 1, subscriber: { ...good.subscriber, [key]: 1 } });
    assert.deepEqual(r.issues.filter((i) => i.code === "input.name_too_long").map((i) => i.path), [[], ["subscriber"]], `${n}`);
    assert.ok(r.issues.every((i) => i.message.length < 400), "no message quotes the name whole");
    assert.equal(r.ok, false);
  }
  const emoji = "\u{1F600}".repeat(65); // 130 UTF-16 units, 260 bytes of UTF-8
  assert.deepEqual(pv.readOrder({ [emoji]: 1 }).issues.map((i) => i.code), ["input.name_too_long"]);
  assert.deepEqual(pv.readOrder({ ["b".repeat(256)]: 1 }).issues.map((i) => i.code), ["input.unknown_field"]);
  const name = "E".repeat(3 * 1024 * 1024);
  const x = pv.readOrder(`<LnpOrder><${name}>1</${name}><CustomerOrderId>C</CustomerOrderId></LnpOrder>`);
  assert.deepEqual(x.issues.map((i) => [i.code, i.path]), [["input.name_too_long", []]]);
});

test("a control character or noncharacter in a field is input.control_character there, in validateOrder and toLnpOrderXml", () => {
  for (const c of ["\u0000", "\u001b", "\u007f", "\u0085", "\ufffe", "\uffff", "\ufdd0"]) {
    const order = { ...good, customerOrderId: `A${c}1` };
    const r = pv.validateOrder(order, { today: "2026-11-23" });
    assert.deepEqual(r.issues.filter((i) => i.code === "input.control_character").map((i) => i.path), [["customerOrderId"]], JSON.stringify(c));
    const body = pv.toLnpOrderXml(order);
    assert.deepEqual(body.issues.map((i) => [i.code, i.path]), [["input.control_character", ["customerOrderId"]]]);
    assert.doesNotMatch(body.xml, /CustomerOrderId|\ufffd/, "not written, not replaced");
  }
});

test("parseTnList: NEL, LINE and PARAGRAPH SEPARATOR end lines; a leading BOM is not part of the first number", () => {
  for (const sep of ["\u0085", "\u2028", "\u2029"]) {
    const r = pv.parseTnList(`\ufeff919-200-0000${sep}nope${sep}919-200-0001`, { today: "2026-11-23" });
    assert.deepEqual(r.tns, ["9192000000", "9192000001"], JSON.stringify(sep));
    assert.deepEqual(r.invalid.map((i) => [i.line, i.input]), [[2, "nope"]], JSON.stringify(sep));
  }
});
