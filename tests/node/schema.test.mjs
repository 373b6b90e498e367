// orderSchema (a Standard Schema, v1, with the JSON Schema extension) and toProblemDetails, from
// the built package as a Node user imports it. The form libraries that take the schema are
// tested in tests/consumers (React, TanStack Form, Vue in Chromium; a server over HTTP).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { orderSchema, toProblemDetails, validateOrder } from "portin-validator";

const require = createRequire(import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
const good = fixture("port_in.json");
const lsr = fixture("lsr.json");
const TODAY = { today: "2026-11-23" };

test("the Standard Schema v1 shape: version, vendor, a synchronous validate, the JSON Schema converters", () => {
  const schema = orderSchema(TODAY);
  const std = schema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "portin-validator");
  assert.equal(typeof std.validate, "function");
  assert.equal(typeof std.jsonSchema.input, "function");
  assert.equal(typeof std.jsonSchema.output, "function");
  const result = std.validate(good);
  assert.ok(!(result instanceof Promise), "synchronous");
  assert.deepEqual(result, { value: good }, "the value as given, no issues");
  assert.equal(result.value, good);
});

test("only errors fail it; each issue keeps its message, path, code, severity and rule; the full report stays in lastReport", () => {
  const schema = orderSchema(TODAY);
  assert.equal(schema.lastReport, undefined);
  // A LOA over 15 characters is a warning: the order passes, and the warning is in lastReport.
  const warned = { ...good, loaAuthorizingPerson: "Patricia Jones-Smith" };
  const passed = schema["~standard"].validate(warned);
  assert.deepEqual(passed, { value: warned });
  assert.deepEqual(schema.lastReport.issues.map((i) => [i.severity, i.code]), [["warning", "loa.truncated"]]);
  assert.deepEqual(schema.lastReport, validateOrder(warned, TODAY));

  const bad = { ...good, billingTelephoneNumber: "12", loaAuthorizingPerson: "Patricia Jones-Smith" };
  const failed = schema["~standard"].validate(bad);
  assert.deepEqual(failed.issues.map((i) => [i.path, i.code, i.severity, i.rule]), [[["billingTelephoneNumber"], "tn.length", "error", "R-TN-BTN"]]);
  assert.match(failed.issues[0].message, /“12” has 2 digits/);
  assert.equal(failed.value, undefined);
  assert.deepEqual(schema.lastReport.issues.map((i) => i.severity), ["error", "warning"], "the warning too");
});

test("a pasted list's entry is an issue on the list field itself, its line in the message; the report keeps the entry's path", () => {
  const schema = orderSchema(TODAY);
  const order = { ...good, listOfPhoneNumbers: "919-200-0000\n919-555-0100\n919-200-0001\n919-200-0000" };
  const { issues } = schema["~standard"].validate(order);
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [[["listOfPhoneNumbers"], "tn.fictitious"], [["listOfPhoneNumbers"], "tn.duplicate"]]);
  assert.match(issues[0].message, /^Line 2: “919-555-0100” is a fictitious number/);
  assert.match(issues[1].message, /^Line 4: /);
  assert.deepEqual(schema.lastReport.issues.map((i) => i.path), [["listOfPhoneNumbers", 1], ["listOfPhoneNumbers", 3]]);
});

test("the list's work is kept between calls: a keystroke elsewhere hands back the same list issues, and the verdicts stay validateOrder's", () => {
  const schema = orderSchema(TODAY);
  const lines = [];
  for (let i = 0; i < 2000; i++) lines.push(`919-200-${String(i).padStart(4, "0")}`, "n/a");
  const order = { ...good, listOfPhoneNumbers: lines.join("\n") };
  const first = schema["~standard"].validate(order).issues;
  const again = schema["~standard"].validate({ ...order, subscriber: { ...good.subscriber, businessName: "Acme" } }).issues;
  assert.equal(first.filter((i) => i.path[0] === "listOfPhoneNumbers" && /^Line \d+: “n\/a”/.test(i.message)).length, 2000);
  assert.equal(again.length, first.length);
  const entries = (issues) => issues.filter((i) => /^Line \d+:/.test(i.message));
  assert.ok(entries(first).every((issue, i) => issue === entries(again)[i]), "the same objects: nothing built again for the list");
  for (const edit of [{ listOfPhoneNumbers: "919-200-0000" }, { portType: "MANUAL_TOLL_FREE" }, { status: "FOC" }, {}]) {
    const changed = { ...order, ...edit };
    schema["~standard"].validate(changed);
    assert.deepEqual(schema.lastReport, validateOrder(changed, TODAY), JSON.stringify(edit));
  }
  // Two schemas with different lists in turn: each still right.
  const other = orderSchema(TODAY);
  other["~standard"].validate(good);
  assert.equal(schema["~standard"].validate(order).issues.length, first.length);
  assert.deepEqual(other["~standard"].validate(good), { value: good });
});

