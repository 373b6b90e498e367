// Issue 14's bad input through the built package: each gives its issue (the code asserted
// exactly), never a throw, no prototype pollution, and the next call works. Every function that
// reads an order goes through the same reader, so each payload is given to all of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as pv from "portin-validator";

const good = JSON.parse(readFileSync(new URL("../fixtures/port_in.json", import.meta.url), "utf8"));
const MiB = 1024 * 1024;
const nested = (n, wrap) => { let v = "9192460142"; for (let i = 0; i < n; i++) v = wrap(v); return v; };
const many = (n, prefix = "k") => { const o = {}; for (let i = 0; i < n; i++) o[prefix + i] = i; return o; };

/** name, input, what readOrder gives: its issues as [code, path], and the source. */
const payloads = [
  ["XML of 8 MiB and one character", `<LnpOrder>${"x".repeat(8 * MiB - 20)}</LnpOrder>`, [["input.too_long", []]], "xml"],
  ["XML of 16 MiB", `<LnpOrder>${"x".repeat(16 * MiB)}</LnpOrder>`, [["input.too_long", []]], "xml"],
  ["8 MiB of text that is not XML", "9".repeat(8 * MiB + 1), [["input.too_long", []]], "xml"],
  // 4 Mi characters of é: under the 8 Mi UTF-16 units JS counts, over 8 MiB in UTF-8.
  ["XML over 8 MiB in UTF-8 only", `<LnpOrder>${"é".repeat(4 * MiB)}</LnpOrder>`, [["input.too_long", []]], "xml"],
  ["100,000 nesting levels", "<a>".repeat(100_000) + "</a>".repeat(100_000), [["input.too_deep", []]], "xml"],
  ["100,000 nesting levels in an order", `<LnpOrder>${"<Subscriber>".repeat(100_000)}${"</Subscriber>".repeat(100_000)}</LnpOrder>`, [["input.too_deep", []]], "xml"],
  ["100,000 open tags never closed", `<LnpOrder>${"<a>".repeat(100_000)}`, [["input.too_deep", []]], "xml"],
  ["100,000 levels of SDK list objects", { listOfPhoneNumbers: nested(100_000, (v) => ({ phoneNumber: v })) }, [["input.type", ["listOfPhoneNumbers", 0]]], "object"],
  ["100,000 levels of arrays", { listOfPhoneNumbers: nested(100_000, (v) => [v]) }, [["input.type", ["listOfPhoneNumbers", 0]]], "object"],
  ["100,000 levels of subscribers", nested(100_000, (v) => ({ subscriber: v })), [["input.unknown_field", ["subscriber", "subscriber"]]], "object"],
  ["an unclosed tag", "<LnpOrder><Pon>1</LnpOrder>", [["input.xml", []]], "xml"],
  ["an unclosed root", "<LnpOrder><CustomerOrderId>1</CustomerOrderId>", [["input.xml", []]], "xml"],
  ["a tag cut off", "<LnpOrder><CustomerOrderId", [["input.xml", []]], "xml"],
  ["a DOCTYPE with an entity", '<!DOCTYPE x [<!ENTITY a "aa">]><LnpOrder><Pon>&a;</Pon></LnpOrder>', [["input.xml", []]], "xml"],
  ["a billion laughs", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><LnpOrder><CustomerOrderId>&lol3;</CustomerOrderId></LnpOrder>', [["input.xml", []]], "xml"],
  ["an external entity", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><LnpOrder><Pon>&e;</Pon></LnpOrder>', [["input.xml", []]], "xml"],
  ["an entity never defined", "<LnpOrder><CustomerOrderId>&lol;</CustomerOrderId></LnpOrder>", [["input.xml", []]], "xml"],
  ["an entity definition inside the root", '<LnpOrder><!ENTITY a "b"><Pon>1</Pon></LnpOrder>', [["input.xml", []]], "xml"],
  ["a JSON string holding XML (the JSON text itself)", JSON.stringify("<LnpOrder><CustomerOrderId>A1</CustomerOrderId></LnpOrder>"), [["input.type", []]], "xml"],
  ["JSON text of an order", JSON.stringify({ customerOrderId: "A1" }), [["input.type", []]], "xml"],
  ["JSON with a __proto__ key", JSON.parse('{"__proto__":{"polluted":1}}'), [["input.unknown_field", ["__proto__"]]], "object"],
  ["JSON with __proto__, constructor and prototype keys at every level",
    JSON.parse('{"subscriber":{"__proto__":{"polluted":1},"serviceAddress":{"constructor":{"prototype":{"polluted":1}}}},"prototype":{"polluted":1}}'),
    [["input.unknown_field", ["prototype"]], ["input.unknown_field", ["subscriber", "__proto__"]], ["input.unknown_field", ["subscriber", "serviceAddress", "constructor"]]], "object"],
  ["an object with 100,000 keys", many(100_000), [["input.too_many", []]], "object"],
  ["a subscriber with 100,000 keys", { subscriber: many(100_000) }, [["input.too_many", ["subscriber"]]], "object"],
  ["100,000 TNs and one", { listOfPhoneNumbers: Array(100_001).fill("9192460142") }, [["input.too_many", ["listOfPhoneNumbers"]]], "object"],
  ["the same key in three casings", JSON.parse('{"PON":"A","pon":"B","Pon":"C"}'), [["input.duplicate_field", ["pon"]]], "object"],
  ["the same key in three client spellings", JSON.parse('{"CustomerOrderId":"A","customer_order_id":"B","customerOrderId":"C"}'), [["input.duplicate_field", ["customerOrderId"]]], "object"],
  ["the same element in three casings", "<LnpOrder><CustomerOrderId>A</CustomerOrderId><customerorderid>B</customerorderid><CUSTOMER_ORDER_ID>C</CUSTOMER_ORDER_ID></LnpOrder>", [["input.duplicate_field", ["customerOrderId"]]], "xml"],
];

const protos = [Object.prototype, Array.prototype, Function.prototype];
const pristine = protos.map((p) => Reflect.ownKeys(p).length);
function unharmed() {
  assert.deepEqual(protos.map((p) => Reflect.ownKeys(p).length), pristine, "no prototype gains a property");
  assert.equal({}.polluted, undefined);
  assert.equal(pv.validateOrder(good).ok, true, "the next call works");
  assert.deepEqual(pv.readOrder({ pon: "ok" }).order, { pon: "ok" }, "the next read works");
}
const codes = (issues) => issues.map((i) => [i.code, i.path]);

for (const [name, input, want, source] of payloads) {
  test(`bad input, ${name}: ${want.map(([c]) => c).join(", ")}, no throw, the next call works`, () => {
    let read;
    assert.doesNotThrow(() => { read = pv.readOrder(input); });
    assert.deepEqual(codes(read.issues), want);
    assert.equal(read.source, source);
    const whole = want.some(([, path]) => path.length === 0);
    if (whole) assert.deepEqual(read.order, {});
    unharmed();

    // The same issue first in what validateOrder, toLnpOrderXml and editableFields say.
    for (const [fn, call] of [["validateOrder", () => pv.validateOrder(input, { today: "2026-11-23" })],
      ["toLnpOrderXml", () => pv.toLnpOrderXml(input)], ["editableFields", () => pv.editableFields(input, { today: "2026-11-23" })]]) {
      let r;
      assert.doesNotThrow(() => { r = call(); }, fn);
      const issues = r.issues ?? r.warnings;
      assert.deepEqual(codes(issues).slice(0, want.length), want, fn);
      if (fn === "validateOrder" && want.some(([c]) => !c.endsWith("unknown_field") && !c.endsWith("duplicate_field"))) assert.equal(r.ok, false);
      if (fn === "toLnpOrderXml" && whole) assert.equal(r.xml, "");
      unharmed();
    }
  });
}

test("the messages say why: where the XML broke, the limit, the key that was not read", () => {
  const m = (input) => pv.readOrder(input).issues[0].message;
  assert.match(m(`<LnpOrder>${"x".repeat(8 * MiB)}</LnpOrder>`), /more than 8 MiB/);
  assert.match(m(`<LnpOrder>${"é".repeat(4 * MiB)}</LnpOrder>`), /more than 8 MiB/);
  assert.match(m("<a>".repeat(100_000)), /line 1, column 97: expected at most 32 nested elements/);
  assert.match(m("<LnpOrder><Pon>1</LnpOrder>"), /line 1, column 17: expected <\/Pon>, found <\/LnpOrder>/);
  assert.match(m('<!DOCTYPE x [<!ENTITY a "aa">]><LnpOrder/>'), /line 1, column 1: expected no DOCTYPE/);
  assert.match(m(JSON.parse('{"__proto__":1}')), /Unknown field “__proto__” is not read/);
  assert.match(m(many(100_000)), /more than 1000 keys/);
  assert.match(m(JSON.parse('{"PON":"A","pon":"B","Pon":"C"}')), /given 3 times, as “PON”, “pon” and “Pon”: “pon” is read/);
});

test("what is read around the bad input", () => {
  // Exactly 8 MiB of XML is read (the limit is "at most").
  const edge = `<LnpOrder>${" ".repeat(8 * MiB - 57)}<CustomerOrderId>E</CustomerOrderId></LnpOrder>`;
  assert.equal(edge.length, 8 * MiB);
  assert.deepEqual(pv.readOrder(edge), { order: { customerOrderId: "E" }, issues: [], source: "xml" });
  // The XML a JSON string holds, once JSON.parse has read it, is an order.
  const parsed = JSON.parse(JSON.stringify("<LnpOrder><CustomerOrderId>A1</CustomerOrderId></LnpOrder>"));
  assert.deepEqual(pv.readOrder(parsed), { order: { customerOrderId: "A1" }, issues: [], source: "xml" });
  // XML held in a field is that field's text, written escaped, never read as a body.
  const inField = pv.readOrder({ customerOrderId: "<LnpOrder><Pon>X</Pon></LnpOrder>" });
  assert.deepEqual(inField.order, { customerOrderId: "<LnpOrder><Pon>X</Pon></LnpOrder>" });
  assert.match(pv.toLnpOrderXml(inField.order).xml, /<CustomerOrderId>&lt;LnpOrder&gt;&lt;Pon&gt;X&lt;\/Pon&gt;&lt;\/LnpOrder&gt;<\/CustomerOrderId>/);
  // The fields next to a refused group are read; an own __proto__ key is not a prototype.
  assert.deepEqual(pv.readOrder({ subscriber: many(100_000), customerOrderId: "A1" }).order, { customerOrderId: "A1" });
  const proto = pv.readOrder(JSON.parse('{"__proto__":{"pon":"P"},"customerOrderId":"A1"}'));
  assert.deepEqual(proto.order, { customerOrderId: "A1" });
  assert.equal(Object.getPrototypeOf(proto.order), Object.prototype);
  // 1,000 keys are listed (each unknown one a warning); one more and nothing is read.
  assert.equal(pv.readOrder(many(1000)).issues.length, 1000);
  assert.deepEqual(codes(pv.readOrder(many(1001)).issues), [["input.too_many", []]]);
  unharmed();
});