test("options: the day and the rest as validateOrder takes them, kind winning over the order's", () => {
  const schema = orderSchema({ kind: "lsr", today: "2026-11-23" });
  const result = schema["~standard"].validate({ ...good, kind: "portIn" });
  assert.ok(result.issues.some((i) => i.code === "ids.pon_required"), JSON.stringify(result.issues));
  assert.deepEqual(orderSchema({ today: "2026-11-23" })["~standard"].validate(lsr).issues ?? [], validateOrder(lsr, TODAY).issues.filter((i) => i.severity === "error"));
  const wrong = orderSchema({ minLeadBusinessDays: -1 });
  assert.ok(wrong["~standard"].validate(good).issues.some((i) => i.code === "options.invalid"));
  // Anything at all as the value: issues, never a throw.
  for (const value of [null, undefined, 42, "nonsense", [], { listOfPhoneNumbers: 7 }]) {
    const r = schema["~standard"].validate(value);
    assert.ok(r.issues.length > 0, String(value));
  }
});

/** JSON Schema validators for both drafts (ajv, a dev dependency of the tests). */
const Ajv07 = require("ajv").default;
const Ajv2020 = require("ajv/dist/2020").default;

test("~standard.jsonSchema: draft-2020-12 and draft-07, from the field table; valid orders pass it, wrong shapes fail it", () => {
  const std = orderSchema()["~standard"];
  for (const [target, Ajv, dialect] of [["draft-2020-12", Ajv2020, "https://json-schema.org/draft/2020-12/schema"], ["draft-07", Ajv07, "http://json-schema.org/draft-07/schema#"]]) {
    for (const side of ["input", "output"]) {
      const schema = std.jsonSchema[side]({ target });
      assert.equal(schema.$schema, dialect);
      const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
      for (const order of [good, lsr, { ...good, listOfPhoneNumbers: "919-200-0000\n919-200-0001" }, {}]) {
        assert.ok(validate(order), `${target} ${side}: ${JSON.stringify(validate.errors)}`);
      }
      for (const [order, where] of [
        [{ ...good, portType: "AUTOMATIC" }, "/portType"],
        [{ ...good, partialPort: "yes" }, "/partialPort"],
        [{ ...good, subscriber: { subscriberType: "PERSON" } }, "/subscriber/subscriberType"],
        [{ ...good, subscriber: { serviceAddress: { stateCode: "XX" } } }, "/subscriber/serviceAddress/stateCode"],
        [{ ...good, listOfPhoneNumbers: 9192000000 }, "/listOfPhoneNumbers"],
        [{ ...good, customerOrderId: "x".repeat(10001) }, "/customerOrderId"],
        [{ ...good, tnAttributes: ["Protected", "Secret"] }, "/tnAttributes/1"],
      ]) {
        assert.equal(validate(order), false, `${target}: ${where}`);
        assert.ok(validate.errors.some((e) => e.instancePath === where), `${target} ${where}: ${JSON.stringify(validate.errors)}`);
      }
    }
  }
  const schema = std.jsonSchema.input({ target: "draft-2020-12" });
  // In the field table's order (a supplement's resetAddressFields flag among them).
  const address = Object.keys(schema.properties.subscriber.properties.serviceAddress.properties);
  assert.deepEqual(address.filter((k) => k.startsWith("house")), ["houseNumber", "housePrefix", "houseSuffix"]);
  assert.deepEqual(schema.properties.subscriber.properties.serviceAddress.properties.resetAddressFields, { type: "boolean" });
  assert.equal(schema.properties.status.enum.filter((s) => s === "FOC").length, 1);
  assert.deepEqual(schema.properties.kind, { type: "string", enum: ["portIn", "lsr"] });
  assert.equal(std.jsonSchema.input({ target: "openapi-3.0" }).$schema, undefined);
  assert.throws(() => std.jsonSchema.input({ target: "draft-04" }), /no JSON Schema for the target draft-04/);
  assert.notEqual(std.jsonSchema.input({ target: "draft-07" }), std.jsonSchema.input({ target: "draft-07" }), "a fresh object each time");
});

test("toProblemDetails: RFC 9457 problem details of the errors, each with a JSON Pointer to its field", () => {
  const report = validateOrder({ ...good, listOfPhoneNumbers: ["919-200-0000", "919-555-0100"], subscriber: { ...good.subscriber, serviceAddress: { ...good.subscriber.serviceAddress, zip: "2760" } }, loaAuthorizingPerson: "Patricia Jones-Smith" }, TODAY);
  const problem = toProblemDetails(report);
  assert.deepEqual(Object.keys(problem), ["type", "title", "status", "detail", "errors"]);
  assert.equal(problem.type, "about:blank");
  assert.equal(problem.title, "Unprocessable Content");
  assert.equal(problem.status, 422);
  assert.equal(problem.detail, "The order has 2 error(s) to fix.");
  assert.deepEqual(problem.errors.map((e) => [e.pointer, e.code, e.rule]), [
    ["#/listOfPhoneNumbers/1", "tn.fictitious", "R-TN-NANP"],
    ["#/subscriber/serviceAddress/zip", "address.zip", "R-ADDRESS"],
  ]);
  assert.match(problem.errors[0].detail, /^Item 2: “919-555-0100” is a fictitious number/);
  assert.deepEqual(problem.errors.map((e) => e.params), [report.issues.find((i) => i.code === "tn.fictitious").params, undefined], "an issue's params go with it; none, no key");
  assert.equal(problem.errors[0].params.line, 2);
  assert.ok(!("params" in problem.errors[1]));
  assert.equal(JSON.stringify(toProblemDetails(validateOrder(null)).errors.map((e) => e.pointer)), '["#"]', "the whole order: the root pointer");
  assert.deepEqual(toProblemDetails(validateOrder(good, TODAY)).errors, []);
});

test("validate takes anything, with any options: a result, never a throw (300 runs)", () => {
  fc.assert(
    fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, maxDepth: 3 }), fc.anything({ maxDepth: 2 }), (value, options) => {
      const result = orderSchema(options)["~standard"].validate(value);
      assert.ok("value" in result ? result.value === value && !result.issues : result.issues.length > 0);
      for (const issue of result.issues ?? []) assert.ok(typeof issue.message === "string" && Array.isArray(issue.path));
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(toProblemDetails(new Proxy({}, { get() { throw new Error("x"); } })).errors, []);
});

test("a long list is read again whenever it changed: the same length with one entry different gives that entry's error", () => {
  const lines = Array.from({ length: 600 }, (_, i) => `919-200-${String(i).padStart(4, "0")}`);
  const a = lines.join("\n");
  const b = [...lines.slice(0, 300), "919-555-0100", ...lines.slice(301)].join("\n");
  assert.equal(a.length, b.length);
  assert.ok(a.length > 4096, "long enough to be kept");
  const schema = orderSchema(TODAY);
  for (const [text, bad] of [[a, 0], [b, 1], [a, 0], [`${a}`, 0], [b.slice(0, -1) + "1", 1]]) {
    const issues = schema["~standard"].validate({ ...good, listOfPhoneNumbers: text }).issues ?? [];
    assert.equal(issues.filter((i) => i.code === "tn.fictitious").length, bad);
    assert.equal(validateOrder({ ...good, listOfPhoneNumbers: text }, TODAY).issues.filter((i) => i.code === "tn.fictitious").length, bad);
  }
});

test("a supplement: an <LnpOrderSupp> with the saved order as `original` is judged as validateOrder judges it (the saved order after it)", () => {
  const read = (name) => readFileSync(new URL(`../fixtures/supp/${name}`, import.meta.url), "utf8");
  const options = { today: "2026-11-23", original: read("get-submitted.xml") };
  const schema = orderSchema(options);
  for (const body of [read("supp-date.xml"), read("edited-submitted.xml")]) {
    schema["~standard"].validate(body);
    assert.deepEqual(schema.lastReport, validateOrder(body, options));
  }
  const supp = "<LnpOrderSupp><CustomerOrderId>A-1</CustomerOrderId><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>";
  assert.ok(!validateOrder(supp, options).issues.some((i) => i.code === "btn.required"), "the saved order's BTN stands");
  schema["~standard"].validate(supp);
  assert.deepEqual(schema.lastReport, validateOrder(supp, options));
  assert.ok(!schema.lastReport.issues.some((i) => i.code === "btn.required"), JSON.stringify(schema.lastReport.issues.map((i) => i.code)));
});
